import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../../lib/article/validate-article';
import { LIMITS, parsePopupToContent, parseResult } from '../../../lib/messages';

const article = {
  url: 'https://news.example/a#x',
  canonicalUrl: 'https://news.example/a',
  title: 'Title',
  outlet: 'News',
  byline: null,
  published: '2026-10-14',
  lang: 'en',
  text: 'One.\n\nTwo.',
  paragraphs: [
    [0, 4],
    [6, 10],
  ],
};

describe('validateArticle (untrusted input from the content script)', () => {
  it('accepts a well-formed article and drops unknown fields', () => {
    const r = validateArticle({ ...article, extra: '<script>' });
    expect(r.ok).toBe(true);
    expect(r.ok && Object.keys(r.value).sort()).toEqual(Object.keys(article).sort());
  });
  it('keys the article by its own address when the canonical URL is on another site', () => {
    const r = validateArticle({
      ...article,
      url: 'http://127.0.0.2:8080/copy.html#x',
      canonicalUrl: 'https://news.example/a',
    });
    expect(r.ok && r.value.canonicalUrl).toBe('http://127.0.0.2:8080/copy.html');
    const amp = validateArticle({
      ...article,
      url: 'https://amp.news.example/a?utm_source=x',
      canonicalUrl: 'https://www.news.example/a',
    });
    expect(amp.ok && amp.value.canonicalUrl).toBe('https://www.news.example/a');
  });
  it.each([
    ['not an object', 'x'],
    ['a javascript: url', { ...article, url: 'javascript:alert(1)' }],
    ['a non-http canonical', { ...article, canonicalUrl: 'file:///etc/passwd' }],
    ['an empty outlet', { ...article, outlet: '  ' }],
    ['a number title', { ...article, title: 3 }],
    ['text over the limit', { ...article, text: 'x'.repeat(LIMITS.text + 1), paragraphs: [] }],
    ['paragraphs beyond the text', { ...article, paragraphs: [[0, 99]] }],
    [
      'paragraphs out of order',
      {
        ...article,
        paragraphs: [
          [6, 10],
          [0, 4],
        ],
      },
    ],
    ['non-integer offsets', { ...article, paragraphs: [[0.5, 4]] }],
    ['a huge title', { ...article, title: 't'.repeat(LIMITS.title + 1) }],
  ])('rejects %s', (_why, value) => {
    const r = validateArticle(value);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/invalid article/);
  });
});

describe('parsePopupToContent', () => {
  it('accepts the three messages', () => {
    expect(parsePopupToContent({ type: 'read-article' })).toEqual({ type: 'read-article' });
    expect(parsePopupToContent({ type: 'clear-highlights', junk: 1 })).toEqual({ type: 'clear-highlights' });
    expect(
      parsePopupToContent({ type: 'highlight', claims: [{ text: '21 soldiers', status: 'conflict' }] }),
    ).toEqual({
      type: 'highlight',
      claims: [{ text: '21 soldiers', status: 'conflict' }],
    });
  });
  it('rejects unknown types, bad statuses, empty or oversized claims', () => {
    expect(parsePopupToContent({ type: 'eval' })).toBeNull();
    expect(parsePopupToContent(null)).toBeNull();
    expect(parsePopupToContent({ type: 'highlight', claims: [{ text: 'x', status: 'red' }] })).toBeNull();
    expect(parsePopupToContent({ type: 'highlight', claims: [{ text: '', status: 'single' }] })).toBeNull();
    const many = Array.from({ length: LIMITS.highlightClaims + 1 }, () => ({ text: 'x', status: 'single' }));
    expect(parsePopupToContent({ type: 'highlight', claims: many })).toBeNull();
  });
});

describe('parseResult', () => {
  it('passes ok values and error messages, and treats anything else as no answer', () => {
    expect(parseResult({ ok: true, value: 3 })).toEqual({ ok: true, value: 3 });
    expect(parseResult({ ok: false, error: { code: 'no-article', message: 'none' } })).toEqual({
      ok: false,
      error: { code: 'no-article', message: 'none' },
    });
    expect(parseResult(undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
