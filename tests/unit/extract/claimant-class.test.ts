import { describe, expect, it } from 'vitest';
import { claimantIn, classify } from '../../../lib/extract/claimant-class';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const cls = (words: string) => {
  const tokens = tokenize(words);
  return classify(tokens, 0, tokens.length);
};
const named = (words: string) => {
  const tokens = tokenize(words);
  return claimantIn(words, tokens, 0, tokens.length);
};

describe('claimant-class: the class a speaker’s words name', () => {
  it('reads each class from its words, in French and English', () => {
    expect(cls("l'armée malienne")).toBe('official');
    expect(cls('une source sécuritaire')).toBe('security_source');
    expect(cls('des habitants')).toBe('local');
    expect(cls('Human Rights Watch')).toBe('monitor');
    expect(cls("l'Agence France-Presse")).toBe('media');
    expect(cls('le JNIM')).toBe('armed_group');
    expect(cls('le village')).toBe(null);
  });
  it('reads an outlet by its trade ("le site d\'information", "le quotidien", "a news site", "a daily")', () => {
    expect(cls("le site d'information Sahel Tribune")).toBe('media');
    expect(cls("le quotidien L'Essor")).toBe('media');
    expect(cls('the news site Sahel Tribune')).toBe('media');
    expect(cls('a daily')).toBe('media');
    // "site" alone, in lower case, is a place, not SITE Intelligence Group.
    expect(cls("le site de l'attaque")).toBe(null);
    expect(
      brief(
        read("Lundi à Boni, 12 soldats ont été tués, selon le site d'information Sahel Tribune.", 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 media']);
  });
  it('reads an unnamed member of the forces as a security source, not a government official', () => {
    expect(cls('un officier malien')).toBe('security_source');
    expect(cls('Malian army officials')).toBe('security_source');
    expect(cls('a government official')).toBe('official');
    expect(cls('un responsable gouvernemental')).toBe('official');
    expect(cls('une haute responsable gouvernementale')).toBe('official');
  });
  it('reads "local" before a member of the forces as their qualifier: a security source', () => {
    expect(cls('a local military commander')).toBe('security_source');
    expect(cls('un commandant militaire local')).toBe('security_source');
    expect(cls('two local army officers')).toBe('security_source');
    // Outlets and monitors of the place stay outlets and monitors.
    expect(cls('des médias locaux')).toBe('media');
    expect(cls('une radio locale')).toBe('media');
    expect(cls('des ONG locales')).toBe('monitor');
    // Without a word of the forces, "local" still says who speaks.
    expect(cls('a local official')).toBe('local');
    expect(cls('des sources locales')).toBe('local');
    expect(cls('les autorités locales')).toBe('local');
    // The place a speaker belongs to, after "in" / "à", is no medium: "in the municipality".
    expect(cls('an official in the municipality')).toBe('local');
    expect(cls('un agent à la mairie')).toBe('local');
    // The commune's own, in French as in English ("a municipal official").
    expect(cls('une source municipale')).toBe('local');
    expect(cls('les autorités municipales')).toBe('local');
    expect(cls('selon la municipalité')).toBe('local');
    expect(cls('le ministre, à la radio locale')).toBe('official');
    // A word of the forces in a clause about the speaker is not the speaker's own.
    expect(cls('a local source who asked not to be named for security reasons')).toBe('local');
    expect(cls('local sources, who spoke on condition of anonymity for security reasons')).toBe('local');
    expect(cls('une source locale ayant requis l’anonymat pour des raisons de sécurité')).toBe('local');
  });
  it('names the speaker, not the medium it spoke in ("l\'armée dans un communiqué", "à la télévision")', () => {
    expect(named("l'armée dans un communiqué")?.source).toBe("l'armée");
    expect(named('le gouvernement dans un communiqué lu à la télévision nationale')?.source).toBe(
      'le gouvernement',
    );
    expect(named('the government in a statement read on state television')?.source).toBe('the government');
    // The document alone, or the army's document, is still the claimant's name.
    expect(named('un communiqué de l’armée')?.source).toBe('communiqué de l’armée');
  });
  it('reads the medical staff as local', () => {
    expect(cls('le personnel soignant de l’hôpital de Mopti')).toBe('local');
    expect(cls('des soignants')).toBe('local');
    expect(cls('le personnel médical')).toBe('local');
  });
  it('reads an unnamed officer of security or of intelligence as a security source', () => {
    expect(cls('un responsable de la sécurité')).toBe('security_source');
    expect(cls('deux responsables de la sécurité du cercle')).toBe('security_source');
    expect(cls('un agent des renseignements maliens')).toBe('security_source');
    expect(cls('selon les services de renseignement')).toBe('security_source');
    expect(cls('an intelligence official')).toBe('security_source');
    expect(cls('two Malian intelligence officials')).toBe('security_source');
    // The minister names the government that speaks.
    expect(cls('le ministre de la Sécurité')).toBe('official');
  });
  it('reads the police and commanders as forces: unnamed members are security sources', () => {
    expect(cls('un responsable de la police')).toBe('security_source');
    expect(cls('un policier')).toBe('security_source');
    expect(cls('a police officer')).toBe('security_source');
    expect(cls('un commandant de la garde nationale')).toBe('security_source');
    expect(cls('la police nationale')).toBe('official');
    expect(cls('the army commander')).toBe('official');
  });
  it('does not read the outlet that saw a document as its speaker ("a UN report seen by AFP")', () => {
    expect(cls('A UN report seen by AFP')).toBe('monitor');
    expect(cls('un rapport de la Minusma consulté par RFI')).toBe('monitor');
    expect(cls('an internal army memo obtained by Reuters')).toBe('official');
    expect(cls('a report by AFP')).toBe('media');
  });
  it('does not read the outlet that reached a speaker as its speaker ("un élu joint par l\'AFP")', () => {
    expect(cls("un responsable local joint par l'AFP")).toBe('local');
    expect(cls('une élue locale jointe par RFI')).toBe('local');
    expect(cls("des habitants contactés par l'AFP")).toBe('local');
    expect(cls("un porte-parole de l'armée interrogé par Jeune Afrique")).toBe('official');
    expect(cls('un officier interrogé par Jeune Afrique')).toBe('security_source');
    expect(cls('residents interviewed by Reuters')).toBe('local');
    expect(cls('a local official reached by the BBC')).toBe('local');
    expect(cls('a resident quoted by AFP')).toBe('local');
    expect(cls("l'AFP")).toBe('media');
  });
  it('reads a blogger, military or not, as an outlet, not as the army', () => {
    expect(cls('a Russian military blogger')).toBe('media');
    expect(cls('bloggers')).toBe('media');
    expect(cls('un blogueur militaire russe')).toBe('media');
    expect(cls('une blogueuse')).toBe('media');
    expect(cls('a military source')).toBe('security_source');
  });
  it('reads a security report or note seen by an outlet as a security source', () => {
    expect(cls('an internal security report seen by AFP')).toBe('security_source');
    expect(cls('a confidential intelligence report obtained by Reuters')).toBe('security_source');
    expect(cls("un rapport sécuritaire consulté par l'AFP")).toBe('security_source');
    expect(cls("une note de sécurité interne que l'AFP a pu consulter")).toBe('security_source');
  });
  it('reads the Kisal observatory as a monitor', () => {
    expect(cls('Kisal')).toBe('monitor');
    expect(cls("l'observatoire Kisal")).toBe('monitor');
    expect(cls('the Kisal observatory')).toBe('monitor');
  });
  it("reads an unnamed official or government source as the state's voice, not a security source", () => {
    expect(cls('une source officielle')).toBe('official');
    expect(cls('des sources officielles maliennes')).toBe('official');
    expect(cls('une source gouvernementale')).toBe('official');
    expect(cls('official sources')).toBe('official');
    expect(cls('a government source')).toBe('official');
    // A security source stays one, with or without the state's adjective.
    expect(cls('une source sécuritaire officielle')).toBe('security_source');
    expect(cls('des sources')).toBe('security_source');
    expect(cls('a military source')).toBe('security_source');
  });
  it('reads drivers, transporters, gold miners and the displaced as people of the place', () => {
    expect(cls('un transporteur de la ligne')).toBe('local');
    expect(cls('des chauffeurs')).toBe('local');
    expect(cls('un orpailleur du site')).toBe('local');
    expect(cls('des déplacés arrivés à Mopti')).toBe('local');
    expect(cls('une déplacée')).toBe('local');
  });
  it("reads the cercle's préfet as a local official and the governor as the government's", () => {
    expect(cls('le préfet de Douentza')).toBe('local');
    expect(cls('le sous-préfet')).toBe('local');
    expect(cls('the prefect')).toBe('local');
    expect(cls('le gouverneur de la région de Mopti')).toBe('official');
  });
  it('lets a longer phrase of a better rank win over the one it overlaps', () => {
    expect(cls("des sources proches de l'armée")).toBe('security_source');
    expect(cls('des proches des victimes')).toBe('local');
  });
});

describe('claimant-class: the words of the speaker’s name', () => {
  it('keeps rank and complement, and stops at a participle', () => {
    expect(named("un haut gradé de l'armée malienne")?.source).toBe("un haut gradé de l'armée malienne");
    expect(named("un responsable militaire ayant requis l'anonymat")?.source).toBe(
      'un responsable militaire',
    );
    expect(named('a senior military officer')?.source).toBe('a senior military officer');
  });
  it('keeps the noun the class word qualifies ("des sources locales", "les autorités locales")', () => {
    expect(named('selon des sources locales')?.source).toBe('des sources locales');
    expect(named('selon les autorités locales')?.source).toBe('les autorités locales');
    expect(named('an official in the area')?.source).toBe('an official in the area');
  });
});

describe('claimant-class: a voice of the place', () => {
  it('reads a source or an official "in the village", "in the area", "dans le village" as local', () => {
    expect(cls('a source in the village')).toBe('local');
    expect(cls('an official in the area')).toBe('local');
    expect(cls('une source dans le village')).toBe('local');
    expect(cls('a security source')).toBe('security_source');
  });
});

describe('claimant-class: the spokesperson of a monitor speaks for the monitor', () => {
  it('reads "UN spokesman", "U.N. spokeswoman", "the UN mission\'s spokesperson", "a Minusma spokesman" as monitor', () => {
    expect(cls('UN spokesman Farhan Haq')).toBe('monitor');
    expect(cls('U.N. spokeswoman Jane Doe')).toBe('monitor');
    expect(cls("the UN mission's spokesperson")).toBe('monitor');
    expect(cls('a Minusma spokesman')).toBe('monitor');
    expect(cls('the U.N. peacekeeping mission')).toBe('monitor');
  });
  it('keeps the spokesperson of the army or government official, and "un" the article', () => {
    expect(cls('army spokesman Souleymane Dembélé')).toBe('official');
    expect(cls('a government spokeswoman')).toBe('official');
    expect(cls('un porte-parole du gouvernement')).toBe('official');
  });
  it("reads the voice of a movement or front named by its kind as the armed group's", () => {
    expect(cls('le porte-parole du mouvement')).toBe('armed_group');
    expect(cls('un cadre du Front')).toBe('armed_group');
    expect(cls('les responsables du mouvement rebelle')).toBe('armed_group');
    expect(cls("the movement's spokesman")).toBe('armed_group');
  });
});

describe('claimant-class: a source at the scene is a witness', () => {
  it('reads "une source sur place", "des sources présentes sur place", "a source on the ground" as local', () => {
    expect(cls('notre source sur place')).toBe('local');
    expect(cls('des sources présentes sur place')).toBe('local');
    expect(cls('a source on the ground')).toBe('local');
    expect(cls('sources at the scene')).toBe('local');
  });
  it('reads the scene past the words of the source\'s phrase ("sources concordantes sur place")', () => {
    expect(cls('des sources concordantes sur place')).toBe('local');
    expect(cls('plusieurs sources fiables sur les lieux')).toBe('local');
    expect(cls('two sources on the ground')).toBe('local');
    // A number or a clause boundary ends the source's phrase.
    expect(cls('des sources, 12 morts sur place')).toBe('security_source');
  });
  it('reads a relative clause that puts the source at the scene (according-to)', () => {
    for (const [t, lang] of [
      [
        'Une attaque a visé lundi Boni. Le bilan fait état de 26 morts selon des sources qui étaient présentes sur place.',
        'fr',
      ],
      [
        'Une attaque a visé lundi Boni. Selon des sources qui se trouvaient sur les lieux, 26 personnes ont été tuées.',
        'fr',
      ],
      [
        'An attack targeted Boni on Monday. The toll stands at 26 dead, according to sources who were at the scene.',
        'en',
      ],
    ] as const)
      expect(
        read(t, lang).claims.map((c) => c.by),
        t,
      ).toEqual(['local']);
    expect(
      read(
        'Une attaque a visé lundi Boni. Le bilan fait état de 26 morts selon des sources qui ont requis l’anonymat.',
        'fr',
      ).claims.map((c) => c.by),
    ).toEqual(['security_source']);
  });
  it('keeps a bare source and a security source as security sources', () => {
    expect(cls('une source')).toBe('security_source');
    expect(cls('une source sécuritaire sur place')).toBe('security_source');
  });
});

describe('claimant-class: a sentence opening on the country is no speaker', () => {
  it('reads no claimant in "Au Mali, le bilan …" and "In Mali, the toll …"', () => {
    expect(cls('Au Mali, le bilan')).toBe(null);
    expect(cls('In Mali, the toll')).toBe(null);
    expect(
      brief(
        read("Au Mali, le bilan de l'attaque de Boni fait état de 6 terroristes neutralisés.", 'fr').claims,
      ),
    ).toEqual(['killed/militants 6-6 unattributed']);
  });
  it('reads no claimant in a place set in commas ("Lors de l\'attaque de Boni, au Mali, on déplore …")', () => {
    expect(
      brief(read("Lors de l'attaque de Boni, au Mali, on déplore la mort de 12 soldats.", 'fr').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(cls('près de Boni, au Mali,')).toBe(null);
  });
  it('reads no claimant in the country set in commas after a place ("in the attack on Boni, Mali, the toll…")', () => {
    expect(
      brief(
        read('In the attack on Boni, Mali, the death toll rose to 29 soldiers from 17 announced on Monday.')
          .claims,
      ),
    ).toEqual(['killed/soldiers 29-29 unattributed', 'killed/soldiers 17-17 unattributed earlier']);
  });
  it('keeps Mali as the government when it speaks ("Mali says", "le Mali annonce")', () => {
    expect(cls('Mali says')).toBe('official');
    expect(cls('le Mali annonce')).toBe('official');
    expect(cls('the army in Mali,')).toBe('official');
  });
});

describe('claimant-class: Mali after a word of place is where, not who', () => {
  it('reads no speaker in "in northern Mali", "dans le centre du Mali"', () => {
    expect(cls('An attack on a base in northern Mali')).toBe(null);
    expect(cls('Une attaque dans le centre du Mali')).toBe(null);
    expect(cls('the Armed Forces of Mali')).toBe('official');
  });
  it('gives a toll no claimant from the place when its speaker is another ("…, the mission said")', () => {
    expect(
      brief(
        read('An attack on a base in northern Mali on Monday killed four peacekeepers, the mission said.')
          .claims,
      ),
    ).toEqual(['killed/foreign_forces 4-4 monitor']);
    expect(
      brief(
        read(
          'Une attaque contre un camp dans le nord du Mali a tué quatre Casques bleus, a indiqué la mission.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/foreign_forces 4-4 monitor']);
  });
});

describe('claimant-class: people and outlets by their trade', () => {
  it('reads a family member and a shepherd as local, a broadcaster as media', () => {
    expect(cls('a family member of one victim')).toBe('local');
    expect(cls('un membre de la famille')).toBe('local');
    expect(cls('a shepherd')).toBe('local');
    expect(cls('des bergers')).toBe('local');
    expect(cls('the state broadcaster')).toBe('media');
  });
});

describe('claimant-class: associations of the place', () => {
  it('reads an association as local, unless it is a rights body', () => {
    expect(cls('une association de jeunes de Boni')).toBe('local');
    expect(cls('a Fulani association')).toBe('local');
    expect(cls('un collectif de victimes')).toBe('local');
    expect(cls('un responsable administratif')).toBe('local');
    expect(cls("l'Association malienne des droits de l'homme")).toBe('monitor');
    expect(cls('a human rights association')).toBe('monitor');
  });
});

describe('claimant-class: the head of the forces is no village chief', () => {
  it('reads "the army chief", "chief of staff" as official, "a village chief" as local', () => {
    expect(cls('the army chief')).toBe('official');
    expect(cls('the army chief of staff')).toBe('official');
    expect(cls('a village chief')).toBe('local');
  });
});

describe('armed movements named by a short name or their kind', () => {
  it('reads "la coalition rebelle", "le Front", "the Front", "la CMA" as the armed group speaking', () => {
    const story = (s: string, lang: string) =>
      brief(read(`Les rebelles ont attaqué Boni lundi. ${s}`, lang).claims);
    expect(story('La coalition rebelle a affirmé avoir tué 20 soldats.', 'fr')).toEqual([
      'killed/soldiers 20-20 armed_group',
    ]);
    expect(story('Le Front a assuré dans un communiqué avoir capturé 4 militaires.', 'fr')).toEqual([
      'captured/soldiers 4-4 armed_group',
    ]);
    expect(story('The Front said in a statement that it had killed 20 Malian soldiers.', 'en')).toEqual([
      'killed/soldiers 20-20 armed_group',
    ]);
    expect(story('La CMA a indiqué que 3 de ses combattants ont été blessés.', 'fr')).toEqual([
      'wounded/militants 3-3 armed_group',
    ]);
  });
  it('still gives the army the figures of its statement about the jihadists it fought', () => {
    const r = read(
      "Attaque à Boni lundi, attribuée à des jihadistes. L'armée a annoncé la mort de 9 soldats.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 9-9 official']);
  });
});

describe('the families of victims and the young of the village speak as locals', () => {
  it('reads kin and the youth as local, and counts no one in "a relative of one of the victims"', () => {
    const en = read(
      'Twelve civilians were killed in Boni on Monday, a relative of one of the victims told AFP.',
      'en',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 12-12 local']);
    const fr = read("Douze civils ont été tués lundi à Boni, a indiqué la mère d'une des victimes.", 'fr');
    expect(brief(fr.claims)).toEqual(['killed/civilians 12-12 local']);
    const young = read(
      'Neuf villageois ont été enlevés mardi à Boni, selon un jeune du village joint par téléphone.',
      'fr',
    );
    expect(brief(young.claims)).toEqual(['captured/civilians 9-9 local']);
    const kin = read('Selon des proches des victimes, 14 personnes ont été exécutées lundi à Boni.', 'fr');
    expect(brief(kin.claims)).toEqual(['killed/people 14-14 local']);
  });
  it('reads the leaders of the young and the young of a place as local ("un responsable des jeunes")', () => {
    expect(cls('un responsable de jeunes')).toBe('local');
    expect(cls('le président des jeunes de Boni')).toBe('local');
    expect(cls('une jeune femme de la commune')).toBe('local');
    expect(cls('a youth leader')).toBe('local');
    expect(cls('a young man from the village')).toBe('local');
    expect(cls('youths in the town')).toBe('local');
    const fr = read(
      'Douze corps ont été retrouvés lundi à Boni après l’attaque, selon un responsable des jeunes.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 local']);
  });
});

describe('claimant-class: a capital for its government', () => {
  it('reads "Paris soutient", "Bamako affirme", "Paris said" as official', () => {
    expect(cls('Paris')).toBe('official');
    expect(cls('Bamako')).toBe('official');
    const r = read(
      "Une frappe aérienne a visé lundi le village de Boni. Un rapport de l'ONU évoque 19 civils tués. Paris soutient avoir éliminé une trentaine de jihadistes.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 19-19 monitor', 'killed/militants 30-30 official']);
  });
  it('not the place a speaker is in or reached from', () => {
    const fr = read(
      'Lundi, des jihadistes ont attaqué le poste de Boni, tuant 12 soldats, a indiqué un habitant joint depuis Bamako.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 12-12 local']);
    const en = read(
      'Jihadists attacked the Boni post on Monday, killing 12 soldiers, a security source in Bamako said.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 12-12 security_source']);
  });
});

describe('claimant class: two claimants coordinated, the first a phrase of two words', () => {
  it('keeps the first named, its phrase whole ("local officials and a security source")', () => {
    expect(cls('local officials and a security source')).toBe('local');
    expect(cls('local officials and residents')).toBe('local');
    expect(cls('des élus locaux et une source militaire')).toBe('local');
    expect(
      brief(
        read('Gunmen killed 20 villagers in Boni on Saturday, local officials and a security source said.')
          .claims,
      ),
    ).toEqual(['killed/civilians 20-20 local']);
  });
});

describe('claimant-class: trackers, rights and aid bodies by name', () => {
  it('reads a UN or aid agency as a monitor, not a news agency', () => {
    for (const w of [
      'the UN refugee agency',
      'aid agencies',
      "l'agence onusienne",
      'les agences humanitaires',
    ])
      expect(cls(w), w).toBe('monitor');
    expect(cls("l'agence Reuters")).toBe('media');
    expect(cls('the news agency')).toBe('media');
  });
  it('reads trackers and rights bodies named alone as monitors', () => {
    for (const w of [
      'FIDH',
      'la CNDH',
      'Menastream',
      'Critical Threats',
      'the World Food Programme',
      'Save the Children',
    ])
      expect(cls(w), w).toBe('monitor');
  });
});

describe('claimant-class: officers by rank, the head of state and the cabinet', () => {
  it('reads a named officer as official and an unnamed one as a security source', () => {
    expect(cls('le colonel Souleymane Keita')).toBe('official');
    expect(cls('General Moussa Traore')).toBe('official');
    expect(cls("un colonel de l'armée")).toBe('security_source');
    expect(cls('a Malian general')).toBe('security_source');
  });
  it('reads the head of state and the council of ministers as official', () => {
    expect(cls("le chef de l'État")).toBe('official');
    expect(cls('le conseil des ministres')).toBe('official');
    expect(cls('the head of state')).toBe('official');
    expect(
      brief(
        read(
          'Lundi à Boni, au Mali, 12 soldats ont été tués, selon le colonel Moussa Keita, directeur de la Dirpa.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('claimant-class: people of the place, and a source placed where the wounded are cared for', () => {
  it('reads a source at the hospital as local, not as a security source', () => {
    expect(cls("une source à l'hôpital de Mopti")).toBe('local');
    expect(cls('a source at the hospital')).toBe('local');
    expect(cls('des sources au centre de santé')).toBe('local');
    // A source within the forces stays one.
    expect(cls("une source au sein de l'armée")).toBe('security_source');
  });
  it('reads kin of the victims, religious leaders, rescuers and the displaced as local', () => {
    for (const words of [
      "un proche d'une victime",
      'des proches des victimes',
      'un chef religieux',
      'a religious leader',
      'a rescuer',
      'a displaced person',
    ])
      expect(cls(words), words).toBe('local');
  });
});

describe('claimant-class: more monitors by name', () => {
  it("reads rights bodies, trackers and the UN's independent expert as monitors", () => {
    for (const words of [
      "l'AMDH",
      'Kal Akal',
      'the Global Initiative',
      'All Eyes on Wagner',
      'la Coalition citoyenne pour le Sahel',
      'the independent expert',
      "l'experte indépendante",
    ])
      expect(cls(words), words).toBe('monitor');
  });
});

describe("claimant-class: a state's foreign force speaks as an official", () => {
  it("reads Africa Corps, Wagner and Barkhane by name, and after a group's noun", () => {
    expect(cls('Africa Corps')).toBe('official');
    expect(cls('la force Barkhane')).toBe('official');
    expect(cls('the Wagner group')).toBe('official');
    expect(cls('le groupe paramilitaire russe Africa Corps')).toBe('official');
    expect(cls('the Russian paramilitary group Africa Corps')).toBe('official');
    expect(cls('le groupe armé JNIM')).toBe('armed_group');
  });
  it('gives their figures to them in a story', () => {
    const r = read('Africa Corps said on Sunday that 20 of its men were killed near Tinzaouaten.');
    expect(brief(r.claims)).toEqual(['killed/foreign_forces 20-20 official']);
    expect(r.claims[0].source).toBe('Africa Corps');
  });
});

describe('claimant-class: "Mali :" as a rubric before a colon is no speaker', () => {
  it('does not give the next figures to the rubric', () => {
    for (const [text, lang] of [
      ['Mali: heavy losses near Boni. Twenty of its men were killed, the unit said.', 'en'],
      ["Mali : lourdes pertes près de Boni. Vingt de ses hommes ont été tués, a indiqué l'unité.", 'fr'],
    ])
      expect(read(text, lang).claims.map((c) => c.by)).toEqual(['unattributed']);
    expect(cls('Mali')).toBe('official');
  });
});

describe("claimant-words: the claimant's name without the preposition before it", () => {
  it('drops "de", "du", "of" that lead into the name', () => {
    expect(named('un rapport de Human Rights Watch')?.source).toBe('Human Rights Watch');
    expect(named("les données de l'ACLED")?.source).toBe("l'ACLED");
    expect(named('un porte-parole du gouvernement')?.source).toBe('un porte-parole du gouvernement');
  });
  it("runs back to a body's capitalised head over its adjectives and links", () => {
    expect(named("l'Association malienne des droits de l'homme")?.source).toBe(
      "l'Association malienne des droits",
    );
    expect(named("le Haut-Commissariat des Nations unies aux droits de l'homme")?.source).toBe(
      'le Haut-Commissariat des Nations unies aux droits',
    );
    // Not back over the outlet that was told.
    expect(named("a déclaré à l'AFP une source sécuritaire")?.source).toBe('une source sécuritaire');
  });
  it('keeps the possessor of "\'s" in the name: "the town\'s mayor"', () => {
    expect(named("the town's mayor said")?.source).toBe("the town's mayor");
    expect(named('the region’s governor said')?.source).toBe('the region’s governor');
  });
});

describe('claimant: a body that counted the dead gives the count (lexicon-en speech)', () => {
  it('reads "tallied", "compiled", "logged" as the counter\'s claim', () => {
    for (const verb of ['has tallied', 'compiled', 'logged']) {
      const r = read(
        `Gunmen raided Dioura on Thursday. Amnesty International ${verb} at least 31 villagers killed.`,
      );
      expect(brief(r.claims)).toEqual(['killed/civilians 31-null monitor']);
    }
  });
});

describe('claimant: "un responsable" and a source placed in a body (claimant-members placedSource)', () => {
  const by = (claimant: string) =>
    brief(
      read(`Des hommes armés ont attaqué jeudi Kona. Sept civils ont été tués, ${claimant}.`, 'fr').claims,
    );
  it('reads "un responsable" as an official, made local by its place or commune', () => {
    expect(by('a indiqué un haut responsable')).toEqual(['killed/civilians 7-7 official']);
    expect(by('selon un responsable à Kona')).toEqual(['killed/civilians 7-7 local']);
    expect(by('selon des responsables de la commune')).toEqual(['killed/civilians 7-7 local']);
  });
  it('reads an official placed at the hospital as one of its staff, a local voice', () => {
    expect(by("selon un responsable à l'hôpital régional")).toEqual(['killed/civilians 7-7 local']);
    expect(by("a indiqué une responsable à l'hôpital")).toEqual(['killed/civilians 7-7 local']);
    expect(
      brief(
        read('Gunmen raided Kona on Thursday. Seven civilians were killed, an official at the hospital said.')
          .claims,
      ),
    ).toEqual(['killed/civilians 7-7 local']);
    // A place of the state does not make the official local.
    expect(by('selon un responsable au gouvernorat')).toEqual(['killed/civilians 7-7 official']);
  });
  it('reads a source "au ministère", "à l\'état-major" as an unnamed source of the state, not a local one', () => {
    for (const claimant of [
      'selon une source au ministère de la Défense',
      "selon une source à l'état-major",
      'selon des sources au gouvernement',
    ])
      expect(by(claimant), claimant).toEqual(['killed/civilians 7-7 security_source']);
    // "au village", "à l'hôpital": a voice of the place.
    expect(by('selon une source au village')).toEqual(['killed/civilians 7-7 local']);
    expect(by("selon une source à l'hôpital de Mopti")).toEqual(['killed/civilians 7-7 local']);
    expect(
      brief(
        read(
          'Gunmen raided Kona on Thursday. Seven civilians were killed, according to a source at the defence ministry.',
        ).claims,
      ),
    ).toEqual(['killed/civilians 7-7 security_source']);
  });
});
