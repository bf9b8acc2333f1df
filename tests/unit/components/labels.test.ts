import { describe, expect, it } from 'vitest';
import { claimantLabel, claimContext, dateLabel, quantityLabel, rowLabel } from '../../../components/labels';

describe('popup labels', () => {
  it('says figures the way SCHEMA.md reads them', () => {
    expect(quantityLabel({ min: 21, max: 21 })).toBe('21');
    expect(quantityLabel({ min: 21, max: null })).toBe('at least 21');
    expect(quantityLabel({ min: 100, max: 100, approx: true })).toBe('about 100');
    expect(quantityLabel({ min: 10, max: 15 })).toBe('10–15');
    expect(quantityLabel({ min: 1, max: 40 })).toBe('up to 40');
  });

  it('names rows and claimants', () => {
    expect(rowLabel('killed', 'soldiers')).toBe('Killed — soldiers');
    expect(rowLabel('captured', 'foreign_forces')).toBe('Captured — foreign forces');
    expect(claimantLabel({ by: 'monitor', source: 'SITE Intelligence Group' })).toBe(
      'SITE Intelligence Group (monitor)',
    );
    expect(claimantLabel({ by: 'armed_group' })).toBe('armed group');
  });

  it('formats ISO days and date-times in UTC, and leaves non-dates as they are', () => {
    expect(dateLabel('2026-10-13')).toBe('13 Oct 2026');
    expect(dateLabel('2026-10-14T23:30:00-04:00')).toBe('15 Oct 2026');
    expect(dateLabel(null)).toBe('date unknown');
    expect(dateLabel('last week')).toBe('last week');
  });

  it('quotes the sentence around a claim', () => {
    const text =
      'First sentence here. The army said 9 soldiers were killed on Tuesday. Another sentence.\n\nNext paragraph.';
    const start = text.indexOf('9 soldiers');
    const [pre, words, post] = claimContext(text, start, start + '9 soldiers'.length);
    expect(pre).toBe('The army said ');
    expect(words).toBe('9 soldiers');
    expect(post).toBe(' were killed on Tuesday.');
  });

  it('cuts a long paragraph around the claim with ellipses', () => {
    const long = `${'word '.repeat(100)}killed 14 civilians ${'more '.repeat(100)}`;
    const s = long.indexOf('14 civilians');
    const [pre, , post] = claimContext(long, s, s + 12, 80);
    expect(pre.startsWith('…')).toBe(true);
    expect(post.endsWith('…')).toBe(true);
    expect(pre.length + post.length).toBeLessThan(120);
  });
});
