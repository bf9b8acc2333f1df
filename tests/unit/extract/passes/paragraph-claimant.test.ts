import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass paragraph-claimant: a figure takes the claimant of its paragraph', () => {
  it('FR: the next sentence of the same paragraph', () => {
    const r = read(
      "Selon l'armée, 12 soldats ont été tués lundi lors de l'attaque de Boni. Neuf autres militaires ont été blessés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'wounded/soldiers 9-9 official']);
  });
  it('EN: not across a paragraph break', () => {
    const r = read(
      'According to residents, 12 villagers were killed on Monday in the attack on Boni.\n\nNine soldiers were wounded later that day.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local', 'wounded/soldiers 9-9 unattributed']);
  });
  it('FR: not to a figure more than three sentences away in a long paragraph', () => {
    const r = read(
      "Selon l'armée, 12 soldats ont été tués lors de l'attaque de Boni. Le camp a été repris. Les renforts sont arrivés. La route a été rouverte. Selon des habitants, le marché est resté fermé. Trois motos ont été incendiées dans le village.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 official',
      'destroyed/motorcycles 3-3 unattributed',
    ]);
  });
  it('EN: attribution fades: not three sentences on', () => {
    const r = read(
      'According to residents, 12 villagers were killed in the attack on Boni. The camp was retaken. Reinforcements arrived. Three trucks were burned in the village.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local', 'destroyed/vehicles 3-3 unattributed']);
  });
});

describe('paragraph-claimant: who claims the attack, after a toll, is not its claimant', () => {
  it('leaves "12 soldats ont été tués. L\'attaque a été revendiquée par le JNIM, qui affirme…" unattributed', () => {
    const r = read(
      "Au Mali, 12 soldats ont été tués à Boni lundi. L'attaque a été revendiquée par le JNIM, qui affirme avoir tué 30 soldats.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/soldiers 30-30 armed_group',
    ]);
    const en = read(
      'In Mali, 12 soldiers were killed in Boni on Monday. JNIM claimed responsibility, saying it killed 30 soldiers.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/soldiers 30-30 armed_group',
    ]);
  });
  it('reads "X claimed the attack/the ambush" as a claim of the attack too', () => {
    const r = read(
      'In Mali, 12 soldiers were killed in Boni on Monday. JNIM claimed the ambush on Tuesday, saying it had killed 30 soldiers.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/soldiers 30-30 armed_group',
    ]);
  });
  it('still carries a group\'s statement back when it claims no attack ("It said ISWAP fighters captured…")', () => {
    const r = read(
      'In Mali, the Islamic State said its fighters ambushed an army column near Menaka, claiming that 30 soldiers were killed. It said its fighters captured a vehicle.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 30-30 armed_group', 'seized/vehicles 1-1 armed_group']);
  });
  it('a witness heard after a figure does not source it; one heard before does', () => {
    const after = read(
      'Des hommes armés ont attaqué Boni lundi. Douze civils ont été tués et 3 véhicules incendiés. Un habitant affirme que 5 boutiques ont été pillées et que 4 personnes sont portées disparues.',
      'fr',
    );
    expect(brief(after.claims)).toEqual([
      'killed/civilians 12-12 unattributed',
      'destroyed/vehicles 3-3 unattributed',
      'missing/people 4-4 local',
    ]);
    const before = read(
      'Gunmen attacked Boni on Monday. According to residents, 12 civilians were killed. Three vehicles were also burned.',
      'en',
    );
    expect(brief(before.claims)).toEqual(['killed/civilians 12-12 local', 'destroyed/vehicles 3-3 local']);
  });
});

describe('pass paragraph-claimant: a group telling its own losses after a toll is not its claimant', () => {
  it('EN and FR: the toll before stays unattributed', () => {
    const en = read(
      'Gunmen killed 30 villagers in Boni on Monday. Dan Na Ambassagou said in a statement that 12 of its fighters were among the dead.',
    );
    expect(brief(en.claims)[0]).toBe('killed/civilians 30-30 unattributed');
    const fr = read(
      'Des hommes armés ont tué 30 villageois lundi à Boni. Le MSA a indiqué que 12 de ses combattants avaient été tués.',
      'fr',
    );
    expect(brief(fr.claims)[0]).toBe('killed/civilians 30-30 unattributed');
  });
  it('does not carry back the claimant of a sentence that disputes the toll before it', () => {
    expect(
      brief(
        read(
          'Douze soldats ont été tués et huit blessés lundi à Boni. Des chiffres que conteste le JNIM, qui affirme avoir tué 40 militaires.',
          'fr',
        ).claims,
      ),
    ).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/soldiers 8-8 unattributed',
      'killed/soldiers 40-40 armed_group',
    ]);
    expect(
      brief(
        read(
          'Twelve soldiers were killed in Boni on Monday. JNIM disputed the toll, saying it had killed 40 soldiers.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'killed/soldiers 40-40 armed_group']);
    expect(
      brief(
        read(
          "Douze civils ont été tués lundi à Boni. L'armée dément et affirme que seuls trois civils ont péri.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed', 'killed/civilians 3-3 official']);
  });
});

describe('paragraph-claimant: an unnamed security source speaks only for its own sentence', () => {
  it("FR and EN: the outlet's next sentence, or the one before, stays its own", () => {
    const fr = read(
      "Douze soldats ont été tués lundi lors de l'attaque de Boni, selon une source sécuritaire. Cinq véhicules ont par ailleurs été incendiés.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 security_source',
      'destroyed/vehicles 5-5 unattributed',
    ]);
    const en = read(
      'Five vehicles were torched in the attack on Boni on Monday. Twelve soldiers were killed, a military source told AFP.',
    );
    expect(brief(en.claims)).toEqual([
      'destroyed/vehicles 5-5 unattributed',
      'killed/soldiers 12-12 security_source',
    ]);
  });
  it('a named voice still carries: "selon l\'armée" speaks for the next sentence', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors de l'attaque de Boni, selon l'armée. Cinq véhicules ont par ailleurs été incendiés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'destroyed/vehicles 5-5 official']);
  });
});

describe('pass paragraph-claimant: a speaker in a clause of contrast claims only its own figure', () => {
  it('FR: "alors que", "tandis que" set a second claimant against the toll before', () => {
    for (const t of [
      'Douze soldats ont été tués lundi dans une attaque contre le camp de Boni, alors que le JNIM affirme en avoir tué 30.',
      "Douze militaires ont été tués lundi lors de l'attaque du camp de Boni, tandis que les jihadistes revendiquent 30 morts.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual([
        'killed/soldiers 12-12 unattributed',
        'killed/soldiers 30-30 armed_group',
      ]);
  });
  it('EN and AR: "while", "whereas", "في حين"', () => {
    expect(
      brief(
        read(
          'Twelve soldiers were killed on Monday in an attack on the Boni camp, while JNIM claimed to have killed 30.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'killed/soldiers 30-30 armed_group']);
    expect(
      brief(
        read('قتل 12 جنديا في هجوم على معسكر بوني يوم الاثنين، في حين تحدثت الجماعة عن مقتل 30 جنديا.', 'ar')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'killed/soldiers 30-30 armed_group']);
  });
  it('still gives the toll the speaker named after a clause of time ("alors qu\'ils patrouillaient, selon l\'armée")', () => {
    expect(
      brief(
        read(
          "Douze soldats ont été tués lundi près de Boni alors qu'ils patrouillaient, selon l'armée.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 official']);
    expect(
      brief(read('Twelve soldiers were killed near Boni on Monday while on patrol, the army said.').claims),
    ).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('pass paragraph-claimant: a later voice with a competing figure', () => {
  it('does not give the toll to a voice that tells another figure of the same dead after it', () => {
    for (const [t, lang] of [
      [
        "Douze soldats ont été tués dimanche dans l'attaque du camp de Boni. De son côté, le JNIM affirme avoir tué 40 soldats.",
        'fr',
      ],
      [
        'Twelve soldiers were killed on Sunday in the attack on the Boni camp. JNIM said it had killed 40 soldiers.',
        'en',
      ],
      [
        'قتل 12 جنديا في هجوم على معسكر بوني يوم الأحد. من جهتها، قالت جماعة نصرة الإسلام والمسلمين إنها قتلت 40 جنديا.',
        'ar',
      ],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([
        'killed/soldiers 12-12 unattributed',
        'killed/soldiers 40-40 armed_group',
      ]);
  });
  it('still gives it to a later voice that tells a figure of another kind or side', () => {
    const r = read(
      'Twelve soldiers were killed on Sunday in the attack on the Boni camp. The army said 40 terrorists were killed.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'killed/militants 40-40 official']);
  });
});

describe('paragraph-claimant: the outlet speaks after an unnamed source, not the next speaker', () => {
  it('leaves a figure after a security source unattributed, though a statement follows', () => {
    for (const [t, lang] of [
      [
        "Selon un officier, onze militaires ont été tués mardi près de Goundam. Huit camions ont été incendiés. Dans un communiqué, l'état-major affirme que 20 terroristes ont été neutralisés.",
        'fr',
      ],
      [
        'Eleven soldiers were killed near Goundam on Tuesday, a security source said. Eight trucks were burned. In a statement, the army said 20 terrorists were killed.',
        'en',
      ],
    ] as const)
      expect(brief(read(t, lang).claims)[1], t).toBe('destroyed/vehicles 8-8 unattributed');
  });
  it('still carries a local voice named before to the figure after it', () => {
    const r = read(
      "Onze civils ont été tués mardi près de Goundam, selon un élu local. Huit véhicules ont été incendiés. Dans un communiqué, l'armée affirme que 20 terroristes ont été neutralisés.",
      'fr',
    );
    expect(brief(r.claims)[1]).toBe('destroyed/vehicles 8-8 local');
  });
});
