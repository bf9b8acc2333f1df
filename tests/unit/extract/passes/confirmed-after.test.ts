import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass confirmed-after: the next sentence confirms the figure it points back at', () => {
  it('FR: "L\'information nous a été confirmée par un officier"', () => {
    const r = read(
      "L'armée malienne a confirmé l'attaque de Boni dans un communiqué.\n\nDouze soldats auraient été tués. L'information nous a été confirmée par un officier.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const b = read(
      "L'armée malienne a confirmé l'attaque de Boni.\n\nDouze soldats ont péri. Ce bilan a été confirmé par des habitants.",
      'fr',
    );
    expect(brief(b.claims)).toEqual(['killed/soldiers 12-12 local']);
  });
  it('EN: "The toll was confirmed by a military source"', () => {
    const r = read(
      'The Malian army confirmed the attack on Boni in a statement.\n\nTwelve soldiers died. The toll was confirmed by a military source.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
  });
  it('a speaker whose verb of confirming takes the toll as its object, past an aside', () => {
    for (const [t, lang, by] of [
      [
        "Une attaque a visé Boni lundi. Douze soldats ont été tués. Un élu local, qui a requis l'anonymat, a confirmé ce bilan.",
        'fr',
        'local',
      ],
      [
        'Une attaque a visé Boni lundi. Douze soldats ont été tués. Une élue de la commune, jointe par téléphone, a finalement confirmé cette information.',
        'fr',
        'local',
      ],
      [
        'An attack hit Boni on Monday. Twelve soldiers were killed. A local official, who asked not to be named, confirmed the toll.',
        'en',
        'local',
      ],
      // A claimant named earlier does not take the confirmer's place.
      [
        "Selon l'armée, une attaque a visé Boni lundi. Douze soldats ont été tués. Des sources sécuritaires, qui ont requis l'anonymat, ont confirmé ce bilan.",
        'fr',
        'security_source',
      ],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([`killed/soldiers 12-12 ${by}`]);
  });
  it('a document after the verb still speaks again when the clause before tells a toll', () => {
    const r = read(
      "Selon le rapport de l'ONU, une frappe a visé Boni. Au moins 22 personnes ont été tuées, dont trois membres du JNIM, affirme le rapport.",
      'fr',
    );
    expect(brief(r.claims)).toContain('killed/people 22-null monitor');
  });
  it('a next sentence about something else, or in another paragraph, gives no claimant', () => {
    const other = read(
      'The Malian army confirmed the attack on Boni in a statement.\n\nTwelve soldiers died. The army sent reinforcements, a military source said.',
    );
    expect(brief(other.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const apart = read(
      'The Malian army confirmed the attack on Boni in a statement.\n\nTwelve soldiers died.\n\nThe toll was confirmed by a military source.',
    );
    expect(brief(apart.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('a next sentence that opens by pointing back ("C\'est ce qu\'a indiqué…", "That is what… said")', () => {
    const lede = 'The Malian army confirmed the attack on Boni in a statement.\n\n';
    expect(
      brief(read(lede + 'Twelve soldiers died on Monday. That is what a military source said.').claims),
    ).toEqual(['killed/soldiers 12-12 security_source']);
    expect(
      brief(read(lede + "Twelve soldiers died on Monday. That's what residents told Reuters.").claims),
    ).toEqual(['killed/soldiers 12-12 local']);
    expect(
      brief(
        read(lede + 'Twelve soldiers died on Monday. That is according to residents of the town.').claims,
      ),
    ).toEqual(['killed/soldiers 12-12 local']);
    const fr = "L'armée a confirmé l'attaque de Boni dans un communiqué.\n\n";
    for (const t of [
      "Douze civils sont morts lundi. C'est ce qu'a indiqué un élu local.",
      'Douze civils sont morts lundi. Voilà ce que rapportent des habitants.',
      'Douze civils sont morts lundi. Cela a été confirmé par un notable de la commune.',
      "Douze civils sont morts lundi. C'est le bilan fourni par le maire de la commune.",
      "Douze civils sont morts lundi. C'est selon le maire de la commune.",
    ])
      expect(brief(read(fr + t, 'fr').claims), t).toEqual(['killed/civilians 12-12 local']);
    // A sentence that points at nothing before it is no claimant of the figure.
    expect(
      brief(
        read(
          fr + "Douze civils sont morts lundi. L'armée a envoyé des renforts, a indiqué un élu local.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('in the past tense or with "du moins", and a toll "fourni par", "avancé par" anyone', () => {
    const lede = 'The Malian army confirmed the attack on Boni.\n\n';
    expect(
      brief(read(lede + 'Twelve civilians died on Monday. That was according to a local official.').claims),
    ).toEqual(['killed/civilians 12-12 local']);
    const fr = "L'armée a confirmé l'attaque de Boni dans un communiqué.\n\n";
    for (const t of [
      "Douze civils sont morts lundi. C'est du moins le bilan avancé par des habitants.",
      'Douze civils sont morts lundi. Ces chiffres ont été fournis par la mairie.',
      "Douze civils sont morts lundi. Le bilan, donné par un élu local, pourrait encore s'alourdir.",
    ])
      expect(brief(read(fr + t, 'fr').claims), t).toEqual(['killed/civilians 12-12 local']);
  });
  it('reaches back over sentences of more figures with no claimant of their own', () => {
    for (const [t, lang, by] of [
      [
        'Twelve soldiers were killed in an ambush near Boni on Thursday. Five attackers also died. The information was provided by a security source.',
        'en',
        'security_source',
      ],
      [
        "Douze soldats ont été tués jeudi dans une embuscade près de Boni. Cinq assaillants ont également péri. L'information nous a été confirmée par un élu local.",
        'fr',
        'local',
      ],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([
        `killed/soldiers 12-12 ${by}`,
        `killed/militants 5-5 ${by}`,
      ]);
  });
  it('reads "des informations que nous tenons d\'une source", "a appris de sources" as learning from them', () => {
    expect(
      brief(
        read(
          "Douze soldats ont été tués jeudi près de Boni. Des informations que nous tenons d'une source sécuritaire.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 security_source']);
    expect(
      brief(
        read(
          'Douze soldats ont été tués jeudi près de Boni, a appris Studio Tamani de sources locales.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 local']);
  });
});

describe('pass confirmed-after: an adverb before the pointing noun', () => {
  it('reads "Ce sont du moins les chiffres avancés par…", "Tels sont en tout cas les bilans…"', () => {
    for (const [t, by] of [
      [
        'Neuf gendarmes ont été tués mardi dans une attaque à Kéra. Ce sont du moins les chiffres avancés par des sources locales.',
        'local',
      ],
      [
        'Neuf gendarmes ont été tués mardi dans une attaque à Kéra. Tels sont en tout cas les bilans donnés par une source militaire.',
        'security_source',
      ],
    ] as const)
      expect(brief(read(t, 'fr').claims), t).toEqual([`killed/soldiers 9-9 ${by}`]);
  });
});

describe('pass confirmed-after: a voice that disputes the toll', () => {
  it('does not give it ("Le gouvernement conteste ce bilan", "The army disputed the toll")', () => {
    const fr = read(
      "Neuf villageois ont été tués mardi dans une attaque à Kéra. Le gouvernement conteste ce bilan, affirmant que les soldats n'ont pas tiré.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 9-9 unattributed']);
    const en = read(
      'Nine villagers were killed on Tuesday in an attack on Kera. The army disputed the toll, saying its soldiers had not fired.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 9-9 unattributed']);
  });
});
