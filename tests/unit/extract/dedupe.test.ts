import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

describe('dedupe', () => {
  it('keeps one claim for a figure repeated in the headline and the body, with the body attribution', () => {
    const r = read(
      'Militants Kill 21 Soldiers in Central Mali\n\nMilitants killed at least 21 soldiers on Tuesday, according to SITE Intelligence Group. The 21 soldiers were killed near Niono.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 21-null monitor']);
  });
  it("takes the body's claimant over a headline's of the same rank", () => {
    const r = read(
      'Army Strike Killed 19 Civilians -UN Report\n\nAn air strike in the village of Boni killed 19 civilians, a UN investigation report revealed.',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 19-19 monitor']);
  });
  it('merges a figure restated without its qualifier by the same claimant', () => {
    const r = read(
      "L'armée a annoncé que au moins 7 assaillants ont été neutralisés lundi. Le bilan de l'armée fait état de 7 morts parmi les assaillants.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 7-null official']);
  });
  it('merges a restatement without a side into the figure told with one, from the same claimant', () => {
    const en = read(
      'Gunmen killed at least 19 herders near Boni on Sunday, residents said. "We buried 19 people this morning," one resident said.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 19-null local']);
    const fr = read(
      "Au moins 19 gendarmes ont péri dans l'attaque de Boni, selon l'armée. L'état-major a déploré 19 morts.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 19-null official']);
    // Another claimant's figure, or another number, is not the same figure.
    const other = read(
      'Gunmen killed at least 19 herders near Boni on Sunday, residents said. The army said 12 people died.',
    );
    expect(brief(other.claims)).toEqual(['killed/civilians 19-null local', 'killed/people 12-12 official']);
  });
  it('keeps a lot under another name beside "plusieurs" things: a part, not a restatement', () => {
    const fr = read(
      'Les FAMa ont repoussé une attaque à Boni lundi. Plusieurs armes ont été récupérées, dont 4 fusils et 2 mitrailleuses.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'seized/weapons 2-null unattributed',
      'seized/weapons 4-4 unattributed',
      'seized/weapons 2-2 unattributed',
    ]);
    const en = read(
      'The army repelled an attack on Boni on Monday. Several weapons were seized, including 4 rifles and 2 machine guns.',
    );
    expect(brief(en.claims)).toContain('seized/weapons 2-2 unattributed');
    // The same lot said twice is one: "au moins 2 motos" and "2 motos".
    const same = read(
      "Les FAMa ont repoussé une attaque à Boni lundi. L'armée a récupéré au moins 2 motos. Les 2 motos ont été récupérées par l'armée.",
      'fr',
    );
    expect(brief(same.claims)).toEqual(['seized/motorcycles 2-null unattributed']);
  });
});

describe('dedupe: rounded restatements', () => {
  it('drops "plus de 200" beside 203 from the same claimant', () => {
    const r = read(
      "Selon l'armée, plus de 200 terroristes ont été neutralisés lors de l'opération de lundi. L'armée précise que 203 terroristes ont été neutralisés.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 203-203 official']);
  });
  it('keeps a figure that is not round beside a higher one: a revised toll, not a restatement', () => {
    const r = read(
      "Selon l'armée, au moins 95 personnes ont été tuées lundi à Boni. L'armée a ensuite annoncé que 103 personnes ont été tuées.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/people 95-null official', 'killed/people 103-103 official']);
    const en = read(
      'The army said more than 30 people were killed in Boni on Monday. The army later said 34 people were killed.',
    );
    expect(brief(en.claims)).toEqual(['killed/people 34-34 official']);
  });
});

describe('dedupe: an unattributed exact figure and the same figure "at least" from a claimant', () => {
  it('keeps one claim, with its qualifier and its claimant', () => {
    const r = read(
      'Gunmen killed 41 people in an attack on Boni. The attack on Boni killed at least 41 people, residents said.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/people 41-null local']);
  });
});

describe('dedupe: an exact figure from a claimant and the same figure "at least" told by no one', () => {
  it("keeps the claimant's figure", () => {
    const en = read(
      'At least 33 soldiers were killed in an ambush near Boni on Monday.\n\n"It was terrible," a resident told AFP.\n\nOn Tuesday, the army said 33 soldiers were killed.',
    );
    expect(brief(en.claims)).toEqual(['killed/soldiers 33-33 official']);
    const fr = read(
      "Au moins 33 soldats ont été tués lundi dans une embuscade près de Boni.\n\n« C'était terrible », a raconté un habitant.\n\nMardi, l'armée a annoncé que 33 soldats ont été tués.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/soldiers 33-33 official']);
  });
  it('keeps both when two claimants give them', () => {
    const r = read(
      'JNIM said it killed at least 30 soldiers near Boni on Monday. The army said 30 soldiers were killed.',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 30-null armed_group',
      'killed/soldiers 30-30 official',
    ]);
  });
});

describe('dedupe: a headline figure from a claimant, restated "at least" in the body by no one', () => {
  it('keeps the body figure with the headline claimant, and never loses both', () => {
    const en = read(
      'Mali: Amnesty says soldiers killed 40 in Boni\n\nMalian soldiers killed at least 40 civilians in Boni on Monday.',
    );
    expect(brief(en.claims)).toEqual(['killed/civilians 40-null monitor']);
    const fr = read(
      "Mali : selon HRW, l'armée a tué 40 villageois à Boni\n\nDes soldats ont tué au moins 40 civils lundi à Boni.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual(['killed/civilians 40-null monitor']);
  });
});

describe('dedupe: a headline toll without a side, told with its side in the body', () => {
  it('is one claim with the side the body names, from the same claimant', () => {
    expect(
      brief(
        read(
          "Tuerie de Boni : le gouvernement annonce 32 morts\n\nLe gouvernement a annoncé lundi un bilan de 32 civils tués dans l'attaque de samedi contre Boni.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 32-32 official']);
    expect(
      brief(
        read(
          'Mali army says 14 dead in attack on Boni camp\n\nThe army said on Monday that 14 soldiers were killed in the attack on its camp at Boni.',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 14-14 official']);
  });
});

describe('dedupe: a toll told first without its side, then with it, by the same claimant', () => {
  it('is one claim with the side, in the body as in a headline (FR, EN)', () => {
    expect(
      brief(
        read(
          "L'attaque de lundi à Boni a fait 12 morts, selon le maire. Les 12 civils tués ont été inhumés mardi, a ajouté le maire.",
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 local']);
    expect(
      brief(
        read(
          'The attack on Boni on Monday left 12 dead, the mayor said. He added that the 12 villagers killed were buried on Tuesday.',
        ).claims,
      ),
    ).toEqual(['killed/civilians 12-12 local']);
  });
  it('not for a total beside its parts, nor for a toll of another kind', () => {
    expect(
      brief(
        read("L'attaque de lundi à Boni a fait 12 morts et 12 civils blessés, selon le maire.", 'fr').claims,
      ),
    ).toEqual(['killed/people 12-12 local', 'wounded/civilians 12-12 local']);
    expect(
      brief(
        read("L'attaque de lundi à Boni a fait 24 morts, 12 civils et 12 soldats, selon l'armée.", 'fr')
          .claims,
      ),
    ).toEqual([
      'killed/people 24-24 official',
      'killed/civilians 12-12 official',
      'killed/soldiers 12-12 official',
    ]);
  });
});

describe('dedupe: a total with a part of one side stays the total', () => {
  it('does not side a total by a repeat that the body reads with the side of its part', () => {
    for (const t of [
      'Une attaque contre un camp militaire vendredi à Boni a fait 54 morts dont 53 soldats, a annoncé le ministre. Les renforts ont retrouvé 54 corps.',
      'Une attaque contre le camp de Boni a fait vendredi 54 morts, dont 53 militaires, selon le gouvernement. Les secours ont ramassé 54 corps.',
    ])
      expect(brief(read(t, 'fr').claims), t).toEqual([
        'killed/people 54-54 official',
        'killed/soldiers 53-53 official',
      ]);
  });
  it('still sides a toll told without a side by its repeat with one', () => {
    const r = read(
      'Le gouvernement annonce 132 morts à Boni. Un bilan de 132 civils tués a été établi par le gouvernement.',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 132-132 official']);
  });
});

describe('dedupe: one list names each of its things once', () => {
  it('keeps two items told in the same words within one sentence (FR, EN)', () => {
    const fr = read(
      "Les FAMa ont repoussé lundi une attaque à Boni. Ont été récupérés : 01 fusil mitrailleur, 03 motos et 01 fusil de chasse, selon l'armée.",
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'seized/weapons 1-1 official',
      'seized/motorcycles 3-3 official',
      'seized/weapons 1-1 official',
    ]);
    const en = read(
      'The army repelled an attack on Boni on Monday and recovered one rifle, three motorcycles and one rifle, Belgian-made, it said.',
      'en',
    );
    expect(brief(en.claims).filter((c) => c.startsWith('seized/weapons'))).toHaveLength(2);
  });
  it('still merges the same thing told in two sentences', () => {
    const r = read(
      "Les FAMa ont récupéré 03 motos lundi lors d'une attaque à Boni. Les 03 motos ont été saisies, selon l'armée.",
      'fr',
    );
    expect(brief(r.claims).filter((c) => c.startsWith('seized/motorcycles'))).toHaveLength(1);
  });
});
