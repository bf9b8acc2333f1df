import type { EventComparison, Figure } from '@/lib/types';
import { claimantLabel, quantityLabel, rowLabel, STATUS_LABEL, STATUS_MARK } from './labels';
import { t } from './i18n';
import { RowBadge } from './RowBadge';

export interface FigureComparisonProps {
  comparison: EventComparison;
  /** The report in the tab: its figures come first. */
  currentKey: string;
  /** Outlet of every report of the event (those without figures too), by report key. */
  outlets: Record<string, string>;
}

/**
 * The comparison in the popup's 420 px: one block per figure, each outlet's
 * figure a chip (chips wrap, so 2 or 10 outlets both fit), and the outlets
 * that give no such figure named under it. The dashboard keeps the full table
 * (ComparisonTable).
 */
export function FigureComparison({ comparison, currentKey, outlets }: FigureComparisonProps) {
  const copied = new Set(comparison.copies.flat());
  const reports = Object.keys(outlets);
  return (
    <div class="comparison" data-comparison-rows={comparison.rows.length}>
      {comparison.rows.map((row) => {
        const figures = [...row.figures].sort(
          (a, b) => Number(b.report === currentKey) - Number(a.report === currentKey),
        );
        const given = new Set(figures.map((f) => f.report));
        const silent = [...new Set(reports.filter((r) => !given.has(r)).map((r) => outlets[r]))];
        return (
          <section
            key={`${row.kind}/${row.subject}`}
            class={`figure-row row-${row.status}`}
            data-row={`${row.kind}/${row.subject}`}
            data-status={row.status}
          >
            <h3 class="figure-name">
              {rowLabel(row.kind, row.subject)}
              <RowBadge status={row.status} />
            </h3>
            <ul class="chips">
              {figures.map((f, i) => (
                <FigureChip
                  key={`${f.report}/${i}`}
                  figure={f}
                  current={f.report === currentKey}
                  copy={copied.has(f.report)}
                />
              ))}
            </ul>
            {silent.length ? <p class="not-given">{t('compare_notGiven', silent.join(', '))}</p> : null}
          </section>
        );
      })}
    </div>
  );
}

function FigureChip({ figure, current, copy }: { figure: Figure; current: boolean; copy: boolean }) {
  return (
    <li
      class={`chip figure-cell status-${figure.status}`}
      data-status={figure.status}
      data-report={figure.report}
      title={`«${figure.text}»`}
    >
      <span class="chip-outlet">
        {figure.outlet}
        {current ? <span class="tag">{t('compare_thisPage')}</span> : null}
        {copy ? (
          <span class="copy-mark" title={t('compare_copyTitle')}>
            {' '}
            {t('compare_copy')}
          </span>
        ) : null}
      </span>
      <span class="chip-figure">
        <strong>{quantityLabel(figure)}</strong>
        <span
          class="status-mark"
          aria-label={STATUS_LABEL[figure.status]}
          title={STATUS_LABEL[figure.status]}
        >
          {' '}
          {STATUS_MARK[figure.status]}
        </span>{' '}
        <span class="claimant">{claimantLabel(figure)}</span>
        {figure.earlier ? <span class="tag">{t('compare_earlier')}</span> : null}
      </span>
    </li>
  );
}
