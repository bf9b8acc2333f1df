import { describe, expect, it } from 'vitest';
import { read } from '../helpers';

const by = (text: string, lang = 'fr') =>
  read(text, lang).claims.map((c) => `${c.kind}/${c.subject} ${c.min} ${c.by}`);

describe('pass caregiver-claimant: a carer who took in the wounded or the dead counts them', () => {
  it('gives an aid or rights body the wounded it treated or evacuated (monitor)', () => {
    for (const [t, lang] of [
      [
        "Au Mali, après l'attaque de lundi contre Boni, Médecins sans frontières (MSF) a pris en charge 14 blessés.",
        'fr',
      ],
      [
        "Au Mali, après l'attaque de lundi contre Boni, le CICR a rapidement évacué 14 blessés vers Mopti.",
        'fr',
      ],
      ['In Mali, after Monday’s attack on Boni, the ICRC evacuated 14 wounded people to Mopti.', 'en'],
      ['In Mali, after Monday’s attack on Boni, MSF teams treated 14 wounded civilians in Douentza.', 'en'],
    ] as const)
      expect(by(t, lang)[0], t).toMatch(/^wounded\/\w+ 14 monitor$/);
  });
  it('gives a hospital or health centre the wounded it received (local)', () => {
    for (const [t, lang] of [
      ["Au Mali, après l'attaque de lundi contre Boni, l'hôpital de Mopti a reçu 14 blessés.", 'fr'],
      [
        "Au Mali, après l'attaque de lundi contre Boni, le centre de santé de Douentza a accueilli 14 blessés.",
        'fr',
      ],
      ['In Mali, after Monday’s attack on Boni, the hospital in Mopti admitted 14 wounded people.', 'en'],
    ] as const)
      expect(by(t, lang)[0], t).toMatch(/^wounded\/\w+ 14 local$/);
  });
  it('reads "chargés de" as no care, and leaves a carer in another clause out', () => {
    expect(
      by("Au Mali, lundi à Boni, 14 soldats chargés de la sécurité de l'hôpital ont été blessés.")[0],
    ).toMatch(/unattributed$/);
    expect(
      by(
        "Au Mali, l'hôpital de Mopti est débordé, et les militaires ont évacué 14 blessés lundi après l'attaque de Boni.",
      )[0],
    ).toMatch(/unattributed$/);
  });
  it('reads the carer over an aside about it, masculine or feminine, and over "pris en charge"', () => {
    for (const [t, lang] of [
      [
        'In Mali, after the attack on Boni, MSF, which runs a clinic in the town, treated 14 wounded people.',
        'en',
      ],
      [
        "Après l'attaque de Boni, Médecins sans frontières, qui gère un centre de santé dans la ville, a pris en charge 14 blessés.",
        'fr',
      ],
      [
        "Après l'attaque de Boni, l'ONG Alima, qui soutient le centre de santé local, a soigné 14 blessés.",
        'fr',
      ],
    ] as const)
      expect(by(t, lang)[0], t).toMatch(/^wounded\/\w+ 14 monitor$/);
  });
  it('gives the carer only those it took in, not a toll told before it', () => {
    expect(by('Au Mali, 20 civils ont été tués lundi à Boni. MSF a pris en charge 14 blessés.')).toEqual([
      'killed/civilians 20 unattributed',
      'wounded/people 14 monitor',
    ]);
    expect(
      by(
        'In Mali, 20 civilians were killed in Boni on Monday. The hospital in Mopti admitted 14 wounded.',
        'en',
      ),
    ).toEqual(['killed/civilians 20 unattributed', 'wounded/people 14 local']);
  });
});
