import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const FR = 'Des jihadistes ont attaqué lundi le poste militaire de Boni, dans le centre du Mali. ';
const EN = 'Jihadists attacked Boni in central Mali on Monday. ';

describe('revisions: the toll as it stands now', () => {
  it('FR: "est désormais de 29", "s’établit désormais à 29" revise the toll before them', () => {
    expect(brief(read(FR + 'Le bilan, qui était de 17 morts, est désormais de 29.', 'fr').claims)).toEqual([
      'killed/people 17-17 unattributed earlier',
      'killed/people 29-29 unattributed',
    ]);
    expect(
      brief(read(FR + "Le bilan des soldats tués, d'abord de 17, s'établit maintenant à 29.", 'fr').claims),
    ).toEqual(['killed/soldiers 17-17 unattributed earlier', 'killed/soldiers 29-29 unattributed']);
  });
  it('EN: "now stands at 29"', () => {
    expect(brief(read(EN + 'The death toll, initially 17, now stands at 29.', 'en').claims)).toEqual([
      'killed/people 17-17 unattributed earlier',
      'killed/people 29-29 unattributed',
    ]);
  });
  it('reads a toll that stands at a figure with no earlier one as the toll', () => {
    expect(brief(read(FR + "Le bilan de l'attaque s'établit à 29 morts.", 'fr').claims)).toEqual([
      'killed/people 29-29 unattributed',
    ]);
  });
});
