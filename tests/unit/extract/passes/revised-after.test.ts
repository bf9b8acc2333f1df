import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

const earlierOnes = (text: string, lang = 'en') =>
  brief(read(text, lang).claims).filter((c) => c.endsWith(' earlier'));

describe('pass revised-after: a toll raised in a later sentence supersedes the one before', () => {
  it('FR: "tuant 9 gendarmes. Le bilan s\'est alourdi à 14"', () => {
    for (const text of [
      "Des assaillants ont attaqué jeudi le poste de Sofara, tuant 9 gendarmes. Vendredi, le bilan s'est alourdi à 14 morts, selon une source sécuritaire.",
      "Neuf gendarmes ont été tués jeudi dans l'attaque du poste de Sofara. Le bilan est passé à 14 morts vendredi.",
      "Des assaillants ont attaqué jeudi le poste de Sofara, tuant 9 gendarmes. Selon l'état-major, le bilan a grimpé à 14 tués.",
    ])
      expect(earlierOnes(text, 'fr')).toEqual([expect.stringMatching(/^killed\/soldiers 9-9 /)]);
  });
  it('EN: "killing 9 gendarmes. The toll rose to 14", also with a plural or an adverb', () => {
    for (const text of [
      'Assailants raided the Sofara post on Thursday, killing 9 gendarmes. On Friday the death toll rose to 14, a security source said.',
      "Nine gendarmes were killed in Thursday's raid on the Sofara post. The toll has since climbed to 14, officials said.",
      'Assailants raided the Sofara post on Thursday, killing 9 gendarmes. The toll later jumped to 14 dead.',
    ])
      expect(earlierOnes(text)).toEqual([expect.stringMatching(/^killed\/soldiers 9-9 /)]);
  });
  it('a toll lowered in words that say so: "revu à la baisse à 6", "revised the toll down to 6"', () => {
    for (const [text, lang] of [
      [
        "Des assaillants ont attaqué jeudi le poste de Sofara, tuant 9 gendarmes. Vendredi, l'armée a revu ce bilan à la baisse à 6.",
        'fr',
      ],
      [
        'Assailants raided the Sofara post on Thursday, killing 9 gendarmes. On Friday the army revised the toll down to 6.',
        'en',
      ],
    ] as const)
      expect(earlierOnes(text, lang), text).toEqual([expect.stringMatching(/^killed\/soldiers 9-9 /)]);
    // Lower, without the words of a lowering: no revision.
    expect(
      earlierOnes(
        'Assailants raided the Sofara post on Thursday, killing 9 gendarmes. On Friday the toll rose to 6 in Kera.',
      ),
    ).toEqual([]);
  });
  it('after a colon under the words of a revision: "Le bilan a été revu à la hausse vendredi : 14 morts"', () => {
    for (const text of [
      'Jeudi, 9 gendarmes ont péri dans une attaque à Sofara. Le bilan a été revu à la hausse vendredi : 14 morts.',
      'Jeudi, 9 gendarmes ont péri dans une attaque à Sofara. Bilan révisé dans la soirée : 14 morts.',
    ])
      expect(earlierOnes(text, 'fr')).toEqual([expect.stringMatching(/^killed\/soldiers 9-9 /)]);
    // A colon without a revision before it lists, it does not revise.
    expect(
      earlierOnes(
        'Jeudi, 9 gendarmes ont péri dans une attaque à Sofara. Bilan côté assaillants : 14 morts.',
        'fr',
      ),
    ).toEqual([]);
  });
  it('not another kind, a higher toll, or a toll that stands beside it', () => {
    // The wounded before the dead are not the dead's earlier toll.
    expect(
      earlierOnes(
        'Assailants raided the Sofara post on Thursday, wounding 9 gendarmes. The number of dead rose to 14.',
      ),
    ).toEqual([]);
    // A toll lower than the one before is no revision upward of it.
    expect(
      earlierOnes(
        'Assailants raided the Sofara post on Thursday, killing 20 gendarmes. The toll of civilians rose to 14.',
      ),
    ).toEqual([]);
    // Two tolls that stand side by side, without a verb of revision.
    expect(
      earlierOnes(
        'Assailants raided the Sofara post on Thursday, killing 9 gendarmes. Another 14 were wounded.',
      ),
    ).toEqual([]);
  });
});
