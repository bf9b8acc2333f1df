import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';
import { fold, tokenize } from '../../../lib/extract/tokens';
import { PhraseSet } from '../../../lib/extract/phrases';
import { brief, read } from './helpers';

describe('tokens', () => {
  it('keeps offsets into the text', () => {
    const text = "L'armée a « neutralisé » 12 terroristes à Niono.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps French elisions with their word and hyphenated names whole', () => {
    const words = tokenize("l'armée d’Ansongo Biriki-Were quatre-vingts").map((t) => t.norm);
    expect(words).toEqual(["l'", 'armee', "d'", 'ansongo', 'biriki-were', 'quatre-vingts']);
  });
  it('folds accents and apostrophes', () => {
    expect(fold('Tués’')).toBe("tues'");
  });
});

describe('sentences', () => {
  it('splits at full stops and line breaks, not at abbreviations or a.m.', () => {
    const text = 'Gunfire began at 5 a.m. near the camp. Gen. Diarra spoke.\nA second line';
    const tokens = tokenize(text);
    const s = splitSentences(text, tokens);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
      'Gunfire began at 5 a.m. near the camp.',
      'Gen. Diarra spoke.',
      'A second line',
    ]);
    expect(s[2].headline).toBe(true);
  });
  it('counts paragraphs at blank lines', () => {
    const text = 'Un. Deux.\n\nTrois.';
    const s = splitSentences(text, tokenize(text));
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('tokens: typographic hyphens', () => {
  it('joins words over U+2010 and U+2011 as over "-"', () => {
    expect(tokenize('vingt\u2011deux Biriki\u2010Were').map((t) => t.norm)).toEqual([
      'vingt-deux',
      'biriki-were',
    ]);
  });
});

describe('phrases: "de" in its elided and contracted forms', () => {
  const set = new PhraseSet<string>([
    ["l'assassinat de", 'killed'],
    ['faire état de', 'speech'],
  ]);
  const at = (text: string) => set.matchAt(tokenize(text), 0)?.value ?? null;
  it('matches "de" as "d\'" anywhere, and as "du" / "des" last in the phrase', () => {
    expect(at("l'assassinat de deux gendarmes")).toBe('killed');
    expect(at("l'assassinat d'un gendarme")).toBe('killed');
    expect(at("l'assassinat des deux gendarmes")).toBe('killed');
    expect(at("l'assassinat du chef de village")).toBe('killed');
    expect(at("faire état d'une attaque")).toBe('speech');
  });
  it('matches nothing else in its place', () => {
    expect(at("l'assassinat à Boni")).toBe(null);
    expect(at("l'assassinat le lundi")).toBe(null);
  });
  it('reads a toll named by the phrase before an elided article', () => {
    expect(brief(read("L'assassinat d'un gendarme lundi à Boni a choqué la ville.", 'fr').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
  });
});
