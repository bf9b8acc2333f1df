import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('list lines: a tally after the enemy dead', () => {
  it('reads bare things on bulleted lines after "- 12 terroristes neutralisés" as recovered', () => {
    const r = read(
      "Les FAMa ont repoussé une attaque terroriste à Boni lundi.\n\nBilan :\n- 14 terroristes neutralisés ;\n- 9 fusils d'assaut ;\n- 3 lance-roquettes ;\n- 6 motos.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'seized/weapons 9-9 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
  });
  it("keeps a line's own verb, and reads no kind after the army's own dead", () => {
    const own = read(
      'Les FAMa ont repoussé une attaque terroriste à Boni lundi.\n\nBilan :\n- 14 terroristes neutralisés ;\n- 2 véhicules détruits ;\n- 5 motos.',
      'fr',
    );
    expect(brief(own.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'destroyed/vehicles 2-2 unattributed',
      'destroyed/motorcycles 5-5 unattributed',
    ]);
    const army = read(
      'Une attaque a visé le camp de Boni lundi.\n\nBilan :\n- 3 soldats tués ;\n- 2 véhicules.',
      'fr',
    );
    expect(brief(army.claims)).toEqual(['killed/soldiers 3-3 unattributed']);
  });
});

describe('list lines: the same tally in one sentence', () => {
  it('reads things listed after the enemy dead and their verb as recovered, by comma or by "; -"', () => {
    const comma = read(
      "Les FAMa ont repoussé une attaque à Boni lundi. Bilan : 14 terroristes neutralisés, 9 fusils d'assaut et 6 motos.",
      'fr',
    );
    expect(brief(comma.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'seized/weapons 9-9 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
    const dashes = read(
      "Les FAMa ont repoussé une attaque à Boni lundi. Bilan : - 14 terroristes neutralisés ; - 9 fusils d'assaut ; - 3 lance-roquettes.",
      'fr',
    );
    expect(brief(dashes.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'seized/weapons 9-9 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    const en = read(
      'The army repelled an attack on Boni on Monday. Toll: 14 terrorists neutralised, 9 assault rifles and 6 motorbikes.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/militants 14-14 unattributed',
      'seized/weapons 9-9 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
  });
  it('keeps a verb shared by persons and things: "ont neutralisé 14 terroristes et 3 véhicules" destroyed them', () => {
    expect(
      brief(read('À Boni, les FAMa ont neutralisé lundi 14 terroristes et 3 véhicules.', 'fr').claims),
    ).toEqual(['killed/militants 14-14 unattributed', 'destroyed/vehicles 3-3 unattributed']);
  });
});

describe('list lines: parts of a list under their own headers', () => {
  it('keeps the kind of "Matériel récupéré :" through "Armement :" and "Matériel roulant :"', () => {
    const r = read(
      "Les FAMa ont repoussé une attaque terroriste à Boni lundi.\n\nMatériel récupéré :\nArmement :\n- 7 fusils d'assaut ;\n- 3 mitrailleuses ;\nMatériel roulant :\n- 4 motos ;\n- 1 véhicule.",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 7-7 unattributed',
      'seized/weapons 3-3 unattributed',
      'seized/motorcycles 4-4 unattributed',
      'seized/vehicles 1-1 unattributed',
    ]);
  });
  it('gives the persons of a part the side its header names ("Côté ami :", "Côté ennemi :")', () => {
    const r = read(
      'Les FAMa ont repoussé une attaque terroriste à Boni lundi.\n\nBilan :\nCôté ami :\n- 2 morts ;\n- 5 blessés.\nCôté ennemi :\n- 11 morts ;\n- 4 blessés.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
      'wounded/soldiers 5-5 unattributed',
      'killed/militants 11-11 unattributed',
      'wounded/militants 4-4 unattributed',
    ]);
  });
});

describe('list lines: bullets, and the parts of a side', () => {
  it('reads items after an en dash, an em dash, a square or an arrow as bulleted', () => {
    for (const mark of ['\u2013', '\u2014', '\u25aa', '\u27a2', '\u2022']) {
      const r = read(
        `Les FAMa ont repoussé une attaque à Boni lundi.\n\nMatériels récupérés :\n${mark} 05 fusils AK-47 ;\n${mark} 02 PKM ;\n${mark} 03 motos.`,
        'fr',
      );
      expect(brief(r.claims), mark).toEqual([
        'seized/weapons 5-5 unattributed',
        'seized/weapons 2-2 unattributed',
        'seized/motorcycles 3-3 unattributed',
      ]);
    }
  });
  it("reads the enemy's things as recovered under a sub-header of the enemy's side", () => {
    const sub = read(
      'Les FAMa ont repoussé une attaque à Boni lundi.\n\nBilan côté ennemi :\n- 12 terroristes neutralisés ;\nMatériel :\n- 05 fusils AK-47 ;\n- 03 motos.',
      'fr',
    );
    expect(brief(sub.claims)).toEqual([
      'killed/militants 12-12 unattributed',
      'seized/weapons 5-5 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
    const side = read(
      'The army repelled an attack on Boni on Monday.\n\nEnemy losses:\n- 4 rifles;\n- 2 motorbikes.',
    );
    expect(brief(side.claims)).toEqual([
      'seized/weapons 4-4 unattributed',
      'seized/motorcycles 2-2 unattributed',
    ]);
  });
  it("reads no kind for the army's own things without a verb, after the enemy's", () => {
    const r = read(
      'Les FAMa ont repoussé une attaque à Boni lundi.\n\nCôté ennemi :\n- 05 fusils AK-47 ;\n- 03 motos.\nCôté ami :\n- 1 véhicule.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'seized/weapons 5-5 unattributed',
      'seized/motorcycles 3-3 unattributed',
    ]);
  });
});

describe('list lines: a tally of equipment under its header (list-headers tallyKind)', () => {
  const things = (text: string, lang = 'fr') =>
    brief(read(text, lang).claims).filter((c) => !c.startsWith('killed'));
  it('reads things under "Bilan matériel", "Côté matériel", "Butin" as seized', () => {
    for (const text of [
      "Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi.\nBilan matériel :\n- 7 fusils d'assaut ;\n- 2 mitrailleuses ;\n- 11 motos.",
      "Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi.\nBilan matériel\n- 7 fusils d'assaut\n- 2 mitrailleuses\n- 11 motos",
      "Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi. Côté matériel : 7 fusils d'assaut ; 2 mitrailleuses ; 11 motos.",
      "Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi. Au plan matériel, il faut noter : 7 fusils d'assaut, 2 mitrailleuses et 11 motos.",
    ])
      expect(things(text)).toEqual([
        'seized/weapons 7-7 unattributed',
        'seized/weapons 2-2 unattributed',
        'seized/motorcycles 11-11 unattributed',
      ]);
    expect(
      things(
        'Troops killed 9 militants near Kayes on Thursday.\nEquipment:\n- 7 assault rifles;\n- 11 motorcycles.',
        'en',
      ),
    ).toEqual(['seized/weapons 7-7 unattributed', 'seized/motorcycles 11-11 unattributed']);
  });
  it('not the side\'s own losses ("Pertes matérielles"), and keeps an item\'s own verb', () => {
    expect(
      things(
        'Une attaque a visé le camp de Kayes jeudi.\nPertes matérielles :\n- 4 véhicules ;\n- 2 motos.',
      ).some((c) => c.startsWith('seized')),
    ).toBe(false);
    expect(
      things(
        "Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi.\nBilan matériel :\n- 7 fusils d'assaut ;\n- 11 motos détruites.",
      ),
    ).toEqual(['seized/weapons 7-7 unattributed', 'destroyed/motorcycles 11-11 unattributed']);
  });
});

describe('lists: a verb that opens a list, in any form (lexicon isListingVerb)', () => {
  it('reads "on dénombre", "figuraient", "comprenait" before the items', () => {
    for (const verb of ['on dénombre', 'on recense', 'figuraient']) {
      const r = read(
        `Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi. Parmi les armes saisies, ${verb} sept fusils d'assaut et deux mitrailleuses.`,
        'fr',
      );
      expect(brief(r.claims)).toContain('seized/weapons 7-7 unattributed');
    }
    const r = read(
      "Les FAMa ont neutralisé 9 terroristes vers Kayes jeudi. Le lot d'armes saisies comprenait sept fusils d'assaut et deux mitrailleuses.",
      'fr',
    );
    expect(brief(r.claims)).toContain('seized/weapons 2-2 unattributed');
  });
});

describe('list lines: bare lines under a header that names no kind', () => {
  it('reads each line as an item: the enemy dead, then their things recovered', () => {
    const r = read(
      "Les FAMa ont repoussé une attaque lundi à Boni, selon l'état-major.\nBilan côté ennemi :\n12 terroristes neutralisés\n07 motos\n02 armes PKM",
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/militants 12-12 official',
      'seized/motorcycles 7-7 official',
      'seized/weapons 2-2 official',
    ]);
    expect(r.background).toEqual([]);
  });
  it('keeps a lone line under "Bilan :" as news, with its own verb (EN too)', () => {
    const fr = read(
      "Les FAMa ont repoussé une attaque lundi à Boni, selon l'état-major.\nBilan :\n12 terroristes neutralisés",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/militants 12-12 official']);
    const en = read(
      'Malian troops repelled an attack on Boni on Monday, the army said.\nEnemy losses:\n12 terrorists killed\n07 motorcycles seized',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/militants 12-12 official', 'seized/motorcycles 7-7 official']);
  });
  it('still sets aside the headlines under "Lire aussi :"', () => {
    const r = read(
      "Les FAMa ont repoussé une attaque lundi à Boni, selon l'état-major. Douze terroristes ont été neutralisés.\nLire aussi :\nMali : 40 civils tués à Ségou",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 12-12 official']);
  });
});
