import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass quote-claimant: a quotation is attributed after it closes', () => {
  it('FR: "… disparus. », a déclaré le gouvernement"', () => {
    const r = read(
      "Après l'attaque de Boni : « Nous avons 7 soldats portés disparus. », a déclaré le gouvernement mardi.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['missing/soldiers 7-7 official']);
  });
  it('EN: "… were killed.” said a resident"', () => {
    const r = read(
      'After the attack on Boni: “Eleven villagers were killed.” said a resident on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 11-11 local']);
  });
});

describe('pass quote-claimant: a quotation over several sentences', () => {
  it('FR: the inverted clause after the quotation names its speaker, whatever its verb', () => {
    const r = read(
      "« Ils sont arrivés à l'aube à Boni. Ils ont tué 9 villageois. C'est un drame », s'indigne un notable de la commune.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 9-9 local']);
  });
  it('FR: a quotation whose opening mark is lost still ends with its speaker', () => {
    const r = read(
      "Après l'attaque de Boni, 6 blessés ont été évacués. Tout a brûlé », raconte une habitante.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['wounded/people 6-6 local']);
  });
  it('FR: the speaker who opens the quotation, when nothing follows it', () => {
    const r = read(
      'Le gouverneur de Mopti a déclaré : « Les assaillants ont attaqué Boni. Quatre gendarmes ont été tués. »',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 4-4 official']);
  });
  it('EN: curly quotes over two sentences, then "said" and the speaker', () => {
    const r = read(
      '“They came at dawn to Boni. Twelve villagers were shot dead,” said a local official on Tuesday.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('EN: a new sentence after the quotation is not its reporting clause', () => {
    const r = read('“Twelve villagers were killed in Boni.” The army has not commented.', 'en');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 unattributed']);
  });
  it('a speaker and a colon before the quotation, with no verb of saying', () => {
    for (const [t, lang] of [
      ['Le maire de Boni, joint au téléphone : « Douze personnes ont été tuées lors de l’attaque. »', 'fr'],
      [
        "Une habitante de Boni, sous couvert d'anonymat : « Ils ont tué douze personnes dans l'attaque. »",
        'fr',
      ],
      ['A resident of Boni, reached by phone: "They killed twelve people in the attack."', 'en'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual(['killed/people 12-12 local']);
    // A heading and a colon name no one.
    expect(brief(read("Bilan de l'attaque de Boni : « douze morts ».", 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
    ]);
  });
});

describe('pass quote-claimant: a paragraph of quotation goes on with the speaker before it', () => {
  it('EN: a quoted paragraph with no reporting clause, after one whose speaker is named', () => {
    const r = read(
      'Local officials said gunmen attacked a bus near Boni on Monday.\n\n“The bus was stopped near the market,” said army spokesman Colonel Diarra.\n\n“The death toll is 14 and several passengers were wounded.”',
    );
    expect(brief(r.claims)).toEqual(['killed/people 14-14 official', 'wounded/civilians 2-null official']);
  });
  it('FR: « … » after a paragraph whose quotation the mayor opened', () => {
    const r = read(
      'Selon des sources sécuritaires, des hommes armés ont attaqué Boni lundi.\n\nLe maire de la commune a déclaré : « Ils sont venus à moto. »\n\n« Nous avons déjà enterré douze corps. »',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 12-12 local']);
  });
  it('not past a paragraph of narration', () => {
    const r = read(
      'Local officials said gunmen attacked a bus near Boni on Monday.\n\n“The bus was stopped near the market,” said army spokesman Colonel Diarra.\n\nThe road has been closed since Tuesday.\n\n“The death toll is 14.”',
    );
    expect(brief(r.claims)).toEqual(['killed/people 14-14 unattributed']);
  });
  it('a pronoun after the quotation carries the speaker named before, not the outlet it told', () => {
    const en = read(
      'Gunmen attacked Boni on Monday, said Moussa Traoré, the mayor of the commune.\n\n“We have buried 12 bodies. Many are still missing,” he told Reuters by phone.',
    );
    expect(brief(en.claims)).toEqual(['killed/people 12-12 local']);
    const fr = read(
      "Des hommes armés ont attaqué Boni lundi, a indiqué Moussa Traoré, le maire de la commune.\n\n« Nous avons enterré 12 corps. D'autres sont portés disparus », a-t-il confié à RFI.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/people 12-12 local']);
  });
});

describe('pass quote-claimant: straight quotation marks, read as opening or closing by their spacing', () => {
  it('FR: a quotation whose opening mark is lost, closed by a straight mark', () => {
    for (const t of [
      'Après l\'attaque de Boni, 6 blessés ont été évacués. Tout a brûlé", raconte une habitante.',
      'Après l\'attaque de Boni, 6 blessés ont été évacués. Tout a brûlé ", raconte une habitante.',
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual(['wounded/people 6-6 local']);
  });
  it('FR/EN: a quotation in straight marks over two sentences, then its speaker', () => {
    expect(
      brief(
        read(
          "\"Ils sont arrivés à l'aube à Boni. Ils ont tué 9 villageois. C'est un drame\", s'indigne un notable de la commune.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 9-9 local']);
    expect(
      brief(
        read('"They came at dawn to Boni. Eleven villagers were killed," said a resident on Tuesday.').claims,
      ),
    ).toEqual(['killed/civilians 11-11 local']);
  });
});
