import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** Each claim's class and source: "armed_group:JNIM". */
const who = (text: string, lang: string) => read(text, lang).claims.map((c) => `${c.by}:${c.source ?? ''}`);

describe('speakers: the medium a speaker used is not the speaker (claimant-members mediumOnly)', () => {
  it('FR: "Dans un communiqué, il affirme…" carries the group named before, not an official statement', () => {
    expect(
      who(
        "Le JNIM a revendiqué l'attaque de Boni. Dans un communiqué, il affirme avoir tué 30 soldats.",
        'fr',
      ),
    ).toEqual(['armed_group:Le JNIM']);
    expect(
      who(
        "Les rebelles du FLA ont revendiqué l'attaque de Boni. Dans une publication, ils disent avoir abattu 12 soldats.",
        'fr',
      ),
    ).toEqual(['armed_group:Les rebelles du FLA']);
  });
  it('AR: "وقالت في بيان إنها…" after the verb is the group that spoke, its subject left out', () => {
    expect(
      who('تبنت جماعة نصرة الإسلام والمسلمين الهجوم على بوني، وقالت في بيان إنها قتلت 30 جنديا.', 'ar'),
    ).toEqual(['armed_group:جماعة نصرة الإسلام والمسلمين']);
  });
  it('still reads a speaker named beside the medium, and an official statement that is its own subject', () => {
    expect(
      who(
        'Des hommes armés ont attaqué Boni lundi. Dans un communiqué, le gouvernement affirme que 30 soldats ont été tués.',
        'fr',
      ),
    ).toEqual(['official:le gouvernement']);
    expect(
      brief(read("Selon un communiqué de l'armée, 30 soldats ont été tués lundi à Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 30-30 official']);
  });
});

describe('speakers: a number that counts the speakers after their verb (claimant-after-verb)', () => {
  it('reads "ont indiqué à l\'AFP deux sources sécuritaires", "said two security sources", "ont affirmé trois habitants"', () => {
    expect(
      who(
        "Au moins 14 soldats ont été tués lundi dans l'attaque d'un camp militaire de Boni, ont indiqué à l'AFP deux sources sécuritaires.",
        'fr',
      ),
    ).toEqual(['security_source:deux sources sécuritaires']);
    expect(
      who('At least 14 soldiers were killed in Boni on Monday, said two security sources.', 'en'),
    ).toEqual(['security_source:two security sources']);
    expect(who('Au moins 14 soldats ont été tués lundi à Boni, ont affirmé trois habitants.', 'fr')).toEqual([
      'local:habitants',
    ]);
  });
  it('does not take a count of victims further on for a speaker: "ajoute-t-on, ils sont au nombre de 3 habitants"', () => {
    expect(
      brief(
        read(
          "L'attaque de Boni a fait 19 morts lundi, selon un élu. Quant aux blessés, ajoute-t-il, ils sont au nombre de 3 habitants.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 19-19 local', 'wounded/civilians 3-3 local']);
  });
});

describe('speakers: "selon lui" and a count of speakers inside the clause of a figure', () => {
  it('points "selon lui" at the subject opening its own sentence before the speaker of the sentence before', () => {
    expect(
      brief(
        read(
          "Vingt civils ont été tués lundi à Boni, selon un élu. Le gouvernement a condamné l'attaque, qui a fait 25 morts selon lui.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 20-20 local', 'killed/civilians 25-25 official']);
    // Not the dead counted at the opening: "Douze soldats …, selon lui" is the élu's.
    expect(
      brief(
        read(
          'Vingt civils ont été tués lundi à Boni, selon un élu. Douze soldats ont aussi été tués, selon lui.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 20-20 local', 'killed/soldiers 12-12 local']);
  });
  it('reads a figure after "selon lui", "selon eux" inside its clause', () => {
    expect(
      brief(
        read(
          "Le maire de Boni était présent lors de l'attaque de lundi, qui a fait selon lui 20 morts.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 20-20 local']);
  });
  it('reads the verb before a count of speakers in an aside: "ont tué, selon un élu, 20 civils"', () => {
    for (const t of [
      'Les jihadistes ont tué lundi, selon un élu, 20 civils à Boni.',
      'Les jihadistes ont tué lundi, selon les trois habitants joints, 20 civils à Boni.',
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/civilians 20-20 local']);
    expect(
      brief(read('The militants killed, according to two residents, 20 civilians in Boni on Monday.').claims),
    ).toEqual(['killed/civilians 20-20 local']);
  });
});

describe('a relative clause after the speaker ("l\'armée, qui a fait état de…")', () => {
  it("gives the relative's figure to its antecedent, not to the sentence's subject", () => {
    for (const t of [
      "Des jihadistes ont attaqué lundi le poste de Boni, a annoncé l'armée, qui a fait état de neuf soldats tués.",
      "Des jihadistes ont attaqué lundi le poste de Boni, selon l'armée, qui évoque neuf soldats tués.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/soldiers 9-9 official']);
    const en = read(
      'Militants stormed the Boni post on Monday, according to the army, which said nine soldiers were killed.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 9-9 official']);
    const local = read(
      'Des jihadistes ont attaqué lundi le village de Boni, selon des habitants, qui affirment que neuf civils ont été tués.',
      'fr',
    );
    expect(brief(local.claims)).toEqual(['killed/civilians 9-9 local']);
  });
});

describe('"le groupe", "the group" telling its own killing is the armed group, not the monitor named last', () => {
  it('gives the group its own deed after a monitor that relayed the claim', () => {
    const fr = read(
      "Le JNIM a revendiqué l'attaque de Boni, selon l'ONG SITE. Dans un message diffusé sur ses canaux, le groupe affirme avoir tué 40 soldats.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 40-40 armed_group']);
    const en = read(
      'JNIM claimed the attack on Boni, according to the SITE Intelligence Group. The group said it had killed 40 soldiers.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 40-40 armed_group']);
  });
  it("keeps a monitor's own count with the monitor", () => {
    const r = read(
      'Human Rights Watch documented the attack on Boni. The group said soldiers had executed 40 civilians there.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 40-40 monitor']);
  });
});

describe('speakers: what follows "said" is no speaker when its deed follows', () => {
  it('"said a FAMa drone strike killed" is the spokesman\'s claim, past a name in commas', () => {
    for (const t of [
      'A spokesman for the FLA, Mohamed Ag Ali, said a FAMa drone strike killed eight herders near Anefis on Monday.',
      'A spokeswoman for the FLA, Fatima Ag Ali, said an army air strike killed eight herders near Anefis on Monday.',
      'A spokesman for the FLA, Mohamed Ag Ali, said Malian troops shot dead eight herders near Anefis on Monday.',
    ])
      expect(brief(read(t, 'en').claims), t).toEqual(['killed/civilians 8-8 armed_group']);
  });
  it('still reads the speaker after "said" at the end of a clause', () => {
    const r = read(
      'Eight herders were killed near Anefis on Monday, said a local official who was wounded in the attack.',
      'en',
    );
    expect(brief(r.claims)[0]).toBe('killed/civilians 8-8 local');
  });
});

describe('speakers: a bare noun named again is classed within its first sentence', () => {
  it('"The rebels said" after a headline ending on "rebels" stays the armed group', () => {
    const r = read(
      'Mali: army strikes rebels\nThe Malian army said on Monday it had struck FLA positions near Anefis, "neutralising some twenty terrorists". The rebels said eight herders were killed.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 official', 'killed/civilians 8-8 armed_group']);
  });
});

describe('speaker forms: a voice that judges the attack tells no toll of its relative', () => {
  it('FR: "a dénoncé l\'attaque qui a fait …", over a day and a place, as "a condamné"', () => {
    for (const t of [
      "Le gouvernement a dénoncé l'attaque qui a fait 12 morts lundi à Boni.",
      "Le gouvernement a dénoncé lundi l'attaque de Boni qui a fait 12 morts.",
      "Les autorités ont vivement dénoncé l'attaque terroriste ayant fait 12 morts à Boni.",
      "Le gouvernement a condamné l'attaque qui a fait 12 morts lundi à Boni.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['killed/people 12-12 unattributed']);
  });
  it('EN: "denounced the attack that killed …"', () => {
    const r = read('The government denounced the attack that killed 12 people in Boni on Monday.', 'en');
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
  it('keeps a voice that denounces the deed itself, or the toll, as its claimant', () => {
    expect(brief(read('HRW a dénoncé le massacre de 12 civils à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 12-12 monitor',
    ]);
    expect(
      brief(read('Douze civils ont été tués à Boni, a dénoncé Human Rights Watch.', 'fr').claims),
    ).toEqual(['killed/civilians 12-12 monitor']);
  });
});
