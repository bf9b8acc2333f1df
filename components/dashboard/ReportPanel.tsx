import { plural, t } from '../i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyCorrectionsDetailed, type Correction } from '@/lib/corrections';

import { findSelection } from '@/lib/dashboard/claim-hash';
import type { Claim, SavedReport, StoredEvent } from '@/lib/types';
import { dateLabel } from '../labels';
import { ArticleText, selectionOffsets } from './ArticleText';
import { ClaimForm } from './ClaimForm';
import { ClaimRow } from './ClaimRow';
import { eventDate } from './EventCard';
import type { CorrectionHandlers } from './handlers';

export interface ReportPanelProps {
  saved: SavedReport;
  event: StoredEvent;
  /** The report's incident this event is about. */
  incident: number;
  corrections: readonly Correction[];
  /** Events the report could be moved to. */
  others: StoredEvent[];
  handlers: CorrectionHandlers;
  selected: boolean;
  onSelect(on: boolean): void;
  /** Words selected on the page (context menu): the claim form opens with them. Untrusted: shown as text only. */
  prefill?: string;
}

/** Only web pages are linked: a stored URL is untrusted (an import may carry anything). */
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

/** One report of an event: its claims with the user's corrections, and what can be done with it. */
export function ReportPanel({
  saved,
  event,
  incident,
  corrections,
  others,
  handlers,
  selected,
  onSelect,
  prefill,
}: ReportPanelProps) {
  const applied = applyCorrectionsDetailed(saved.report, corrections);
  const claims = applied.report.claims
    .map((c, i) => ({ c, by: applied.correctedBy[i] }))
    .filter(({ c }) => (c.incident ?? 0) === incident);
  const [adding, setAdding] = useState<Claim | null>(null);
  const [showText, setShowText] = useState(false);
  const [hint, setHint] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState('');
  const textRef = useRef<HTMLDivElement | null>(null);
  const a = saved.article;

  const formRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!prefill) return;
    const at = findSelection(a.text, prefill);
    setShowText(true);
    if (at) startClaim(at);
    else setHint(t('dash_claimNotFound'));
    requestAnimationFrame(() => formRef.current?.scrollIntoView({ block: 'center' }));
  }, [prefill]);

  const useSelection = () => {
    const off = textRef.current ? selectionOffsets(textRef.current, window.getSelection()) : null;
    if (!off) return setHint(t('dash_selectFirst'));
    startClaim(off);
  };

  /** The claim form for the words at these offsets of the saved text, its figure guessed from them. */
  const startClaim = (off: { start: number; end: number }) => {
    const text = a.text.slice(off.start, off.end);
    const n = Number(/\d+/.exec(text.replace(/[\s\u00a0\u202f,.](?=\d{3}\b)/g, ''))?.[0] ?? NaN);
    setHint(null);
    setAdding({
      kind: 'killed',
      subject: 'people',
      by: 'unattributed',
      min: Number.isFinite(n) ? n : 1,
      max: Number.isFinite(n) ? n : null,
      text,
      start: off.start,
      end: off.end,
      ...(incident ? { incident } : {}),
    });
  };

  return (
    <article class="report" data-report={saved.url}>
      <header>
        <label class="check select-report" title={t('dash_selectReport')}>
          <input
            type="checkbox"
            aria-label={t('dash_selectReport')}
            checked={selected}
            onChange={(e) => onSelect(e.currentTarget.checked)}
          />
        </label>
        <h3>
          <span class="outlet">{a.outlet}</span>{' '}
          <a href={safeHref(saved.url)} target="_blank" rel="noopener noreferrer">
            {a.title || saved.url}
          </a>
        </h3>
        <p class="meta">
          {t('dash_published', dateLabel(a.published), dateLabel(saved.savedAt))}
          {a.lang ?? saved.report.lang}
        </p>
      </header>
      {claims.length ? (
        <ul class="claims">
          {claims.map(({ c, by }, i) => (
            <ClaimRow
              key={`${c.start}/${c.kind}/${c.subject}/${i}`}
              claim={c}
              corrected={!!by}
              onEdit={(set) => handlers.editClaim(saved.url, c, set)}
              onDelete={() => handlers.deleteClaim(saved.url, c)}
            />
          ))}
        </ul>
      ) : (
        <p class="none">{t('dash_noClaims')}</p>
      )}
      {applied.orphans.length ? <p class="note">{plural('dash_orphans', applied.orphans.length)}</p> : null}
      <div class="report-actions">
        <button
          type="button"
          class="small"
          onClick={() => setShowText(!showText)}
          data-action="add-claim-start"
        >
          {showText ? t('dash_hideText') : t('dash_addMissed')}
        </button>
        <label>
          {t('dash_moveTo')}{' '}
          <select value={moveTo} onChange={(e) => setMoveTo(e.currentTarget.value)} data-action="move-target">
            <option value="">{t('dash_newEvent')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {eventDate(o)} — {o.places.join(', ') || t('dash_noPlace')}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="small"
          disabled={!moveTo && event.reports.length < 2}
          title={!moveTo && event.reports.length < 2 ? t('dash_onlyReport') : undefined}
          onClick={() => handlers.moveReport(saved.url, event.id, moveTo || null)}
          data-action="move-report"
        >
          {t('dash_move')}
        </button>
        <button
          type="button"
          class="small danger"
          onClick={() => handlers.deleteReport(saved.url)}
          data-action="delete-report"
        >
          {t('dash_deleteReport')}
        </button>
      </div>
      {showText ? (
        <div class="add-claim" ref={formRef}>
          <p class="hint">{t('dash_selectHint')}</p>
          <button type="button" class="small" onClick={useSelection} data-action="use-selection">
            {t('dash_useSelection')}
          </button>
          {hint ? <p class="error">{hint}</p> : null}
          {adding ? (
            <>
              <p>
                {t('dash_newClaimFrom')} <q>{adding.text}</q>
              </p>
              <ClaimForm
                claim={adding}
                submitLabel={t('dash_addClaim')}
                onSubmit={(patch) => {
                  handlers.addClaim(saved.url, {
                    ...adding,
                    ...patch,
                    source: patch.source ?? adding.source,
                  });
                  setAdding(null);
                  setShowText(false);
                }}
                onCancel={() => setAdding(null)}
              />
            </>
          ) : null}
          <ArticleText article={a} rootRef={textRef} />
        </div>
      ) : null}
    </article>
  );
}
