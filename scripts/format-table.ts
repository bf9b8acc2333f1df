import type { GroupedEvent, GroupInput } from '../lib/events/group-reports';
import type { Claim, Incident } from '../lib/types';

interface PrintedReport {
  file: string;
  outlet: string;
  title: string;
  published: string | null;
  lang: string;
  status: string;
  event: Incident;
  claims: Claim[];
  background: Claim[];
}

const range = (c: { min: number; max: number | null; approx?: boolean }) =>
  `${c.approx ? '~' : ''}${c.max === null ? `≥${c.min}` : c.min === c.max ? c.min : `${c.min}–${c.max}`}`;

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** A readable table of each report's claims. */
export function formatReports(reports: PrintedReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`${r.file} — ${r.outlet}${r.published ? `, ${r.published}` : ''} [${r.lang}] ${r.status}`);
    out.push(`  ${r.title}`);
    out.push(
      `  event: ${r.event.date ?? 'date unknown'} · ${r.event.places.join(', ') || 'no place'} · ${r.event.actors.join(', ') || 'no actor'}`,
    );
    for (const c of r.claims)
      out.push(
        `  ${pad(`${c.kind} ${c.subject}`, 24)} ${pad(range(c), 8)} ${pad(c.by, 16)} «${c.text}»${c.earlier ? ' (earlier toll)' : ''}`,
      );
    for (const c of r.background)
      out.push(`  (background) ${pad(`${c.kind} ${c.subject}`, 24)} ${pad(range(c), 8)} «${c.text}»`);
    out.push('');
  }
  return out.join('\n');
}

/** A readable table of each event's figures, one column per report. */
export function formatEvents(events: GroupedEvent[], items: GroupInput[]): string {
  const outlet = new Map(items.map((i) => [i.key, i.article.outlet]));
  const out: string[] = [];
  for (const e of events) {
    out.push(
      `${e.id}: ${e.date ?? 'date unknown'} · ${e.places.join(', ') || 'no place'} · ${e.reports.length} report(s)`,
    );
    for (const r of e.reports) out.push(`  - ${r} (${outlet.get(r) ?? '?'})`);
    for (const row of e.comparison.rows) {
      const cells = row.figures
        .map(
          (f) =>
            `${f.outlet}: ${range(f)} (${f.by}${f.earlier ? ', earlier' : ''}${f.status === 'conflict' ? ', conflict' : ''})`,
        )
        .join(' | ');
      out.push(
        `  ${row.status === 'conflict' ? '!' : ' '} ${pad(`${row.kind} ${row.subject}`, 24)} ${cells}`,
      );
    }
    for (const s of e.comparison.summary)
      out.push(
        `    ${pad(`${s.kind} ${s.subject}`, 24)} low ${s.low} · best ${s.best} · high ${s.high ?? 'open'} · conservative ${s.conservative} (${s.sources} independent source(s))`,
      );
    out.push('');
  }
  return out.join('\n');
}
