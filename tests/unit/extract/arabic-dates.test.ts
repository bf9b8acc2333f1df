import { describe, expect, it } from 'vitest';
import { glossText } from '../../../lib/extract/arabic-dates';
import { glossArabic } from '../../../lib/extract/arabic';
import { splitSentences } from '../../../lib/extract/sentences';
import { tokenize } from '../../../lib/extract/tokens';
import { read } from './helpers';

const dateOf = (text: string, published: string | null = null) =>
  read(text, 'ar', published, null).event.date;

describe('arabic dates: the gloss read by the date rules', () => {
  it('writes each sentence as English words', () => {
    const text = 'قتل 12 جنديا يوم الخميس 14 نوفمبر 2019. وأصيب خمسة آخرون.';
    const raw = tokenize(text);
    const tokens = glossArabic(raw);
    const g = glossText(tokens, splitSentences(text, tokens));
    expect(g.text).toContain('thursday 14 november 2019');
    expect(g.starts).toHaveLength(2);
  });

  it('reads a day, a month and a year', () => {
    expect(dateOf('قتل 12 جنديا ماليا في هجوم على معسكر للجيش في تمبكتو يوم الخميس 14 نوفمبر 2019.')).toBe(
      '2019-11-14',
    );
  });

  it('reads a day written as an ordinal before its month: "الثالث من مايو", "الحادي والعشرين من"', () => {
    expect(dateOf('قتل 12 جنديا ماليا في هجوم في تمبكتو يوم الثالث من مايو 2023.')).toBe('2023-05-03');
    expect(dateOf('قتل سبعة مدنيين في هجوم في موبتي في الحادي والعشرين من أبريل 2022.')).toBe('2022-04-21');
    expect(dateOf('قتل سبعة مدنيين في هجوم في موبتي في الخامس عشر من يناير 2022.')).toBe('2022-01-15');
    expect(dateOf('قتل سبعة مدنيين في هجوم في موبتي في الأول من مارس 2022.')).toBe('2022-03-01');
  });

  it('reads the Levantine month names', () => {
    expect(dateOf('قتل 12 جنديا ماليا في هجوم في تمبكتو يوم 3 تشرين الثاني 2021.')).toBe('2021-11-03');
    expect(dateOf('قتل سبعة مدنيين في هجوم في موبتي في 9 أيار 2022.')).toBe('2022-05-09');
  });

  it('resolves a weekday and "yesterday" against the publication day', () => {
    // 2024-05-20 is a Monday: the Thursday before is the 16th.
    expect(
      dateOf('قتل 12 جنديا ماليا في هجوم في تمبكتو يوم الخميس، بحسب مسؤولين محليين.', '2024-05-20'),
    ).toBe('2024-05-16');
    expect(dateOf('قتل 12 جنديا ماليا في هجوم في تمبكتو أمس، بحسب مسؤولين محليين.', '2024-05-20')).toBe(
      '2024-05-19',
    );
  });

  it('gives no day without a year from the text or the publication', () => {
    expect(dateOf('قتل 12 جنديا ماليا في هجوم في تمبكتو يوم الخميس.')).toBeNull();
  });
});
