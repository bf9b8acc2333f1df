import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../lib/article/corpus-file';

describe('parseCorpusFile', () => {
  it('reads the header and keeps paragraph offsets into the text', () => {
    const a = parseCorpusFile(
      'url: https://www.example.org/a\noutlet: Example\npublished: 2025-03-02\nlang: fr\n---\nTitre\n\n  Premier paragraphe.  \nSecond.\n',
      'x.txt',
    );
    expect(a.outlet).toBe('Example');
    expect(a.published).toBe('2025-03-02');
    expect(a.lang).toBe('fr');
    expect(a.text).toBe('Titre\n\nPremier paragraphe.\n\nSecond.');
    expect(a.paragraphs.map(([s, e]) => a.text.slice(s, e))).toEqual([
      'Titre',
      'Premier paragraphe.',
      'Second.',
    ]);
  });

  it('takes the outlet from the host name when the header has none', () => {
    const a = parseCorpusFile('url: https://www.maliweb.example/x\n---\nTexte', 'y.txt');
    expect(a.outlet).toBe('maliweb.example');
  });

  it('refuses a file without the --- line', () => {
    expect(() => parseCorpusFile('just text', 'z.txt')).toThrow(/---/);
  });
});
