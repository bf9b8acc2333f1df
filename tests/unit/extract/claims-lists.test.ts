import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** Lists of things seized or destroyed, as army communiqués and wires write them (sentences written for these tests). */
describe('lists of things under one verb', () => {
  it('keeps an item whose name holds a model after a complement ("fusils d\'assaut AK-47")', () => {
    const r = read(
      "Près de Boni, les FAMa ont récupéré 04 PK-M, 31 fusils d'assaut AK-47, 02 lanceurs RPG-7 et 09 motos.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 4-4 unattributed',
      'seized/weapons 31-31 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 9-9 unattributed',
    ]);
  });
  it('keeps the items named after "notamment"/"notably" beside a vague count of their lot', () => {
    const r = read(
      'Près de Boni, les FAMa ont saisi plusieurs armes, notamment 12 kalachnikovs et 3 mitrailleuses.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 2-null unattributed',
      'seized/weapons 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    const passive = read(
      "Après l'attaque de Boni, plusieurs armes ont été récupérées, notamment 14 fusils.",
      'fr',
    );
    expect(brief(passive.claims)).toEqual([
      'seized/weapons 2-null unattributed',
      'seized/weapons 14-14 unattributed',
    ]);
    const en = read('Near Boni, troops seized several weapons, notably 8 assault rifles and a machine gun.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 2-null unattributed',
      'seized/weapons 8-8 unattributed',
      'seized/weapons 1-1 unattributed',
    ]);
  });
  it('reads "AK 47" with a space as a model, not as 47 of something', () => {
    const r = read('Près de Boni, les FAMa ont saisi 08 fusils AK 47, 03 PKM et 12 motos.', 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/weapons 8-8 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/motorcycles 12-12 unattributed',
    ]);
    const en = read('Near Boni, troops seized 4 AK 47 rifles and two pickup trucks.');
    expect(brief(en.claims)).toEqual(['seized/weapons 4-4 unattributed', 'seized/vehicles 2-2 unattributed']);
  });
  it('counts an item the lexicon does not know as a thing of the list: capitals a weapon, else equipment', () => {
    const r = read(
      'Près de Boni, les FAMa ont récupéré 02 fusils mitrailleurs, 05 AK, 01 RPK, 03 SKS et 12 chargeurs.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 5-5 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/ammunition 12-12 unattributed',
    ]);
    const kit = read(
      "Près de Boni, l'armée a saisi 14 motos, 02 groupes électrogènes et 05 téléphones.",
      'fr',
    );
    expect(brief(kit.claims)).toEqual([
      'seized/motorcycles 14-14 unattributed',
      'seized/equipment 2-2 unattributed',
      'seized/equipment 5-5 unattributed',
    ]);
  });
  it('does not make things of persons the lexicon does not know, listed before things', () => {
    const r = read("À Boni, l'armée annonce 24 morts, huit rescapés et quatre véhicules détruits.", 'fr');
    expect(brief(r.claims)).not.toContain('destroyed/equipment 8-8 official');
    expect(brief(r.claims)).toContain('destroyed/vehicles 4-4 official');
  });
  it('ends the list where "et" opens a second verb of the sentence\'s subject', () => {
    const r = read(
      'Près de Boni, les militaires ont récupéré 2 armes, 4 motos et 1 véhicule et ont détruit 3 bases.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 4-4 unattributed',
      'seized/vehicles 1-1 unattributed',
      'destroyed/bases 3-3 unattributed',
    ]);
    const adverb = read(
      'Près de Boni, les militaires ont saisi 4 motos et ont également incendié 2 camions.',
      'fr',
    );
    expect(brief(adverb.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'destroyed/vehicles 2-2 unattributed',
    ]);
    const en = read('Near Boni, troops seized 4 motorcycles and have destroyed 2 trucks.');
    expect(brief(en.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'destroyed/vehicles 2-2 unattributed',
    ]);
  });
  it('counts single items of a list ("un pistolet", "a rifle"), each under its own name', () => {
    const r = read(
      'Près de Boni, les soldats ont récupéré deux fusils AK-47, un pistolet, une mitrailleuse PKM et six chargeurs.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/ammunition 6-6 unattributed',
    ]);
    const en = read('Near Boni, troops recovered two rifles, a pistol, a motorcycle and six magazines.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 1-1 unattributed',
      'seized/ammunition 6-6 unattributed',
    ]);
  });
  it('keeps a single person of a list under the verb ("tué deux soldats et un civil")', () => {
    const r = read('À Boni, les assaillants ont tué deux soldats et un civil.', 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
      'killed/civilians 1-1 unattributed',
    ]);
  });
  it('keeps a single person first in a list before its predicate ("un soldat et deux civils ont été tués")', () => {
    const fr = read("Lors de l'attaque de Boni, un soldat et deux civils ont été tués.", 'fr');
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
      'killed/civilians 2-2 unattributed',
    ]);
    const en = read('In the attack on Boni, a soldier and two civilians were wounded.');
    expect(brief(en.claims)).toEqual([
      'wounded/soldiers 1-1 unattributed',
      'wounded/civilians 2-2 unattributed',
    ]);
    // "a resident and two witnesses said": no figure without a predicate of the list.
    const said = read('In the attack on Boni, 12 soldiers died, a resident and two witnesses said.');
    expect(brief(said.claims)).toEqual(['killed/soldiers 12-12 local']);
  });
  it('reads a lot "composé de" / "consisting of" as the list of what was seized', () => {
    const r = read(
      'Près de Boni, les FAMa ont récupéré du matériel de guerre composé de 02 fusils, 06 chargeurs et 05 motos.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/ammunition 6-6 unattributed',
      'seized/motorcycles 5-5 unattributed',
    ]);
    const en = read('Near Boni, troops seized equipment consisting of 8 rifles and 12 motorcycles.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 8-8 unattributed',
      'seized/motorcycles 12-12 unattributed',
    ]);
  });
});

describe('a counted thing and others named without a count, before their predicate', () => {
  it('gives the counted one the predicate past the rest of the lot ("Plusieurs armes, motos et munitions ont été récupérées")', () => {
    expect(
      brief(
        read('À Boni, après les combats, plusieurs armes, motos et munitions ont été récupérées.', 'fr')
          .claims,
      ),
    ).toEqual(['seized/weapons 2-null unattributed']);
    expect(brief(read('À Boni, 12 motos, des armes et des munitions ont été saisies.', 'fr').claims)).toEqual(
      ['seized/motorcycles 12-12 unattributed'],
    );
    expect(
      brief(
        read('In Boni, after the fighting, several weapons, motorcycles and ammunition were recovered.')
          .claims,
      ),
    ).toEqual(['seized/weapons 2-null unattributed']);
    // Persons after the comma are no such lot.
    expect(brief(read('À Boni, 12 motos, des civils et des soldats ont été vus.', 'fr').claims)).toEqual([]);
  });
});

describe('a count in brackets after its noun, and a lot before the count', () => {
  it('takes the noun nearest the bracket as the label, not the sentence\'s subject ("les FAMa ont récupéré des motos (04)")', () => {
    const r = read('Lundi à Boni, les FAMa ont récupéré des motos (04) et des armes (06).', 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 6-6 unattributed',
    ]);
    expect(r.claims.map((c) => c.text)).toEqual(['motos (04)', 'armes (06)']);
  });
  it('reaches the verb past "un (important) lot de", "a large cache of"', () => {
    expect(
      brief(
        read('Lundi à Boni, les FAMa ont récupéré un important lot de 04 motos et 06 armes.', 'fr').claims,
      ),
    ).toEqual(['seized/motorcycles 4-4 unattributed', 'seized/weapons 6-6 unattributed']);
    expect(brief(read('On Monday in Boni, troops seized a large cache of 12 rifles.').claims)).toEqual([
      'seized/weapons 12-12 unattributed',
    ]);
  });
});

describe('labelled items in one line after a header', () => {
  it('gives every "label : count" item the header\'s kind ("motos : 04 ; armes : 06")', () => {
    const r = read('Lundi à Boni, matériels récupérés : motos : 04 ; armes : 06 ; téléphones : 03.', 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 6-6 unattributed',
      'seized/equipment 3-3 unattributed',
    ]);
    const en = read('In Boni on Monday, items seized: motorcycles: 4; rifles: 6.');
    expect(brief(en.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 6-6 unattributed',
    ]);
  });
});

describe('lists of things set apart by semicolons, under a verb or a header', () => {
  it('gives each item after a verb or a header its kind', () => {
    const r = read(
      'Près de Boni, les FAMa affirment avoir récupéré : 07 armes ; 4 motos ; 1 véhicule.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 7-7 official',
      'seized/motorcycles 4-4 official',
      'seized/vehicles 1-1 official',
    ]);
    const header = read('Attaque près de Boni. Matériels saisis : 03 PKM ; 11 AK-47 ; 06 motos.', 'fr');
    expect(brief(header.claims)).toEqual([
      'seized/weapons 3-3 unattributed',
      'seized/weapons 11-11 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
  });
  it("reads the lines of a header's list written without bullets, count first or after its label", () => {
    const counts = read(
      "L'attaque de Boni a été repoussée par les FAMa.\nMatériels récupérés :\n08 AK-47\n02 PKM\n03 motos\nLes opérations se poursuivent.",
      'fr',
    );
    expect(brief(counts.claims)).toEqual([
      'seized/weapons 8-8 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
    const labels = read(
      "L'attaque de Boni a été repoussée.\nArmement détruit :\nAK-47 : 05\nRPG 7 : 01\nPick-up : 02\nLes opérations se poursuivent.",
      'fr',
    );
    expect(brief(labels.claims)).toEqual([
      'destroyed/weapons 5-5 unattributed',
      'destroyed/weapons 1-1 unattributed',
      'destroyed/vehicles 2-2 unattributed',
    ]);
    const en = read(
      'The attack on Boni was repelled.\nItems seized:\n6 rifles\n2 motorbikes\nOperations continue.',
    );
    expect(brief(en.claims)).toEqual([
      'seized/weapons 6-6 unattributed',
      'seized/motorcycles 2-2 unattributed',
    ]);
  });
  it('reads no list line where no header announced one, and keeps a clock time out of counts', () => {
    const r = read("L'attaque de Boni a fait 3 morts.\n08 AK-47\nElle a eu lieu à 12:30.", 'fr');
    expect(brief(r.claims)).toEqual(['killed/people 3-3 unattributed']);
  });
  it('reads a header whose lot is named in a few words ("un important lot de matériels :"), and "took possession of"', () => {
    const r = read(
      'Près de Boni, les FAMa ont récupéré un important lot de matériels : 08 armes, 03 motos et des munitions.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 8-8 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
    const en = read('Near Boni, the troops took possession of eight weapons and three motorcycles.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 8-8 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
  it('reads the lot of a verb of several words ("mis la main sur un lot de matériel :", "… du matériel dont")', () => {
    const colon = read(
      'Près de Boni, les soldats ont mis la main sur un important stock de matériel : 4 motos, 3 armes et 2 téléphones.',
      'fr',
    );
    expect(brief(colon.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/equipment 2-2 unattributed',
    ]);
    const dont = read(
      'Près de Boni, les soldats ont mis la main sur du matériel dont 4 motos et 3 armes.',
      'fr',
    );
    expect(brief(dont.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    const basse = read(
      'Près de Boni, les assaillants ont fait main basse sur un lot de matériel : 4 motos et 3 armes.',
      'fr',
    );
    expect(brief(basse.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
  });
  it('reads a count in brackets after its label ("AK-47 (12), motos (07)"), under a header or a verb', () => {
    const header = read('Attaque près de Boni. Armement récupéré : AK-47 (12), PKM (02), motos (07).', 'fr');
    expect(brief(header.claims)).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 7-7 unattributed',
    ]);
    expect(header.claims[2].text).toBe('motos (07)');
    const en = read('Attack near Boni. Items seized: rifles (12), motorcycles (7).', 'en');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/motorcycles 7-7 unattributed',
    ]);
    // A number in brackets after a word that names nothing counted is no figure.
    const none = read('Attaque de Boni (2) : 12 soldats ont été tués.', 'fr');
    expect(brief(none.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('reads one person taken in a tally ("12 terroristes neutralisés, un capturé")', () => {
    const r = read("Lors de l'attaque de Boni, les FAMa ont neutralisé 12 terroristes, un capturé.", 'fr');
    expect(brief(r.claims)).toEqual([
      'killed/militants 12-12 unattributed',
      'captured/militants 1-1 unattributed',
    ]);
    const list = read(
      'Attaque de Boni. Bilan : 12 terroristes neutralisés, un interpellé, 3 motos récupérées.',
      'fr',
    );
    expect(brief(list.claims)).toEqual([
      'killed/militants 12-12 unattributed',
      'arrested/militants 1-1 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
  it('reads a header that announces its items ("récupérés, notamment :", "seized, including:")', () => {
    const r = read('Attaque près de Boni. Du matériel a été récupéré, notamment : 04 motos ; 02 PKM.', 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
    const en = read('Attack near Boni. Equipment was seized, including: 4 motorcycles, 2 rifles.', 'en');
    expect(brief(en.claims)).toEqual([
      'seized/motorcycles 4-4 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
  });
  it('does not carry a toll told by its own noun over a semicolon', () => {
    // "morts" is its own head, not a verb before a list: the things after it stay without a kind.
    const r = read('Attaque près de Boni. Côté assaillants : 14 morts ; 05 motos ; 02 véhicules.', 'fr');
    expect(brief(r.claims)).toEqual(['killed/militants 14-14 unattributed']);
  });
});

describe('makes and models of vehicles', () => {
  it('reads "Toyota", "BRDM", "BTR" as vehicles, not weapons or equipment', () => {
    const r = read('Près de Boni, les FAMa ont détruit 2 Toyota, 1 BRDM et 3 motos.', 'fr');
    expect(brief(r.claims)).toEqual([
      'destroyed/vehicles 2-2 unattributed',
      'destroyed/vehicles 1-1 unattributed',
      'destroyed/motorcycles 3-3 unattributed',
    ]);
  });
});

describe('things seized on suspects or in a cache', () => {
  it('reads what suspects were arrested in possession of, and what a cache held, as seized', () => {
    const fr = read(
      'Près de Boni, les FAMa ont interpellé trois suspects en possession de 6 armes et de 2 motos.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'arrested/militants 3-3 unattributed',
      'seized/weapons 6-6 unattributed',
      'seized/motorcycles 2-2 unattributed',
    ]);
    const en = read('Near Boni, soldiers arrested three suspects in possession of 6 weapons on Monday.');
    expect(brief(en.claims)).toEqual([
      'arrested/militants 3-3 unattributed',
      'seized/weapons 6-6 unattributed',
    ]);
    const cache = read(
      "Près de Boni, les militaires ont découvert lundi une cache d'armes contenant 6 fusils et 200 munitions.",
      'fr',
    );
    expect(brief(cache.claims)).toEqual([
      'seized/weapons 6-6 unattributed',
      'seized/ammunition 200-200 unattributed',
    ]);
  });
});

describe('arms by their other names', () => {
  it('reads submachine guns, carbines, bazookas and missile launchers as weapons, not equipment', () => {
    const fr = read(
      'Près de Boni, les FAMa ont saisi 2 pistolets-mitrailleurs, 3 mitraillettes, une carabine, 1 bazooka et 2 lance-missiles.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
    const en = read('Near Boni, soldiers seized 2 submachine guns, 3 carbines and a bazooka on Monday.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/weapons 1-1 unattributed',
    ]);
  });
});

describe("the army's abbreviations for its arms", () => {
  it('reads "PM", "PMAK", "FM", "PA", "MAT 49" as weapons, and "02 PM" as arms, not a clock time', () => {
    const r = read(
      'Lors du ratissage près de Ténenkou, les FAMa ont récupéré 03 PM AK, 02 FM, 01 PA, 01 MAT 49, 02 PMAK et 07 motos.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 3-3 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 7-7 unattributed',
    ]);
    const passive = read(
      'Près de Ténenkou, 05 PM et 02 MAS 36 ont été saisis par les militaires ainsi que 04 motos.',
      'fr',
    );
    expect(brief(passive.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 4-4 unattributed',
    ]);
  });
  it('keeps "4 PM" and "04 pm" clock times, not counts', () => {
    const en = read('Near Boni, the attack began at 4 PM and 12 soldiers were killed.');
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const fr = read("L'attaque de Boni a commencé vers 04 pm ; 12 militaires ont été tués.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
});

describe('one written out, restated in brackets ("une (01) moto")', () => {
  it('reads "une (01)" as one, alone or first in a list', () => {
    const one = read('Près de Boni, les FAMa ont récupéré une (01) mitrailleuse PKM.', 'fr');
    expect(brief(one.claims)).toEqual(['seized/weapons 1-1 unattributed']);
    const list = read('Près de Boni, les FAMa ont récupéré une (01) arme PKM et six (06) motos.', 'fr');
    expect(brief(list.claims)).toEqual([
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
    const passive = read('Près de Boni, 9 terroristes ont été neutralisés et une (01) moto récupérée.', 'fr');
    expect(brief(passive.claims)).toEqual([
      'killed/militants 9-9 unattributed',
      'seized/motorcycles 1-1 unattributed',
    ]);
    const soldier = read("Lors de l'attaque de Boni, un (1) soldat a été blessé.", 'fr');
    expect(brief(soldier.claims)).toEqual(['wounded/soldiers 1-1 unattributed']);
  });
});

describe('a time phrase between the verb and its figure', () => {
  it('reaches the verb over "lors de l\'opération", "au cours de la fouille", "during the raid"', () => {
    const fr = read("Près de Boni, les FAMa ont saisi lors de l'opération 05 motos et 03 armes.", 'fr');
    expect(brief(fr.claims)).toEqual([
      'seized/motorcycles 5-5 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    const fouille = read('Près de Boni, les militaires ont récupéré au cours de la fouille 12 motos.', 'fr');
    expect(brief(fouille.claims)).toEqual(['seized/motorcycles 12-12 unattributed']);
    const killed = read('Des hommes armés ont tué pendant la foire hebdomadaire 8 civils à Boni.', 'fr');
    expect(brief(killed.claims)).toEqual(['killed/civilians 8-8 unattributed']);
    const en = read('Near Boni, troops seized during the raid 12 rifles and 3 motorcycles.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
  it('does not step over a figure or a comma', () => {
    const r = read("Près de Boni, les FAMa ont saisi lors de l'opération de 2022, 05 motos.", 'fr');
    expect(brief(r.claims)).toEqual([]);
  });
});

describe('one more of the side named before ("un autre", "one other")', () => {
  it('counts "un autre" / "une autre" / "one other" before its verb as one of the same side', () => {
    expect(brief(read('Un soldat a été tué à Boni et un autre a été blessé.', 'fr').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
      'wounded/soldiers 1-1 unattributed',
    ]);
    expect(brief(read('Une femme a été tuée à Boni et une autre a été enlevée.', 'fr').claims)).toEqual([
      'killed/civilians 1-1 unattributed',
      'captured/civilians 1-1 unattributed',
    ]);
    expect(brief(read('One soldier was killed in Boni and one other was wounded.').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
      'wounded/soldiers 1-1 unattributed',
    ]);
  });
  it('does not count "un autre" before a noun', () => {
    expect(
      brief(
        read('Les assaillants ont incendié un autre village près de Boni où 3 civils ont été tués.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 3-3 unattributed']);
  });
});

describe('one of a breakdown of the wounded ("dont un grièvement")', () => {
  it('counts "dont un grièvement", "including one seriously" as one wounded of the same side', () => {
    expect(
      brief(
        read("Lors de l'attaque de Boni, trois soldats ont été blessés, dont un grièvement.", 'fr').claims,
      ),
    ).toEqual(['wounded/soldiers 3-3 unattributed', 'wounded/soldiers 1-1 unattributed']);
    expect(
      brief(read('In the attack on Boni, three soldiers were wounded, including one seriously.').claims),
    ).toEqual(['wounded/soldiers 3-3 unattributed', 'wounded/soldiers 1-1 unattributed']);
  });
});

describe('a taking told as a noun ("la prise de 40 armes")', () => {
  it('reads the list after "la prise de" as things seized, with the claimant', () => {
    const r = read(
      "Au Mali, dans l'attaque de Boni, le JNIM revendique la prise de 40 armes, 6 véhicules et 20 motos.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 40-40 armed_group',
      'seized/vehicles 6-6 armed_group',
      'seized/motorcycles 20-20 armed_group',
    ]);
  });
  it('reads hostages taken as captured persons, and a town taken as no figure', () => {
    expect(
      brief(
        read("Au Mali, le JNIM revendique la prise de 12 otages lors de l'attaque de Boni.", 'fr').claims,
      ),
    ).toEqual(['captured/people 12-12 armed_group']);
    expect(brief(read("Au Mali, le JNIM revendique la prise de Boni après l'attaque.", 'fr').claims)).toEqual(
      [],
    );
  });
});

describe('an item named with a complement, and heads of two words', () => {
  it('keeps a list going past "de précision", and no "précise" makes the army speak', () => {
    const r = read(
      'Lors de l’opération à Boni, les FAMa ont saisi 6 kalachnikovs, 2 fusils de précision, 4 grenades et 1 drone.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 6-6 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/ammunition 4-4 unattributed',
      'seized/equipment 1-1 unattributed',
    ]);
  });
  it('reads "postes radio" as equipment, "postes" alone as posts', () => {
    const r = read(
      'À Boni, les FAMa ont récupéré 14 armes, 02 postes radio Motorola et 11 téléphones.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 14-14 unattributed',
      'seized/equipment 2-2 unattributed',
      'seized/equipment 11-11 unattributed',
    ]);
    const p = read('À Boni, les terroristes ont détruit 2 postes avancés de l’armée.', 'fr');
    expect(brief(p.claims)).toEqual(['destroyed/bases 2-2 unattributed']);
  });
});

describe('a connective or a total between the verb and its figure', () => {
  it('reaches the verb over "au passage", "au total", "par ailleurs", "in total"', () => {
    const passage = read(
      'Les FAMa ont neutralisé 10 terroristes à Boni, récupérant au passage 12 armes.',
      'fr',
    );
    expect(brief(passage.claims)).toEqual([
      'killed/militants 10-10 unattributed',
      'seized/weapons 12-12 unattributed',
    ]);
    const total = read('Près de Boni, les militaires ont récupéré au total 12 motos et 3 armes.', 'fr');
    expect(brief(total.claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    const killed = read('Près de Boni, les FAMa ont tué par ailleurs 8 terroristes.', 'fr');
    expect(brief(killed.claims)).toEqual(['killed/militants 8-8 unattributed']);
    const en = read('Near Boni, troops seized in total 12 rifles.');
    expect(brief(en.claims)).toEqual(['seized/weapons 12-12 unattributed']);
  });
  it('reaches the verb over the attackers\' flight ("abandonné dans leur fuite", "abandoned in their flight")', () => {
    const fr = read(
      'Près de Boni lundi, les terroristes ont abandonné dans leur fuite 12 motos et 8 armes.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
      'seized/weapons 8-8 unattributed',
    ]);
    const sa = read("Près de Boni lundi, l'assaillant a abandonné dans sa fuite une moto.", 'fr');
    expect(brief(sa.claims)).toEqual(['seized/motorcycles 1-1 unattributed']);
    const en = read(
      'Near Boni on Monday, the attackers abandoned in their flight 12 motorcycles and 8 rifles.',
    );
    expect(brief(en.claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
      'seized/weapons 8-8 unattributed',
    ]);
  });
});

describe('one more of the side, told by a participle alone after "et" / "and"', () => {
  it('reads "et un autre blessé", "et un autre porté disparu", "and another wounded"', () => {
    expect(
      brief(read("À Boni, deux soldats ont été tués et un autre blessé lors de l'attaque.", 'fr').claims),
    ).toEqual(['killed/soldiers 2-2 unattributed', 'wounded/soldiers 1-1 unattributed']);
    expect(
      brief(
        read("À Boni, deux soldats ont été tués et un autre porté disparu après l'attaque.", 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 2-2 unattributed', 'missing/soldiers 1-1 unattributed']);
    expect(
      brief(read('In Boni, two soldiers were killed and another wounded in the attack.').claims),
    ).toEqual(['killed/soldiers 2-2 unattributed', 'wounded/soldiers 1-1 unattributed']);
  });
  it('reads the one more past an adverb ("and another seriously wounded", "un autre grièvement blessé")', () => {
    expect(
      brief(read('In Boni, one soldier was killed and another seriously wounded on Monday.').claims),
    ).toEqual(['killed/soldiers 1-1 unattributed', 'wounded/soldiers 1-1 unattributed']);
    expect(
      brief(read('À Boni, un gendarme a été tué et une autre légèrement blessée lundi.', 'fr').claims),
    ).toEqual(['killed/soldiers 1-1 unattributed', 'wounded/soldiers 1-1 unattributed']);
  });
  it('does not count "another patrol" as one', () => {
    expect(brief(read('In Boni, two soldiers were killed and another patrol was ambushed.').claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
    ]);
  });
});

describe('weapon models named alone after their count', () => {
  it('reads "05 BKC", "12 AK", "03 AKM", "2 Dragunov" as weapons, not persons captured', () => {
    const r = read('Près de Boni, les FAMa ont récupéré 05 BKC, 12 AK, 03 AKM et 07 motos.', 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/weapons 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/motorcycles 7-7 unattributed',
    ]);
    const en = read('Near Boni, the army recovered 2 Dragunov, 4 LRAC and 6 motorcycles.');
    expect(brief(en.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 4-4 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
  });
});

describe('a header line of words alone, without its colon', () => {
  it('gives its kind to the item lines under it ("Matériels récupérés" then "06 AK 47")', () => {
    const r = read(
      'Les FAMa ont neutralisé 8 terroristes près de Boni.\nMatériels récupérés\n06 AK 47\n02 PKM\n03 Motos',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 8-8 unattributed',
      'seized/weapons 6-6 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
  it('does not make a headline with its own figure a header', () => {
    const r = read('Armes saisies\nLes FAMa ont saisi 4 fusils à Boni.\n12 habitants ont fui', 'fr');
    expect(brief(r.claims)).toEqual(['seized/weapons 4-4 unattributed']);
  });
});

describe('things set apart by ";" before their participle', () => {
  it('gives the last item\'s participle to the things before it ("06 armes ; 02 PKM ; 03 motos récupérés")', () => {
    const r = read(
      'À Boni, le bilan est le suivant : 9 terroristes neutralisés ; 06 armes ; 02 PKM ; 03 motos récupérés.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 9-9 unattributed',
      'seized/weapons 6-6 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
  it('does not give it to persons before a ";" ("4 soldats tués ; 3 motos récupérées")', () => {
    const r = read('À Boni, 4 soldats tués ; 2 blessés ; 3 motos récupérées.', 'fr');
    expect(brief(r.claims)).toContain('killed/soldiers 4-4 unattributed');
    expect(brief(r.claims)).not.toContain('seized/people 2-2 unattributed');
    expect(brief(r.claims)).not.toContain('captured/people 2-2 unattributed');
  });
});

describe('communiqué lists: numbered lines, labelled lines, a lot broken down', () => {
  const LEDE = 'Les FAMa ont repoussé lundi une attaque contre le poste de Boni, au Mali.\n';
  it('reads no count in a numbered list\'s ordinals ("1. 06 AK-47")', () => {
    const r = read(`${LEDE}Matériels saisis :\n1. 05 AK-47\n2. 03 motos\n3) 02 téléphones`, 'fr');
    expect(brief(r.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/motorcycles 3-3 unattributed',
      'seized/equipment 2-2 unattributed',
    ]);
  });
  it('still reads "1.500 munitions" as one number', () => {
    const r = read(`${LEDE}Les FAMa ont récupéré 1.500 munitions.`, 'fr');
    expect(brief(r.claims)).toEqual(['seized/ammunition 1500-1500 unattributed']);
  });
  it('gives a header\'s kind to the labelled lines under it ("Armement : …", "Matériel roulant : …")', () => {
    const r = read(
      `${LEDE}Matériels récupérés :\nArmement : 05 AK47 ; 01 PKM ;\nMatériel roulant : 03 motos, 01 véhicule ;\nDivers : 07 téléphones.`,
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 3-3 unattributed',
      'seized/vehicles 1-1 unattributed',
      'seized/equipment 7-7 unattributed',
    ]);
  });
  it('reads the breakdown of an uncounted lot after the header ("des armes dont 05 AK-47")', () => {
    const fr = read(`${LEDE}Matériels récupérés : des armes dont 05 AK-47 et 01 PKM, 03 motos.`, 'fr');
    expect(brief(fr.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
    const en = read(
      'The Malian army repelled an attack on its post in Boni on Monday.\nSeized: weapons including 5 AK-47s and a machine gun, and 3 motorbikes.',
    );
    expect(brief(en.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
});

describe('nouns of deeds coordinated in French ("la destruction de … et de la récupération de …")', () => {
  it('gives each count the noun of the deed before it, not the next one', () => {
    const fr = read(
      `L'armée a repoussé une attaque à Boni lundi. Le communiqué fait état de la destruction de deux véhicules et de la récupération de six motos.`,
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['destroyed/vehicles 2-2 official', 'seized/motorcycles 6-6 official']);
    const swapped = read(
      `L'armée a repoussé une attaque à Boni lundi. Le communiqué fait état de la saisie de trois motos et de l'incendie d'un véhicule.`,
      'fr',
    );
    expect(brief(swapped.claims)).toEqual([
      'seized/motorcycles 3-3 official',
      'destroyed/vehicles 1-1 official',
    ]);
    const bare = read(
      `L'armée a repoussé une attaque à Boni lundi. Le communiqué fait état de la destruction de deux véhicules et de la récupération d'armes.`,
      'fr',
    );
    expect(brief(bare.claims)).toEqual(['destroyed/vehicles 2-2 official']);
  });
});

describe('one more person counted by rank ("un troisième", "a third")', () => {
  it('reads "un troisième est porté disparu" and "a third was wounded" as one of the same side', () => {
    const fr = read(
      `L'armée a été attaquée à Boni lundi. Deux gendarmes ont été grièvement blessés et un troisième est porté disparu.`,
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'wounded/soldiers 2-2 unattributed',
      'missing/soldiers 1-1 unattributed',
    ]);
    const en = read(
      'The army was attacked in Boni on Monday. Two soldiers were killed and a third wounded.',
      'en',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
      'wounded/soldiers 1-1 unattributed',
    ]);
    const passive = read(
      'The army was attacked in Boni on Monday. Two soldiers were killed and a third was seriously wounded.',
      'en',
    );
    expect(brief(passive.claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
      'wounded/soldiers 1-1 unattributed',
    ]);
  });
  it('does not count a rank that qualifies a noun ("un deuxième convoi", "the third attack")', () => {
    const r = read(
      'It was the third attack on Boni this month. A second convoy was ambushed and 4 soldiers died.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 4-4 unattributed']);
  });
});

describe('a second infinitive after "et de" ("permis de neutraliser … et de récupérer …")', () => {
  it('keeps each count with its own infinitive', () => {
    const r = read(
      "Attaque à Boni lundi. La riposte de l'armée a permis de neutraliser 9 assaillants et de récupérer 4 fusils.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 9-9 unattributed', 'seized/weapons 4-4 unattributed']);
    const elided = read(
      "Attaque à Boni lundi. L'opération a permis d'interpeller 6 suspects et d'abattre 3 terroristes.",
      'fr',
    );
    expect(brief(elided.claims)).toEqual([
      'arrested/militants 6-6 unattributed',
      'killed/militants 3-3 unattributed',
    ]);
  });
});

describe('motorcycles by their wheels ("deux-roues", "engins à deux roues")', () => {
  it('reads the wheels as the vehicle, not as a count', () => {
    const r = read(
      'Attaque à Boni lundi. Les militaires ont récupéré 07 engins à deux roues, 03 deux-roues et 2 véhicules à quatre roues.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/motorcycles 7-7 unattributed',
      'seized/motorcycles 3-3 unattributed',
      'seized/vehicles 2-2 unattributed',
    ]);
    const spaced = read('Attaque à Boni lundi. Les soldats ont saisi 11 deux roues.', 'fr');
    expect(brief(spaced.claims)).toEqual(['seized/motorcycles 11-11 unattributed']);
  });
});

describe('a last item without a number, of several words, before the list verb', () => {
  it('reaches the verb past "un important lot d\'armes et de munitions"', () => {
    const fr = read(
      "Attaque à Boni lundi. Bilan : 8 assaillants neutralisés, 02 pick-up, 05 motos et un important lot d'armes et de munitions récupérés.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/militants 8-8 unattributed',
      'seized/vehicles 2-2 unattributed',
      'seized/motorcycles 5-5 unattributed',
    ]);
  });
  it('reads English "and a large stock of …" as the article, not the French auxiliary "a"', () => {
    const en = read(
      'The attack on Boni on Monday was repelled. 9 motorcycles and a large stock of rifles and ammunition were seized.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['seized/motorcycles 9-9 unattributed']);
    const plural = read(
      'The attack on Boni on Monday was repelled. Four pick-ups and a quantity of explosives were later destroyed.',
      'en',
    );
    expect(brief(plural.claims)).toEqual(['destroyed/vehicles 4-4 unattributed']);
  });
});

describe('lists: an uncounted last item after "and a"', () => {
  it('keeps the verb of the list for the items before "and a large quantity of ammunition"', () => {
    const en = read(
      'The army repelled an attack on Boni on Monday. Troops seized 12 motorcycles, three trucks and a large quantity of ammunition.',
    );
    expect(brief(en.claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
      'seized/vehicles 3-3 unattributed',
    ]);
    const destroyed = read(
      'The army repelled an attack on Boni on Monday. The attackers burned two pick-ups, a motorcycle and a shop.',
    );
    expect(brief(destroyed.claims)).toEqual([
      'destroyed/vehicles 2-2 unattributed',
      'destroyed/motorcycles 1-1 unattributed',
    ]);
  });
  it('still reads French "et a" as the auxiliary of a verb of its own', () => {
    const fr = read(
      "Les FAMa ont repoussé une attaque à Boni lundi. L'armée a saisi 12 motos et 3 camions et a arrêté deux suspects.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'seized/motorcycles 12-12 unattributed',
      'seized/vehicles 3-3 unattributed',
      'arrested/militants 2-2 unattributed',
    ]);
  });
});

describe('lists: a sentence that names what the sentence before seized', () => {
  const ATTACK_EN = 'The army repelled an attack on Boni on Monday. ';
  it('reads "They include", "These were", "They included mainly" after the verb of seizing', () => {
    for (const opening of ['They include', 'These were', 'They included mainly'])
      expect(
        brief(
          read(`${ATTACK_EN}Several items were seized. ${opening} 12 rifles, 5 motorcycles and 3 vehicles.`)
            .claims,
        ),
      ).toEqual([
        'seized/weapons 12-12 unattributed',
        'seized/motorcycles 5-5 unattributed',
        'seized/vehicles 3-3 unattributed',
      ]);
  });
  it('reads "Ce sont", "Il s\'agit notamment de" in French, and the things destroyed', () => {
    const fr = read(
      "Les FAMa ont repoussé une attaque à Boni lundi. Du matériel a été détruit. Il s'agit notamment de 4 véhicules et 9 motos.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'destroyed/vehicles 4-4 unattributed',
      'destroyed/motorcycles 9-9 unattributed',
    ]);
    const sont = read(
      'Les FAMa ont repoussé une attaque à Boni lundi. Des armes ont été saisies. Ce sont 12 fusils.',
      'fr',
    );
    expect(brief(sont.claims)).toEqual(['seized/weapons 12-12 unattributed']);
  });
  it('reads a haul as things seized ("The haul included 12 rifles")', () => {
    expect(brief(read(`${ATTACK_EN}The haul included 12 rifles and 5 motorcycles.`).claims)).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/motorcycles 5-5 unattributed',
    ]);
  });
});

describe('lists: calibres, makes and uncounted things between the counted items and their verb', () => {
  const FR = 'Les FAMa ont repoussé une attaque à Boni lundi. ';
  const EN = 'The army repelled an attack on Boni on Monday. ';
  it('reads a calibre or a size after its thing as part of its name ("1 mortier de 60", "a mortar 81", "1 véhicule 4x4")', () => {
    expect(
      brief(read(`${FR}3 PKM, 1 mortier de 60, 2 canons de 23 et 4 motos ont été récupérés.`, 'fr').claims),
    ).toEqual([
      'seized/weapons 3-3 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/motorcycles 4-4 unattributed',
    ]);
    expect(
      brief(read(`${EN}Troops recovered a mortar 81, 12 shells of 82 and 4 motorbikes.`).claims),
    ).toEqual([
      'seized/weapons 1-1 unattributed',
      'seized/ammunition 12-12 unattributed',
      'seized/motorcycles 4-4 unattributed',
    ]);
    // A calibre with its decimals and unit, right after the thing or after "de".
    expect(
      brief(read(`${FR}6 fusils d'assaut et 1 mitrailleuse 12,7 mm ont été saisis.`, 'fr').claims),
    ).toEqual(['seized/weapons 6-6 unattributed', 'seized/weapons 1-1 unattributed']);
    expect(
      brief(
        read(`${FR}Les soldats ont saisi 2 mitrailleuses de 14,5 mm et 3 mortiers de 60 mm.`, 'fr').claims,
      ),
    ).toEqual(['seized/weapons 2-2 unattributed', 'seized/weapons 3-3 unattributed']);
    expect(brief(read(`${EN}Troops seized two machine guns 7.62 mm and 40 shells.`).claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/ammunition 40-40 unattributed',
    ]);
    // A vehicle's drive or size: "1 véhicule 4x4", "4 x 4", "2 motos 125".
    expect(
      brief(
        read(`${FR}3 fusils, 1 véhicule 4 x 4, 2 motos 125 et des munitions ont été récupérés.`, 'fr').claims,
      ),
    ).toEqual([
      'seized/weapons 3-3 unattributed',
      'seized/vehicles 1-1 unattributed',
      'seized/motorcycles 2-2 unattributed',
    ]);
    expect(brief(read(`${EN}Troops seized a 4x4 vehicle, one pick-up 4x4 and 3 rifles.`).claims)).toEqual([
      'seized/vehicles 1-1 unattributed',
      'seized/vehicles 1-1 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    // A number with a noun of its own is a count: "1 mortier et 60 obus".
    expect(brief(read(`${FR}L'armée a récupéré 1 mortier et 60 obus.`, 'fr').claims)).toEqual([
      'seized/weapons 1-1 unattributed',
      'seized/ammunition 60-60 unattributed',
    ]);
  });
  it('reaches the verb past things without a count ("des munitions, du carburant et des vivres", "fuel and food")', () => {
    expect(
      brief(
        read(`${FR}3 armes, 2 motos, des munitions, du carburant et des vivres ont été récupérés.`, 'fr')
          .claims,
      ),
    ).toEqual(['seized/weapons 3-3 unattributed', 'seized/motorcycles 2-2 unattributed']);
    expect(brief(read(`${EN}2 motorbikes, ammunition, fuel and food were recovered.`).claims)).toEqual([
      'seized/motorcycles 2-2 unattributed',
    ]);
  });
  it('reads "ainsi que", "as well as" as the joiner of the last item', () => {
    expect(
      brief(read(`${FR}3 AK-47, 2 PKM ainsi que des munitions ont été récupérés.`, 'fr').claims),
    ).toEqual(['seized/weapons 3-3 unattributed', 'seized/weapons 2-2 unattributed']);
    expect(brief(read(`${EN}Two pick-ups as well as fuel were destroyed.`).claims)).toEqual([
      'destroyed/vehicles 2-2 unattributed',
    ]);
  });
  it('steps over a make after a thing\'s noun ("2 motos Sanili")', () => {
    expect(
      brief(read(`${FR}2 motos Sanili, des munitions et des vivres ont été récupérés.`, 'fr').claims),
    ).toEqual(['seized/motorcycles 2-2 unattributed']);
    expect(brief(read(`${EN}Three pick-ups Toyota were burned.`).claims)).toEqual([
      'destroyed/vehicles 3-3 unattributed',
    ]);
  });
});

describe('claims: a rank named inside a toll of its own side', () => {
  const fr = 'Lundi, des jihadistes ont attaqué le poste de Boni. ';
  it('FR: "dont un lieutenant", "dont deux officiers" are details of the soldiers\' toll, not claims', () => {
    expect(brief(read(fr + 'Plusieurs militaires sont tombés, dont un lieutenant.', 'fr').claims)).toEqual([
      'killed/soldiers 2-null unattributed',
    ]);
    expect(brief(read(fr + 'Douze soldats, dont deux officiers, ont été tués.', 'fr').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
  });
  it('EN: "including a captain", "among them two commanders"', () => {
    const r = read(
      'Jihadists attacked the Boni post on Monday. Twelve soldiers were killed, including a captain.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
    const m = read('The army said it killed 30 terrorists near Boni on Monday, among them two commanders.');
    expect(brief(m.claims)).toEqual(['killed/militants 30-30 official']);
  });
  it('keeps another side named in the breakdown ("dont un civil") and a rank in a sideless toll', () => {
    expect(brief(read(fr + 'Douze soldats, dont un civil, ont été tués.', 'fr').claims)).toContain(
      'killed/civilians 1-1 unattributed',
    );
    expect(brief(read(fr + 'Douze personnes, dont un officier, ont été tuées.', 'fr').claims)).toContain(
      'killed/soldiers 1-1 unattributed',
    );
  });
});

describe('lists whose items repeat the verb\'s "de"', () => {
  const pre = 'Les FAMa ont repoussé lundi une attaque terroriste contre le poste de Boni. ';
  it('"se compose de 12 armes de type AK-47, de 3 lance-roquettes RPG-7 et de 1 200 munitions"', () => {
    const r = read(
      pre +
        'Le matériel récupéré se compose de 12 armes de type AK-47, de 3 lance-roquettes RPG-7 et de 1 200 munitions.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/ammunition 1200-1200 unattributed',
    ]);
    const plain = read(
      pre + "L'armée a fait état de 12 motos, d'une dizaine d'armes et de 2 véhicules récupérés.",
      'fr',
    );
    expect(brief(plain.claims)).toEqual([
      'seized/motorcycles 12-12 official',
      'seized/weapons 10-10 official',
      'seized/vehicles 2-2 official',
    ]);
  });
});

describe('the parts of a toll after a colon ("killed 26 people: 16 soldiers and 10 civilians")', () => {
  it('EN, by side, after a verb before the toll and after a predicate after it', () => {
    expect(brief(read('The raid on Boni killed 26 people: 16 soldiers and 10 civilians.').claims)).toEqual([
      'killed/people 26-26 unattributed',
      'killed/soldiers 16-16 unattributed',
      'killed/civilians 10-10 unattributed',
    ]);
    expect(
      brief(
        read('In Boni, at least 30 people were wounded: 12 soldiers, 10 civilians and 8 militiamen.').claims,
      ),
    ).toEqual([
      'wounded/people 30-null unattributed',
      'wounded/soldiers 12-12 unattributed',
      'wounded/civilians 10-10 unattributed',
      'wounded/militia 8-8 unattributed',
    ]);
  });
  it('FR, feminine, and by place', () => {
    expect(
      brief(read("L'embuscade de Boni a tué 12 personnes : 7 villageoises et 5 gendarmes.", 'fr').claims),
    ).toEqual([
      'killed/people 12-12 unattributed',
      'killed/civilians 7-7 unattributed',
      'killed/soldiers 5-5 unattributed',
    ]);
    expect(
      brief(read('The ambush near Boni left 14 soldiers dead: 9 in Boni and 5 in Hombori.').claims),
    ).toEqual([
      'killed/soldiers 14-14 unattributed',
      'killed/soldiers 9-9 unattributed',
      'killed/soldiers 5-5 unattributed',
    ]);
  });
  it('leaves alone a colon that opens a new sentence of its own', () => {
    const r = read('The raid on Boni killed 26 people: officials said 16 soldiers were missing.');
    expect(brief(r.claims)).toContain('missing/soldiers 16-16 official');
    expect(brief(r.claims).filter((c) => c.startsWith('killed/soldiers'))).toEqual([]);
  });
});

describe('a breakdown of several items after "including" / "dont"', () => {
  it('the ranks listed after the first are details of the toll too', () => {
    expect(
      brief(
        read('In the attack on Boni, 12 soldiers, including a captain and two lieutenants, were killed.')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, 15 militaires ont été tués, dont un capitaine, deux lieutenants et trois sergents.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 15-15 unattributed']);
  });
  it('", and" closes the breakdown: what follows is a toll of its own', () => {
    expect(
      brief(read('The attack on Boni left 23 dead, including nine soldiers, and 30 wounded.').claims),
    ).toEqual([
      'killed/people 23-23 unattributed',
      'killed/soldiers 9-9 unattributed',
      'wounded/people 30-30 unattributed',
    ]);
  });
});

describe('items of a list that repeat the verb\'s "à" ("a coûté la vie à 5 soldats et à 3 civils")', () => {
  it('each item takes the verb', () => {
    expect(
      brief(read("L'attaque de Boni a coûté la vie à 5 soldats, à 3 civils et à 2 miliciens.", 'fr').claims),
    ).toEqual([
      'killed/soldiers 5-5 unattributed',
      'killed/civilians 3-3 unattributed',
      'killed/militia 2-2 unattributed',
    ]);
    expect(
      brief(
        read(
          "L'embuscade de Boni a coûté la vie à cinq soldats maliens et à deux de leurs alliés russes.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 5-5 unattributed', 'killed/foreign_forces 2-2 unattributed']);
  });
});

describe('claims: a participle in apposition after the figure (kind-after)', () => {
  it('gives a list its kind from the participle after its last item ("…, récupérés par les FAMa")', () => {
    expect(
      brief(
        read('Lors du ratissage de lundi à Boni : 02 PKM, 01 RPG et 06 AK-47, récupérés par les FAMa.', 'fr')
          .claims,
      ),
    ).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/weapons 6-6 unattributed',
    ]);
    expect(
      brief(read('After the raid on Boni on Monday: 4 rifles and 2 motorcycles, seized by the army.').claims),
    ).toEqual(['seized/weapons 4-4 unattributed', 'seized/motorcycles 2-2 unattributed']);
  });
  it('gives persons the participle of their apposition, in the plural and the feminine', () => {
    expect(
      brief(read("Douze soldats, tués lundi dans l'embuscade de Boni, ont été inhumés mardi.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(
      brief(
        read(
          "Parmi les victimes de l'attaque de lundi à Boni : trois villageoises, enlevées par des hommes armés.",
          'fr',
        ).claims,
      ),
    ).toEqual(['captured/civilians 3-3 unattributed']);
    expect(
      brief(read('Twelve soldiers, killed on Monday in the Boni ambush, were buried on Tuesday.').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('not a deed with its object ("Cinq assaillants, tuant trois civils")', () => {
    expect(
      brief(
        read('Cinq assaillants, tuant trois civils au passage, ont attaqué lundi le village de Boni.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/civilians 3-3 unattributed']);
  });
});

describe('items in brackets after an uncounted noun, before the predicate (figure-kind bracketedPredicate)', () => {
  it('takes the predicate after the bracket, in French and English', () => {
    expect(
      brief(read('Des armes (06 AK47, 02 PKM et 01 RPG7) ont été saisies à Boni.', 'fr').claims),
    ).toEqual([
      'seized/weapons 6-6 unattributed',
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
    ]);
    expect(brief(read('Weapons (six AK-47s and two PKMs) were seized in Boni.').claims)).toEqual([
      'seized/weapons 6-6 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
    expect(
      brief(
        read("Du matériel (6 motos et 2 véhicules) a été détruit lors de l'attaque de Boni.", 'fr').claims,
      ),
    ).toEqual(['destroyed/motorcycles 6-6 unattributed', 'destroyed/vehicles 2-2 unattributed']);
  });
  it('gives items of no side the side of the noun before the bracket', () => {
    expect(
      brief(read('Des civils (huit hommes et quatre femmes) ont été tués à Boni.', 'fr').claims),
    ).toEqual(['killed/civilians 8-8 unattributed', 'killed/civilians 4-4 unattributed']);
  });
  it('not a figure restated in digits, nor a bracket followed by another figure', () => {
    expect(brief(read("L'attaque de Boni a fait plus d'une trentaine (30) de morts.", 'fr').claims)).toEqual([
      'killed/people 31-null unattributed',
    ]);
    const items = read(
      'Des sources avancent un bilan de quarante soldats et civils tués (plus de vingt soldats, plus de quinze civils) et une dizaine de blessés à Boni.',
      'fr',
    ).claims.filter((c) => c.min === 21 || c.min === 16);
    expect(items.map((c) => `${c.kind}/${c.subject}`)).toEqual(['killed/soldiers', 'killed/civilians']);
  });
});

describe('a predicate repeated by "as were", "as did"', () => {
  it('gives the figure after "as were" the predicate before it, with its own side', () => {
    const r = read(
      'In Boni on Monday, jihadists attacked the camp. Twelve soldiers were killed, as were nine of the attackers.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 9-9 unattributed',
    ]);
    const wounded = read(
      'Militants attacked Boni on Monday. Two soldiers were wounded, as were three civilians.',
    );
    expect(brief(wounded.claims)).toEqual([
      'wounded/soldiers 2-2 unattributed',
      'wounded/civilians 3-3 unattributed',
    ]);
    const did = read(
      'Militants attacked the camp in Boni on Monday. Twelve soldiers died, as did nine of their attackers.',
    );
    expect(brief(did.claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
      'killed/militants 9-9 unattributed',
    ]);
  });
});

describe('one more person opening its own sentence, in the present ("Un quatrième est porté disparu", "Another is missing")', () => {
  it('reads the rank or "autre" alone as the subject of "est porté disparu"', () => {
    for (const t of [
      'Trois gendarmes ont été tués lundi dans une attaque à Boni. Un quatrième est porté disparu.',
      'Trois gendarmes ont été tués lundi dans une attaque à Boni. Un quatrième est toujours porté disparu.',
      'Trois gendarmes ont été tués lundi dans une attaque à Boni, un quatrième est porté disparu.',
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual([
        'killed/soldiers 3-3 unattributed',
        'missing/soldiers 1-1 unattributed',
      ]);
  });
  it('reads "another", "a fourth" and "another soldier" before "is missing", "was killed"', () => {
    for (const [t, kind] of [
      ['Three gendarmes were killed in an attack on Boni on Monday. Another is missing.', 'missing'],
      ['Three gendarmes were killed in an attack on Boni on Monday. A fourth is still missing.', 'missing'],
      ['Three gendarmes were killed in an attack on Boni on Monday. Another gendarme is missing.', 'missing'],
      [
        'Three gendarmes were killed in an attack on Boni on Monday. Another Malian gendarme died of his wounds.',
        'killed',
      ],
    ])
      expect(brief(read(t, 'en').claims), t).toEqual([
        'killed/soldiers 3-3 unattributed',
        `${kind}/soldiers 1-1 unattributed`,
      ]);
  });
  it('counts no one in "another attack"', () => {
    const r = read(
      'Three gendarmes were killed in an attack on Boni on Monday. Another attack hit Douentza.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 3-3 unattributed']);
  });
});

describe('a list after a colon, its verb after an attack named with "une"', () => {
  it('reads "…une attaque terroriste à Boni et ont récupéré : …" as things seized', () => {
    const r = read(
      'Le 12 mai, les FAMa ont repoussé une attaque terroriste à Boni et ont récupéré : 02 AK47, 01 PKM et 05 motos.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 5-5 unattributed',
    ]);
  });
  it('counts no attacker in "une attaque terroriste", "an attack by jihadists", "une embuscade jihadiste"', () => {
    expect(brief(read('Une embuscade jihadiste a visé lundi une patrouille à Boni.', 'fr').claims)).toEqual(
      [],
    );
    expect(brief(read('An attack by jihadists targeted a patrol near Boni on Monday.', 'en').claims)).toEqual(
      [],
    );
    expect(brief(read('Une attaque terroriste a coûté la vie à un soldat à Boni.', 'fr').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
  });
});

describe('a count restated in brackets, "01 (un)" as "02 (deux)"', () => {
  it('reads "01 (un) PKM", "01 (une) moto", "01 (one) PKM" as one item each', () => {
    const fr = read('Les FAMa ont récupéré 02 (deux) AK 47, 01 (un) PKM et 01 (une) moto à Boni.', 'fr');
    expect(brief(fr.claims)).toEqual([
      'seized/weapons 2-2 unattributed',
      'seized/weapons 1-1 unattributed',
      'seized/motorcycles 1-1 unattributed',
    ]);
    const en = read('The army seized 02 (two) AK-47 rifles and 01 (one) PKM near Boni.', 'en');
    expect(brief(en.claims)).toEqual(['seized/weapons 2-2 unattributed', 'seized/weapons 1-1 unattributed']);
  });
});

describe('"un autre" / "another" after "et", with its participle alone', () => {
  it('counts one more of the things named before ("un véhicule a été détruit et un autre emporté")', () => {
    const fr = read("Lors de l'attaque de Boni, un véhicule a été détruit et un autre emporté.", 'fr');
    expect(brief(fr.claims)).toEqual([
      'destroyed/vehicles 1-1 unattributed',
      'seized/vehicles 1-1 unattributed',
    ]);
    const feminine = read("Lors de l'attaque de Boni, une moto a été saisie et une autre incendiée.", 'fr');
    expect(brief(feminine.claims)).toEqual([
      'seized/motorcycles 1-1 unattributed',
      'destroyed/motorcycles 1-1 unattributed',
    ]);
    const en = read('During the attack on Boni, a vehicle was destroyed and another seized.');
    expect(brief(en.claims)).toEqual([
      'destroyed/vehicles 1-1 unattributed',
      'seized/vehicles 1-1 unattributed',
    ]);
  });
  it('still counts one more person ("un soldat a été tué et un autre enlevé", "another wounded")', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, un soldat a été tué et un autre enlevé.", 'fr').claims),
    ).toEqual(['killed/soldiers 1-1 unattributed', 'captured/soldiers 1-1 unattributed']);
    expect(
      brief(read('During the attack on Boni, a soldier was killed and another wounded.').claims),
    ).toEqual(['killed/soldiers 1-1 unattributed', 'wounded/soldiers 1-1 unattributed']);
  });
});
