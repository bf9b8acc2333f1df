/**
 * Arabic words for what happened and to whom, beyond the core of lexicon-ar.ts: the
 * set phrases of death ("أودى بحياة", "راح ضحيته", "القضاء على"), detention and
 * seizure, kit, and the trades of the persons counted. Glossed into English words the
 * rules know; folded and peeled like every Arabic entry (arabic.ts).
 */
export const AR_DEEDS: Record<string, string> = {
  // "أودى الهجوم بحياة 12 مدنيا" (the attack took the lives of), "راح ضحيته 20 قرويا" (fell its victims).
  'اودي بحياه': 'claimed the lives of',
  'اودت بحياه': 'claimed the lives of',
  // The subject between: "أودى الهجوم على بوني بحياة 12 مدنيا".
  بحياه: 'the lives of',
  'راح ضحيه': 'killed',
  'راح ضحيته': 'killed',
  'راح ضحيتها': 'killed',
  'راح ضحيتهم': 'killed',
  // "تمكن الجيش من القضاء على 15 إرهابيا": the army's "eliminating".
  'قضاء علي': 'eliminating',
  تصفيه: 'eliminating',
  // "توفي ثلاثة جنود متأثرين بجروحهم": died, later, of their wounds (no wounded of their own).
  توفي: 'died',
  توفوا: 'died',
  'متاثرا بجروحه': 'later',
  'متاثرين بجروحهم': 'later',
  'متاثرين بجراحهم': 'later',
  // Particles between a verb and its figure: "فقد قتل أيضا 20 مهاجما" (so there were killed also).
  ايضا: 'also',
  قد: 'has',
  // "ألقى الجيش القبض على 12 إرهابيا", "ألقت قوات الأمن القبض على", "إلقاء القبض على" (laid hold
  // on): the arrest's noun and its preposition, whatever verb and subject come before.
  'قبض علي': 'arrested',
  // Hostages held, kit seized: "احتجز المسلحون 5 رهائن", "ضبط الجيش 4 دراجات نارية".
  رهائن: 'hostages',
  رهينه: 'hostage',
  احتجز: 'took',
  احتجزوا: 'took',
  // "استعاد الجيش 8 دراجات نارية" (recovered); "استولت الجماعة على 6 سيارات": the feminine of a
  // weak verb keeps no final "ي" to peel back to.
  استعاد: 'recovered',
  استولت: 'seized',
  ضبط: 'seized',
  ضبطت: 'seized',
  حجز: 'seized',
  صادر: 'confiscated',
  غنائم: 'spoils',
  // Kit.
  'دراجه ناريه': 'motorcycle',
  دراجات: 'motorcycles',
  بنادق: 'rifles',
  // "12 بندقية كلاشينكوف": the singular after a number above ten.
  بندقيه: 'rifles',
  كلاشينكوف: 'kalashnikov',
  سلاح: 'weapons',
  قاذفات: 'launchers',
  قاذفه: 'launcher',
  // "كمية من الذخيرة" (a quantity of): whole, not "ك" (like) and "مية" (a hundred).
  كميه: 'quantity',
  كميات: 'quantities',
  رشاشات: 'machine guns',
  شاحنات: 'trucks',
  شاحنه: 'truck',
  // The dual, as "سيارتين" in lexicon-ar.ts.
  شاحنتين: 'two trucks',
  شاحنتان: 'two trucks',
  عربات: 'vehicles',
  مدرعات: 'armoured vehicles',
  ذخائر: 'ammunition',
  'قاعده عسكريه': 'military base',
  'نقطه تفتيش': 'checkpoint',
  // Persons by trade or side: "7 رعاة", "مشتبها بهم" (suspects).
  'مشتبه بهم': 'suspects',
  'مشتبها بهم': 'suspects',
  رعاه: 'herders',
  مزارعين: 'farmers',
  مزارعون: 'farmers',
  تجار: 'traders',
  ركاب: 'passengers',
  مسافرين: 'passengers',
  مسافرون: 'passengers',
  مسافرا: 'passengers',
  مصلين: 'worshippers',
  عمال: 'workers',
  'منقبين عن الذهب': 'gold miners',
  دركيين: 'gendarmes',
  ميليشيا: 'militia',
  ميليشيات: 'militias',
  دوزو: 'dozo',
  'صيادين تقليديين': 'dozos',
};
