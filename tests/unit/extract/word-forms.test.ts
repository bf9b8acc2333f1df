import { describe, expect, it } from 'vitest';
import { KIND_WORDS, SPEECH_WORDS, SUBJECT_WORDS, isAttackWord } from '../../../lib/extract/lexicon';
import { tokenize } from '../../../lib/extract/tokens';
import { WordForms, frenchStem } from '../../../lib/extract/word-forms';
import { brief, read } from './helpers';

describe('word forms: one lexicon entry covers every inflection', () => {
  it('French participles in every gender and number, verbs in the plural, nouns of the event', () => {
    for (const w of ['tue', 'tuee', 'tuees', 'tues']) expect(KIND_WORDS.get(w), w).toBe('killed');
    for (const w of ['neutralisent', 'neutralisation', 'neutralisee'])
      expect(KIND_WORDS.get(w), w).toBe('killed');
    for (const w of ['interpellation', 'interpellees']) expect(KIND_WORDS.get(w), w).toBe('arrested');
    for (const w of ['calcinees', 'brulees']) expect(KIND_WORDS.get(w), w).toBe('destroyed');
  });
  it('French feminine nouns of agent by their masculine ("chauffeuses", "conductrices")', () => {
    for (const w of ['chauffeuses', 'chauffeuse', 'conductrices', 'cultivatrices', 'travailleuses'])
      expect(SUBJECT_WORDS.get(w), w).toBe('civilians');
    // A word of its own keeps its own class: machine guns are no gunners.
    expect(SUBJECT_WORDS.get('mitrailleuses')).toBe('weapons');
    for (const w of ['infirmieres', 'gardienne']) expect(SUBJECT_WORDS.get(w), w).toBe('civilians');
    expect(SUBJECT_WORDS.get('frontiere')).toBeUndefined();
    expect(SUBJECT_WORDS.get('matrices')).toBeUndefined();
  });
  it('a French verb with its subject inverted ("précise-t-il", "indique-t-on", "disent-ils")', () => {
    for (const w of ['precise-t-il', 'indique-t-on', 'disent-ils', 'affirment-elles'])
      expect(SPEECH_WORDS.has(w), w).toBe(true);
    expect(SPEECH_WORDS.has('peut-etre')).toBe(false);
  });
  it('English forms', () => {
    expect(KIND_WORDS.get('kills')).toBe('killed');
    expect(SUBJECT_WORDS.get('villager')).toBe('civilians');
  });
  it('a stem two entries disagree on is dropped, and short words never match by stem', () => {
    const forms = new WordForms<string>(
      [
        ['portes', 'a'],
        ['porte', 'b'],
      ],
      [],
    );
    expect(forms.get('portees')).toBeUndefined();
    expect(forms.get('tu')).toBeUndefined();
    expect(frenchStem('neutralisent')).toBe(frenchStem('neutralises'));
  });
  it('"Des inconnus ont tué 12 villageois lundi à Boni" is an attack: killed / civilians / 12 in Boni', () => {
    const r = read('Des inconnus ont tué 12 villageois lundi à Boni.', 'fr');
    expect(r.status).toBe('ok');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 unattributed']);
    expect(r.event.places).toContain('Boni');
    expect(tokenize('tuées').map(isAttackWord)).toEqual([true]);
  });
  it('verbs and nouns of the event in sentences', () => {
    expect(brief(read("L'armée neutralise 14 terroristes près de Boni.", 'fr').claims)).toEqual([
      'killed/militants 14-14 unattributed',
    ]);
    expect(
      brief(read("Lors de l'attaque de Boni, l'armée annonce l'interpellation de 6 suspects.", 'fr').claims),
    ).toEqual(['arrested/militants 6-6 official']);
    expect(
      brief(read("Lors de l'attaque de Boni, 14 maisons et 6 véhicules ont été calcinés.", 'fr').claims),
    ).toEqual(['destroyed/vehicles 6-6 unattributed']);
  });
  it('irregular French participles of saying ("a admis que", "a soutenu", "décrit un témoin")', () => {
    expect(brief(read("L'armée a admis que 30 soldats avaient été tués à Boni.", 'fr').claims)).toEqual([
      'killed/soldiers 30-30 official',
    ]);
    expect(brief(read('Trente civils ont été tués à Boni, a décrit un rescapé.', 'fr').claims)).toEqual([
      'killed/civilians 30-30 local',
    ]);
    // "relations publiques" is no verb of saying: the army's information office keeps its figure.
    expect(
      brief(
        read(
          "Lors de l'attaque de Boni, 21 personnes ont été tuées, selon la Direction de l'information et des relations publiques des armées.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/people 21-21 official']);
  });
  it('killings and abductions counted as events ("20 exécutions sommaires", "12 abductions")', () => {
    const fr = 'Lundi, des hommes armés ont attaqué Boni, au Mali. ';
    expect(brief(read(`${fr}Le HCDH dit avoir documenté 20 exécutions sommaires.`, 'fr').claims)).toEqual([
      'killed/people 20-20 monitor',
    ]);
    expect(brief(read(`${fr}On dénombre 12 assassinats et trois meurtres.`, 'fr').claims)).toEqual([
      'killed/people 12-12 unattributed',
      'killed/people 3-3 unattributed',
    ]);
    const en = 'Gunmen attacked Boni in Mali on Monday. ';
    expect(brief(read(`${en}HRW documented 20 extrajudicial killings and 12 abductions.`).claims)).toEqual([
      'killed/people 20-20 monitor',
      'captured/people 12-12 monitor',
    ]);
    // The UN's tally of killings is no count of its own dead.
    expect(brief(read(`${en}The UN recorded one execution and nine murders.`).claims)).toEqual([
      'killed/people 1-1 monitor',
      'killed/people 9-9 monitor',
    ]);
  });
});

describe('word forms: a word of another class does not match by its stem', () => {
  it('keeps "attack" from reading as the attackers', () => {
    expect(SUBJECT_WORDS.get('attack')).toBeUndefined();
    expect(SUBJECT_WORDS.get('attacked')).toBeUndefined();
    expect(SUBJECT_WORDS.get('attaques')).toBeUndefined();
    expect(SUBJECT_WORDS.get('attackers')).toBe('militants');
    expect(SUBJECT_WORDS.get('attaquants')).toBe('militants');
  });
  it('reads a revised toll after "the attack" as persons, not attackers', () => {
    expect(brief(read('The toll from the attack on Boni went from 17 to 29 dead.', 'en').claims)).toEqual([
      'killed/people 17-17 unattributed earlier',
      'killed/people 29-29 unattributed',
    ]);
  });
});

describe('word forms: the stemmer’s false friends', () => {
  it('does not read "Nations unies", "équipe", "office" or "round" as subjects', () => {
    for (const w of ['nations', 'national', 'equipe', 'office', 'round', 'explosions', 'habitations'])
      expect(SUBJECT_WORDS.get(w)).toBeUndefined();
    expect(SUBJECT_WORDS.get('rounds')).toBe('ammunition');
    expect(SUBJECT_WORDS.get('villages')).toBe('civilians');
  });
  it('does not read "tirs nourris", "Serge" or "la vigilance" as persons', () => {
    for (const w of ['nourris', 'nourries', 'serge', 'vigilance'])
      expect(SUBJECT_WORDS.get(w), w).toBeUndefined();
    expect(SUBJECT_WORDS.get('sergent')).toBe('soldiers');
    expect(SUBJECT_WORDS.get('nourrissons')).toBe('civilians');
  });
  it('does not read "down" as destroyed', () => {
    expect(KIND_WORDS.get('down')).toBeUndefined();
  });
});

describe('word forms: the words of killing', () => {
  it('reads every form of "tuer" and the English verbs, not "Tuesday", "Tuareg" or "tunnel"', async () => {
    const { isKillWord } = await import('../../../lib/extract/lexicon-actors');
    for (const w of [
      'tue',
      'tues',
      'tuees',
      'tuent',
      'tuant',
      'tuerie',
      'killed',
      'abattus',
      'shot',
      'murdered',
    ])
      expect(isKillWord(w), w).toBe(true);
    for (const w of ['tuesday', 'tuareg', 'touareg', 'tunnel', 'turn', 'tutelle'])
      expect(isKillWord(w), w).toBe(false);
  });
});

describe('word forms: the stems of dates’ verbs hold no false friend', () => {
  it('"publié" and "inhumés", not "publique" or "inhumain"', async () => {
    const { ISSUING_STEMS, LATER_NEWS_STEMS } = await import('../../../lib/extract/lexicon-dates');
    const { hasStem } = await import('../../../lib/extract/lexicon-actors');
    for (const w of ['publie', 'publiee', 'published', 'publication'])
      expect(hasStem(w, ISSUING_STEMS), w).toBe(true);
    for (const w of ['public', 'publique', 'publicite']) expect(hasStem(w, ISSUING_STEMS), w).toBe(false);
    for (const w of ['inhume', 'inhumees', 'inhumation']) expect(hasStem(w, LATER_NEWS_STEMS), w).toBe(true);
    expect(hasStem('inhumain', LATER_NEWS_STEMS)).toBe(false);
  });
});

describe('word forms: a French singular by its plural entry (WordForms frPlurals)', () => {
  it('answers "berger" from "bergers", whose stems differ, and keeps English verbs out', () => {
    expect(frenchStem('berger')).not.toBe(frenchStem('bergers'));
    for (const w of ['berger', 'infirmier', 'infirmiere', 'enseignant', 'imam', 'humanitaire'])
      expect(SUBJECT_WORDS.get(w), w).toBe('civilians');
    // "states" is a verb of saying; "the Islamic State" is none.
    expect(SPEECH_WORDS.get('states')).toBeDefined();
    expect(SPEECH_WORDS.get('state')).toBeUndefined();
  });
  it('counts one person of a civil occupation as a civilian', () => {
    for (const text of [
      'Un berger a été tué lundi près de Boni.',
      'Une infirmière a été enlevée lundi à Boni.',
      'Un imam a été abattu lundi à Boni.',
    ])
      expect(brief(read(text, 'fr').claims), text).toEqual([expect.stringMatching(/^\w+\/civilians 1-1 /)]);
    expect(brief(read('Deux agents de santé ont été tués lundi à Boni.', 'fr').claims)).toEqual([
      'killed/civilians 2-2 unattributed',
    ]);
    expect(brief(read('A nurse and two aid workers were abducted on Monday in Boni.').claims)).toEqual([
      'captured/civilians 1-1 unattributed',
      'captured/civilians 2-2 unattributed',
    ]);
  });
});
