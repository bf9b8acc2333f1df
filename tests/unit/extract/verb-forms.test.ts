import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const kinds = (t: string, lang = 'en') =>
  brief(read(t, lang).claims).map((c) => c.split(' ').slice(0, 2).join(' '));

describe('verb forms: an injury borne, its noun after the verb', () => {
  it('reads "sustained minor injuries", "suffered gunshot wounds" as wounded', () => {
    for (const t of [
      'Jihadists attacked the Boni camp on Sunday. Seven soldiers sustained minor injuries.',
      'Jihadists attacked the Boni camp on Sunday. Seven soldiers suffered gunshot wounds.',
      'Jihadists attacked the Boni camp on Sunday. Seven soldiers received serious injuries.',
    ])
      expect(kinds(t), t).toEqual(['wounded/soldiers 7-7']);
  });
  it('reads "ont subi de graves blessures", "souffrent de blessures par balle" as wounded', () => {
    for (const t of [
      'Des jihadistes ont attaqué le camp de Boni dimanche. Sept soldats ont subi de graves blessures.',
      'Des jihadistes ont attaqué le camp de Boni dimanche. Sept soldats souffrent de blessures par balle.',
    ])
      expect(kinds(t, 'fr'), t).toEqual(['wounded/soldiers 7-7']);
  });
  it('not a verb of receiving whose object is no injury', () => {
    expect(
      kinds('Jihadists attacked the Boni camp on Sunday. Seven soldiers received orders to withdraw.'),
    ).toEqual([]);
  });
});

describe('verb forms: a modal before the participle', () => {
  it('reads "ont pu être neutralisés", "pourraient avoir été tués", "may have been killed"', () => {
    expect(
      kinds(
        'Des jihadistes ont attaqué Boni dimanche. Une vingtaine de terroristes ont pu être neutralisés.',
        'fr',
      ),
    ).toEqual(['killed/militants 20-20']);
    expect(
      kinds(
        'Des jihadistes ont attaqué Boni dimanche. Une trentaine de civils pourraient avoir été tués.',
        'fr',
      ),
    ).toEqual(['killed/civilians 30-30']);
    expect(kinds('Jihadists attacked Boni on Sunday. Thirty civilians might have been killed.')).toEqual([
      'killed/civilians 30-30',
    ]);
  });
});

describe('verb forms: things looted of no kind', () => {
  it('counts no shops or huts looted as persons captured', () => {
    expect(kinds('Jihadists attacked Boni on Sunday. The attackers looted 3 shops.')).toEqual([]);
    expect(
      kinds('Des jihadistes ont attaqué Boni dimanche. Les assaillants ont pillé 3 boutiques.', 'fr'),
    ).toEqual([]);
  });
  it('still counts persons taken away as captured', () => {
    expect(kinds('Jihadists attacked Boni on Sunday. The attackers took away five villagers.')).toEqual([
      'captured/civilians 5-5',
    ]);
  });
});

describe('verb forms: hit, with the severity or the bullet that makes it a wound', () => {
  it('reads "grièvement touchés", "touchées par balle" as wounded', () => {
    for (const t of [
      'Des jihadistes ont attaqué Boni dimanche. Deux civils ont été grièvement touchés.',
      'Des jihadistes ont attaqué Boni dimanche. Deux civiles ont été touchées par balle.',
      'Des jihadistes ont attaqué Boni dimanche. Deux civils ont été légèrement touchés et évacués.',
    ])
      expect(kinds(t, 'fr'), t).toEqual(['wounded/civilians 2-2']);
  });
  it('not places or people only affected', () => {
    expect(
      kinds(
        "Des jihadistes ont attaqué Boni dimanche. Deux villages ont été touchés par l'insécurité.",
        'fr',
      ),
    ).toEqual([]);
  });
});
