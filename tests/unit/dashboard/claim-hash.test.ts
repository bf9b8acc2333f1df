import { describe, expect, it } from 'vitest';
import {
  claimFromHash,
  cleanSelection,
  findSelection,
  hashForClaim,
  MAX_CLAIM_TEXT,
} from '../../../lib/dashboard/claim-hash';

describe('the claim request in the dashboard hash', () => {
  it('carries the page and the selected words there and back', () => {
    const hash = hashForClaim(
      'https://news.example/a?x=1&y=2#top',
      'Douze  soldats\n tués & <b>trois</b> blessés',
    );
    expect(hash).not.toBeNull();
    expect(claimFromHash(`#${hash}`)).toEqual({
      url: 'https://news.example/a?x=1&y=2#top',
      text: 'Douze soldats tués & <b>trois</b> blessés',
    });
  });

  it('refuses pages that are not on the web, and empty selections', () => {
    expect(hashForClaim('javascript:alert(1)', 'deux morts')).toBeNull();
    expect(hashForClaim('file:///etc/passwd', 'deux morts')).toBeNull();
    expect(hashForClaim('https://news.example/', ' \n\t ')).toBeNull();
    expect(claimFromHash('#claim?url=javascript%3Aalert(1)&text=x')).toBeNull();
    expect(claimFromHash('#claim?url=https%3A%2F%2Fa.example%2F&text=%E0%A4%A')).toBeNull();
    expect(claimFromHash('#claim?url=https%3A%2F%2Fa.example%2F')).toBeNull();
    expect(claimFromHash('#event=ev1')).toBeNull();
  });

  it('caps the text and takes out control characters', () => {
    const long = 'mort '.repeat(400);
    const req = claimFromHash(
      `#claim?url=${encodeURIComponent('https://a.example/')}&text=${encodeURIComponent(long)}`,
    );
    expect(req!.text.length).toBeLessThanOrEqual(MAX_CLAIM_TEXT);
    expect(req!.text.startsWith('mort mort')).toBe(true);
    expect(cleanSelection('a\u0000b\u202ec\u200bd')).toBe('a b c d');
  });

  it('finds the selected words in the saved text, line breaks or not', () => {
    const text = 'Lundi, des hommes armés ont tué\nhuit civils près de Gao. Le bilan reste provisoire.';
    const at = findSelection(text, 'ont tué huit  civils');
    expect(at).not.toBeNull();
    expect(text.slice(at!.start, at!.end)).toBe('ont tué\nhuit civils');
    expect(findSelection(text, 'dix soldats')).toBeNull();
    expect(findSelection(text, '(.*)')).toBeNull();
  });
});
