import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass enemy-side: whom an army kills is its enemy', () => {
  it('FR: an army’s verb for killing enemies makes a bare or generic toll militants', () => {
    expect(brief(read('Au cours de la riposte, 15 ont été neutralisés près de Boni.', 'fr').claims)).toEqual([
      'killed/militants 15-15 unattributed',
    ]);
    expect(
      brief(
        read(
          "Après l'attaque du poste de Boni, les FAMa ont éliminé une trentaine d'individus en fuite.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/militants 30-30 unattributed']);
  });
  it('EN: a state force that killed a bare number in the active voice', () => {
    expect(brief(read('The army said it killed 20 in the counter-attack near Boni.', 'en').claims)).toEqual([
      'killed/militants 20-20 official',
    ]);
    expect(
      brief(read('Troops killed about 12 during the raid on Boni, the army said.', 'en').claims),
    ).toEqual(['killed/militants 12-12 official']);
  });
  it('leaves a toll that names its side, or whose killer is not a state force', () => {
    expect(
      brief(read("Les forces armées ont tué au moins 30 personnes lors d'une frappe à Boni.", 'fr').claims),
    ).toEqual(['killed/people 30-null unattributed']);
    expect(
      brief(read("Les jihadistes ont attaqué l'armée à Boni et tué 20 personnes.", 'fr').claims),
    ).toEqual(['killed/people 20-20 unattributed']);
    expect(brief(read('Gunmen killed 20 in the village of Boni.', 'en').claims)).toEqual([
      'killed/people 20-20 unattributed',
    ]);
  });
  it('leaves whom a force executes or massacres: a killing of the defenceless, no enemy', () => {
    expect(
      brief(read('Malian soldiers executed at least 30 men in Boni, Human Rights Watch said.', 'en').claims),
    ).toEqual(['killed/people 30-null monitor']);
    expect(brief(read('Troops reportedly massacred 20 men in Boni on Monday.', 'en').claims)).toEqual([
      'killed/people 20-20 unattributed',
    ]);
    expect(
      brief(
        read('Des soldats ont sommairement exécuté 20 hommes lundi à Boni, selon des témoins.', 'fr').claims,
      ),
    ).toEqual(['killed/people 20-20 local']);
    expect(
      brief(read("L'armée aurait fusillé une dizaine d'individus à Boni, selon des habitants.", 'fr').claims),
    ).toEqual(['killed/people 10-10 local']);
  });
});

describe('enemy-side: the clitic "en" between a force and its verb', () => {
  it('reads "l\'armée affirme en avoir tué 12", "les FAMa en ont neutralisé 12" as militants', () => {
    const r = read("Au Mali, des jihadistes ont attaqué Boni lundi. L'armée affirme en avoir tué 12.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/militants 12-12 official']);
    const p = read(
      "Au Mali, des hommes armés ont attaqué Boni lundi. L'armée dit en avoir abattu 7 et en avoir blessé 3.",
      'fr',
    );
    expect(brief(p.claims)[0]).toBe('killed/militants 7-7 official');
  });
});
