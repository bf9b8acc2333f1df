import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass force-losses: a one-force story's wounded and missing are that force's", () => {
  it('FR: the missing counted in a later sentence of a story of soldiers killed', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors de l'attaque du poste de Boni, selon l'armée. Le bilan fait aussi état de 17 disparus.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official', 'missing/soldiers 17-17 official']);
  });
  it('EN: the wounded of a story of peacekeepers killed', () => {
    const r = read(
      'Four peacekeepers were killed in the attack on the UN camp in Boni, the UN mission said. The attack also left 19 wounded.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/foreign_forces 4-4 monitor',
      'wounded/foreign_forces 19-19 monitor',
    ]);
  });
  it('gives the force its missing and wounded named by a generic noun ("hommes", "men")', () => {
    const fr = read(
      "Lors de l'attaque du camp de Boni, 12 soldats ont été tués. Une quarantaine d'hommes manquaient à l'appel.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'missing/soldiers 40-40 unattributed',
    ]);
    const en = read(
      'Twelve soldiers were killed in the attack on the Boni camp. Five more men were wounded.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/soldiers 5-5 unattributed',
    ]);
    const civ = read("Lors de l'attaque du camp de Boni, 12 soldats ont été tués et 5 civils blessés.", 'fr');
    expect(brief(civ.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/civilians 5-5 unattributed',
    ]);
  });
  it('leaves the dead, and a story of two sides, to the other rules', () => {
    const dead = read(
      "Douze soldats ont été tués lundi lors de l'attaque du poste de Boni. Au total, l'attaque a fait 30 morts.",
      'fr',
    );
    expect(brief(dead.claims)).toContain('killed/people 30-30 unattributed');
    const two = read(
      "Douze soldats et vingt terroristes ont été tués lundi lors de l'attaque du poste de Boni. Le bilan fait aussi état de 17 blessés.",
      'fr',
    );
    expect(brief(two.claims)).toContain('wounded/people 17-17 unattributed');
  });
  it('leaves a total broken down by side to its parts ("Sur les 17 blessés, 5 sont des militaires")', () => {
    const r = read(
      "Douze soldats ont été tués lundi lors de l'attaque du poste de Boni. Sur les 17 blessés, 5 sont des militaires.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'wounded/people 17-17 unattributed',
      'wounded/soldiers 5-5 unattributed',
    ]);
  });
  it('a side named only as a part of a total over sides makes no one-force story ("23 dead, including nine soldiers")', () => {
    const en = read(
      'Suspected jihadists attacked Boni on Sunday. The attack left 23 dead, including nine soldiers, and dozens wounded.',
    );
    expect(brief(en.claims)).toContain('wounded/people 24-null unattributed');
    const fr = read(
      "Des jihadistes ont attaqué Boni dimanche. L'attaque a fait 23 morts, dont neuf soldats, et 30 blessés.",
      'fr',
    );
    expect(brief(fr.claims)).toContain('wounded/people 30-30 unattributed');
  });
  it('gives the force a wounded toll whose detail names no side ("17 blessés, dont 5 graves")', () => {
    for (const [t, lang] of [
      [
        "L'armée a annoncé la mort de 23 soldats à Boni. L'attaque a aussi fait 17 blessés, dont 5 graves.",
        'fr',
      ],
      [
        "L'armée a annoncé la mort de 23 soldats à Boni. Elle fait état de 17 blessés dont cinq grièvement.",
        'fr',
      ],
      [
        'The army said 23 soldiers were killed in Boni. It also reported 17 wounded, five of them seriously.',
        'en',
      ],
    ])
      expect(brief(read(t, lang).claims), t).toContain('wounded/soldiers 17-17 official');
  });
});
