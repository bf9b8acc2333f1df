import type { FigureSummary } from '@/lib/types';
import { rowLabel } from './labels';

/** Low / best / high over independent sources, and the most conservative figure. */
export function FigureSummaryTable({ summary }: { summary: FigureSummary[] }) {
  if (!summary.length) return null;
  return (
    <div class="table-wrap">
      <table class="summary">
        <caption>Across independent sources</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Low</th>
            <th scope="col">Best</th>
            <th scope="col">High</th>
            <th scope="col" title="The lowest figure any source states">
              Cons.
            </th>
            <th scope="col" title="Copies of one wire story count once">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={`${s.kind}/${s.subject}`}>
              <th scope="row">{rowLabel(s.kind, s.subject)}</th>
              <td>{s.low}</td>
              <td>{s.best}</td>
              <td>{s.high ?? 'open'}</td>
              <td>{s.conservative}</td>
              <td>{s.sources}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
