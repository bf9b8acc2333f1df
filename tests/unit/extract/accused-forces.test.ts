import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('attribution: a force accused in the passive is no speaker', () => {
  it('gives the deed no claimant when the accuser is unnamed', () => {
    expect(
      brief(read("L'armée malienne est accusée d'avoir exécuté 12 civils lundi à Boni.", 'fr').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
    expect(
      brief(read('The Malian army is accused of killing 12 villagers in Boni on Monday.', 'en').claims),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('gives it the accuser named after "par" / "by"', () => {
    expect(
      brief(
        read("L'armée malienne est accusée par des habitants d'avoir exécuté 12 civils lundi à Boni.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(
      brief(
        read('Malian troops are accused by Human Rights Watch of executing 12 civilians in Boni.', 'en')
          .claims,
      ),
    ).toEqual(['killed/civilians 12-12 monitor']);
  });
});

describe('actors: a force accused by a named accuser did the deed', () => {
  it('reads past "par des habitants", "by Human Rights Watch" to the deed', () => {
    expect(
      read("Les soldats maliens sont accusés par des habitants d'avoir tué 12 civils lundi à Boni.", 'fr')
        .event.actors,
    ).toEqual(['FAMa']);
    expect(
      read(
        'The Malian army is accused by Human Rights Watch of executing 12 civilians in Boni on Monday.',
        'en',
      ).event.actors,
    ).toEqual(['FAMa']);
  });
});

describe('actors: a killing put on the forces after its preposition', () => {
  it('names the forces a massacre is "imputé à", "attribué aux", "blamed on", the pair with its repeated preposition', () => {
    expect(
      read(
        "Le massacre de Boni, où 30 civils ont été tués lundi, est imputé à l'armée malienne et à ses alliés russes.",
        'fr',
      ).event.actors,
    ).toEqual(['FAMa', 'Africa Corps']);
    expect(
      read(
        'La tuerie de Boni, qui a fait 30 morts lundi parmi les civils, est attribuée aux militaires maliens.',
        'fr',
      ).event.actors,
    ).toEqual(['FAMa']);
    expect(
      read(
        'At least 30 civilians were killed in Boni on Monday by Malian troops and by Wagner mercenaries.',
        'en',
      ).event.actors,
    ).toEqual(['FAMa', 'Africa Corps']);
  });
  it('reads "la tuerie de Boni" as an attack', () => {
    expect(read('La tuerie de Boni a fait 30 morts parmi les civils lundi.', 'fr').status).toBe('ok');
  });
});

describe('attribution: an accuser after the clause it accuses', () => {
  it('gives the clause before ", accuse l’ANSIPRJ", ", accusent des habitants" to the accuser', () => {
    expect(
      brief(
        read(
          'Les soldats ont massacré au moins 30 villageois lundi à Boni, accuse une association peule.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 30-null local']);
    expect(
      brief(
        read(
          "Trente civils ont été tués lundi à Boni, accusent des habitants, qui pointent du doigt l'armée.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 30-30 local']);
  });
});
