/**
 * Arabic words for who says so, glossed into the English words the claimant rules know
 * (lexicon-en.ts `claimants`): local notables and elected officials, officers, ministers,
 * relief bodies, outlets. Folded and peeled like every Arabic entry (arabic.ts).
 */
export const AR_VOICES: Record<string, string> = {
  // Local: "حسب ما أفاد أحد الأعيان", "قال رئيس بلدية بوني", "ناشط محلي", "زعيم محلي".
  اعيان: 'notables',
  'احد الاعيان': 'a notable',
  وجهاء: 'notables',
  'رئيس بلديه': 'mayor',
  // "مسؤول في البلدية": an official of the municipality.
  بلديه: 'municipality',
  عمده: 'mayor',
  'زعيم محلي': 'local leader',
  'زعيم قبلي': 'local leader',
  'منتخب محلي': 'local elected official',
  // "قال مسؤول منتخب", "منتخبون محليون": an elected official speaks for the place.
  'مسؤول منتخب': 'an elected official',
  'منتخبون محليون': 'local elected officials',
  'منتخبين محليين': 'local elected officials',
  نائب: 'deputy',
  برلماني: 'deputy',
  ناشط: 'activist',
  ناشطون: 'activists',
  ناجون: 'survivors',
  ناجين: 'survivors',
  // "وأضافت المصادر", "وحسب المصادر ذاتها": the sources named before (the article kept: it is
  // what says so), "the same".
  المصادر: 'the sources',
  المصدر: 'the source',
  ذاتها: 'same',
  ذاته: 'same',
  نفسها: 'same',
  نفسه: 'same',
  // Officers and the state: "قال ضابط في الجيش", "المتحدث باسم الحكومة", "وزير الدفاع".
  // "قال مسؤول أمني": an unnamed member of the security forces, as "a security official".
  'مسؤول امني': 'a security official',
  'مسؤولون امنيون': 'security officials',
  'مسؤولين امنيين': 'security officials',
  ضابط: 'officer',
  ضباط: 'officers',
  متحدث: 'spokesman',
  'المتحدث باسم': 'spokesman for',
  وزير: 'minister',
  وزاره: 'ministry',
  'الحكومه الانتقاليه': 'transitional government',
  رئاسه: 'presidency',
  // Relief and rights bodies.
  'اطباء بلا حدود': 'doctors without borders',
  'الصليب الاحمر': 'red cross',
  'الهلال الاحمر': 'red crescent',
  'منظمه حقوقيه': 'rights group',
  'منظمات حقوقيه': 'rights groups',
  مرصد: 'observatory',
  // Outlets.
  صحيفه: 'newspaper',
  جريده: 'newspaper',
  اذاعه: 'radio',
  'اذاعه محليه': 'local radio',
  قناه: 'broadcaster',
  // "موقع صحراء ميديا", "موقع إخباري": an outlet's name or trade.
  ميديا: 'media',
  'موقع اخباري': 'news site',
  الجزيره: 'al jazeera',
  الاناضول: 'anadolu',
};
