import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass ambushed-side: bare tolls of an attack on a military unit are its losses', () => {
  it('FR: a toll list then "le bilan d\'une embuscade contre des éléments de l\'armée"', () => {
    const r = read(
      "9 morts, 12 blessés et 04 véhicules détruits, c'est le bilan d'une embuscade tendue mardi contre des éléments de l'armée près de Tessit.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 9-9 unattributed',
      'wounded/soldiers 12-12 unattributed',
      'destroyed/vehicles 4-4 unattributed',
    ]);
  });
  it('EN: an ambush against peacekeepers', () => {
    const r = read(
      'An ambush against UN peacekeepers near Tessit left 3 dead and 5 wounded on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/foreign_forces 3-3 unattributed',
      'wounded/foreign_forces 5-5 unattributed',
    ]);
  });
  it('leaves the tolls alone when the sentence gives another side a toll', () => {
    const r = read(
      "L'embuscade contre des soldats près de Tessit a fait 9 morts, dont 4 assaillants, selon l'armée.",
      'fr',
    );
    expect(brief(r.claims)[0]).toBe('killed/people 9-9 official');
  });
  it('does not take a civilian target for a military side', () => {
    const r = read("L'attaque contre des villageois de Tessit a fait 9 morts mardi.", 'fr');
    expect(brief(r.claims)).not.toContain('killed/soldiers 9-9 unattributed');
  });
});

describe('pass ambushed-side: a unit named by its force', () => {
  it('FR: an attack on a Minusma convoy, an ambush on a FAMa patrol', () => {
    expect(
      brief(read("L'attaque contre le convoi de la Minusma a fait 2 morts et 5 blessés.", 'fr').claims),
    ).toEqual(['killed/foreign_forces 2-2 unattributed', 'wounded/foreign_forces 5-5 unattributed']);
    expect(
      brief(read("L'embuscade contre une patrouille des FAMa a fait 4 morts près de Boni.", 'fr').claims),
    ).toEqual(['killed/soldiers 4-4 unattributed']);
  });
});

describe('pass ambushed-side: a unit that suffered the attack', () => {
  it('gives a bare toll the side of the force whose convoy hit a mine or whose men were ambushed', () => {
    expect(
      brief(read('A MINUSMA convoy hit a roadside bomb near Kidal, killing four.', 'en').claims),
    ).toEqual(['killed/foreign_forces 4-4 unattributed']);
    expect(
      brief(
        read('Un convoi de la Minusma a sauté sur une mine près de Kidal, faisant quatre morts.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 4-4 unattributed']);
    expect(
      brief(read('Wagner fighters were ambushed near Kidal; at least 20 were killed.', 'en').claims),
    ).toEqual(['killed/foreign_forces 20-null unattributed']);
    expect(brief(read('An attack on the UN camp in Kidal killed two and wounded 10.', 'en').claims)).toEqual([
      'killed/foreign_forces 2-2 unattributed',
      'wounded/foreign_forces 10-10 unattributed',
    ]);
  });
  it('does not give the toll of a strike to the force that struck ("army drones struck a hideout")', () => {
    const strike = read('Malian army drones struck a jihadist hideout near Boni on Monday, killing 24.');
    expect(brief(strike.claims)).toEqual(['killed/people 24-24 unattributed']);
    const blast = read('A Malian army convoy struck an explosive device near Boni on Monday, killing four.');
    expect(brief(blast.claims)).toEqual(['killed/soldiers 4-4 unattributed']);
  });
  it('gives soldiers of no nationality to the foreign force whose camp was attacked, in its sentence or the next', () => {
    expect(
      brief(
        read(
          'Le camp de la Minusma a été attaqué lundi à Aguelhok : deux soldats ont été tués et cinq blessés.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 unattributed', 'wounded/foreign_forces 5-5 unattributed']);
    expect(
      brief(
        read(
          'The UN camp in Aguelhok was attacked on Monday. Two soldiers were killed and five wounded.',
          'en',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 2-2 unattributed', 'wounded/foreign_forces 5-5 unattributed']);
    // The army's camp, or soldiers the text calls Malian, stay soldiers.
    expect(
      brief(read("Le camp de l'armée à Boni a été attaqué lundi. Deux soldats ont été tués.", 'fr').claims),
    ).toEqual(['killed/soldiers 2-2 unattributed']);
    expect(
      brief(
        read(
          'Le camp de la Minusma a été attaqué lundi à Aguelhok : deux soldats maliens ont été tués.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 2-2 unattributed']);
  });
  it('leaves a toll of a patrol of two forces to no side', () => {
    expect(
      brief(
        read('A patrol of the Malian army and Wagner was ambushed near Kidal, leaving 20 dead.', 'en').claims,
      ),
    ).toEqual(['killed/people 20-20 unattributed']);
  });
});

describe('pass ambushed-side: a target of two forces', () => {
  it('gives no side to a toll of an attack on a convoy of the army and its Russian partners', () => {
    expect(
      brief(
        read(
          "L'attaque contre un convoi de l'armée et de ses partenaires russes a fait 12 morts et 5 blessés près de Kidal.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 12-12 unattributed', 'wounded/people 5-5 unattributed']);
    expect(
      brief(
        read("L'attaque contre un convoi de ravitaillement des FAMa a fait 12 morts près de Kidal.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('gives no side when the attack is aimed at civilians beside a force', () => {
    const fr = read(
      "L'attaque contre un car de passagers et son escorte militaire a fait 12 morts lundi près de Boni.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 unattributed']);
    const en = read(
      'The attack on a bus of passengers and its military escort left 12 dead near Boni on Monday.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/people 12-12 unattributed']);
    const army = read("L'attaque contre une escorte militaire a fait 12 morts lundi près de Boni.", 'fr');
    expect(brief(army.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('pass ambushed-side: a vehicle of civilians hit by a blast', () => {
  it('FR/EN: "un car transportant des passagers a sauté sur une mine", "a bus carrying passengers hit a landmine"', () => {
    const fr = read(
      'Un car transportant des passagers a sauté sur une mine près de Boni lundi, faisant 12 morts.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    const en = read('A bus carrying passengers hit a landmine near Boni on Monday, killing 12.');
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('no one side when the vehicles of soldiers and civilians are both named', () => {
    const r = read(
      "Un convoi de l'armée escortant des commerçants a sauté sur une mine près de Boni lundi, faisant 12 morts.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 12-12 unattributed']);
  });
});

describe('pass ambushed-side: an attack on the army’s own post, by its possessive', () => {
  it('gives the tolls of "une attaque contre son camp" told by the army to its soldiers', () => {
    expect(
      brief(
        read(
          "L'armée malienne a annoncé qu'une attaque terroriste contre son camp de Boni a fait deux morts et dix blessés.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 2-2 official', 'wounded/soldiers 10-10 official']);
    expect(
      brief(
        read('The army said an attack against its positions near Boni, Mali, left two dead.', 'en').claims,
      ),
    ).toEqual(['killed/soldiers 2-2 official']);
  });
  it('leaves a possessive whose owner is no army', () => {
    expect(
      brief(
        read("Le maire a dit qu'une attaque contre son village de Boni, au Mali, a fait deux morts.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/people 2-2 local']);
  });
});
