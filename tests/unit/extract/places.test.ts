import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../lib/extract';
import { read } from './helpers';

describe('places: the attacked localities', () => {
  it('keeps the attacked town, not the region given as context', () => {
    const r = read("Une attaque a visé lundi le camp de Tessit, dans la région de Gao, selon l'armée.", 'fr');
    expect(r.event.places).toContain('Tessit');
    expect(r.event.places).not.toContain('Gao');
  });
  it('drops places named for a border or a curfew', () => {
    const r = read(
      'Militants attacked army posts in Diboli on Sunday, near the border with Senegal. A curfew was imposed in Kayes.',
    );
    expect(r.event.places).toContain('Diboli');
    expect(r.event.places).not.toContain('Senegal');
    expect(r.event.places).not.toContain('Kayes');
  });
  it('says an attack abroad is outside Mali and moves its figures to background', () => {
    const r = read(
      "Une attaque a visé jeudi une position de l'armée nigérienne à Banibangou, près de la frontière avec le Mali: 34 soldats ont été tués.",
      'fr',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
    expect(r.background.map((c) => c.min)).toEqual([34]);
  });
});

describe("places: the attack's own sentence decides the country", () => {
  it('keeps an attack abroad outside Mali when a Malian camp is recalled in passing (EN)', () => {
    const r = read(
      'NIAMEY — Gunmen killed 14 villagers in an attack on Tera, in western Niger near the border with Mali, on Tuesday. ' +
        'Armed groups are active across the area, where militants also attacked the Menaka camp in Mali last year.',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
  });
  it('keeps an attack abroad outside Mali when a Malian town is recalled in passing (FR)', () => {
    const r = read(
      "Des hommes armés ont tué 12 civils lors d'une attaque contre le marché de Djibo, au Burkina Faso, mardi. " +
        'La zone borde la région de Mopti, où une attaque a visé le camp de Boni dimanche.',
      'fr',
    );
    expect(r.status).toBe('outside-mali');
  });
  it('reads "near the Mali border", "la frontière Mali-Niger" as the neighbour, not the attack\'s country', () => {
    const en = extractReport({
      text: 'Burkina Faso: dozens of soldiers killed in attack near Mali border\n\nAt least 40 soldiers were killed on Sunday in an attack on the Djibo detachment in northern Burkina Faso, security sources said. The attack was claimed by JNIM, which operates in Burkina Faso, Mali and Niger.',
      lang: 'en',
      published: '2024-05-10',
      title: null,
    });
    expect(en.status).toBe('outside-mali');
    const fr = extractReport({
      text: "Niger : 29 soldats tués près de la frontière Mali-Niger\n\nAu moins 29 soldats ont été tués lundi dans une attaque contre leur position de Tera, dans l'ouest du Niger. L'attaque a été revendiquée par l'EIGS, actif au Niger et au Mali.",
      lang: 'fr',
      published: '2024-05-10',
      title: null,
    });
    expect(fr.status).toBe('outside-mali');
  });
  it("does not take a foreign dateline for the attack's country", () => {
    const r = read(
      'NIAMEY — Militants attacked the army post of Boni in central Mali on Tuesday, killing 9 soldiers.',
    );
    expect(r.status).toBe('ok');
    expect(r.event.places).toContain('Boni');
  });
});

describe('places that were not attacked', () => {
  it('leaves out a dateline city before an em dash and a nearby town named by witnesses', () => {
    const text =
      'BAMAKO — Gunmen attacked an army post in Nampala on Sunday, killing 5 soldiers, the army said. ' +
      'Residents of the nearby town of Diabaly said they heard gunfire all morning.';
    const r = extractReport({ text, lang: 'en', published: '2026-03-02' });
    expect(r.event.places).toEqual(['Nampala']);
  });
  it('reads no word of elsewhere past a time in commas ("Depuis mardi, Tessit…" is no flight from Tessit)', () => {
    for (const text of [
      "Depuis mardi, Tessit a été le théâtre de combats entre l'armée et le JNIM. Vingt soldats ont été tués.",
      'Depuis lundi soir, Léré est assiégée par des jihadistes qui ont tué 12 civils.',
    ])
      expect(read(text, 'fr').event.places).toHaveLength(1);
    // Right before the name, the word still tells where people fled from.
    const fled = read(
      'Lundi, des jihadistes ont attaqué le village de Sokoura, tuant 8 civils. Des familles ont fui depuis Sokoura vers Bankass.',
      'fr',
    );
    expect(fled.event.places).toEqual(['Sokoura']);
  });
});

describe('places: lists keep every item', () => {
  const places = (text: string, lang = 'fr') => read(text, lang).event.places;
  it('keeps every town of a list in a sentence, known to the gazetteer or not', () => {
    expect(
      places('Des hommes armés ont attaqué dimanche les villages de Boni, Kolonga, Dabéré et Sidibougou.'),
    ).toEqual(expect.arrayContaining(['Boni', 'Kolonga', 'Dabéré', 'Sidibougou']));
    expect(places('Gunmen raided Hombori, Kolonga and Sidibougou, then Tessit, on Sunday.', 'en')).toEqual(
      expect.arrayContaining(['Hombori', 'Kolonga', 'Sidibougou', 'Tessit']),
    );
  });
  it('keeps the first item and the items that carry their own toll', () => {
    expect(
      places(
        "L'attaque a ciblé quatre villages, à savoir Kolonga 11 morts, Dabéré (6), Sidibougou (9) et Boni.",
      ),
    ).toEqual(expect.arrayContaining(['Kolonga', 'Dabéré', 'Sidibougou', 'Boni']));
    expect(
      places('Il s’agit des villages de Boni : 4 morts, de Kolonga : 9 morts et celui de Dabéré.'),
    ).toEqual(expect.arrayContaining(['Boni', 'Kolonga', 'Dabéré']));
  });
  it('keeps every town of a bulleted list opened by the attack', () => {
    const text =
      'Les localités suivantes ont été attaquées dimanche :\n- Kolonga\n- Dabéré\n- Sidibougou\nLe bilan reste inconnu.';
    expect(places(text)).toEqual(expect.arrayContaining(['Kolonga', 'Dabéré', 'Sidibougou']));
    const en =
      'Militants struck the following towns overnight:\n• Kolonga\n• Sidibougou\nThe army has not commented.';
    expect(places(en, 'en')).toEqual(expect.arrayContaining(['Kolonga', 'Sidibougou']));
  });
  it('reads a name set apart by commas after a place as the person the title names, not a town', () => {
    expect(places('Le maire de Boni, Moussa Traoré, a affirmé que 12 villageois ont été tués.')).toEqual([
      'Boni',
    ]);
    expect(
      places('Selon le préfet de Douentza, Hamidou Sangaré, 12 civils ont été tués à Boni.'),
    ).not.toContain('Hamidou Sangaré');
    expect(places('The mayor of Boni, Moussa Traore, said 12 villagers were killed.', 'en')).toEqual([
      'Boni',
    ]);
    // A list says "et": every item is a place.
    expect(places('Des hommes armés ont attaqué Boni, Kolonga et Sidibougou, tuant 12 villageois.')).toEqual(
      expect.arrayContaining(['Kolonga', 'Sidibougou']),
    );
  });
  it('reads the name before a verb of saying as the speaker, not the list’s last town', () => {
    expect(places('Gunmen killed 12 villagers in Boni on Monday, Human Rights Watch said.', 'en')).toEqual([
      'Boni',
    ]);
    expect(places('Des hommes armés ont tué 12 villageois à Boni, Moussa Traoré a déclaré.')).toEqual([
      'Boni',
    ]);
    const listed = places(
      'Gunmen raided Boni, Kolonga and Sidibougou, Amnesty International has said.',
      'en',
    );
    expect(listed).toEqual(expect.arrayContaining(['Boni', 'Kolonga', 'Sidibougou']));
    expect(listed).not.toContain('Amnesty International');
  });
  it('does not make a list of months, weekdays or groups', () => {
    const p = places(
      'Le JNIM, le GSIM et Daech ont multiplié les attaques contre Boni en Mars, Avril et Mai.',
    );
    expect(p).not.toContain('Avril');
    expect(p).not.toContain('GSIM');
  });
});

describe('places: datelines and reference towns are not attacked', () => {
  const places = (text: string, lang = 'fr') => read(text, lang).event.places;
  it('drops a dateline city, in capitals or not', () => {
    const p = places(
      'Bamako, 3 juillet — Des hommes armés ont attaqué le poste de Diafarabé, tuant cinq soldats.',
    );
    expect(p).toContain('Diafarabé');
    expect(p).not.toContain('Bamako');
    const q = places(
      'Gao, Mali (AP) — Gunmen attacked a checkpoint in Ansongo, killing three police officers.',
      'en',
    );
    expect(q).toContain('Ansongo');
    expect(q).not.toContain('Gao');
  });
  it('drops a town given as a distance reference', () => {
    const p = places("L'embuscade a visé une patrouille près de Kolonga, à 30 km au sud de Sévaré.");
    expect(p).not.toContain('Sévaré');
    const q = places('The convoy was ambushed near Kolonga, about 40 kilometres north of Mopti.', 'en');
    expect(q).not.toContain('Mopti');
  });
});

describe('places: an article is abroad only with country evidence', () => {
  it('does not take a news agency for the country', () => {
    const r = read(
      "Des villageois de Bounti, joints par l'Agence France-Presse, disent que des frappes ont tué 19 personnes.",
      'fr',
    );
    expect(r.status).not.toBe('outside-mali');
  });
  it('keeps a Mali story whose only Malian place is in a curfew sentence', () => {
    const r = read(
      'Gunmen attacked an army checkpoint on Sunday, killing six soldiers, a security source told Agence France-Presse. A curfew was imposed on Ménaka.',
      'en',
    );
    expect(r.status).not.toBe('outside-mali');
  });
  it('reports a Malian attack told after an opening attack in Niger', () => {
    const r = read(
      "Une attaque a visé lundi l'armée nigérienne à Banibangou, faisant 12 morts. Au Mali, des hommes armés ont attaqué mardi le camp de Boulkessi, tuant 8 soldats.",
      'fr',
    );
    expect(r.status).toBe('ok');
    expect(r.event.places).toContain('Boulkessi');
  });
  it('stays abroad when the Malian camp is only recalled', () => {
    const r = read(
      "Une attaque a visé lundi l'armée nigérienne à Banibangou, faisant 12 morts. En mai, des hommes armés avaient attaqué le camp de Boulkessi.",
      'fr',
    );
    expect(r.status).toBe('outside-mali');
  });
});

describe('places: page furniture', () => {
  it("does not take a related story's headline for the attack's place", () => {
    const text =
      'Des hommes armés ont attaqué mardi le poste de Diafarabé, tuant trois gendarmes.\nLe bilan a été confirmé par la mairie.\nLire aussi : Kidal, une attaque repoussée\nAttaque meurtrière à Ménaka';
    const p = read(text, 'fr').event.places;
    expect(p).toContain('Diafarabé');
    expect(p).not.toContain('Kidal');
    expect(p).not.toContain('Ménaka');
  });
});

describe('places: the attack named as an event that took place somewhere', () => {
  it('takes the place where "le drame" or "l\'incident" took place over a town named for context', () => {
    for (const text of [
      'Un car de forains a été la cible de tirs vendredi près de Bandiagara : 31 morts. Le drame a eu lieu vendredi à Songho, un village du centre.',
      "Trente et une personnes ont péri vendredi. Selon des sources locales, l'incident s'est déroulé aux environs du village de Songho.",
    ]) {
      const r = read(text, 'fr');
      expect(r.event.places).toContain('Songho');
    }
  });
  it('does the same in English ("the tragedy occurred in")', () => {
    const r = read(
      'Thirty-one passengers died on Friday. The tragedy occurred in Songho, a village in central Mali.',
    );
    expect(r.event.places).toContain('Songho');
  });
  it('does not take a place from a sentence that names no event', () => {
    const r = read(
      "Des hommes armés ont tué 12 civils lundi à Boni. Le préfet s'est rendu mardi à Douentza.",
      'fr',
    );
    expect(r.event.places).toEqual(['Boni']);
  });
});

describe('places: a unit named for a region is not a place', () => {
  it('leaves out "Macina" in the name of a katiba, keeps the region named on its own', () => {
    const unit = extractReport({
      text: "Des hommes armés de la katiba d'Ançar Dine du Macina ont attaqué le village de Boni lundi.",
      lang: 'fr',
      published: '2026-03-02',
    });
    expect(unit.event.places).toEqual(['Boni']);
    const region = extractReport({
      text: 'Des jihadistes ont attaqué un poste de gendarmerie dans le Macina lundi.',
      lang: 'fr',
      published: '2026-03-02',
    });
    expect(region.event.places).toEqual(['Macina']);
  });
});

describe('places: roads, named spots, landmarks and curfew sentences', () => {
  const places = (text: string, lang = 'fr') => read(text, lang).event.places;
  it('reads both towns of a road ("l\'axe Boni-Hombori"), also one the gazetteer lacks', () => {
    expect(places("Une embuscade a visé un convoi sur l'axe Boni-Hombori, tuant 12 soldats.")).toEqual([
      'Boni',
      'Hombori',
    ]);
    expect(places("Une embuscade sur l'axe Kéllé-Tessit a tué 9 soldats.")).toEqual(['Kéllé', 'Tessit']);
  });
  it('reads a named spot ("le lieu-dit Tifolat")', () => {
    expect(
      places('Des hommes armés ont attaqué un campement dans le lieu-dit Tinkar, tuant 12 personnes.'),
    ).toEqual(['Tinkar']);
  });
  it('does not take a landmark after a comma ("Boni, près de Hombori") for the attacked place', () => {
    expect(places('Des jihadistes ont attaqué le poste de Boni, près de Hombori, tuant 12 soldats.')).toEqual(
      ['Boni'],
    );
  });
  it('keeps the place after "l\'attaque de" in a curfew sentence, not the curfew town', () => {
    expect(
      places("Un couvre-feu a été instauré à Mopti après l'attaque de Boni qui a fait 12 morts."),
    ).toEqual(['Boni']);
  });
  it('drops a place only for a measure told near it, not clauses later', () => {
    expect(
      places(
        'The attack targeted the army post at Farabougou, the army said, adding that 20 assailants were killed and that reinforcements had been sent.',
        'en',
      ),
    ).toEqual(['Farabougou']);
    expect(
      places(
        "L'attaque a visé le poste de Farabougou, a indiqué l'armée, précisant que 20 assaillants ont été tués et que des renforts ont été envoyés.",
      ),
    ).toEqual(['Farabougou']);
    // Reinforcements sent to a town, residents fleeing it: not the attacked place.
    expect(
      places('Jihadists killed 12 soldiers in Boni on Monday. Reinforcements were sent to Douentza.', 'en'),
    ).toEqual(['Boni']);
    expect(
      places('Des jihadistes ont tué 12 soldats lundi à Boni. Des habitants de Hombori ont fui.'),
    ).toEqual(['Boni']);
  });
});

describe('places: an attack "sur" a place, and a nationality beside a place', () => {
  it('FR: "le raid sur Boni", "l\'assaut sur Boni" name the attacked place; "marchent sur" does not', () => {
    expect(read('Lors du raid sur Boni lundi, 20 terroristes ont été tués.', 'fr').event.places).toEqual([
      'Boni',
    ]);
    expect(read("Lors de l'assaut sur Boni, 20 civils ont été tués.", 'fr').event.places).toEqual(['Boni']);
    expect(
      read('Les jihadistes marchent sur Boni après avoir tué 20 civils à Hombori.', 'fr').event.places,
    ).toEqual(['Hombori']);
  });
  it('EN and FR: "Boni, Russian mercenaries…" is no list of places', () => {
    expect(
      read('In the raid on Boni, Russian mercenaries, backed by Malian troops, executed 20 civilians.').event
        .places,
    ).toEqual(['Boni']);
    expect(
      read("Lors de l'attaque de Boni, Maliens et Burkinabè ont perdu 20 hommes.", 'fr').event.places,
    ).toEqual(['Boni']);
  });
});

describe('places: a landmark after a comma follows a place, not a time (place-roles reference)', () => {
  it('keeps the place after ", dimanche, près de"', () => {
    for (const text of [
      'Les FAMa ont subi de lourdes pertes face aux jihadistes, dimanche, près de Tinzaouatène.',
      'Des jihadistes ont attaqué un convoi, lundi soir, près de Boni.',
    ])
      expect(read(text, 'fr').event.places.length).toBe(1);
    expect(read('Militants ambushed a convoy, on Monday night, near Boni.').event.places).toEqual(['Boni']);
  });
  it('keeps the place after a comma that follows no name: "au passage de leur véhicule, près de Douentza"', () => {
    for (const text of [
      "Cinq militaires ont été tués dans l'explosion d'une mine au passage de leur véhicule, près de Douentza.",
      'Cinq militaires ont été tués, près de Douentza, selon une source sécuritaire.',
    ])
      expect(read(text, 'fr').event.places, text).toEqual(['Douentza']);
    expect(
      read('Five soldiers were killed when their vehicle hit a mine, near Douentza.').event.places,
    ).toEqual(['Douentza']);
  });
  it('still reads "Boni, près de Hombori" as a landmark', () => {
    const r = read('Le poste de Boni, près de Hombori, a été attaqué dimanche par des jihadistes.', 'fr');
    expect(r.event.places).toEqual(['Boni']);
  });
});

describe("places: a group's name is no place", () => {
  it('"backed by Africa Corps, in Toula" lists only the village (EN, FR)', () => {
    const en = read(
      'At least 15 people were killed on Tuesday in clashes between JNIM and the Malian army, backed by Africa Corps, in Toula, local sources said.',
      'en',
    );
    expect(en.event.places).toEqual(['Toula']);
    const fr = read(
      "Au moins 15 personnes ont été tuées mardi dans des combats entre le JNIM et l'armée, appuyée par Africa Corps, à Toula, selon des sources locales.",
      'fr',
    );
    expect(fr.event.places).toEqual(['Toula']);
  });
});
