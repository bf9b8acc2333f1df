import type { EventComparison, Figure, FigureStatus } from '@/lib/types';
import { claimantLabel, quantityLabel, rowLabel, STATUS_LABEL, STATUS_MARK, statusLabel } from './labels';
import { t } from './i18n';
import { RowBadge } from './RowBadge';

export interface ComparisonTableProps {
  comparison: EventComparison;
  /** The report in the tab: its column comes first. */
  currentKey: string;
}

interface Column {
  report: string;
  outlet: string;
  copyGroup: number;
}

/** One row per (kind, subject), one column per outlet; each cell the figure(s) and who claims them. */
export function ComparisonTable({ comparison, currentKey }: ComparisonTableProps) {
  const columns: Column[] = [];
  for (const row of comparison.rows)
    for (const f of row.figures)
      if (!columns.some((c) => c.report === f.report))
        columns.push({ report: f.report, outlet: f.outlet, copyGroup: f.copyGroup });
  columns.sort((a, b) => Number(b.report === currentKey) - Number(a.report === currentKey));
  const copied = new Set(comparison.copies.flat());
  return (
    <div class="table-wrap">
      <table class="comparison" data-comparison-rows={comparison.rows.length}>
        <caption class="visually-hidden">{t('compare_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare_figure')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.report} title={c.report}>
                {c.outlet}
                {c.report === currentKey ? <span class="tag">{t('compare_thisPage')}</span> : null}
                {copied.has(c.report) ? (
                  <span class="copy-mark" title={t('compare_copyTitle')}>
                    {' '}
                    {t('compare_copy')}
                  </span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr
              key={`${row.kind}/${row.subject}`}
              class={`row-${row.status}`}
              data-row={`${row.kind}/${row.subject}`}
              data-status={row.status}
            >
              <th scope="row">
                {rowLabel(row.kind, row.subject)}
                <RowBadge status={row.status} />
              </th>
              {columns.map((c) => (
                <td key={c.report}>
                  {row.figures
                    .filter((f) => f.report === c.report)
                    .map((f, i) => (
                      <FigureCell key={i} figure={f} />
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Words beside the mark where colour alone would not say it. */
function statusText(status: FigureStatus): string {
  if (status === 'conflict') return ` ${statusLabel('conflict')}`;
  if (status === 'variant') return ` ${t('statusText_variant')}`;
  if (status === 'revised') return ` ${t('statusText_revised')}`;
  return '';
}

function FigureCell({ figure }: { figure: Figure }) {
  return (
    <div class={`figure-cell status-${figure.status}`} data-status={figure.status} title={`«${figure.text}»`}>
      <strong>{quantityLabel(figure)}</strong>
      <span class="status-mark" aria-label={STATUS_LABEL[figure.status]} title={STATUS_LABEL[figure.status]}>
        {' '}
        {STATUS_MARK[figure.status]}
        <span class="status-text">{statusText(figure.status)}</span>
      </span>
      <br />
      <span class="claimant">{claimantLabel(figure)}</span>
      {figure.earlier ? <span class="tag">{t('compare_earlier')}</span> : null}
    </div>
  );
}
