import { describe, expect, it } from 'vitest';
import { brief, read } from './helpers';

const ATTACK = 'هاجم مسلحون قرية بوني وسط مالي يوم الاثنين. ';

describe('Arabic: set phrases of death', () => {
  it('reads "أودى بحياة", with or without the subject between, as killed', () => {
    expect(brief(read(ATTACK + 'وأودى الهجوم بحياة 9 مدنيين.', 'ar').claims)).toEqual([
      'killed/civilians 9-9 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وأودى الهجوم على القرية بحياة 9 قرويين.', 'ar').claims)).toEqual([
      'killed/civilians 9-9 unattributed',
    ]);
  });
  it('reads "القضاء على" (eliminating) and "راح ضحيته" as killed', () => {
    expect(brief(read(ATTACK + 'وتمكن الجيش من القضاء على 11 إرهابيا.', 'ar').claims)).toEqual([
      'killed/militants 11-11 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وهو هجوم راح ضحيته 6 رعاة.', 'ar').claims)).toEqual([
      'killed/civilians 6-6 unattributed',
    ]);
  });
  it('reads "توفي … متأثرين بجروحهم" (died of their wounds) as killed, not wounded', () => {
    expect(brief(read(ATTACK + 'وتوفي أربعة جنود متأثرين بجروحهم.', 'ar').claims)).toEqual([
      'killed/soldiers 4-4 unattributed',
    ]);
  });
});

describe('Arabic: hostages, kit seized, persons by trade', () => {
  it('reads hostages held as captured, kit seized by "ضبط", trucks burned', () => {
    expect(brief(read(ATTACK + 'واحتجز المسلحون 3 رهائن.', 'ar').claims)).toEqual([
      'captured/people 3-3 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وضبطت القوات 5 دراجات نارية و8 بنادق.', 'ar').claims)).toEqual([
      'seized/motorcycles 5-5 unattributed',
      'seized/weapons 8-8 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وأحرق المهاجمون 4 شاحنات.', 'ar').claims)).toEqual([
      'destroyed/vehicles 4-4 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وأحرق المهاجمون شاحنتين.', 'ar').claims)).toEqual([
      'destroyed/vehicles 2-2 unattributed',
    ]);
  });
  it('reads kit recovered ("استعاد") and seized by a group ("استولت على")', () => {
    expect(brief(read(ATTACK + 'واستعاد الجيش 8 دراجات نارية.', 'ar').claims)).toEqual([
      'seized/motorcycles 8-8 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وقالت الجماعة إنها قتلت 9 جنود واستولت على 6 سيارات.', 'ar').claims)).toEqual(
      ['killed/soldiers 9-9 armed_group', 'seized/vehicles 6-6 armed_group'],
    );
  });
  it('reads herders, farmers and suspects as their side', () => {
    expect(brief(read(ATTACK + 'وقتل 7 مزارعين.', 'ar').claims)).toEqual([
      'killed/civilians 7-7 unattributed',
    ]);
    expect(brief(read(ATTACK + 'واعتقلت القوات المالية 12 مشتبها بهم.', 'ar').claims)).toEqual([
      'arrested/militants 12-12 unattributed',
    ]);
  });
});

describe('Arabic: who says so', () => {
  it('reads notables and a mayor (feminine too) as local; an officer as a security source', () => {
    const notable = read(ATTACK + 'وقتل 7 رعاة، وفق ما قاله أحد الأعيان.', 'ar');
    expect(brief(notable.claims)).toEqual(['killed/civilians 7-7 local']);
    const mayor = read(ATTACK + 'وقالت رئيسة بلدية بوني إن 9 مدنيين قتلوا.', 'ar');
    expect(brief(mayor.claims)).toEqual(['killed/civilians 9-9 local']);
    const officer = read(ATTACK + 'وقال ضابط في الجيش إن 6 جنود قتلوا.', 'ar');
    expect(brief(officer.claims)).toEqual(['killed/soldiers 6-6 security_source']);
  });
  it('reads relief bodies as monitors and newspapers as media', () => {
    const msf = read(ATTACK + 'وقالت منظمة أطباء بلا حدود إن 25 جريحا وصلوا إلى المستشفى.', 'ar');
    expect(brief(msf.claims)).toEqual(['wounded/people 25-25 monitor']);
    const crescent = read(ATTACK + 'وقال الهلال الأحمر إن 25 جريحا وصلوا إلى المستشفى.', 'ar');
    expect(brief(crescent.claims)).toEqual(['wounded/people 25-25 monitor']);
    const paper = read(ATTACK + 'وذكرت صحيفة محلية أن 14 شخصا قتلوا.', 'ar');
    expect(brief(paper.claims)).toEqual(['killed/people 14-14 media']);
    const site = read(ATTACK + 'وذكر موقع صحراء ميديا أن 14 شخصا قتلوا.', 'ar');
    expect(brief(site.claims)).toEqual(['killed/people 14-14 media']);
  });
});

describe('Arabic: a group as the subject between its verb and the figure', () => {
  it('reads "وقتلت الجماعة 4 جنود" and "استولت الجماعة على 4 سيارات"', () => {
    expect(brief(read(ATTACK + 'وقتلت الجماعة 4 جنود.', 'ar').claims)).toEqual([
      'killed/soldiers 4-4 unattributed',
    ]);
    expect(brief(read(ATTACK + 'واستولت الجماعة على 4 سيارات.', 'ar').claims)).toEqual([
      'seized/vehicles 4-4 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وقتلت جماعة نصرة الإسلام والمسلمين 4 جنود.', 'ar').claims)).toEqual([
      'killed/soldiers 4-4 unattributed',
    ]);
  });
});

describe('Arabic: "المصادر", "المصدر نفسه" point back to the sources named before', () => {
  it('gives the figures after "وأضافت المصادر" and "وبحسب المصدر نفسه" to the sources named before', () => {
    const r = read(ATTACK + 'وقالت مصادر محلية إن 12 مدنيا قتلوا. وأضافت المصادر أن 7 آخرين أصيبوا.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/civilians 12-12 local', 'wounded/civilians 7-7 local']);
    const same = read(
      ATTACK + 'وقالت مصادر محلية إن 12 مدنيا قتلوا. وبحسب المصادر ذاتها، فقد قتل أيضا 5 مهاجمين.',
      'ar',
    );
    expect(brief(same.claims)).toEqual(['killed/civilians 12-12 local', 'killed/militants 5-5 local']);
  });
});

describe('Arabic: arrests and lists of kit', () => {
  it('reads "ألقى القبض على", its feminine and its noun as arrested', () => {
    expect(brief(read(ATTACK + 'وأعلن الجيش أنه ألقى القبض على 12 إرهابيا.', 'ar').claims)).toEqual([
      'arrested/militants 12-12 official',
    ]);
    expect(brief(read(ATTACK + 'وألقت قوات الأمن القبض على 5 مشتبه بهم.', 'ar').claims)).toEqual([
      'arrested/militants 5-5 unattributed',
    ]);
    expect(brief(read(ATTACK + 'وتم إلقاء القبض على 7 مشتبه بهم.', 'ar').claims)).toEqual([
      'arrested/militants 7-7 unattributed',
    ]);
  });
  it('reads a counted item after uncounted ones under "استولت على"', () => {
    expect(
      brief(read(ATTACK + 'وقالت الجماعة إنها استولت على أسلحة وذخائر و6 سيارات.', 'ar').claims),
    ).toEqual(['seized/vehicles 6-6 armed_group']);
  });
});

describe('Arabic: an official of the municipality', () => {
  it('reads "مسؤول في البلدية" as a local voice', () => {
    const r = read(ATTACK + 'وقتل 20 مدنيا، حسب ما نقلته وكالة الأنباء الفرنسية عن مسؤول في البلدية.', 'ar');
    expect(brief(r.claims)).toEqual(['killed/civilians 20-20 local']);
  });
});

describe('Arabic claimants: official sources', () => {
  it('reads مصادر رسمية (official sources) as the state, مصدر أمني as a security source', () => {
    const official = read('هاجم مسلحون معسكر بوني يوم الثلاثاء. وذكرت مصادر رسمية أن 12 جنديا قتلوا.', 'ar');
    expect(brief(official.claims)).toEqual(['killed/soldiers 12-12 official']);
    const security = read('هاجم مسلحون معسكر بوني يوم الثلاثاء. وأفاد مصدر أمني بمقتل 12 جنديا.', 'ar');
    expect(brief(security.claims)).toEqual(['killed/soldiers 12-12 security_source']);
  });
});

describe('Arabic counts without a numeral: the singular and the dual', () => {
  const CAMP = 'هاجم مسلحون معسكر بوني يوم الثلاثاء. ';
  it('counts a bare singular noun after what befell it as one', () => {
    expect(brief(read(`${CAMP}وأسفر الهجوم عن مقتل جندي.`, 'ar').claims)).toEqual([
      'killed/soldiers 1-1 unattributed',
    ]);
    expect(brief(read(`${CAMP}وأسفر الهجوم عن مقتل مدني.`, 'ar').claims)).toEqual([
      'killed/civilians 1-1 unattributed',
    ]);
    // The nationality after its noun: a French soldier is of a foreign force.
    expect(brief(read(`${CAMP}وقتل جندي فرنسي في الهجوم.`, 'ar').claims)).toEqual([
      'killed/foreign_forces 1-1 unattributed',
    ]);
  });
  it('counts none for a noun with its article or in the plural', () => {
    expect(read(`${CAMP}وأسفر الهجوم عن مقتل الجندي.`, 'ar').claims).toEqual([]);
    expect(read(`${CAMP}وقتل جنود فرنسيون.`, 'ar').claims).toEqual([]);
  });
  it('reads the dual of the dead and the wounded as two', () => {
    expect(brief(read(`${CAMP}وأسفر الهجوم عن سقوط قتيلين وجريحين.`, 'ar').claims)).toEqual([
      'killed/people 2-2 unattributed',
      'wounded/people 2-2 unattributed',
    ]);
  });
});

describe('Arabic vocabulary: a toll that rose, an attacker left unidentified', () => {
  const CAMP = 'هاجم مسلحون قرية قرب غاو يوم الأحد. ';
  it('reads "the toll rose to" in both genders of the verb', () => {
    for (const t of [
      `${CAMP}وأكد مصدر طبي أن عدد القتلى ارتفع إلى 40 شخصا.`,
      `${CAMP}وارتفعت حصيلة القتلى إلى 40 شخصا.`,
    ])
      expect(
        brief(read(t, 'ar').claims).map((c) => c.split(' ').slice(0, 2).join(' ')),
        t,
      ).toEqual(['killed/people 40-40']);
  });
  it('steps over the adjective of gunmen between the verb and its figure', () => {
    expect(brief(read(`${CAMP}واختطف مسلحون مجهولون خمسة مدنيين على الطريق.`, 'ar').claims)).toEqual([
      'captured/civilians 5-5 unattributed',
    ]);
    expect(brief(read(`${CAMP}وقتل مسلحون مجهولون 12 مدنيا في قرية قريبة.`, 'ar').claims)).toEqual([
      'killed/civilians 12-12 unattributed',
    ]);
  });
});

describe('Arabic vocabulary: peacekeepers and Russians after their noun', () => {
  const MINE = 'انفجر لغم قرب كيدال يوم الأحد. ';
  it('reads soldiers and forces of peacekeeping as peacekeepers', () => {
    for (const t of [
      `${MINE}وقالت البعثة إن 3 من جنود حفظ السلام قتلوا.`,
      `${MINE}وقتل ثلاثة من قوات حفظ السلام.`,
    ])
      expect(
        brief(read(t, 'ar').claims).map((c) => c.split(' ')[0]),
        t,
      ).toEqual(['killed/foreign_forces']);
  });
  it('reads the plural "روس" after its noun as Russian, an actor beside the army', () => {
    const r = read('أعدم الجيش المالي ومقاتلون روس 30 مدنيا في قرية قرب نيونو يوم الأحد.', 'ar');
    expect(r.event.actors).toEqual(['FAMa', 'Africa Corps']);
    expect(brief(read(`${MINE}وقتل ثلاثة جنود روس.`, 'ar').claims)).toEqual([
      'killed/foreign_forces 3-3 unattributed',
    ]);
  });
});

describe('Arabic: amounts in other words ("ما يزيد عن", "أزيد من", "قرابة")', () => {
  it('reads "more than" in its other wordings, masculine and feminine verbs alike', () => {
    for (const more of ['ما يزيد عن', 'ما يزيد على', 'أزيد من', 'ما يربو على', 'ما يفوق'])
      expect(brief(read(ATTACK + `وقتل ${more} 40 قرويا في الهجوم.`, 'ar').claims)).toEqual([
        'killed/civilians 41-null unattributed',
      ]);
    expect(brief(read(ATTACK + 'وأصيبت ما يزيد عن 12 امرأة بجروح.', 'ar').claims)).toEqual([
      'wounded/civilians 13-null unattributed',
    ]);
  });
  it('reads "about" and "fewer than" in their wordings', () => {
    for (const about of ['قرابة', 'ما يقارب', 'ما يناهز', 'زهاء'])
      expect(brief(read(ATTACK + `وقتل ${about} 40 جنديا في الهجوم.`, 'ar').claims)).toEqual([
        'killed/soldiers 40-40 unattributed',
      ]);
    expect(brief(read(ATTACK + 'وقتل أقل من 40 جنديا في الهجوم.', 'ar').claims)).toEqual([
      'killed/soldiers 1-39 unattributed',
    ]);
  });
});
