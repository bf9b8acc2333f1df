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
  it('counts a paragraph that ends on a closing quote or bracket', () => {
    for (const text of ['« Un. »\n\nDeux.', '“One.”\n\nTwo.', '(Un.)\n\nDeux.', '"One."\n\nTwo.']) {
      const s = splitSentences(text, tokenize(text));
      expect(s.map((x) => x.paragraph)).toEqual([0, 1]);
    }
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

describe("phrases: a word between two of the phrase's, when the caller allows it", () => {
  const set = new PhraseSet<string>([["manquent a l'appel", 'missing']]);
  const adverb = (t: { norm: string }) => t.norm === 'toujours';
  it('steps over one allowed word, never before the first word or two in a row', () => {
    expect(set.matchAt(tokenize("manquent toujours à l'appel"), 0, undefined, adverb)?.end).toBe(5);
    expect(set.matchAt(tokenize("manquent toujours à l'appel"), 0)).toBe(null);
    expect(set.matchAt(tokenize("manquent toujours toujours à l'appel"), 0, undefined, adverb)).toBe(null);
    expect(set.matchAt(tokenize("manquent hier à l'appel"), 0, undefined, adverb)).toBe(null);
  });
  it('reads a kind phrase with an adverb inside ("manquent toujours à l\'appel", "ont malheureusement perdu la vie")', () => {
    expect(
      brief(read("Après l'attaque de Boni, 12 soldats manquent toujours à l'appel.", 'fr').claims),
    ).toEqual(['missing/soldiers 12-12 unattributed']);
    expect(
      brief(read("Lors de l'attaque de Boni, trois soldats ont encore perdu la vie.", 'fr').claims),
    ).toEqual(['killed/soldiers 3-3 unattributed']);
  });
});

describe('tokens: a straight quotation mark takes the curly form its spacing gives it', () => {
  const marks = (text: string) =>
    tokenize(text)
      .filter((t) => t.type === 'punct' && /["\u201c\u201d]/.test(t.text))
      .map((t) => t.text);
  it('opens before a word and closes after one, whatever the punctuation beside it', () => {
    expect(marks('Il a dit "Ils ont tué 9 villageois", puis il est parti.')).toEqual(['\u201c', '\u201d']);
    expect(marks('"They came at dawn," he said.')).toEqual(['\u201c', '\u201d']);
    expect(marks('(“Non”) et ("oui").')).toEqual(['\u201c', '\u201d', '\u201c', '\u201d']);
  });
  it('stays straight when spaced on both sides or on neither', () => {
    expect(marks('Il a dit " non " hier.')).toEqual(['"', '"']);
    expect(marks('a"b')).toEqual(['"']);
  });
  it('keeps the token’s place in the text', () => {
    const t = tokenize('x "y"');
    expect(t.map((k) => [k.start, k.end])).toEqual([
      [0, 1],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
  });
});

describe("tokens: a site's name with its domain", () => {
  it('keeps "Sahelien.com", "maliweb.net" whole, so their dot ends no sentence', () => {
    expect(tokenize('à Sahelien.com un notable').map((t) => t.text)).toEqual([
      'à',
      'Sahelien.com',
      'un',
      'notable',
    ]);
    expect(tokenize('selon maliweb.net.').map((t) => t.text)).toEqual(['selon', 'maliweb.net', '.']);
    // Not a sentence's end with no space after it, nor a capitalised word.
    expect(tokenize('est mort.Le').map((t) => t.text)).toEqual(['est', 'mort', '.', 'Le']);
  });
  it('gives the figure before "a confié à Sahelien.com un notable" its claimant', () => {
    const r = read(
      "Lors de l'attaque de Boni, onze civils ont été tués, a confié à Sahelien.com un notable.",
      'fr',
    );
    expect(r.claims.map((c) => [c.by, c.source])).toEqual([['local', 'un notable']]);
  });
});

describe('claimant words: the outlet told is not part of the speaker', () => {
  it('names "un élu", not "Jeune Afrique un élu", and the outlet when it is the source', () => {
    const told = read(
      "Lors de l'attaque de Boni, onze civils ont été tués, a déclaré à Jeune Afrique un élu.",
      'fr',
    );
    expect(told.claims.map((c) => [c.by, c.source])).toEqual([['local', 'un élu']]);
    const au = read(
      "Lors de l'attaque de Boni, onze civils ont été tués, a précisé au Monde Afrique une source sécuritaire.",
      'fr',
    );
    expect(au.claims.map((c) => [c.by, c.source])).toEqual([['security_source', 'une source sécuritaire']]);
    const outlet = read("Selon Jeune Afrique, onze civils ont été tués lors de l'attaque de Boni.", 'fr');
    expect(outlet.claims.map((c) => [c.by, c.source])).toEqual([['media', 'Jeune Afrique']]);
  });
});
