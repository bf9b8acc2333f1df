/**
 * A placed figure as the claim the report shows: its words in the text, its claimant, and the
 * kind its claimant's side gives it (an armed group "arrests" no one: it captures).
 */
import type { Claim } from '../types';
import type { Placed } from './passes';
import type { Token } from './tokens';

export function claimOf(text: string, tokens: Token[], p: Placed): Claim {
  const f = p.fig;
  const start = tokens[f.first].start;
  const end = tokens[f.last - 1].end;
  const by = p.cue?.by ?? 'unattributed';
  let kind = f.kind!;
  if (kind === 'arrested' && by === 'armed_group') kind = 'captured';
  if (kind === 'captured' && by === 'official' && f.subject === 'militants') kind = 'arrested';
  const c: Claim = {
    kind,
    subject: f.subject!,
    min: f.q.min,
    max: f.q.max,
    by,
    text: text.slice(start, end),
    start,
    end,
  };
  if (f.q.approx) c.approx = true;
  if (p.cue?.source && by !== 'unattributed') c.source = p.cue.source;
  if (f.earlier) c.earlier = true;
  return c;
}
