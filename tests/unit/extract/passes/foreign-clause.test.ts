import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass foreign-clause: a sentence set in a neighbouring country is about there', () => {
  it('FR: "Au Burkina Faso voisin, 20 soldats ont été tués" is background', () => {
    const r = read(
      "Selon l'armée malienne, 12 soldats ont été tués lundi lors de l'attaque de Boni. Au Burkina Faso voisin, 20 soldats ont été tués dimanche.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(r.background.map((c) => c.min)).toEqual([20]);
  });
  it('EN: "In neighbouring Niger, 20 soldiers were killed" is background', () => {
    const r = read(
      'The Malian army said 12 soldiers were killed on Monday in the attack on Boni. In neighbouring Niger, 20 soldiers were killed on Sunday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('a border, Mali or a Malian place in the sentence keeps it the main story', () => {
    const r = read(
      "Près de la frontière avec le Niger, 12 soldats maliens ont été tués lundi lors de l'attaque de Boni, selon l'armée.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('a place the gazetteer lacks and the tri-border area do not keep a clause about Niger in Mali', () => {
    const r = read(
      "Lundi, un convoi de l'armée malienne est tombé dans une embuscade à Tessit : 33 militaires ont été tués. " +
        'Au même moment, 58 personnes ont été tuées à Kandoulou, dans l’ouest du Niger, dans la zone des trois frontières.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 33-33 unattributed']);
    expect(brief(r.background)).toEqual(['killed/people 58-58 unattributed']);
  });
  it('a contrasted clause set in a neighbour is about there, though it names the Malian border', () => {
    const en = read(
      'Jihadists killed 12 soldiers in Boni on Thursday, the army said. In Burkina Faso, 50 soldiers were killed last week, while in Niger 29 soldiers died in an attack near the Malian border on Monday.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 official']);
    const fr = read(
      "Des jihadistes ont tué 12 soldats jeudi à Boni, selon l'armée. Au Burkina Faso, 50 soldats ont été tués, tandis qu'au Niger 29 militaires ont péri lundi près de la frontière malienne.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('keeps the clause set in Mali beside one set abroad', () => {
    const r = read(
      "Des jihadistes ont attaqué un poste au Mali jeudi, tandis qu'au Niger 29 militaires ont péri lundi.",
      'fr',
    );
    expect(r.background.map((c) => c.min)).toEqual([29]);
    const mali = read(
      "Au Niger, l'armée a été attaquée dimanche, tandis qu'au Mali 12 soldats ont été tués lundi près de Boni.",
      'fr',
    );
    expect(brief(mali.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});
