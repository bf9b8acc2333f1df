/** The badge beside a figure's name when its sources conflict, vary in wording, or revised it. */
import type { FigureStatus } from '@/lib/types';
import { t } from './i18n';
import { STATUS_LABEL, STATUS_MARK, statusLabel } from './labels';

export function RowBadge({ status }: { status: FigureStatus }) {
  if (status !== 'conflict' && status !== 'variant' && status !== 'revised') return null;
  const words =
    status === 'conflict'
      ? statusLabel('conflict')
      : t(status === 'variant' ? 'statusText_variant' : 'statusText_revised');
  return (
    <span class={`badge badge-${status}`} title={STATUS_LABEL[status]}>
      <span aria-hidden="true">{STATUS_MARK[status]} </span>
      {words}
    </span>
  );
}
