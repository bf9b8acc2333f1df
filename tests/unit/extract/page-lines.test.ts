import { describe, expect, it } from 'vitest';
import {
  bylineLine,
  captionLine,
  captionParagraphs,
  openingSentences,
  pageLines,
  stampLine,
} from '../../../lib/extract/furniture-lines';
import { splitSentences } from '../../../lib/extract/sentences';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const split = (text: string) => {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, tokens) };
};

describe('page lines: a photo’s caption and its credit', () => {
  it('reads a credit in brackets standing alone ("(Photo d\'archive AFP)", "(AFP file photo)")', () => {
    for (const t of ["(Photo d'archive AFP)", '(AFP file photo)', "(photo d'illustration)"]) {
      const { tokens, sentences } = split(t);
      expect(captionLine(tokens, sentences[0]), t).toBe(true);
    }
    // A photo named inside a sentence of the story is no credit.
    const { tokens, sentences } = split(
      'Les assaillants ont pris une photo du camp (photo ci-dessous) avant de partir.',
    );
    expect(captionLine(tokens, sentences[0])).toBe(false);
  });
  it('takes the short paragraph a credit ends as the caption, not a long one', () => {
    const text =
      "Douze soldats ont été tués lundi à Boni.\n\nDes soldats maliens en patrouille près de Gao, en 2019. (Photo d'archive AFP)\n\nLes assaillants sont repartis.";
    const { tokens, sentences } = split(text);
    expect([...captionParagraphs(tokens, sentences)]).toEqual([1, 2]);
    // A paragraph of four sentences is the story's, whatever its last line.
    const long = split(
      "Douze soldats ont été tués. Les assaillants sont repartis. L'armée a envoyé des renforts. (Photo d'archive AFP)",
    );
    expect([...captionParagraphs(long.tokens, long.sentences)]).toEqual([]);
  });
});

describe('page lines: they do not count among the story’s opening sentences', () => {
  it('skips a "Lire aussi" line and a caption', () => {
    const text =
      "Attaque à Boni\n\nLire aussi : Mali : 20 soldats tués à Boulkessi\n\nDes soldats à Gao. (Photo d'archive AFP)\n\nDouze soldats ont été tués lundi à Boni. Les assaillants sont repartis.";
    const { tokens, sentences } = split(text);
    const opening = [...openingSentences(sentences, pageLines(tokens, sentences), 3)].map((i) =>
      text.slice(sentences[i].start, sentences[i].end),
    );
    expect(opening).toEqual([
      'Attaque à Boni',
      'Douze soldats ont été tués lundi à Boni.',
      'Les assaillants sont repartis.',
    ]);
  });
});

describe('page lines: no place and no actor from the page’s lines', () => {
  const body = [
    'Mali : des attaques jihadistes contre plusieurs postes de l’armée',
    '',
    'Lire aussi : Mali : 20 soldats tués dans une embuscade près de Boulkessi',
    '',
    "Des soldats maliens en patrouille près de Gao, en 2019. (Photo d'archive AFP)",
    '',
    "L'armée a annoncé mardi avoir neutralisé au moins 80 terroristes lors d'attaques coordonnées contre ses positions.",
    '',
    "De violents combats ont opposé l'armée malienne aux combattants du JNIM près de Boni.",
  ].join('\n');
  it('names no place from a "Lire aussi" line or a caption', () => {
    expect(read(body, 'fr', '2024-05-10').event.places).toEqual(['Boni']);
  });
  it('still reads a battle’s two sides in the story’s opening, past the page’s lines', () => {
    expect(read(body, 'fr', '2024-05-10').event.actors).toEqual(['FAMa', 'JNIM']);
  });
});

describe('page lines: a byline', () => {
  it('reads "Par"/"By" and names only', () => {
    for (const [t, want] of [
      ['Par Moussa Traoré', true],
      ['By Jane Doe and John Roe', true],
      ['PAR AMADOU OULD SIDI', true],
      ['Par ailleurs, douze soldats ont été tués.', false],
      ['By Monday, the army had sent reinforcements to Boni.', false],
    ] as const) {
      const { tokens, sentences } = split(t);
      expect(bylineLine(tokens, sentences[0]), t).toBe(want);
    }
  });
  it('a byline between the lede and the sentence that sources it does not part them', () => {
    const text = [
      'Au moins 17 soldats ont été tués dimanche dans une attaque contre le camp de Boni.',
      '',
      'Par Moussa Traoré',
      '',
      "Le bilan est « toujours provisoire », selon un communiqué de l'armée malienne diffusé lundi.",
    ].join('\n');
    expect(brief(read(text, 'fr').claims)).toEqual(['killed/soldiers 17-null official']);
  });
});

describe('page lines: the page’s time stamp', () => {
  it('reads "Publié le …", "Mis à jour …", "Updated …" with a number, and no sentence of the story', () => {
    for (const [t, want] of [
      ['Publié le 10/05/2024 à 14h32 | Mis à jour le 11/05/2024', true],
      ['Mis à jour le 12 mai 2024 à 09:15', true],
      ['Updated May 12, 2024 at 9:15 GMT', true],
      ['Published 12 May 2024', true],
      ['Publié par la rédaction', false],
      [
        "Publié lundi, le communiqué de l'armée fait état de 12 soldats tués et de 20 blessés lors de l'attaque du camp de Boni.",
        false,
      ],
    ] as const) {
      const { tokens, sentences } = split(t);
      expect(stampLine(tokens, sentences[0]), t).toBe(want);
    }
  });
  it('a stamp between the lede and the sentence that sources it does not part them', () => {
    const text = [
      'Au moins 17 soldats ont été tués dimanche dans une attaque contre le camp de Boni.',
      '',
      'Publié le 09/05/2024 à 14h32 | Mis à jour le 09/05/2024',
      '',
      "Le bilan est « toujours provisoire », selon un communiqué de l'armée malienne diffusé lundi.",
      '',
      'Certains des soldats tués étaient originaires de Boni, ont rapporté des proches.',
    ].join('\n');
    expect(brief(read(text, 'fr').claims)).toEqual(['killed/soldiers 17-null official']);
  });
});

describe('places: a headline’s rubric', () => {
  it('drops a place that only labels the headline when the story names another attacked place', () => {
    const text =
      "Ségou : sept personnes tuées dans l'attaque d'un marché à Dioura\n\nSept personnes ont été tuées mercredi lors d'une attaque contre le marché de Dioura, dans le cercle de Ténenkou.";
    expect(read(text, 'fr').event.places).toEqual(['Dioura']);
  });
  it('keeps the labelled place when the story names it again, or names no other', () => {
    const again =
      "Boni : douze soldats tués\n\nDouze soldats ont été tués mercredi lors d'une attaque contre le poste de Boni, près de Douentza.";
    expect(read(again, 'fr').event.places).toContain('Boni');
    const alone =
      'Boni : douze soldats tués\n\nDouze soldats ont été tués mercredi lors d’une attaque contre leur poste.';
    expect(read(alone, 'fr').event.places).toEqual(['Boni']);
  });
});
