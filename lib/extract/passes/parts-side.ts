/**
 * "49 morts … : 21 personnes tuées à Karou, sept à Dirga, sept à Daoutegueft et 14 à Ouattagouna":
 * the parts of a toll split by place, told without a side, that add up to a toll whose side is
 * known, are of that side. The split is one sentence's figures of one kind; the total may be
 * anywhere in the story. A rounded part or total ("une dizaine", "une quarantaine") adds up within
 * a tenth.
 */
import { PERSON_KINDS } from '../lexicon';
import type { ClaimPass, Placed } from './context';

/** How far a sum of rounded counts may be from its total: a tenth of it. */
const ROUNDING = 0.1;

/** Do the parts add up to the total (exactly, or within rounding when one of them is approximate)? */
function addsUp(parts: Placed[], total: Placed): boolean {
  const sum = parts.reduce((n, p) => n + p.fig.q.min, 0);
  const t = total.fig.q;
  if (t.max === null || t.max !== t.min) return false;
  const rounded = !!t.approx || parts.some((p) => p.fig.q.approx);
  return rounded ? Math.abs(sum - t.min) <= Math.ceil(t.min * ROUNDING) : sum === t.min;
}

export const partsSide: ClaimPass = {
  name: 'parts-side',
  run(ctx) {
    const bySentence = new Map<string, Placed[]>();
    for (const p of ctx.placed) {
      const f = p.fig;
      // No side yet, or only "personnes", "people", which say none.
      const sideless = !f.subject || (f.subject === 'people' && !f.sided);
      if (p.background || !sideless || !f.kind || !PERSON_KINDS.has(f.kind) || f.q.max === null) continue;
      const key = `${f.sentence}/${f.kind}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), p]);
    }
    for (const parts of bySentence.values()) {
      if (parts.length < 2) continue;
      const kind = parts[0].fig.kind;
      const total = ctx.placed.find(
        (o) =>
          !o.background &&
          o.fig.kind === kind &&
          !!o.fig.subject &&
          o.fig.subject !== 'people' &&
          !parts.includes(o) &&
          addsUp(parts, o),
      );
      if (!total) continue;
      for (const p of parts) {
        p.fig.subject = total.fig.subject;
        p.fig.sided = true;
      }
    }
  },
};
