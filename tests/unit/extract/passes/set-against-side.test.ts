import { describe, expect, it } from 'vitest';
import { brief, read } from '../helpers';

describe('pass set-against-side: a sideless toll takes the side of the toll it is set against', () => {
  it("FR: the government's 40 morts against the group's 85 soldats", () => {
    const r = read(
      "Le JNIM affirme avoir tué 85 soldats lors de l'attaque de Boni. Le gouvernement parle de 40 morts.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 85-85 armed_group', 'killed/soldiers 40-40 official']);
  });
  it('EN: a superseded toll of the same claimant', () => {
    const r = read(
      'The army said 20 soldiers were killed in the attack on Boni. An earlier toll from the army gave 12 dead.',
      'en',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 20-20 official',
      'killed/soldiers 12-12 official earlier',
    ]);
  });
  it('FR: a toll of another size is another toll, not the same one contested', () => {
    const r = read(
      "Selon l'armée, 3 soldats ont été tués lors de l'attaque de Boni. Des habitants parlent de 40 morts.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 3-3 official', 'killed/people 40-40 local']);
  });
  it('EN: "at least 30 dead" against "21 soldiers" is the same toll contested', () => {
    const r = read(
      'The army said 21 soldiers were killed in the attack on Boni. Residents said at least 30 were dead.',
      'en',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 21-21 official', 'killed/soldiers 30-null local']);
  });
});

describe('pass set-against-side: a toll whose breakdown names children is of no armed side', () => {
  it('FR: the villagers\' "19 morts dont des enfants" against the army\'s 20 terroristes', () => {
    const r = read(
      "L'armée affirme avoir neutralisé 20 terroristes à Boni. Des habitants parlent de 19 morts dont des enfants.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 official', 'killed/people 19-19 local']);
  });
  it('EN: "18 dead, including women" against 21 soldiers, and without the breakdown the same toll', () => {
    const r = read(
      'The army said 21 soldiers were killed in the attack on Boni. Residents said 18 were dead, including women.',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 21-21 official', 'killed/people 18-18 local']);
    const plain = read(
      'The army said 21 soldiers were killed in the attack on Boni. Residents said 18 were dead.',
    );
    expect(brief(plain.claims)).toEqual(['killed/soldiers 21-21 official', 'killed/soldiers 18-18 local']);
  });
});

describe('pass set-against-side: a toll updated in a later sentence', () => {
  it('gives the update the side of the toll it revises, by the same claimant too', () => {
    expect(
      brief(
        read('Twelve soldiers were killed in the attack on Boni. The toll later rose to 20 dead.', 'en')
          .claims,
      ),
      // The toll it revises is the earlier one (pass revised-after).
    ).toEqual(['killed/soldiers 12-12 unattributed earlier', 'killed/soldiers 20-20 unattributed']);
    expect(
      brief(
        read("Douze soldats ont été tués à Boni. Le bilan s'est ensuite alourdi à 20 morts.", 'fr').claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed earlier', 'killed/soldiers 20-20 unattributed']);
  });
  it('gives the side to an update told after a colon ("le bilan a été revu à la hausse mardi : 20 morts")', () => {
    expect(
      brief(
        read(
          'Lundi, un convoi est tombé dans une embuscade à Boni. Douze militaires ont péri. Le bilan a été revu à la hausse mardi : 20 morts.',
          'fr',
        ).claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed earlier', 'killed/soldiers 20-20 unattributed']);
    expect(
      brief(
        read('Lundi, douze soldats ont été tués à Boni. Bilan révisé dans la soirée : 20 morts.', 'fr')
          .claims,
      ),
    ).toEqual(['killed/soldiers 12-12 unattributed earlier', 'killed/soldiers 20-20 unattributed']);
  });
  it('gives the side to a toll that "now stands at", "est désormais de" after an earlier one', () => {
    const fr = read(
      'Lundi, des jihadistes ont attaqué le camp de Boni. Un précédent bilan faisait état de 12 soldats tués. Le bilan est désormais de 15 morts.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/soldiers 12-12 unattributed earlier',
      'killed/soldiers 15-15 unattributed',
    ]);
    const en = read(
      'On Monday, jihadists attacked the Boni camp. An earlier toll gave 12 soldiers killed. The toll now stands at 15 dead.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/soldiers 12-12 unattributed earlier',
      'killed/soldiers 15-15 unattributed',
    ]);
  });
  it('does not take the side of a toll told after it', () => {
    expect(
      brief(
        read('The toll from the attack on Boni rose to 20 dead. Separately, 3 soldiers were wounded.', 'en')
          .claims,
      ),
    ).toEqual(['killed/people 20-20 unattributed', 'wounded/soldiers 3-3 unattributed']);
  });
  it('sets the toll of a second voice of one class against the first ("un habitant" 17 villageois, "le maire" 20 morts)', () => {
    const r = read(
      'Au moins 17 villageois ont été tués lundi à Boni, a témoigné un habitant.\n\nLe maire de la commune évoque un bilan plus lourd : « Selon nos informations, il y a au moins 20 morts. »',
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 17-null local', 'killed/civilians 20-null local']);
    // One voice telling two tolls sets neither against the other.
    const one = read(
      'Au moins 17 villageois ont été tués lundi à Boni, a témoigné un habitant. Il a ajouté que 3 éléments avaient été tués.',
      'fr',
    );
    expect(brief(one.claims)[1]).toBe('killed/people 3-3 local');
  });
});

describe('pass set-against-side: a toll told of both sides and its total', () => {
  it('keeps a repeat of the total ("64 morts") and a count near it ("70 morts") people', () => {
    const r = read(
      'Au moins 64 morts à Bamba\n\nAu moins 64 personnes, 49 civils et 15 militaires, ont été tuées jeudi à Bamba, a indiqué le gouvernement. Des habitants parlent de 70 morts.',
      'fr',
    );
    expect(brief(r.claims)).toEqual([
      'killed/people 64-null official',
      'killed/civilians 49-49 official',
      'killed/soldiers 15-15 official',
      'killed/people 70-70 local',
    ]);
  });
});

describe('pass set-against-side: of several tolls, one whose range it overlaps', () => {
  it("EN: a herder's 33 bodies against the rights group's 33 civilians, not the army's 20 terrorists", () => {
    const r = read(
      'At least 33 civilians were executed by soldiers in Boni, Human Rights Watch said. The army said it killed about 20 terrorists there. "We found 33 bodies," a herder said.',
    );
    expect(brief(r.claims)).toContain('killed/civilians 33-33 local');
  });
  it('FR: "des dizaines de corps" overlaps the 30 civils, not the 15 terroristes', () => {
    const r = read(
      "L'armée affirme avoir neutralisé 15 terroristes à Boni. Selon une ONG, 30 civils ont été tués. Des habitants parlent de dizaines de corps.",
      'fr',
    );
    expect(brief(r.claims)).toContain('killed/civilians 20-null local');
  });
});

describe('pass set-against-side: an earlier toll of persons takes the side of the toll that updates it', () => {
  it('FR/EN: "un précédent bilan faisait état de 13 personnes tuées" after 26 civils', () => {
    const fr = read(
      'Vingt-six civils ont été tués jeudi quand leur car a sauté sur une mine près de Boni. Un précédent bilan faisait état de 13 personnes tuées.',
      'fr',
    );
    expect(brief(fr.claims)).toEqual([
      'killed/civilians 26-26 unattributed',
      'killed/civilians 13-13 unattributed earlier',
    ]);
    const en = read(
      'Twenty-six villagers were killed on Thursday when their bus hit a mine near Boni. An earlier toll said 13 people had died.',
    );
    expect(brief(en.claims)).toEqual([
      'killed/civilians 26-26 unattributed',
      'killed/civilians 13-13 unattributed earlier',
    ]);
  });
  it("keeps another claimant's persons as people: no update, two voices", () => {
    const r = read(
      "Vingt-six civils ont été tués jeudi près de Boni, selon l'ONU. Des habitants parlent de 30 personnes tuées.",
      'fr',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 26-26 monitor', 'killed/people 30-30 local']);
  });
});
