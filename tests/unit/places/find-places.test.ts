import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../lib/places';
import type { PlaceMention } from '../../../lib/places';

const names = (ms: PlaceMention[]) => ms.map((m) => m.name);
const byName = (ms: PlaceMention[], n: string) => ms.find((m) => m.name === n);

describe('findPlaces: gazetteer names', () => {
  it('finds Malian places with offsets that slice back to the name', () => {
    const text =
      'Jihadists attacked the camp at Boulkessi and the town of Mondoro on Tuesday, the army said in Bamako.';
    const ms = findPlaces(text, 'en');
    expect(names(ms)).toEqual(['Boulkessi', 'Mondoro', 'Bamako']);
    for (const m of ms) {
      expect(text.slice(m.start, m.end)).toBe(m.name);
      expect(m.cue).toBe('gazetteer');
      expect(m.place.country).toBe('ML');
      expect(m.place.id).toBeTruthy();
    }
    expect(byName(ms, 'Boulkessi')!.place.lat).toBeCloseTo(14.7, 0);
  });

  it('reads variant spellings, accents and multi-word names', () => {
    const text =
      'Attacks hit Kayes, Diboli, Sandere, Nioro du Sahel, Gogoui, Boulikessi, Faladie and Biriki-Wéré.';
    const ms = findPlaces(text, 'en');
    expect(names(ms)).toEqual([
      'Kayes',
      'Diboli',
      'Sandere',
      'Nioro du Sahel',
      'Gogoui',
      'Boulikessi',
      'Faladie',
      'Biriki-Wéré',
    ]);
    expect(byName(ms, 'Faladie')!.place.canonical).toBe('Faladié');
    expect(byName(ms, 'Gogoui')!.place.canonical).toBe('Gogui');
    expect(byName(ms, 'Boulikessi')!.place.id).toBe(findPlaces('à Boulkessi', 'fr')[0].place.id);
  });

  it('joins names written without their hyphen', () => {
    const ms = findPlaces('Des combats ont eu lieu à Tinessako et à Tin-Zaouatene.', 'fr');
    expect(names(ms)).toEqual(['Tinessako', 'Tin-Zaouatene']);
    expect(ms[0].place.canonical).toBe('Tin-Essako');
    expect(ms[1].place.type).toBe('town');
  });

  it('reads French text with elisions', () => {
    const text = "L'attaque d'Anéfis a suivi celle de Sévaré, près de Mopti, et celle du camp de Kati.";
    const ms = findPlaces(text, 'fr');
    expect(names(ms)).toEqual(['Anéfis', 'Sévaré', 'Mopti', 'Kati']);
  });

  it('finds Arabic spellings of the main places', () => {
    const text = 'هجوم على باماكو وتمبكتو وغاو';
    const ms = findPlaces(text, 'en');
    expect(ms.map((m) => m.place.canonical)).toEqual(['Bamako', 'Tombouctou', 'Gao']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it('tells the region and the cercle from the town', () => {
    const ms = findPlaces(
      'Dans la région de Mopti et le cercle de Bankass, puis dans la Ségou region.',
      'fr',
    );
    expect(ms.map((m) => [m.name, m.place.type])).toEqual([
      ['Mopti', 'region'],
      ['Bankass', 'cercle'],
      ['Ségou', 'region'],
    ]);
  });

  it('gives a unit word after a comma to the next name ("Tessit, cercle d\'Ansongo")', () => {
    const ms = findPlaces("Un convoi est tombé dans une embuscade à Tessit, cercle d'Ansongo, lundi.", 'fr');
    expect(byName(ms, 'Tessit')!.place.type).toBe('town');
    const en = findPlaces(
      'Militants attacked Bankass, Mopti region, on Monday; the Bankass cercle was shut.',
      'en',
    );
    expect(en.map((m) => [m.name, m.place.type])).toEqual([
      ['Bankass', 'town'],
      ['Mopti', 'region'],
      ['Bankass', 'cercle'],
    ]);
  });

  it('recognises countries in English and French', () => {
    const text =
      "Troops from Burkina Faso, Niger and Mauritanie met in Ouagadougou; the Sénégal, l'Algérie and Côte d'Ivoire sent envoys.";
    const ms = findPlaces(text, 'en');
    const countries = ms.filter((m) => m.place.type === 'country').map((m) => m.place.country);
    expect(countries).toEqual(['BF', 'NE', 'MR', 'SN', 'DZ', 'CI']);
    expect(byName(ms, 'Ouagadougou')!.place.country).toBe('BF');
  });

  it('finds the neighbours towns named in reporting', () => {
    const ms = findPlaces('Attacks near Djibo, Arbinda and Tillabéri, and in Banibangou.', 'en');
    expect(ms.map((m) => m.place.country)).toEqual(['BF', 'BF', 'NE', 'NE']);
  });
});

describe('findPlaces: words that are not places', () => {
  it('does not match names inside longer words', () => {
    expect(
      findPlaces('In Berlin, Gaol officials and Kitagawa met at the Bernese embassy.', 'en').map(
        (m) => m.name,
      ),
    ).not.toContain('Ber');
    expect(names(findPlaces('The Gaoua road and Sanaa airport.', 'en'))).not.toContain('Gao');
  });

  it('needs a place cue for names that are also common words', () => {
    expect(
      names(findPlaces('Boni said the talks would resume. San Francisco officials agreed.', 'en')),
    ).toEqual([]);
    expect(names(findPlaces('Fighting near San, Koro and Bankass.', 'en'))).toEqual([
      'San',
      'Koro',
      'Bankass',
    ]);
    expect(names(findPlaces('Des tirs ont été entendus à Ber.', 'fr'))).toEqual(['Ber']);
  });

  it('takes the place an attack is on or against as cued', () => {
    for (const [text, lang] of [
      ['Twelve soldiers died in the overnight attack on Boni.', 'en'],
      ['Jihadists launched simultaneous raids on Koro and Bankass.', 'en'],
      ["L'assaut contre Boni a duré deux heures.", 'fr'],
      ['Les attaques menées contre San se multiplient.', 'fr'],
    ] as const) {
      const ms = findPlaces(text, lang);
      expect(ms.length, text).toBeGreaterThan(0);
      for (const m of ms) expect(m.place.country, `${text}: ${m.name}`).toBe('ML');
    }
    // A post, a checkpoint, the killings or the fighting named after the place.
    for (const text of [
      'The Boni post was attacked at dawn.',
      'Militants overran the Koro army checkpoint.',
      'The San killings left twelve dead.',
      'The Boni fighting lasted all night.',
    ]) {
      const ms = findPlaces(text, 'en');
      expect(
        ms.map((m) => m.place.country),
        text,
      ).toEqual(['ML']);
    }
    // Not after any 'on': a weak name that is a person stays unplaced when nothing cues it.
    expect(names(findPlaces('Boni commented on the talks.', 'en'))).toEqual([]);
  });

  it('skips weekdays, months, people and organisations after place words', () => {
    const text =
      'The attack in March was claimed on Telegram. In a statement on Monday, President Assimi Goïta thanked Amadou Koufa at Reuters in Washington? No: the report came in French from JNIM at Human Rights Watch.';
    const ms = findPlaces(text, 'en');
    expect(
      names(ms).filter((n) => /March|Monday|Telegram|Goïta|Koufa|Reuters|French|JNIM|Human/.test(n)),
    ).toEqual([]);
  });

  it('reads Niger the river and Mali the empire as no country', () => {
    const ms = findPlaces(
      'Boats on the Niger River and the fleuve Niger; the Mali Empire; the Office du Niger canals.',
      'en',
    );
    expect(ms.filter((m) => m.place.type === 'country')).toEqual([]);
  });

  it('does not take armed groups named after regions for places', () => {
    const text =
      "Le Front de libération de l'Azawad et l'État islamique au Sahel ont revendiqué l'attaque de Tessit.";
    expect(names(findPlaces(text, 'fr'))).toEqual(['Tessit']);
  });

  it('skips a place name that is a person name', () => {
    expect(names(findPlaces('President Keita spoke to Mr Traore in Kidal.', 'en'))).toEqual(['Kidal']);
  });
});

describe('findPlaces: grammar cues for places the gazetteer lacks', () => {
  it('reads English cues', () => {
    const text =
      'Gunmen raided the village of Kassakoro, near Zinzana, in the Ségou region, and the camp at Tounkoula.';
    const ms = findPlaces(text, 'en');
    const k = byName(ms, 'Kassakoro')!;
    expect(k.cue).toBe('grammar');
    expect(k.place.id).toBeNull();
    expect(k.place.type).toBe('village');
    expect(k.place.country).toBe('ML');
    expect(byName(ms, 'Zinzana')?.cue).toBe('grammar');
    expect(byName(ms, 'Tounkoula')?.cue).toBe('grammar');
  });

  it('reads the town of a market, a mine or a post of the state ("le marché hebdomadaire de Kobé")', () => {
    for (const [cue, type] of [
      ['le marché hebdomadaire de', 'locality'],
      ["le site d'orpaillage de", 'locality'],
      ['la mosquée de', 'locality'],
      ['la brigade de gendarmerie de', 'camp'],
      ['le check-point de', 'camp'],
    ] as const) {
      const text = `Des hommes armés ont attaqué vendredi ${cue} Koubéta, au Mali, tuant 30 personnes.`;
      expect(byName(findPlaces(text, 'fr'), 'Koubéta')?.place.type, cue).toBe(type);
    }
    const en = findPlaces('Gunmen attacked the weekly market of Koubéta in Mali on Friday.', 'en');
    expect(byName(en, 'Koubéta')?.place.type).toBe('locality');
  });

  it('reads French cues', () => {
    const text =
      "Des hommes armés ont attaqué la localité de Tinfoulfoulé et le poste frontalier de Ouroumbé, près de Ménaka, au Mali. L'attaque contre Kéréna a suivi.";
    const ms = findPlaces(text, 'fr');
    expect(byName(ms, 'Tinfoulfoulé')!.place).toMatchObject({ id: null, type: 'locality', country: 'ML' });
    expect(byName(ms, 'Ouroumbé')!.place.type).toBe('border_post');
    expect(byName(ms, 'Kéréna')?.cue).toBe('grammar');
  });

  it('reads appositions and "the X attack"', () => {
    const ms = findPlaces(
      'Soldiers reached Dougouba, a small village in Mali, after the Kerena attack.',
      'en',
    );
    expect(byName(ms, 'Dougouba')!.place.type).toBe('village');
    expect(byName(ms, 'Kerena')?.cue).toBe('grammar');
  });

  it('leaves the country open when the sentence does not say Mali', () => {
    const ms = findPlaces('Officials gathered in Springfield for the talks.', 'en');
    expect(ms).toHaveLength(1);
    expect(ms[0].place).toMatchObject({ name: 'Springfield', id: null });
    expect(ms[0].place.country).toBeUndefined();
  });

  it('does not place a name in Mali for a Malian place far off in a long sentence', () => {
    const ms = findPlaces(
      'Speaking at a summit in Springfield on Friday, the envoy said the French had left their last base in the north, at Gao, in 2022.',
      'en',
    );
    expect(ms.find((m) => m.name === 'Springfield')!.place.country).toBeUndefined();
    expect(ms.find((m) => m.name === 'Gao')!.place.country).toBe('ML');
  });

  it('does not read a Title Case headline as a list of places', () => {
    const ms = findPlaces('Gunmen Kill Twenty In Village Near Border', 'en');
    expect(ms).toEqual([]);
  });

  it('uses the cercle cue to place an unknown village in Mali', () => {
    const ms = findPlaces('Le village de Sagabara, dans le cercle de Tominian, a été attaqué.', 'fr');
    expect(byName(ms, 'Sagabara')!.place.country).toBe('ML');
    expect(byName(ms, 'Tominian')!.place.type).toBe('cercle');
  });
});

describe('findPlaces: more contexts', () => {
  it('takes an unknown name standing in a list of known places', () => {
    const ms = findPlaces(
      'Gunmen raided four villages, among them Dounkala, Nioro, and Kayes, overnight.',
      'en',
    );
    expect(names(ms)).toEqual(['Dounkala', 'Nioro', 'Kayes']);
    expect(ms[0]).toMatchObject({ cue: 'grammar', place: { id: null, country: 'ML' } });
  });

  it('does not take a capitalised word after a single known place for a list', () => {
    expect(names(findPlaces('In Gao, Jihadists attacked the market.', 'en'))).toEqual(['Gao']);
  });

  it('skips Title Case headlines but keeps their known places', () => {
    const ms = findPlaces('Gunmen Kill 12 Gendarmes in Night Raid Near Boulkessi', 'en');
    expect(names(ms)).toEqual(['Boulkessi']);
  });

  it('does not take long capitalised titles for places', () => {
    const ms = findPlaces(
      'Flights were halted in Kayes and at Modibo Keita International Airport, outside Bamako.',
      'en',
    );
    expect(ms.filter((m) => m.cue === 'grammar').map((m) => m.name)).toEqual([]);
    expect(names(ms)).toContain('Modibo Keita International Airport');
  });

  it('keeps the Russian force and the alliance of Sahel states apart from places', () => {
    const text =
      'Africa Corps troops and the Alliance des États du Sahel met in Bamako; the Sahel is at war.';
    const ms = findPlaces(text, 'en');
    expect(names(ms)).toEqual(['Bamako', 'Sahel']);
    expect(ms[1].place.country).toBeUndefined();
  });

  it('reads a place after an Arabic proclitic', () => {
    const text = 'قتل جنود في هجوم بكيدال';
    const ms = findPlaces(text, 'en');
    expect(ms).toHaveLength(1);
    expect(ms[0].name).toBe('كيدال');
    expect(text.slice(ms[0].start, ms[0].end)).toBe('كيدال');
  });
});

describe('findPlaces: names that GeoNames lists among its spellings', () => {
  it('does not read short alternate spellings as places', () => {
    expect(names(findPlaces('Rosa Parks and Moti Lal were quoted; Saba wrote later.', 'en'))).toEqual([]);
  });

  it('needs a cue for a short form of a foreign town', () => {
    expect(names(findPlaces('Fada said so.', 'en'))).toEqual([]);
    expect(findPlaces('Soldiers were killed near Fada.', 'en')[0]?.place.country).toBe('BF');
  });

  it('does not take a leader after "à" for a place', () => {
    const ms = findPlaces(
      'Le ministre a rendu hommage à Goïta puis à Tiani, avant de rentrer à Bamako.',
      'fr',
    );
    expect(names(ms)).toEqual(['Bamako']);
  });
});

describe('findPlaces: lists of unknown places', () => {
  it('carries a cue over a list', () => {
    const ms = findPlaces(
      'Gunmen burned the villages of Kassakoro, Dougouba and Kerena in central Mali.',
      'en',
    );
    expect(ms.map((m) => [m.name, m.place.type, m.place.country])).toEqual([
      ['Kassakoro', 'village', 'ML'],
      ['Dougouba', 'village', 'ML'],
      ['Kerena', 'village', 'ML'],
      ['Mali', 'country', 'ML'],
    ]);
  });

  it('reads "entre X et Y"', () => {
    const ms = findPlaces('Des combats ont eu lieu entre Dougouba et Kerena.', 'fr');
    expect(names(ms)).toEqual(['Dougouba', 'Kerena']);
  });

  it('does not carry a cue past a sentence end', () => {
    const ms = findPlaces('They fled towards Dougouba. Kerena said nothing.', 'en');
    expect(names(ms)).toEqual(['Dougouba']);
  });
});

describe('findPlaces: capitals', () => {
  it('reads a short name in capitals only as a dateline', () => {
    expect(names(findPlaces('GAO, Mali (Reuters) - Gunmen attacked a convoy.', 'en'))).toEqual([
      'GAO',
      'Mali',
    ]);
    expect(names(findPlaces('The GAO report was published.', 'en'))).toEqual([]);
    expect(names(findPlaces('MALI: ATTACK IN TESSIT', 'en'))).toEqual(['MALI', 'TESSIT']);
  });
});

describe('findPlaces: areas', () => {
  it('tells the inner Niger delta from the country', () => {
    const fr = findPlaces('Les crues dans le delta intérieur du Niger.', 'fr');
    expect(fr).toEqual([]);
    const en = findPlaces('Herders in the Inner Niger Delta moved south.', 'en');
    expect(en.map((m) => [m.name, m.place.type, m.place.country])).toEqual([
      ['Inner Niger Delta', 'area', 'ML'],
    ]);
  });
});

describe('findPlaces: outlets named after places', () => {
  it('reads neither word of "Jeune Afrique" as a place', () => {
    expect(names(findPlaces('Le ministre a parlé à Jeune Afrique depuis Bamako.', 'fr'))).toEqual(['Bamako']);
  });
});

describe('findPlaces: distances and bearings', () => {
  it('reads "50 km north of X" and "à 30 km de X"', () => {
    const en = findPlaces('The convoy was ambushed 50 km north of Dougouba.', 'en');
    expect(names(en)).toEqual(['Dougouba']);
    const fr = findPlaces("L'embuscade a eu lieu à 30 km de Kassakoro, à l'est d'Ouroumbé.", 'fr');
    expect(names(fr)).toEqual(['Kassakoro', 'Ouroumbé']);
  });
});

describe('findPlaces: owners are not places', () => {
  it('does not take a person or a firm that owns something after "at"/"in" for a place', () => {
    expect(
      names(findPlaces("Two ministers were held at Ndlovu's residence in Harare on Tuesday.", 'en')),
    ).not.toContain('Ndlovu');
    expect(names(findPlaces("An engineer in Firebird's media team said so.", 'en'))).toEqual([]);
    expect(names(findPlaces('Des employés à Tessalit’s camp.', 'fr'))).toContain('Tessalit');
  });
  it('keeps a place named by a strong cue before its possessive', () => {
    expect(names(findPlaces("Gunmen attacked the village of Sanakoro's market.", 'en'))).toEqual([
      'Sanakoro',
    ]);
  });
});

describe('findPlaces: a known name with a word of its own', () => {
  it('keeps a village number and an unknown second word after a locative ("Gangafani 2", "at Inekar Tadriante")', () => {
    expect(names(findPlaces('Another 17 died in Gangafani 2.', 'en'))).toEqual(['Gangafani 2']);
    expect(names(findPlaces('Le village de Gangafani II, près de Bankass, a été attaqué.', 'fr'))).toContain(
      'Gangafani II',
    );
    expect(
      names(findPlaces('Armed men targeted another camp at Inekar Tadriante, killing five.', 'en')),
    ).toEqual(['Inekar Tadriante']);
  });
  it('but not a number a noun follows, nor a word the gazetteer knows', () => {
    expect(names(findPlaces('À Boni 2 soldats ont été tués.', 'fr'))).toEqual(['Boni']);
    expect(names(findPlaces('The attack at Boni Douentza, killed five.', 'en'))).toEqual([
      'Boni',
      'Douentza',
    ]);
  });
});

describe('findPlaces: a name in capitals after a cue', () => {
  it('reads two words in capitals after a cue as a place, one as an acronym', () => {
    expect(
      names(findPlaces("Suite à l'embuscade de BOUKA WERE, 24 soldats ont trouvé la mort.", 'fr')),
    ).toEqual(['BOUKA WERE']);
    expect(names(findPlaces("Suite à l'attaque du JNIM, 24 soldats ont trouvé la mort.", 'fr'))).toEqual([]);
  });
});

describe('findPlaces: "À" opening a sentence', () => {
  it('reads "À Kalumba, …" as "à Kalumba", the capital letter no part of the name', () => {
    expect(names(findPlaces('À Kalumba, près de la frontière, le bilan est de 12 morts.', 'fr'))).toEqual([
      'Kalumba',
    ]);
    expect(names(findPlaces('Le bilan est de 12 morts à Kalumba.', 'fr'))).toEqual(['Kalumba']);
  });
  it('reads a capital "A" without its accent opening a French sentence as "À"', () => {
    expect(names(findPlaces('A Kalumba, près de la frontière, le bilan est de 12 morts.', 'fr'))).toEqual([
      'Kalumba',
    ]);
    expect(names(findPlaces('Le bilan est lourd.\nA Kalumba, 12 civils ont été tués.', 'fr'))).toEqual([
      'Kalumba',
    ]);
    // Not in English, where "A" opening a sentence is the article; nor "a" as a verb inside one.
    expect(names(findPlaces('A Kalumba resident said that 12 people died.', 'en'))).toEqual([]);
    expect(names(findPlaces('Le maire de la commune a Kalumba pour adjoint.', 'fr'))).toEqual([]);
  });
});

describe('findPlaces: a known town as the object of "attacked"', () => {
  it('finds "Jihadists attacked Boni", "ont attaqué Boni" without a preposition', () => {
    const en = findPlaces('Jihadists attacked Boni on Monday.', 'en');
    expect(en.map((m) => [m.name, m.place.country])).toEqual([['Boni', 'ML']]);
    const fr = findPlaces('Les jihadistes ont attaqué Boni lundi.', 'fr');
    expect(fr.map((m) => [m.name, m.place.country])).toEqual([['Boni', 'ML']]);
  });
});

describe('findPlaces: a known town as the subject of a passive attack', () => {
  it('finds "Boni was attacked", "Boni a été attaquée"', () => {
    const en = findPlaces('Boni was attacked on Monday by jihadists.', 'en');
    expect(en.map((m) => [m.name, m.place.country])).toEqual([['Boni', 'ML']]);
    const fr = findPlaces('Boni a été attaquée lundi par des jihadistes.', 'fr');
    expect(fr.map((m) => [m.name, m.place.country])).toEqual([['Boni', 'ML']]);
  });
  it('does not make a person who was attacked a place', () => {
    expect(findPlaces('Moussa was attacked on Monday by jihadists.', 'en')).toEqual([]);
  });
});

describe('findPlaces: a village named in commas after its noun', () => {
  const placeNames = (text: string, lang: 'fr' | 'en' = 'fr') => findPlaces(text, lang).map((m) => m.name);
  it('reads "leur village, Djiguibombo, dans le cercle…" and "their village, Djiguibombo, in…"', () => {
    expect(
      placeNames("Quinze civils ont été tués dans l'attaque de leur village, Djiguibombo, dans le cercle."),
    ).toEqual(['Djiguibombo']);
    expect(placeNames('An attack on their small village, Djiguibombo, left 15 dead.', 'en')).toContain(
      'Djiguibombo',
    );
    expect(placeNames('Les assaillants ont encerclé la localité, Tiguila, avant l’aube.')).toEqual([
      'Tiguila',
    ]);
  });
  it('does not read a person named after the noun, nor a name not closed by a comma', () => {
    expect(placeNames('Au village, Moussa, un berger, a été tué.')).toEqual([]);
    expect(placeNames('Dans la ville, Amadou Traoré, le maire, a parlé.')).toEqual([]);
    expect(placeNames('Au village, Tiguila est restée calme.')).toEqual([]);
  });
});

describe('findPlaces: a headline that opens on its place', () => {
  it('reads a weak name that opens its line before a colon ("Boni : douze soldats tués")', () => {
    expect(findPlaces('Boni : douze soldats tués dans une attaque', 'fr').map((m) => m.name)).toEqual([
      'Boni',
    ]);
    expect(findPlaces('Koro: 12 civilians killed', 'en').map((m) => m.name)).toEqual(['Koro']);
  });
  it('not in the middle of a line, nor without the colon', () => {
    expect(findPlaces('Selon Boni : rien', 'fr').map((m) => m.name)).toEqual([]);
    expect(findPlaces('Boni a parlé hier', 'fr').map((m) => m.name)).toEqual([]);
  });
});
