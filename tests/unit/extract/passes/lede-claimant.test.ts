import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass lede-claimant: the lede's figures attributed by the sentence after them", () => {
  it('FR: a communiqué named in the second sentence', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni. C'est ce qu'indique un communiqué de l'armée publié mardi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('EN: residents named in the second sentence', () => {
    const r = read(
      'Twelve villagers were killed on Monday in an attack on Boni. Residents of the town said so on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it("does not take a witness quoted on something else for the toll's claimant", () => {
    const en = read(
      'Twelve soldiers were killed in an attack on the Boni camp on Monday. "It was terrible," a resident told AFP.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const fr = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni. « C'était terrible », a confié un habitant.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    // A witness who speaks of the dead without their number does not give the lede's figure.
    const dead = read(
      'Twelve soldiers were killed in an attack on the Boni camp on Monday. "We buried the dead this morning," a resident told AFP.',
    );
    expect(brief(dead.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('leaves the lede alone when the next sentence gives figures of its own', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre le camp de Boni.\n\nDes habitants affirment de leur côté que 20 assaillants ont été tués.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed', 'killed/militants 20-20 local']);
  });
  it('still carries when that sentence speaks of the lede’s toll', () => {
    const r = read(
      'Twelve soldiers were killed on Monday in an attack on the Boni camp.\n\nThe toll is provisional, the army said, adding that it killed 20 attackers.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'killed/militants 20-20 official']);
  });
  it('does not take the group that claims the attack, in the next sentence, for the toll’s claimant', () => {
    const r = read(
      "Lundi, des jihadistes ont attaqué le camp de Boni, tuant 12 soldats. Le JNIM a revendiqué l'attaque.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const e = read(
      'On Monday, jihadists attacked the Boni camp, killing 12 soldiers. JNIM later claimed the assault.',
      'en',
    );
    expect(brief(e.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    // A group's statement that tells the toll is still its claimant.
    const g = read(
      'Douze soldats ont été tués lundi à Boni. C’est ce qu’affirme le JNIM dans un message.',
      'fr',
    );
    expect(brief(g.claims)).toEqual(['killed/soldiers 12-12 armed_group']);
  });
  it("a witness or the group in the next sentence tells an account of its own, not the lede's source", () => {
    const witness = read(
      "Douze civils ont été tués lundi lors d'une attaque contre Boni.\n\nUn habitant raconte que les assaillants sont arrivés à moto.",
      'fr',
    );
    expect(brief(witness.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    const group = read(
      'Twelve soldiers were killed on Monday in an attack on the army post in Boni.\n\nJNIM said its fighters had taken control of the post.',
      'en',
    );
    expect(brief(group.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    // A witness who confirms it does.
    const confirmed = read(
      "Douze civils ont été tués lundi lors d'une attaque contre Boni.\n\nUn élu local a confirmé ce bilan.",
      'fr',
    );
    expect(brief(confirmed.claims)).toEqual(['killed/civilians 12-12 local']);
    // The army's word in the next sentence still sources the lede.
    const army = read(
      "Douze soldats ont été tués lundi lors d'une attaque contre Boni.\n\nC'est ce qu'indique un communiqué de l'armée.",
      'fr',
    );
    expect(brief(army.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('pass lede-claimant: not from a sentence of background', () => {
  it("who counts a period's total after the lede does not source the lede's toll", () => {
    const r = read(
      'Jihadists attacked the Boni post on Monday, killing 12 soldiers. More than 300 soldiers have been killed since the start of the year, according to an AFP tally.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const fr = read(
      "Lundi, des jihadistes ont attaqué le poste de Boni, tuant 12 soldats. Plus de 300 militaires ont été tués depuis janvier, selon un décompte de l'AFP.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('does not give the lede the claimant of a sentence that disputes it', () => {
    expect(
      brief(
        read(
          "Douze civils ont été tués lundi lors d'une attaque contre le village de Boni. Le gouvernement conteste ce bilan, affirmant que l'armée n'a pas tiré sur la foule.\n\nDes habitants ont fui vers Mopti.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 unattributed']);
  });
});

describe('pass lede-claimant and sole-claimant: a voice on the attack alone', () => {
  it('does not give the toll to a voice that only confirms or acknowledges the attack', () => {
    const fr = read(
      "Des jihadistes ont attaqué mardi le camp de Boni, tuant douze soldats. Dans un communiqué, l'armée a reconnu l'attaque.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const en = read(
      'Jihadists attacked the Boni camp on Tuesday, killing twelve soldiers. The army confirmed the attack.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const plural = read(
      'Des hommes armés ont tué huit civils mardi à Boni. Les autorités ont confirmé cette attaque dans la soirée.',
      'fr',
    );
    expect(brief(plural.claims)).toEqual(['killed/civilians 8-8 unattributed']);
  });
  it('still gives it to a voice that confirms the toll, or speaks of the dead', () => {
    const toll = read(
      'Jihadists attacked the Boni camp on Tuesday, killing twelve soldiers. The army confirmed the toll.',
    );
    expect(brief(toll.claims)).toEqual(['killed/soldiers 12-12 official']);
    const dead = read(
      "Des jihadistes ont attaqué mardi le camp de Boni, tuant douze soldats. L'armée a confirmé l'attaque et la mort des soldats.",
      'fr',
    );
    expect(brief(dead.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('gives it to a voice that tells what became of the attack, the attack opening what is said', () => {
    for (const t of [
      "L'état-major indique que l'attaque contre le camp de Boni a été repoussée. Une quinzaine de terroristes ont été neutralisés.",
      "Dans un communiqué, l'armée précise que l'assaut contre le camp de Boni a été repoussé. Quinze terroristes ont été neutralisés.",
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual([
        expect.stringMatching(/^killed\/militants 15-15 official$/),
      ]);
    const en = read(
      'The army said that the attack on the Boni camp had been repelled. Fifteen terrorists were neutralised.',
    );
    expect(brief(en.claims)).toEqual(['killed/militants 15-15 official']);
  });
});

describe('pass lede-claimant: the document the toll came in', () => {
  it("gives the lede's toll to the author of the statement it came in", () => {
    for (const [t, lang] of [
      [
        "Douze soldats ont été tués dimanche dans l'attaque du camp de Boni. C'est ce qui ressort d'un communiqué de l'armée malienne.",
        'fr',
      ],
      [
        "Douze soldats ont été tués dimanche dans l'attaque du camp de Boni. Ce bilan figure dans un communiqué de l'armée malienne.",
        'fr',
      ],
      [
        'Twelve soldiers were killed on Sunday in an attack on the Boni camp. This came in a statement by the Malian army.',
        'en',
      ],
      ['قتل 12 جنديا في هجوم على معسكر بوني يوم الأحد. وجاء ذلك في بيان للجيش المالي.', 'ar'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/soldiers 12-12 official']);
  });
  it('not to a force named in what the attack came in response to', () => {
    const r = read(
      'Twelve soldiers were killed on Sunday in an attack on the Boni camp. The attack came in response to army operations.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('not to a voice that reacts to the attack: "condemned the attack, his spokesman said"', () => {
    for (const [t, lang] of [
      [
        'Twelve soldiers were killed on Sunday in an attack on the Boni camp. The UN Secretary-General condemned the attack, his spokesman said.',
        'en',
      ],
      [
        "Douze soldats ont été tués dimanche dans l'attaque du camp de Boni. Le gouvernement a fermement condamné cette attaque, a indiqué son porte-parole.",
        'fr',
      ],
      [
        "Douze soldats ont été tués dimanche dans l'attaque du camp de Boni. L'Union africaine a dénoncé l'attaque dans un communiqué.",
        'fr',
      ],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});
