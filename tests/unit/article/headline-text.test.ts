import { describe, expect, it } from 'vitest';
import { withHeadline } from '../../../lib/article/headline-text';
import { extractReport } from '../../../lib/extract';

describe('withHeadline: the headline opens the article text', () => {
  it('puts the title first when the text does not repeat it', () => {
    expect(withHeadline('Attaque à Boni : 12 morts', 'Douze soldats ont été tués.')).toBe(
      'Attaque à Boni : 12 morts\nDouze soldats ont été tués.',
    );
  });
  it('leaves a text that repeats the title near its start, whatever its case, accents or spaces', () => {
    const text = 'Sécurité\nATTAQUE A BONI :  12 MORTS\nDouze soldats ont été tués.';
    expect(withHeadline('Attaque à Boni : 12 morts', text)).toBe(text);
    expect(withHeadline('', 'Douze soldats.')).toBe('Douze soldats.');
  });
  it('lets the extractor read the headline’s claimant, as on the measured corpus', () => {
    const title = "Attaque contre le camp de Boni : l'armée annonce neuf morts dans ses rangs";
    const body = "Le camp militaire de Boni a été la cible d'une attaque lundi. Neuf soldats ont été tués.";
    const read = (text: string) =>
      extractReport({ text, title, lang: 'fr', published: '2024-05-10' }).claims.map(
        (c) => `${c.min} ${c.by}`,
      );
    expect(read(body)).toEqual(['9 unattributed']);
    expect(read(withHeadline(title, body))).toEqual(['9 official']);
  });
});
