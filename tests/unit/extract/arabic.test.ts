import { describe, expect, it } from 'vitest';
import { arabicForms, foldArabic, glossArabic, isArabicText } from '../../../lib/extract/arabic';
import { tokenize } from '../../../lib/extract/tokens';
import { brief, read } from './helpers';

const gloss = (text: string) =>
  glossArabic(tokenize(text))
    .map((t) => t.norm)
    .join(' ');

describe('arabic: folding and clitics', () => {
  it('unifies hamza seats, alef maqsura and ta marbuta, and drops vowel marks', () => {
    expect(foldArabic('إصابة')).toBe('اصابه');
    expect(foldArabic('قتلى')).toBe('قتلي');
    expect(foldArabic('شخصًا')).toBe('شخصا');
  });
  it('peels the past tense\'s feminine and plural endings ("حيدت", "قتلوا")', () => {
    expect(arabicForms('حيدت').map((f) => f.word)).toContain('حيد');
    expect(arabicForms('هاجموا').map((f) => f.word)).toContain('هاجم');
    expect(gloss('وحيدت القوات 15 إرهابيا')).toBe('and neutralised forces 15 terrorists');
  });
  it('peels a conjunction, the article and an ending, fewest letters first', () => {
    const forms = arabicForms('والجنود').map((f) => f.word);
    expect(forms[0]).toBe('والجنود');
    expect(forms).toContain('جنود');
    expect(arabicForms('وأصيب').find((f) => f.word === 'اصيب')?.and).toBe(true);
  });
  it('tells an Arabic page from a French one', () => {
    expect(isArabicText(tokenize('قتل 12 جنديا في هجوم على معسكر للجيش'))).toBe(true);
    expect(isArabicText(tokenize('Douze soldats ont été tués dans une attaque'))).toBe(false);
  });
});

describe('arabic: the gloss the rules read', () => {
  it('glosses verbs, nouns and numbers into the English vocabulary', () => {
    expect(gloss('قتل 12 جنديا')).toBe('killed 12 soldier');
    expect(gloss('سبعة جنود')).toBe('seven soldiers');
  });
  it('keeps "and" from a conjunction written onto a word or a number', () => {
    expect(gloss('مقتل شخصين وإصابة 10')).toBe('killed two people and wounding 10');
    expect(gloss('و23 آخرين')).toBe('and 23 others');
  });
  it('reads a qualifier after its figure as before it ("16 شخصا على الأقل")', () => {
    expect(gloss('قتل 16 شخصا على الأقل')).toBe('killed at least 16 people');
  });
  it('reads Arabic-Indic digits as one number', () => {
    const t = glossArabic(tokenize('قتل ١٥ مدنيا'));
    expect(t[1]).toMatchObject({ type: 'num', text: '15' });
  });
  it('tells Monday ("الاثنين") from two ("اثنين")', () => {
    expect(gloss('يوم الاثنين')).toContain('monday');
    expect(gloss('اثنين')).toBe('two');
  });
});

describe('arabic: claims from Arabic pages', () => {
  it('verb before its figure, claimant after "بحسب"', () => {
    const r = read('قتل 12 جنديا ماليا في هجوم على معسكر قرب موبتي، بحسب بيان للجيش.', 'ar');
    expect(r.lang).toBe('ar');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    expect(r.claims[0].text).toBe('قتل 12 جنديا ماليا');
  });
  it('a postposed "at least", villagers as civilians', () => {
    const r = read('قتل 9 قرويين على الأقل في هجوم على قرية قرب موبتي في مالي.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/civilians 9-null unattributed']);
  });
  it('"others" takes the side of the toll before it; Arabic-Indic digits', () => {
    const r = read(
      'هاجم مسلحون قرية قرب موبتي في مالي. وقتل ١٥ مدنيا وأصيب 5 آخرون، بحسب مسؤولين محليين.',
      'ar',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 15-15 local', 'wounded/civilians 5-5 local']);
  });
  it('reads the teens in two words and "tens of" with no preposition', () => {
    expect(brief(read('قتل اثنا عشر جنديا في هجوم على معسكر قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/soldiers 12-12 unattributed',
    ]);
    expect(brief(read('قتل ثلاثة عشر مدنيا في هجوم على قرية قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 13-13 unattributed',
    ]);
    expect(brief(read('قتل عشرات المدنيين في هجوم على قرية قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 20-null unattributed',
    ]);
  });
  it('reads duals of nouns with a broken plural, feminine verbs, "ما بين" and "عدد من"', () => {
    expect(brief(read('أسفر الهجوم عن مقتل جنديين قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/soldiers 2-2 unattributed',
    ]);
    expect(brief(read('دمرت سيارتان في الهجوم على معسكر قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'destroyed/vehicles 2-2 unattributed',
    ]);
    expect(brief(read('قتل ما بين 10 و15 مدنيا في هجوم على قرية قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 10-15 unattributed',
    ]);
    expect(brief(read('قتل عدد من الجنود في هجوم على معسكر قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/soldiers 2-null unattributed',
    ]);
  });
  it('reads verb-subject-object: the fighters named between the verb and its figure are its subject', () => {
    expect(brief(read('قتل المسلحون 12 مدنيا في قرية قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read('أحرق المسلحون ثلاث سيارات في قرية قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'destroyed/vehicles 3-3 unattributed',
    ]);
    // "استولى … على": the verb's preposition after its subject, or right after the verb.
    expect(
      brief(read('استولى المسلحون على 4 سيارات عسكرية في هجوم قرب موبتي في مالي.', 'ar').claims),
    ).toEqual(['seized/vehicles 4-4 unattributed']);
    expect(brief(read('تم الاستيلاء على 4 سيارات في هجوم قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'seized/vehicles 4-4 unattributed',
    ]);
  });
  it('reads verb-subject-object with an agent of several words ("الجيش المالي", "القوات المسلحة المالية")', () => {
    expect(brief(read('قتل الجيش المالي 12 مدنيا في قرية قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read('قتلت القوات المسلحة المالية 12 مدنيا قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
    expect(brief(read('قتل جنود ماليون ومرتزقة فاغنر 12 مدنيا قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
  });
  it('reads "جرح" and "تحييد" as wounded and the army\'s neutralised', () => {
    expect(
      brief(read('قتل 12 جنديا وجرح 8 آخرون في هجوم على معسكر قرب موبتي في مالي.', 'ar').claims),
    ).toEqual(['killed/soldiers 12-12 unattributed', 'wounded/soldiers 8-8 unattributed']);
    expect(brief(read('تمكن الجيش من تحييد 15 إرهابيا قرب موبتي في مالي.', 'ar').claims)).toEqual([
      'killed/militants 15-15 unattributed',
    ]);
  });
  it('a list under one verb of killing, the army announcing it', () => {
    const r = read('أعلن الجيش المالي مقتل 20 إرهابيا و4 جنود في هجوم قرب موبتي.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/militants 20-20 official', 'killed/soldiers 4-4 official']);
  });
  it('"met their death" and "in the count of the missing"', () => {
    const r = read(
      'لقي سبعة جنود ماليين مصرعهم في كمين قرب موبتي، بحسب الجيش. وأوضح أن ثلاثة آخرين في عداد المفقودين.',
      'ar',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 7-7 official', 'missing/soldiers 3-3 official']);
  });
  it('a group claiming the attack, and Wagner’s mercenaries', () => {
    const r = read(
      'أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم الذي أسفر عن مقتل 30 جنديا قرب موبتي.',
      'ar',
    );
    // As in English ("claimed responsibility for the attack that killed 30 soldiers"): the group
    // names the attack it claims, the toll is the outlet's.
    expect(brief(r.claims)).toEqual(['killed/soldiers 30-30 unattributed']);
    expect(r.event.actors).toEqual(['JNIM']);
    // Its own count is its claim: "…، وقالت إنها قتلت 30 جنديا".
    const own = read(
      'أعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم قرب موبتي، وقالت إنها قتلت 30 جنديا.',
      'ar',
    );
    expect(brief(own.claims)).toEqual(['killed/soldiers 30-30 armed_group']);
    const w = read('قتل 20 من مرتزقة فاغنر في هجوم قرب موبتي.', 'ar');
    expect(brief(w.claims)).toEqual(['killed/foreign_forces 20-20 unattributed']);
    // A foreign contingent by its nationality: French, Chadian soldiers.
    expect(brief(read('قتل 3 جنود فرنسيين في هجوم قرب موبتي.', 'ar').claims)).toEqual([
      'killed/foreign_forces 3-3 unattributed',
    ]);
    expect(brief(read('أصيب 4 جنود تشاديين في انفجار لغم قرب كيدال.', 'ar').claims)).toEqual([
      'wounded/foreign_forces 4-4 unattributed',
    ]);
  });
  it('names the army that killed civilians, in verb-subject-object order or "على يد"', () => {
    expect(read('قتل الجيش المالي 20 مدنيا في قرية قرب موبتي.', 'ar').event.actors).toEqual(['FAMa']);
    expect(read('قتل 20 مدنيا على يد الجيش المالي في قرية قرب موبتي.', 'ar').event.actors).toEqual(['FAMa']);
    expect(read('قتل الجيش المالي ومرتزقة فاغنر 20 مدنيا في قرية مورا.', 'ar').event.actors).toEqual([
      'FAMa',
      'Africa Corps',
    ]);
  });
  it('reads "هاجم" in every person as an attack by the group named with it', () => {
    expect(read('هاجم مسلحون من تنظيم داعش معسكرا للجيش في ميناكا شمال مالي.', 'ar').event.actors).toEqual([
      'ISSP',
    ]);
    expect(
      read('قال الجيش المالي إن مسلحين من جبهة تحرير أزواد هاجموا معسكرا في كيدال.', 'ar').event.actors,
    ).toEqual(['FLA']);
  });
});

describe('arabic: sides, spoils and tolls', () => {
  const claims = (text: string) =>
    brief(read('هاجم مسلحون قرية في وسط مالي يوم الاثنين. ' + text, 'ar', '2024-05-10', 'Mali').claims);
  it('reads "في صفوف الجيش" as the side and "مقاتلي الجماعة" as the group\'s fighters', () => {
    expect(claims('وسقط 12 قتيلا في صفوف الجيش.')).toEqual(['killed/soldiers 12-12 unattributed']);
    expect(claims('وقتل 8 من مقاتلي الجماعة.')).toEqual(['killed/militants 8-8 unattributed']);
  });
  it('reads "غنم" and "قطعة سلاح" as weapons seized', () => {
    expect(claims('وغنم المقاتلون 20 قطعة سلاح و6 دراجات نارية.')).toEqual([
      'seized/weapons 20-20 unattributed',
      'seized/motorcycles 6-6 unattributed',
    ]);
  });
  it('reads rifles and weapons in the singular after a number, and launchers ("12 بندقية", "12 سلاحا")', () => {
    expect(claims('واستولى الجيش على 12 بندقية كلاشينكوف و3 قاذفات صواريخ.')).toEqual([
      'seized/weapons 12-12 unattributed',
      'seized/weapons 3-3 unattributed',
    ]);
    expect(claims('وضبطت القوات 14 سلاحا ناريا و5 مركبات.')).toEqual([
      'seized/weapons 14-14 unattributed',
      'seized/vehicles 5-5 unattributed',
    ]);
  });
  it('reads "كمية" as a quantity, not "like a hundred"', () => {
    expect(gloss('وكمية من الذخيرة')).toBe('and quantity of ammunition');
    expect(claims('وغنم المهاجمون 6 سيارات وكميات من الذخيرة.')).toEqual([
      'seized/vehicles 6-6 unattributed',
    ]);
  });
  it('reads a toll of the dead that rose to a number of persons ("ارتفعت حصيلة القتلى إلى 40 مدنيا")', () => {
    expect(claims('وارتفعت حصيلة القتلى إلى 40 مدنيا.')).toEqual(['killed/civilians 40-40 unattributed']);
  });
});

describe('arabic: claimants named after their verb, adjectives after their noun', () => {
  const by = (text: string) => read(text, 'ar', '2024-05-10', 'Mali').claims.map((c) => `${c.min}:${c.by}`);
  it('reads "وفق ما أفاد مسؤولون محليون" as local officials, and witnesses after "حسب ما أفاد"', () => {
    expect(by('قتل 12 مدنيا في هجوم في وسط مالي، وفق ما أفاد مسؤولون محليون لوكالة فرانس برس.')).toEqual([
      '12:local',
    ]);
    expect(by('قتل 9 مدنيين في هجوم في وسط مالي، حسب ما أفاد شهود عيان.')).toEqual(['9:local']);
  });
  it('matches gloss entries written with a hamza seat ("مسؤول") against folded words', () => {
    expect(by('قال مسؤول في الجيش إن 7 جنود قتلوا في هجوم في وسط مالي.')).toEqual(['7:official']);
  });
  it('reads more verbs of saying, in the feminine and the plural ("تحدثت مصادر عن", "صرّح", "كشفت")', () => {
    const opener = 'هاجم مسلحون قرية في وسط مالي يوم الاثنين. ';
    expect(by(opener + 'وتحدثت مصادر محلية عن مقتل 20 مدنيا.')).toEqual(['20:local']);
    expect(by(opener + 'وتحدث مسؤول محلي عن مقتل 20 مدنيا.')).toEqual(['20:local']);
    expect(by(opener + 'وكشفت مصادر أمنية أن 12 جنديا قتلوا.')).toEqual(['12:security_source']);
    expect(by(opener + 'وصرح الجيش بأن 12 جنديا قتلوا.')).toEqual(['12:official']);
  });
  it('reads the speaker an outlet quotes ("نقلت رويترز عن مصدر عسكري قوله"), not the outlet', () => {
    expect(by('ونقلت رويترز عن مصدر عسكري قوله إن 12 جنديا قتلوا في هجوم في وسط مالي.')).toEqual([
      '12:security_source',
    ]);
    expect(by('ونقلت وكالة فرانس برس عن مسؤول محلي قوله إن 20 مدنيا قتلوا في هجوم في وسط مالي.')).toEqual([
      '20:local',
    ]);
  });
  it('reads medical sources, a military official, local media and the junta by their class', () => {
    const after = ' في هجوم في وسط مالي.';
    expect(by('وأشارت مصادر طبية إلى إصابة 20 شخصا' + after)).toEqual(['20:local']);
    expect(by('وقال مسؤول عسكري إن 12 جنديا قتلوا' + after)).toEqual(['12:security_source']);
    expect(by('وذكرت وسائل إعلام محلية أن 20 مدنيا قتلوا' + after)).toEqual(['20:media']);
    expect(by('وأعلن المجلس العسكري الحاكم مقتل 12 جنديا' + after)).toEqual(['12:official']);
    // An unnamed security official is a security source; an elected one speaks for the place.
    expect(by('وقال مسؤول أمني إن 12 جنديا قتلوا' + after)).toEqual(['12:security_source']);
    expect(by('وأكد مسؤولون أمنيون مقتل 12 جنديا' + after)).toEqual(['12:security_source']);
    expect(by('وقال مسؤول منتخب إن 20 مدنيا قتلوا' + after)).toEqual(['20:local']);
    expect(by('وتحدث منتخبون محليون عن مقتل 20 مدنيا' + after)).toEqual(['20:local']);
  });
});

describe('arabic: an armed group speaking of its own deed', () => {
  const by = (text: string) => read(text, 'ar', '2024-05-10', 'Mali').claims.map((c) => `${c.min}:${c.by}`);
  it('reads the FLA, rebels and a claim ("زعمت") as the armed group', () => {
    expect(by('قالت جبهة تحرير أزواد إنها قتلت 30 جنديا ماليا في تمبكتو.')).toEqual(['30:armed_group']);
    expect(by('قال المتمردون الطوارق إنهم قتلوا 25 جنديا ماليا في تمبكتو.')).toEqual(['25:armed_group']);
    expect(by('زعمت جماعة نصرة الإسلام والمسلمين أنها قتلت 40 جنديا في تمبكتو.')).toEqual(['40:armed_group']);
  });
  it('keeps the group as claimant when the army is named in its own words', () => {
    expect(
      by('أعلنت جبهة تحرير أزواد في بيان أنها أسقطت طائرة مسيرة للجيش وقتلت 30 جنديا في تمبكتو.'),
    ).toContain('30:armed_group');
  });
});

describe('arabic: the army by its nationality after it, strikes and accusations', () => {
  const actors = (text: string) => read(text, 'ar', '2024-05-10', 'Mali').event.actors;
  it('reads "الجيش المالي" as FAMa and "القوات المسلحة المالية" as the Malian armed forces', () => {
    expect(actors('اتهمت جبهة تحرير أزواد الجيش المالي وفاغنر بقتل 8 مدنيين في كيدال.')).toEqual([
      'FAMa',
      'Africa Corps',
    ]);
    expect(actors('قالت القوات المسلحة المالية إنها قتلت 20 إرهابيا في وسط البلاد.')).toEqual(['FAMa']);
  });
});

describe('arabic: the claimant after its verb', () => {
  it('reads the speaker after a verb of saying that follows the figure ("، قال مصدر أمني")', () => {
    const r = read('قتل 12 جنديا في هجوم على معسكر قرب موبتي في مالي، قال مصدر أمني.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const f = read('قتل 7 مدنيين في هجوم على قرية قرب موبتي في مالي، أكدت مصادر محلية.', 'ar');
    expect(brief(f.claims)).toEqual(['killed/civilians 7-7 local']);
  });
  it('reads "حسبما أفاد", "وفقا لما ذكرت" as "according to"', () => {
    const r = read('قتل 12 جنديا في هجوم على معسكر قرب موبتي في مالي، حسبما أفاد مصدر أمني.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
    const f = read('قتل 7 مدنيين في هجوم قرب موبتي في مالي، وفقا لما ذكرت وسائل إعلام محلية.', 'ar');
    expect(brief(f.claims)).toEqual(['killed/civilians 7-7 media']);
  });
  it('still carries the speaker named before to a verb with no speaker after it', () => {
    const r = read('أعلن الجيش المالي عن هجوم قرب موبتي في مالي. وأوضح أن 12 جنديا قتلوا.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
});

describe('arabic: a nationality after its noun, a singular after a number above ten', () => {
  it('reads "12 جنديا ماليا قتلوا" (the nationality between noun and verb) as 12 soldiers killed', () => {
    const r = read(
      'ذكرت وكالة الصحافة الفرنسية أن 12 جنديا ماليا قتلوا في هجوم على معسكر بوني في مالي.',
      'ar',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 media']);
    const tokens = glossArabic(tokenize('قتل 15 عسكريا ماليا'));
    expect(tokens.map((t) => t.norm)).toEqual(['killed', '15', 'malian', 'soldiers']);
  });
  it('reads "12 قرويا" as villagers, civilians', () => {
    const r = read('قال مسؤول محلي إن مسلحين قتلوا 12 قرويا في بوني بمالي.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local']);
  });
  it('reads members of a group in the construct state ("12 من عناصر جماعة نصرة الإسلام") as militants', () => {
    const construct = read(
      'قتل 12 من عناصر جماعة نصرة الإسلام والمسلمين في غارة للجيش قرب بوني في مالي.',
      'ar',
    );
    expect(brief(construct.claims)).toEqual(['killed/militants 12-12 unattributed']);
    const of = read('قتل 12 عنصرا من جماعة نصرة الإسلام والمسلمين في غارة للجيش قرب بوني في مالي.', 'ar');
    expect(brief(of.claims)).toEqual(['killed/militants 12-12 unattributed']);
    const army = read('قتل 12 من عناصر الجيش المالي في هجوم على معسكر بوني.', 'ar');
    expect(brief(army.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('reads "حسب حصيلة رسمية" (according to an official toll) as the official claimant', () => {
    const r = read('هاجم مسلحون معسكرا للجيش في بوني وسط مالي. وقتل 12 جنديا، حسب حصيلة رسمية.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 official']);
    const tv = read('أعلن التلفزيون الرسمي مقتل 12 جنديا في هجوم على معسكر بوني في مالي.', 'ar');
    expect(brief(tv.claims)).toEqual(['killed/soldiers 12-12 official']);
  });
  it('reads positions in the plural ("3 قواعد", "3 مواقع") and "سيطر … على" (took control of)', () => {
    const destroyed = read('دمر الجيش المالي 3 قواعد للإرهابيين قرب بوني في مالي.', 'ar');
    expect(brief(destroyed.claims)).toEqual(['destroyed/bases 3-3 unattributed']);
    const taken = read('سيطر المسلحون على 3 مواقع للجيش قرب بوني في مالي.', 'ar');
    expect(brief(taken.claims)).toEqual(['seized/bases 3-3 unattributed']);
  });
});

describe('Arabic: an outlet quoting its source ("نقلت … عن مصدر")', () => {
  it('gives the figure to the source quoted, not the outlet', () => {
    const r = read(
      'هاجم مسلحون معسكرا للجيش في بوني وسط مالي يوم الاثنين. ونقلت وكالة فرانس برس عن مصدر عسكري أن 12 جنديا قتلوا.',
      'ar',
    );
    expect(brief(r.claims)).toEqual(['killed/soldiers 12-12 security_source']);
  });
});

describe('arabic: the verb first with a phrase before its figure, and tolls that reach a number', () => {
  it('reads "قتل في الهجوم 8 من عناصر الدرك" and "الهجوم الذي قتل فيه 12 جنديا"', () => {
    expect(brief(read('وقتل في الهجوم على بوني 8 من عناصر الدرك المالي.', 'ar').claims)).toEqual([
      'killed/soldiers 8-8 unattributed',
    ]);
    expect(brief(read('وقتل في الكمين قرب بوني 3 جنود.', 'ar').claims)).toEqual([
      'killed/soldiers 3-3 unattributed',
    ]);
    // A claim of responsibility by "announced its responsibility" is not the toll's claimant.
    const claimed = read(
      'وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن الهجوم الذي قتل فيه 12 جنديا في بوني.',
      'ar',
    );
    expect(brief(claimed.claims)).toEqual(['killed/soldiers 12-12 unattributed']);
  });
  it('reads "عدد القتلى بلغ 20" as a toll, and passengers and "among" as sides', () => {
    expect(brief(read('وقال مسؤول محلي إن عدد القتلى في هجوم بوني بلغ 20.', 'ar').claims)).toEqual([
      'killed/people 20-20 local',
    ]);
    expect(brief(read('اختطف مسلحون 20 مسافرا كانوا على متن حافلة قرب بوني.', 'ar').claims)).toEqual([
      'captured/civilians 20-20 unattributed',
    ]);
    expect(brief(read('وأكدت مصادر محلية أن هجوم بوني خلف 15 قتيلا بين المدنيين.', 'ar').claims)).toEqual([
      'killed/civilians 15-15 local',
    ]);
  });
});

describe('arabic: the participle of saying after the main clause ("، مؤكدة أنها …")', () => {
  it('gives the figure to the subject of the clause it follows, feminine and masculine', () => {
    const fem = read(
      'وأعلن الجيش أنه حيد 9 إرهابيين قرب بوني. وتبنت الجماعة الهجوم في بيان، مؤكدة أنها قتلت 14 جنديا.',
      'ar',
    );
    expect(brief(fem.claims)).toEqual(['killed/militants 9-9 official', 'killed/soldiers 14-14 armed_group']);
    const masc = read(
      'وقال مصدر أمني إن الهجوم على بوني فشل. ونشر المتمردون بيانا، مشيرين إلى أسر 5 جنود.',
      'ar',
    );
    expect(brief(masc.claims)).toEqual(['captured/soldiers 5-5 armed_group']);
  });
});

describe('arabic: an administrative unit after a place is its context, not a place attacked', () => {
  it('keeps the village, not the province or cercle it lies in ("بإقليم موبتي", "في دائرة بانكاس")', () => {
    const province = read('قتل 12 مدنيا في هجوم على قرية أوغوساغو بإقليم موبتي يوم الاثنين.', 'ar');
    expect(province.event.places).toEqual(['أوغوساغو']);
    const cercle = read('قتل 12 مدنيا في هجوم على قرية أوغوساغو في دائرة بانكاس يوم الاثنين.', 'ar');
    expect(cercle.event.places).toEqual(['أوغوساغو']);
  });
});

describe('arabic: a battle between two sides, and the Front speaking', () => {
  it('names both sides of "معارك بين الجيش … من جهة، ومقاتلي الجبهة من جهة أخرى" as actors', () => {
    const r = read(
      'اندلعت معارك عنيفة بين الجيش المالي مدعوما بعناصر فاغنر من جهة، ومقاتلي جبهة تحرير أزواد من جهة أخرى قرب بوني، وقتل فيها 7 جنود.',
      'ar',
    );
    expect([...r.event.actors].sort()).toEqual(['Africa Corps', 'FAMa', 'FLA']);
  });
  it('reads "وأعلنت الجبهة في بيان" as the armed group, and "بين" as "between" outside a side', () => {
    const r = read('هاجم المتمردون بوني. وأعلنت الجبهة في بيان أنها قتلت 20 جنديا.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/soldiers 20-20 armed_group']);
    expect(gloss('معارك بين الجيش والمتمردين')).toContain('between');
  });
});

describe('arabic: a group claiming as it says, and the official named again before an aside', () => {
  it('reads "زاعمة أنها قتلت", "قائلة إنها قتلت" as the group saying so', () => {
    for (const part of ['زاعمة أنها قتلت', 'قائلة إنها قتلت'])
      expect(
        brief(
          read(`وتبنت جماعة نصرة الإسلام والمسلمين الهجوم على ديورا في بيان، ${part} 41 جنديا.`, 'ar').claims,
        ),
        part,
      ).toEqual(['killed/soldiers 41-41 armed_group']);
  });
  it('keeps the local official for "وأوضح المسؤول الذي طلب عدم الكشف عن هويته أن…"', () => {
    const r = read(
      'قال مسؤول محلي إن مسلحين هاجموا قرية قرب بانكاس، ما أسفر عن مقتل 12 مدنيا. وأوضح المسؤول الذي طلب عدم الكشف عن هويته أن المهاجمين اختطفوا ثلاثة من السكان.',
      'ar',
    );
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local', 'captured/civilians 3-3 local']);
  });
});

describe('arabic: members of a group, a denied claim, the army confirming the attack', () => {
  it('reads "84 من عناصر مجموعة فاغنر" as Wagner’s men', () => {
    const r = read(
      'قال متحدث باسم المتمردين إنهم قتلوا 47 جنديا ماليا و84 من عناصر مجموعة فاغنر قرب تينزاواتين.',
      'ar',
    );
    expect(brief(r.claims)).toEqual([
      'killed/soldiers 47-47 armed_group',
      'killed/foreign_forces 84-84 armed_group',
    ]);
  });
  it('names no actor when no group claimed it and groups of two lineages are active there', () => {
    const r = read(
      'قال مسؤول محلي إن مسلحين قتلوا 12 مدنيا في قرية قرب بانكاس. ولم تعلن أي جهة مسؤوليتها عن الهجوم، غير أن المنطقة تشهد نشاطا لجماعات مرتبطة بتنظيم القاعدة وتنظيم الدولة الإسلامية.',
      'ar',
    );
    expect(r.event.actors).toEqual([]);
  });
  it('does not name the army that confirms the attack, and still names it telling its own deed', () => {
    const confirms = read(
      'قتل مسلحون 40 جنديا في ديورا. وتبنت جماعة نصرة الإسلام والمسلمين الهجوم. ومن جهته، أكد الجيش المالي وقوع الهجوم دون أن يقدم حصيلة.',
      'ar',
    );
    expect(confirms.event.actors).toEqual(['JNIM']);
    const own = read('قال الجيش المالي إنه قتل 20 إرهابيا في غارات جوية قرب ديورا.', 'ar');
    expect(own.event.actors).toEqual(['FAMa']);
  });
  it('does not read the word of the day into a place’s name ("في ديورا يوم الاثنين")', () => {
    expect(read('قتل 12 جنديا في ديورا يوم الاثنين.', 'ar').event.places).not.toContain('ديورا يوم');
  });
  it('reads no name in the adjective after a place noun ("في قرية قريبة من مدينة كيدال")', () => {
    for (const t of [
      'قتل ثمانية مدنيين في قرية قريبة من مدينة كيدال يوم الأحد.',
      'قتل ثمانية مدنيين في بلدة صغيرة قرب مدينة كيدال يوم الأحد.',
      'قتل ثمانية مدنيين في قرية نائية شمال مدينة كيدال يوم الأحد.',
    ])
      expect(read(t, 'ar').event.places, t).toEqual(['كيدال']);
  });
});

describe('arabic: similar attacks recalled, a pair of towns', () => {
  it('does not name the group the authorities accuse of similar attacks in recent months', () => {
    const r = read(
      'قتل 20 مدنيا في هجوم على حافلة قرب بانكاس مساء السبت. وتتهم السلطات المالية جماعة نصرة الإسلام والمسلمين بالوقوف وراء هجمات مماثلة في المنطقة خلال الأشهر الأخيرة.',
      'ar',
    );
    expect(r.event.actors).toEqual([]);
  });
  it('reads both towns of "بين مدينتي بانديجارا وبانكاس"', () => {
    const r = read('قتل 20 مدنيا في هجوم استهدف حافلة بين مدينتي بانديجارا وبانكاس مساء السبت.', 'ar');
    expect(r.event.places).toEqual(['بانديجارا', 'بانكاس']);
  });
});
