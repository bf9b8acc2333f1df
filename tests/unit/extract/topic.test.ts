import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';
import { tokenize } from '../../../lib/extract/tokens';
import { attackSentence, decideTopic, namesMali } from '../../../lib/extract/topic';
import { brief, read } from './helpers';

/** Reads a page of the test with no title: only its text tells the topic. */
const page = (text: string, lang = 'en') => read(text, lang, '2024-05-10', null);

function topicOf(text: string, figureSentences: number[], title: string | null = null) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  return decideTopic({
    text,
    title,
    tokens,
    sentences,
    figureSentences,
    places: [],
    abroad: false,
    background: () => false,
  });
}

describe('topic: pages about something else give no claims', () => {
  it('a feature about stranded whales (EN)', () => {
    const r = page(
      'Volunteers spent the night on the beach.\n\n' +
        'More than 40 pilot whales were stranded on Tuesday and 23 of them died before the tide came back, the rescue group said. ' +
        'Rescuers refloated 17 others at dawn.',
    );
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
  it('a page on gun laws with a shooting in it (EN)', () => {
    const r = page(
      'The state senate voted 21 to 9 on Thursday to require background checks for private gun sales. ' +
        'Supporters recalled the shooting at a shopping mall last spring, where a gunman killed 8 people and wounded 11. ' +
        'Opponents said the law would not have stopped him.',
    );
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
  it('a French page on a surveillance law', () => {
    const r = page(
      'Les députés ont adopté mardi le projet de loi sur le renseignement par 412 voix contre 89. ' +
        'Le texte autorise les services à installer des boîtes noires chez les opérateurs pour repérer des terroristes. ' +
        "Une vingtaine d'associations ont annoncé un recours devant le Conseil constitutionnel.",
      'fr',
    );
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
  it('a French page on an earthquake abroad', () => {
    const r = page(
      'Un troisième Français est mort dans le séisme qui a frappé le pays samedi. ' +
        'Le tremblement de terre a fait plus de 7 000 morts et 14 000 blessés, selon les autorités.',
      'fr',
    );
    expect(['no-attack', 'outside-mali']).toContain(r.status);
    expect(r.claims).toEqual([]);
  });
  it('a political crisis with soldiers and a leader’s compound, but no attack in Mali (EN)', () => {
    const r = page(
      'Soldiers surrounded the presidential compound in the capital on Wednesday. ' +
        "Three ministers were detained at the president's residence, a spokesman said, and 2 others fled abroad.",
    );
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
  it('arrests alone, with no attack named, are no attack; arrests after an attack or beside a toll are its', () => {
    const fr = page(
      "Quarante-neuf militaires étrangers ont été arrêtés dimanche à l'aéroport de Bamako, au Mali, a annoncé le gouvernement, qui les qualifie de mercenaires armés.",
      'fr',
    );
    expect(fr.status).toBe('no-attack');
    expect(fr.claims).toEqual([]);
    const en = page('Malian troops arrested 12 armed suspects near Boni, Mali, on Monday, the army said.');
    expect(en.status).toBe('no-attack');
    const after = page('After the attack on Boni, Mali, troops arrested 12 suspects, the army said.');
    expect(brief(after.claims)).toEqual(['arrested/militants 12-12 official']);
    const both = page(
      'Malian troops killed 5 militants and arrested 12 suspects near Boni, Mali, on Monday, the army said.',
    );
    expect(brief(both.claims)).toEqual([
      'killed/militants 5-5 official',
      'arrested/militants 12-12 official',
    ]);
  });
  it('a gold mine that caves in is no attack, in either language', () => {
    const en = page(
      'A gold mine collapsed near Kéniéba, Mali, on Monday, killing 12 miners, officials said.',
    );
    expect(en.status).toBe('no-attack');
    const fr = page(
      "Lundi près de Kéniéba, au Mali, l'effondrement d'une mine d'or a tué 12 orpailleurs.",
      'fr',
    );
    expect(fr.status).toBe('no-attack');
    expect(fr.claims).toEqual([]);
  });
  it('floods in Mali are no attack', () => {
    const r = page('Floods killed 14 people in Mopti, Mali, on Monday, the civil protection said.');
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
});

describe('topic: attacks outside Mali', () => {
  it("a village no gazetteer knows, in a toll told by a neighbour's ministry, is abroad though Mali is named after", () => {
    const fr = page(
      "Des hommes armés ont tué 9 villageois lundi à Kalumbadi, a indiqué le ministère nigérien de l'Intérieur. Les groupes jihadistes du Mali sont actifs dans la zone.",
      'fr',
    );
    expect(fr.status).toBe('outside-mali');
    expect(fr.claims).toEqual([]);
    // A Malian village the gazetteer knows keeps the attack in Mali.
    const mali = page(
      'Des hommes armés ont tué 9 villageois lundi à Boni, a indiqué une source nigérienne. Les groupes jihadistes du Mali sont actifs dans la zone.',
      'fr',
    );
    expect(mali.status).toBe('ok');
  });
  it('an attack in Burkina Faso is outside Mali (FR)', () => {
    const r = page(
      'Des hommes armés ont tué 15 civils lundi à Djibo, dans le nord du Burkina Faso, selon des sources locales.',
      'fr',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
  });
  it('a headline and lede that name a neighbour first put an attack at an unknown place there', () => {
    const story =
      'At least 20 soldiers were killed on Monday in an attack on their post in Tiwega, in the north of the country, the army said. ';
    const en = read(
      `${story}Burkina Faso, like Mali and Niger, is ruled by a junta.`,
      'en',
      '2024-05-10',
      'Burkina Faso: 20 soldiers killed near Tiwega',
    );
    expect(en.status).toBe('outside-mali');
    expect(en.claims).toEqual([]);
    const fr = read(
      "Au moins 20 soldats ont été tués lundi dans l'attaque de leur poste à Tiwega, dans le nord du pays, a annoncé l'armée. Le Mali voisin fait face aux mêmes groupes.",
      'fr',
      '2024-05-10',
      'Niger : 20 soldats tués à Tiwega',
    );
    expect(fr.status).toBe('outside-mali');
    // Named as Mali's neighbour, or after Mali, the neighbour does not move the attack.
    const border = read(
      'At least 20 civilians were killed on Monday in an attack on Tiwega, in central Mali, local officials said.',
      'en',
      '2024-05-10',
      'Attack near the border with Burkina Faso kills 20',
    );
    expect(border.status).toBe('ok');
    const mali = read(
      `${story}The region borders Burkina Faso.`,
      'en',
      '2024-05-10',
      'Mali: 20 soldiers killed near Tiwega',
    );
    expect(mali.status).toBe('ok');
  });
  it('an attack that no one places in Mali is not about Mali (EN)', () => {
    const r = page(
      'Gunmen opened fire on visitors at a museum on Wednesday, killing at least 19 people, officials said.',
    );
    expect(r.status).toBe('no-attack');
    expect(r.claims).toEqual([]);
  });
});

describe('topic: attacks in Mali stay ok', () => {
  it('Mali named and attack words in the figure’s sentence (FR)', () => {
    const r = page(
      "Au moins 12 soldats maliens ont été tués dimanche dans une attaque contre le camp de Boulkessi, a annoncé l'armée.",
      'fr',
    );
    expect(r.status).toBe('ok');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-null official']);
  });
  it('a battle is attack vocabulary ("the battle of Tinzaouaten", "la bataille de…")', () => {
    const en = page('Wagner lost at least 20 men in the battle of Tinzaouaten, in northern Mali.');
    expect(en.status).toBe('ok');
    expect(brief(en.claims)).toEqual(['killed/foreign_forces 20-null unattributed']);
    const fr = page(
      'Au moins 20 paramilitaires russes ont péri dans la bataille de Tinzaouaten, au Mali.',
      'fr',
    );
    expect(fr.status).toBe('ok');
    expect(brief(fr.claims)).toEqual(['killed/foreign_forces 20-null unattributed']);
  });
  it('a toll without a verb after the sentences that tell the attack (FR)', () => {
    const r = page(
      'Samedi soir, des jihadistes ont encerclé le village de Sanakoro, dans le centre du Mali, et exécuté les hommes. ' +
        'Le bilan officiel est de 40 morts.',
      'fr',
    );
    expect(r.status).toBe('ok');
    expect(r.claims.map((c) => c.min)).toEqual([40]);
  });
  it('a headline that tells the attack over a toll in the body (FR)', () => {
    const r = page(
      "Attaque contre un poste de l'armée malienne près de Gao\n\nLe bilan provisoire est de 5 morts.",
      'fr',
    );
    expect(r.status).toBe('ok');
    expect(r.claims.map((c) => c.min)).toEqual([5]);
  });
  it('a Malian region named, without "Mali" (EN)', () => {
    const r = page('Gunmen killed 7 villagers in the Mopti region on Sunday, local officials said.');
    expect(r.status).toBe('ok');
    expect(r.claims.map((c) => c.min)).toEqual([7]);
  });
  it('Mali named only in the page title (EN)', () => {
    const r = read(
      'Militants killed 12 soldiers on Monday, the army said.',
      'en',
      '2024-05-10',
      'Attack in Mali',
    );
    expect(r.status).toBe('ok');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

/** Each sentence of `yes` carries attack vocabulary, none of `no` does. */
function expectAttack(yes: string[], no: string[] = []) {
  for (const [list, want] of [
    [yes, true],
    [no, false],
  ] as const)
    for (const s of list) {
      const t = tokenize(s);
      expect(attackSentence(t, { first: 0, last: t.length }), s).toBe(want);
    }
}

describe('topic: the evidence', () => {
  it('attack vocabulary: attack nouns, armed actors and violent verbs, not deaths alone', () => {
    const yes = [
      'The convoy was ambushed near the river.',
      'Des terroristes ont incendié le marché.',
      'Des inconnus ont tué 12 villageois.',
      'Twelve hostages were freed.',
    ];
    const no = [
      'Twenty people died of cholera.',
      'Le bilan est de 12 morts.',
      'The bill passed by 40 votes.',
    ];
    expectAttack(yes, no);
  });
  it('deaths with armed men or a military operation in the sentence are an act of war', () => {
    const yes = [
      'Une opération militaire a fait 20 morts parmi les civils.',
      'The army operation left 20 civilians dead.',
      'Deux soldats sont morts lors de la patrouille.',
    ];
    const no = ['Deux soldats sont morts du paludisme.', 'Twenty people died in the floods near the camp.'];
    expectAttack(yes, no);
  });
  it('a mine that blew up under a convoy is attack vocabulary, a mine alone is not', () => {
    const yes = [
      'A UN convoy struck a mine, wounding four soldiers.',
      'Their vehicle hit a mine on the road.',
      'Un véhicule de l’armée a heurté une mine, blessant quatre soldats.',
      "Quatre soldats ont été blessés par l'explosion d'une mine.",
    ];
    expectAttack(yes, ['The mine employs 400 people.']);
    const r = page('Near Gao, Mali, on Monday, a UN convoy struck a mine, wounding four soldiers.');
    expect(r.status).toBe('ok');
    expect(brief(r.claims)).toEqual(['wounded/foreign_forces 4-4 unattributed']);
  });
  it('a disaster word in the sentence outweighs a violent verb', () => {
    const t = tokenize('The earthquake killed 300 people.');
    expect(attackSentence(t, { first: 0, last: t.length })).toBe(false);
  });
  it('Mali evidence: the name, its people, its army, or a Malian place', () => {
    const ask = (text: string, title: string | null = null) => {
      const tokens = tokenize(text);
      return namesMali({
        text,
        title,
        tokens,
        sentences: splitSentences(text, tokens),
        places: [],
        background: () => false,
      });
    };
    expect(ask('Des soldats maliens ont été tués.')).toBe(true);
    expect(ask('Les FAMa ont riposté.')).toBe(true);
    expect(ask('Gunmen attacked a village near Ségou.')).toBe(true);
    expect(ask('Gunmen attacked a village.', 'Attack in central Mali')).toBe(true);
    expect(ask('Gunmen attacked a village near Djibo.')).toBe(false);
    expect(ask('Mozilla released a new browser.')).toBe(false);
  });
  it('a figure far from any attack word, with no attack in the opening, is no attack', () => {
    const text =
      'The ministers met in Bamako, Mali, on Monday.\n\nThey discussed the budget.\n\nThe army recruited 500 soldiers this year. Salaries rose.';
    const tokens = tokenize(text);
    const i = splitSentences(text, tokens).findIndex((s) => text.slice(s.start, s.end).includes('500'));
    expect(topicOf(text, [i])).toBe('no-attack');
    expect(topicOf(text, [i], 'Jihadists attack an army camp')).toBe('ok');
  });
});

describe('language: pages in other languages are unsupported, never no-attack', () => {
  it('a Spanish page about an attack in Mali', () => {
    const r = read(
      'Hombres armados atacaron el lunes una aldea cerca de Mopti, en el centro de Malí, y mataron a doce personas, según fuentes locales.',
      '',
      '2024-05-10',
      null,
    );
    expect(r.status).toBe('unsupported-language');
    expect(r.claims).toEqual([]);
  });
  it('a Portuguese page', () => {
    const r = read(
      'Homens armados atacaram na segunda-feira uma aldeia perto de Mopti, no centro do Mali, e mataram doze pessoas, segundo fontes locais.',
      'pt-BR',
      '2024-05-10',
      null,
    );
    expect(r.status).toBe('unsupported-language');
  });
});

describe('topic: Mali named only as a neighbour', () => {
  it('an attack in Niger near the border with Mali is outside Mali (FR)', () => {
    const r = page(
      "Des hommes armés ont tué 21 villageois mardi à Tamalé, dans l'ouest du Niger, près de la frontière malienne, selon les autorités.",
      'fr',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
  });
  it('an attack near the border with Mali (EN)', () => {
    const r = page(
      'Gunmen killed 21 villagers on Tuesday in Tamalé, a village near the border with Mali, officials said.',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
  });
});

describe('topic: Mali named as the country next door ("near Mali", "près du Mali")', () => {
  it('an attack in Tillabéri, Niger, close to Mali is outside Mali (EN)', () => {
    const r = page(
      'At least 15 soldiers were killed in an attack in Tillabéri, Niger, close to Mali, the army said.',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
    expect(page('Jihadists killed 15 soldiers near Téra, in Niger near Mali, the army said.').status).toBe(
      'outside-mali',
    );
  });
  it('the same in French, "au Niger, près du Mali", "le Mali voisin"', () => {
    expect(
      page('Au moins 15 soldats ont été tués dans une attaque à Tillabéri, au Niger, près du Mali.', 'fr')
        .status,
    ).toBe('outside-mali');
    expect(
      page('Quinze soldats nigériens ont été tués à Téra, non loin du Mali voisin, selon le ministère.', 'fr')
        .status,
    ).toBe('outside-mali');
  });
  it('a Malian town "in central Mali" stays ok', () => {
    expect(page('Au moins 15 soldats ont été tués lundi à Boni, dans le centre du Mali.', 'fr').status).toBe(
      'ok',
    );
  });
});

describe('topic: a namesake of a Malian place in an attack abroad', () => {
  it('an ambush abroad whose sentence names Mali only across the border is outside Mali (EN)', () => {
    // "Boni" is also a Malian town: the border with Mali and Téra in Niger say where this one is.
    const r = page(
      'Gunmen ambushed a convoy of Nigerien gendarmes between Boni and Téra, close to the border with Mali, on Monday. Nine gendarmes were killed, the ministry said.',
    );
    expect(r.status).toBe('outside-mali');
    expect(r.claims).toEqual([]);
  });
  it('the same in French, with "la frontière malienne"', () => {
    const r = page(
      'Des hommes armés ont attaqué lundi une patrouille entre Boni et Téra, près de la frontière malienne. Neuf gendarmes nigériens ont été tués, selon le ministère.',
      'fr',
    );
    expect(r.status).toBe('outside-mali');
  });
  it('a Malian place in a sentence that names Mali as itself stays ok', () => {
    const r = page(
      'Gunmen killed nine soldiers in Boni, in central Mali near the border with Burkina Faso, on Monday.',
    );
    expect(r.status).toBe('ok');
  });
});

describe('topic: the figures told in a neighbour, with no attacked place found', () => {
  it('a toll in Niger with no Malian place is outside Mali (EN and FR)', () => {
    expect(page('Twelve Nigerien soldiers were killed in an ambush on Sunday, the army said.').status).toBe(
      'outside-mali',
    );
    expect(
      page("Au Burkina Faso, 14 soldats ont été tués dimanche dans une embuscade, selon l'armée.", 'fr')
        .status,
    ).toBe('outside-mali');
  });
  it('a toll that names Mali too stays with Mali', () => {
    expect(
      page(
        'Twelve Malian and Nigerien soldiers were killed in a joint patrol ambushed on Sunday, the army said.',
      ).status,
    ).toBe('ok');
  });
});

describe('topic: a seizure or a destruction by armed men is an act of war', () => {
  it('an army operation that seized or destroyed kit is about an attack', () => {
    expect(page("Lors d'une opération à Boni, les FAMa ont mis la main sur 12 motos.", 'fr').status).toBe(
      'ok',
    );
    expect(
      page('Lors de l’opération de Boni, les FAMa ont procédé à la saisie de 12 motos.', 'fr').status,
    ).toBe('ok');
    expect(page('In an operation near Boni, Malian troops seized 12 motorcycles and 4 rifles.').status).toBe(
      'ok',
    );
  });
  it('a seizure with no armed men or arms is not', () => {
    expect(page('La douane a saisi 12 tonnes de marchandises à Boni, au Mali.', 'fr').status).not.toBe('ok');
  });
});

describe('topic: a place "near X in Mali" is in Mali, not near its border', () => {
  it('reads "killed near Boni in Mali", "tués près de Boni, au Mali" as an attack in Mali', () => {
    expect(
      read('Twenty soldiers were killed in an ambush near Boni in Mali.', 'en', '2024-05-10', null).status,
    ).toBe('ok');
    expect(
      read('Vingt soldats ont été tués dans une embuscade près de Boni, au Mali.', 'fr', '2024-05-10', null)
        .status,
    ).toBe('ok');
    expect(
      read('قتل 20 من عناصر فاغنر في كمين نصبه مسلحون قرب بوني في مالي.', 'ar', '2024-05-10', null).status,
    ).toBe('ok');
  });
  it('still reads "near the border with Mali" as abroad', () => {
    expect(
      read(
        'In Niger, 20 soldiers were killed in an ambush near the border with Mali.',
        'en',
        '2024-05-10',
        null,
      ).status,
    ).toBe('outside-mali');
  });
});

describe('topic: words that share a stem with taking or lives name no attack', () => {
  it('reads "the state may take 35 percent of new mines" and "people\'s lives" as no attack', () => {
    const r = read(
      "Mali's new mining code lets the state take up to 35 percent of new mines. It will change people's lives, the minister said.",
      'en',
      '2024-05-10',
      null,
    );
    expect(r.status).toBe('no-attack');
  });
});

describe('topic: a wound to an armed side is an act of war', () => {
  it('reads soldiers wounded near a Malian town as an attack, French and English, feminine forces too', () => {
    expect(page('Deux soldats français ont été blessés lundi près de Gao.', 'fr').status).toBe('ok');
    expect(page('Three peacekeepers were wounded on Monday near Kidal.').status).toBe('ok');
    expect(page('Trois militaires ont été grièvement blessés mardi près de Boni.', 'fr').status).toBe('ok');
  });
  it('does not read wounded villagers, or soldiers hurt in a road accident, as one', () => {
    expect(
      page('Deux soldats ont été blessés dans un accident de la route près de Gao.', 'fr').status,
    ).not.toBe('ok');
    expect(page('Three villagers were wounded on Monday near Kidal.').status).not.toBe('ok');
  });
});

describe("topic: a fight told from the defender's side is an attack", () => {
  it('reads "ont riposté", "a été repoussée", "repelled" as attack vocabulary', () => {
    expect(page('Les FAMa ont riposté lundi à Boni. 24 corps ont été dénombrés.', 'fr').status).toBe('ok');
    expect(page("L'offensive a été repoussée lundi à Boni. 24 corps ont été dénombrés.", 'fr').status).toBe(
      'ok',
    );
    expect(
      page('Malian troops repelled the assailants in Boni on Monday. 24 bodies were counted.').status,
    ).toBe('ok');
  });
});

describe('topic: killed in action is a fight', () => {
  it('reads "tombés sur le champ d’honneur", "fell on the field of honour", "killed in action" as an attack', () => {
    const fr = read(
      "Huit éléments des forces de défense et de sécurité sont tombés sur le champ d'honneur à Boni.",
      'fr',
    );
    expect(fr.status).toBe('ok');
    expect(brief(fr.claims)).toEqual(['killed/soldiers 8-8 unattributed']);
    const en = read('Eight members of the security forces fell on the field of honour in Boni.');
    expect(en.status).toBe('ok');
    expect(brief(en.claims)).toEqual(['killed/soldiers 8-8 unattributed']);
    expect(
      brief(read('Eight soldiers were killed in action in Boni on Monday, the army said.').claims),
    ).toEqual(['killed/soldiers 8-8 official']);
  });
});

describe('topic: an Arabic title names Mali as the text would', () => {
  it('reads "هجوم في مالي" (attack in Mali) in the title as Mali named, for a village the gazetteer lacks', () => {
    for (const title of ['هجوم في مالي', 'مالي: مقتل 26 مدنيا'])
      expect(read('قتل 26 مدنيا يوم الخميس في هجوم على قرية نائية.', 'ar', '2024-05-10', title).status).toBe(
        'ok',
      );
  });
  it('still gives "no attack in Mali" for an Arabic title that names another country', () => {
    expect(
      read('قتل 26 مدنيا يوم الخميس في هجوم على قرية نائية.', 'ar', '2024-05-10', 'هجوم في تشاد').status,
    ).not.toBe('ok');
  });
});
