import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const ATTACK = 'هاجم مسلحون قرية قرب موبتي يوم الاثنين. ';

describe('Arabic: a force telling its own deed, past where it said so', () => {
  it('makes the army the actor of "أعلن الجيش في بيان أنه قتل" (announced in a statement that it killed)', () => {
    for (const text of [
      'أعلن الجيش المالي في بيان أنه قتل 20 إرهابيا قرب تمبكتو يوم الثلاثاء.',
      'وأعلنت القوات المسلحة المالية في بيان أنها قتلت 14 إرهابيا قرب غاو.',
      'أعلن الجيش المالي أنه حيد 9 إرهابيين خلال دورية قرب ميناكا.',
    ])
      expect(read(text, 'ar').event.actors).toEqual(['FAMa']);
  });
  it('keeps the army out when it announces its own losses', () => {
    const r = read(
      'أعلنت القوات المسلحة المالية مقتل 15 من عناصرها في هجوم إرهابي على موقع عسكري قرب كايس.',
      'ar',
    );
    expect(r.event.actors).toEqual([]);
  });
});

describe("Arabic: a possessive suffix on a force's men", () => {
  it('reads "من عناصرها", "من جنوده" as the speaker\'s own men', () => {
    expect(
      brief(read('أعلنت القوات المسلحة المالية مقتل 15 من عناصرها في هجوم إرهابي قرب كايس.', 'ar').claims),
    ).toEqual(['killed/soldiers 15-15 official']);
    expect(brief(read('وقال الجيش المالي إن 12 من جنوده قتلوا في كمين قرب بوني.', 'ar').claims)).toEqual([
      'killed/soldiers 12-12 official',
    ]);
  });
  it('leaves a bare noun, without the suffix, to the words around it', () => {
    expect(brief(read(ATTACK + 'وقتل 6 من العناصر المسلحة.', 'ar').claims)).toEqual([
      'killed/militants 6-6 unattributed',
    ]);
  });
});

describe("Arabic: a group's own deed after its verb of saying", () => {
  it('keeps the Front an actor when "أنها" (that it) tells what it did', () => {
    for (const text of [
      'أعلنت جبهة تحرير أزواد أنها أسقطت طائرة مسيرة تابعة للجيش المالي وقتلت 10 جنود.',
      'وأعلنت جبهة تحرير أزواد أنها قتلت 10 جنود من الجيش المالي قرب كيدال.',
    ])
      expect(read(text, 'ar').event.actors).toEqual(['FLA']);
  });
  it('counts one thing after what befell it: "أسقطت طائرة مسيرة", "أحرقوا سيارة"', () => {
    expect(
      brief(read('أعلنت جبهة تحرير أزواد أنها أسقطت طائرة مسيرة تابعة للجيش المالي.', 'ar').claims),
    ).toEqual(['destroyed/equipment 1-1 armed_group']);
    expect(brief(read(ATTACK + 'وأحرقوا سيارة إسعاف ودمروا آلية.', 'ar').claims)).toEqual([
      'destroyed/vehicles 1-1 unattributed',
      'destroyed/vehicles 1-1 unattributed',
    ]);
  });
  it('does not count one for a plural or a numbered noun', () => {
    expect(brief(read(ATTACK + 'ودمروا 3 آليات عسكرية.', 'ar').claims)).toEqual([
      'destroyed/vehicles 3-3 unattributed',
    ]);
  });
});

describe("Arabic: a hospital's staff speak as local voices", () => {
  it('reads "مسؤول في مستشفى" (an official in a hospital) as local, not official', () => {
    expect(
      brief(read(ATTACK + 'وقال مسؤول في مستشفى موبتي إن 23 جريحا وصلوا إلى المستشفى.', 'ar').claims),
    ).toEqual(['wounded/people 23-23 local']);
    expect(brief(read(ATTACK + 'وقالت مسؤولة في المستشفى إن 23 جريحا وصلوا.', 'ar').claims)).toEqual([
      'wounded/people 23-23 local',
    ]);
  });
});

describe('Arabic: a Malian nationality after a dual noun', () => {
  it('reads "جنديان ماليان" (two Malian soldiers) as soldiers after foreign forces in the same sentence', () => {
    expect(
      brief(read(ATTACK + 'أصيب أربعة جنود روس وقتل جنديان ماليان في انفجار لغم.', 'ar').claims),
    ).toEqual(['wounded/foreign_forces 4-4 unattributed', 'killed/soldiers 2-2 unattributed']);
    expect(brief(read(ATTACK + 'أصيب جنديان فرنسيان وقتل ثلاثة جنود ماليين.', 'ar').claims)).toEqual([
      'wounded/foreign_forces 2-2 unattributed',
      'killed/soldiers 3-3 unattributed',
    ]);
  });
});

describe('Arabic: "فقد", lost or missing by what follows it', () => {
  const ATTACK = 'هاجم مسلحون قرية بوني وسط مالي يوم الاثنين. ';
  it('reads "فقد" before a figure as went missing, in digits or in words, with "و" or not', () => {
    expect(brief(read(ATTACK + 'وقتل 7 قرويين وفقد أربعة آخرون.', 'ar').claims)).toEqual([
      'killed/civilians 7-7 unattributed',
      'missing/civilians 4-4 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وفقدت 3 نساء بعد الهجوم.', 'ar').claims)).toEqual([
      'missing/civilians 3-3 unattributed',
    ]);
  });
  it('reads "فقد" before a force as lost (killed), and as the particles before a verb', () => {
    expect(brief(read(ATTACK + 'وفقد الجيش 6 جنود في الهجوم.', 'ar').claims)).toEqual([
      'killed/soldiers 6-6 unattributed',
    ]);
    expect(brief(read(ATTACK + 'فقد قتل 8 رعاة.', 'ar').claims)).toEqual([
      'killed/civilians 8-8 unattributed',
    ]);
  });
});

describe('Arabic and English: women and children counted one by one, or after a number', () => {
  it('reads "امرأة" after a number above ten, and "a woman", "a child" in English, as civilians', () => {
    expect(brief(read('خطف مسلحون 14 امرأة قرب بوني في مالي يوم الاثنين.', 'ar').claims)).toEqual([
      'captured/civilians 14-14 unattributed',
    ]);
    expect(brief(read('هاجم مسلحون قرية بوني في مالي. وأسفر الهجوم عن مقتل امرأة.', 'ar').claims)).toEqual([
      'killed/civilians 1-1 unattributed',
    ]);
    expect(brief(read('Gunmen stormed Boni in Mali on Monday. A child was shot dead.').claims)).toEqual([
      'killed/civilians 1-1 unattributed',
    ]);
  });
});
