import { describe, expect, it } from 'vitest';
import type { SourcedFigure } from '../../../lib/events/figures';
import { CONSERVATIVE_RULE, summarise } from '../../../lib/events/summary';
import { conservativeFatalities } from '../../../lib/export';

let group = 0;
function fig(min: number, max: number | null, copyGroup = group++): SourcedFigure {
  return {
    kind: 'killed',
    subject: 'soldiers',
    report: `r${copyGroup}`,
    outlet: `Outlet ${copyGroup}`,
    published: null,
    by: 'media',
    text: String(min),
    copyGroup,
    origin: copyGroup,
    status: 'single',
    item: copyGroup,
    claimIndex: 0,
    min,
    max,
  };
}

describe('summarise: open-ended figures count by their lower bound', () => {
  it('"at least 21" against "40" is conservative 21', () => {
    const s = summarise([fig(21, null), fig(40, 40)])!;
    expect(s.low).toBe(21);
    expect(s.conservative).toBe(21);
    expect(s.high).toBeNull();
  });

  it('"at least 10" against "300" is conservative 10, in the ACLED fatalities too', () => {
    const s = summarise([fig(300, 300), fig(10, null)])!;
    expect(s.conservative).toBe(10);
    expect(conservativeFatalities([s])).toBe(10);
  });

  it('a range counts by its lower bound; "several" is not a credible low', () => {
    expect(summarise([fig(3, 6), fig(4, 4), fig(8, 8)])!.conservative).toBe(3);
    expect(summarise([fig(2, null), fig(15, 15)])!.conservative).toBe(15);
  });

  it('the tooltip says the lowest lower bound and how open-ended figures count', () => {
    expect(CONSERVATIVE_RULE).toMatch(/lowest lower bound/);
    expect(CONSERVATIVE_RULE).toMatch(/at least 21.*21/);
  });
});

describe('the dashboard says the rule the summary follows', () => {
  it('the English tooltip is CONSERVATIVE_RULE, and French says the same rule', async () => {
    const en = (await import('../../../public/_locales/en/messages.json')).default as Record<
      string,
      { message: string }
    >;
    const fr = (await import('../../../public/_locales/fr/messages.json')).default as Record<
      string,
      { message: string }
    >;
    expect(en.dash_conservativeTitle.message).toBe(CONSERVATIVE_RULE);
    expect(fr.dash_conservativeTitle.message).toMatch(/borne basse.*au moins 21.*21/);
  });
});
