import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

/** The toll as revised and the one it revised: "killed/people 25-25 …" then "… 18-18 … earlier". */
const revised = (text: string, lang = 'en') => brief(read(text, lang).claims);

describe('revisions: the toll a new one was raised from, in more forms (claim-revisions upFrom)', () => {
  it('reads "rose to 25 from 18", the raised toll before the one it rose from', () => {
    for (const t of [
      'The death toll from the attack on Boni rose to 25 from 18.',
      'The death toll from the attack on Boni has risen to 25 dead from 18, a local official said.',
    ])
      expect(revised(t)[1], t).toMatch(/^killed\/people 18-18 \w+ earlier$/);
  });
  it('reads "after it had been 18", "après avoir été de 18", "بعد أن كانت 18"', () => {
    expect(revised('The death toll from the attack on Boni rose to 25, after it had been 18.')).toEqual([
      'killed/people 25-25 unattributed',
      'killed/people 18-18 unattributed earlier',
    ]);
    expect(
      revised("Le bilan de l'attaque de Boni s'est alourdi à 25 morts, après avoir été de 18.", 'fr'),
    ).toEqual(['killed/people 25-25 unattributed', 'killed/people 18-18 unattributed earlier']);
    expect(revised('ارتفعت حصيلة الهجوم على قرية بوني إلى 25 قتيلا، بعد أن كانت 18 قتيلا.', 'ar')).toEqual([
      'killed/people 25-25 unattributed',
      'killed/people 18-18 unattributed earlier',
    ]);
  });
  it('reads "contre 18 (morts) auparavant", "compared with 18 previously" as the earlier toll, not background', () => {
    for (const [t, lang] of [
      ["Le bilan de l'attaque de Boni est passé à 25 morts, contre 18 auparavant.", 'fr'],
      ["Le bilan de l'attaque de Boni est passé à 25 morts, contre 18 morts auparavant.", 'fr'],
      ['The toll from the attack on Boni rose to 25 dead, compared with 18 previously.', 'en'],
    ] as const) {
      const r = read(t, lang);
      expect(brief(r.claims), t).toEqual([
        'killed/people 25-25 unattributed',
        'killed/people 18-18 unattributed earlier',
      ]);
      expect(r.background, t).toEqual([]);
    }
  });
  it('keeps a figure after "from" that no raised toll precedes', () => {
    expect(revised('Gunmen killed 25 villagers from Boni and 18 from Douentza on Monday.')).toEqual([
      'killed/civilians 25-25 unattributed',
      'killed/civilians 18-18 unattributed',
    ]);
  });
});

describe("sides: a marker right after a figure is its own, not the next one's (toll-sides)", () => {
  it('gives each toll the side named after it', () => {
    for (const [t, lang] of [
      ['The attack left 7 dead in the ranks of the army and 12 dead in the ranks of the attackers.', 'en'],
      [
        "L'attaque a fait 7 morts dans les rangs de l'armée et 12 morts dans les rangs des assaillants.",
        'fr',
      ],
      ['وأسفر الهجوم عن سقوط 7 قتلى في صفوف الجيش و12 قتيلا في صفوف المهاجمين.', 'ar'],
    ] as const)
      expect(brief(read(t, lang).claims), t).toEqual([
        'killed/soldiers 7-7 unattributed',
        'killed/militants 12-12 unattributed',
      ]);
  });
  it('still lets a marker set before a list give its side to both figures', () => {
    expect(brief(read('Côté ami, 02 morts et 05 blessés ; côté ennemi, 12 morts.', 'fr').claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
      'wounded/soldiers 5-5 unattributed',
      'killed/militants 12-12 unattributed',
    ]);
  });
});

describe('a toll set aside by "au lieu de", "instead of"', () => {
  it('keeps the toll set aside as the earlier one, of the same kind and side', () => {
    const fr = read(
      "Le gouvernement évoque désormais 35 morts dans l'attaque de Boni, au lieu des 95 annoncés initialement.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/people 35-35 official',
      'killed/people 95-95 official earlier',
    ]);
    const soldiers = read("L'armée fait état de 12 soldats tués à Boni, au lieu de 9 auparavant.", 'fr');
    expect(brief(soldiers.claims)).toEqual([
      'killed/soldiers 12-12 official',
      'killed/soldiers 9-9 official earlier',
    ]);
    const en = read(
      'The government now puts the toll from the attack on Boni at 35, instead of the 95 it had announced earlier.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/people 35-35 official',
      'killed/people 95-95 official earlier',
    ]);
  });
});

describe('revisions: a toll revised down, or revised with words between the verb and its "to"', () => {
  it('reads "…; it later revised the toll to 24" and "avant de revoir ce bilan à la baisse à 24" in one sentence', () => {
    expect(
      revised('The government said 35 civilians had been killed in Boni; it later revised the toll to 24.'),
    ).toEqual(['killed/civilians 35-35 official earlier', 'killed/civilians 24-24 official']);
    expect(
      revised(
        "Le gouvernement a d'abord annoncé 35 civils tués à Boni, avant de revoir ce bilan à la baisse à 24.",
        'fr',
      ),
    ).toEqual(['killed/civilians 35-35 official earlier', 'killed/civilians 24-24 official']);
  });
  it('keeps the toll revised to as news after "initially" or "initialement"', () => {
    expect(
      revised(
        'The army initially said 35 soldiers were killed in Boni, before revising the toll down to 24.',
      ),
    ).toEqual(['killed/soldiers 35-35 official earlier', 'killed/soldiers 24-24 official']);
    expect(
      revised("Le bilan de l'attaque de Boni, initialement de 35 morts, a été revu à 24.", 'fr'),
    ).toEqual(['killed/people 35-35 unattributed earlier', 'killed/people 24-24 unattributed']);
  });
  it('reads a toll revised down in a later sentence, its side taken from the one it revised', () => {
    expect(
      revised(
        'Le gouvernement a annoncé 35 civils tués lundi à Boni. Mardi, il a revu ce bilan à la baisse à 24.',
        'fr',
      ),
    ).toEqual(['killed/civilians 35-35 official earlier', 'killed/civilians 24-24 official']);
    expect(
      revised(
        'The army said 35 soldiers were killed in Boni on Monday. On Tuesday it revised the toll down to 24.',
      ),
    ).toEqual(['killed/soldiers 35-35 official earlier', 'killed/soldiers 24-24 official']);
  });
  it('does not read a lower toll of another sentence as a revision without the words of one', () => {
    expect(
      revised(
        'The army said 35 soldiers were killed in Boni on Monday. On Tuesday, 24 soldiers were killed in Kera.',
      ),
    ).toEqual(['killed/soldiers 35-35 official', 'killed/soldiers 24-24 official']);
  });
});

describe("revisions: an earlier toll's words reach to the end of their clause", () => {
  it('keeps the toll after ";" or ", mais" / ", but" as news', () => {
    expect(
      revised(
        'Le camp de Boni a été attaqué lundi. Un précédent bilan faisait état de 12 morts ; le nouveau bilan est de 15 morts.',
        'fr',
      ),
    ).toEqual(['killed/people 12-12 unattributed earlier', 'killed/people 15-15 unattributed']);
    expect(
      revised(
        "Le camp de Boni a été attaqué lundi. Un premier bilan faisait état de 12 morts, mais l'armée a annoncé mardi 15 morts.",
        'fr',
      ),
    ).toEqual(['killed/people 12-12 official earlier', 'killed/people 15-15 official']);
    expect(
      revised(
        'The Boni camp was attacked on Monday. The army had earlier reported 12 dead, but on Tuesday it said 15 soldiers were killed.',
      ),
    ).toEqual(['killed/soldiers 12-12 official earlier', 'killed/soldiers 15-15 official']);
  });
  it('still marks every toll of the clause the words open', () => {
    expect(
      revised(
        'Le camp de Boni a été attaqué lundi. Un précédent bilan faisait état de 12 morts et 5 blessés.',
        'fr',
      ),
    ).toEqual(['killed/people 12-12 unattributed earlier', 'wounded/people 5-5 unattributed earlier']);
  });
});
