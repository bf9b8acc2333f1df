import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe("pass riposte-side: the dead of a force's riposte are the attackers'", () => {
  it('FR: "ont riposté vigoureusement, faisant une vingtaine de morts", and the passive', () => {
    const r = read(
      'Attaqués à Boni, les FAMa ont riposté vigoureusement, faisant une vingtaine de morts.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 unattributed']);
    const passive = read("L'attaque de Boni a été repoussée par l'armée, qui a fait 20 morts.", 'fr');
    expect(brief(passive.claims)).toEqual(['killed/militants 20-20 unattributed']);
  });
  it('EN: "troops repelled the assault, leaving about 20 dead"', () => {
    const r = read('Troops repelled the assault on Boni, leaving about 20 dead.');
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 unattributed']);
  });
  it('reads a counter-attack and a response as the riposte ("its counter-attack left 20 dead", "la contre-offensive")', () => {
    expect(
      brief(read('After the attack on Boni, the army said its counter-attack left 20 dead.').claims),
    ).toEqual(['killed/militants 20-20 official']);
    expect(
      brief(
        read("Après l'attaque de Boni, la contre-offensive de l'armée a fait une vingtaine de morts.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/militants 20-20 unattributed']);
    expect(brief(read("The army's response to the attack on Boni left 20 dead.").claims)).toEqual([
      'killed/militants 20-20 unattributed',
    ]);
  });
  it('keeps a side the toll names, and a toll in another sentence', () => {
    const own = read("Les FAMa ont riposté à l'attaque de Boni ; 12 soldats ont été tués.", 'fr');
    expect(brief(own.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const marker = read(
      "Après la riposte de l'armée à Boni, 12 morts ont été dénombrés parmi les civils.",
      'fr',
    );
    expect(brief(marker.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    const apart = read("L'armée a riposté à Boni. L'attaque a fait 20 morts.", 'fr');
    expect(brief(apart.claims)).toEqual(['killed/people 20-20 unattributed']);
  });
});

describe('pass riposte-side: a riposte told by a verb and its particle', () => {
  it('reads "struck back", "hit back", "fought off", "retaliated" as a riposte', () => {
    for (const verb of [
      'struck back, killing',
      'hit back, killing',
      'fought off the assault, killing',
      'retaliated, killing',
    ])
      expect(brief(read(`Gunmen raided Boni on Monday. The army ${verb} about 20.`).claims)).toEqual([
        'killed/militants 20-20 unattributed',
      ]);
  });
  it('does not read a strike or a fight without its particle as one', () => {
    expect(brief(read('The army hit a market in Boni on Monday, killing about 20.').claims)).toEqual([
      'killed/people 20-20 unattributed',
    ]);
  });
});
