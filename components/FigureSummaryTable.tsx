import type { FigureSummary } from '@/lib/types';
import { rowLabel } from './labels';
import { t } from './i18n';

/** Low / best / high over independent sources, and the most conservative figure. */
export function FigureSummaryTable({ summary }: { summary: FigureSummary[] }) {
  if (!summary.length) return null;
  return (
    <div class="table-wrap">
      <table class="summary">
        <caption>{t('summary_caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare_figure')}</th>
            <th scope="col">{t('summary_low')}</th>
            <th scope="col">{t('summary_best')}</th>
            <th scope="col">{t('summary_high')}</th>
            <th scope="col" title={t('summary_consTitle')}>
              {t('summary_cons')}
            </th>
            <th scope="col" title={t('summary_sourcesTitle')}>
              {t('summary_sources')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.map((s) => (
            <tr key={`${s.kind}/${s.subject}`}>
              <th scope="row">{rowLabel(s.kind, s.subject)}</th>
              <td>{s.low}</td>
              <td>{s.best}</td>
              <td>{s.high ?? t('summary_open')}</td>
              <td>{s.conservative}</td>
              <td>{s.sources}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
