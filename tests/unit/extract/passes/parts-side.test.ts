import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass parts-side: a toll split by place takes the side of the total it adds up to', () => {
  it('FR: "35 civils tués … : 20 personnes à Boni, huit à Dioura et sept à Kona"', () => {
    const r = read(
      'Selon le gouvernement, 35 civils ont été tués lundi dans trois villages. Un élu a précisé que 20 personnes avaient été tuées à Boni, huit à Dioura et sept à Kona.',
      'fr',
    );
    expect(brief(r.claims).map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
      'killed/civilians 35-35',
      'killed/civilians 20-20',
      'killed/civilians 8-8',
      'killed/civilians 7-7',
    ]);
  });
  it('EN: rounded parts within a tenth of a rounded total ("about 40 villagers" … "23, 9 and about ten")', () => {
    const r = read(
      'About 40 villagers were killed in attacks on four villages near Boni on Monday. A local official said 23 people were killed in Boni, 9 in Dioura and about ten in the other two.',
    );
    expect(r.claims.filter((c) => c.subject === 'civilians').map((c) => c.min)).toEqual([40, 23, 9, 10]);
  });
  it('leaves parts that do not add up to a sided total, and a lone figure, without a side', () => {
    const r = read(
      'Selon le gouvernement, 35 civils ont été tués lundi dans trois villages. Un élu a précisé que 12 personnes avaient été tuées à Boni et huit à Dioura.',
      'fr',
    );
    expect(
      brief(r.claims)
        .slice(1)
        .map((c) => c.split(' ')[0]),
    ).toEqual(['killed/people', 'killed/people']);
    const lone = read(
      'Selon le gouvernement, 35 civils ont été tués lundi à Boni. Un élu parle de 35 personnes tuées.',
      'fr',
    );
    expect(lone.claims.map((c) => c.subject)).not.toContain('soldiers');
  });
});
