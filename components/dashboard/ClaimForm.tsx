import { t } from '../i18n';
import { useState } from 'preact/hooks';
import type { ClaimPatch } from '@/lib/corrections';
import { CLAIMANTS, KINDS, SUBJECTS, type Claim } from '@/lib/types';
import { byLabel, kindLabel, subjectLabel } from '../labels';

export interface ClaimFormProps {
  claim: Claim;
  /** "Save" for an edit, "Add claim" for a new one. */
  submitLabel: string;
  onSubmit(patch: ClaimPatch): void;
  onCancel(): void;
}

/** Edits a claim's figure, kind, subject and claimant. Reports only the fields that changed. */
export function ClaimForm({ claim, submitLabel, onSubmit, onCancel }: ClaimFormProps) {
  const [v, setV] = useState({
    kind: claim.kind,
    subject: claim.subject,
    by: claim.by,
    source: claim.source ?? '',
    min: String(claim.min),
    max: claim.max === null ? '' : String(claim.max),
    approx: !!claim.approx,
  });
  const [error, setError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const min = Number(v.min);
    const max = v.max.trim() === '' ? null : Number(v.max);
    if (!Number.isInteger(min) || min < 0) return setError(t('form_minError'));
    if (max !== null && (!Number.isInteger(max) || max < min)) return setError(t('form_maxError'));
    const next: Required<ClaimPatch> = {
      kind: v.kind,
      subject: v.subject,
      by: v.by,
      source: v.source.trim(),
      min,
      max,
      approx: v.approx,
      earlier: !!claim.earlier,
    };
    const patch: ClaimPatch = {};
    for (const k of Object.keys(next) as Array<keyof ClaimPatch>) {
      const old =
        k === 'source' ? (claim.source ?? '') : k === 'approx' || k === 'earlier' ? !!claim[k] : claim[k];
      if (next[k] !== old) (patch as Record<string, unknown>)[k] = next[k];
    }
    onSubmit(patch);
  };
  return (
    <form class="claim-form" onSubmit={submit} data-testid="claim-form">
      <label>
        {t('form_what')}
        <select
          value={v.kind}
          onChange={(e) => setV({ ...v, kind: e.currentTarget.value as Claim['kind'] })}
          name="kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form_whoWhat')}
        <select
          value={v.subject}
          onChange={(e) => setV({ ...v, subject: e.currentTarget.value as Claim['subject'] })}
          name="subject"
        >
          {SUBJECTS.map((s) => (
            <option key={s} value={s}>
              {subjectLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form_atLeast')}
        <input
          type="number"
          min="0"
          step="1"
          required
          value={v.min}
          onInput={(e) => setV({ ...v, min: e.currentTarget.value })}
          name="min"
        />
      </label>
      <label>
        {t('form_atMost')}
        <input
          type="number"
          min="0"
          step="1"
          value={v.max}
          placeholder={t('summary_open')}
          onInput={(e) => setV({ ...v, max: e.currentTarget.value })}
          name="max"
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={v.approx}
          onChange={(e) => setV({ ...v, approx: e.currentTarget.checked })}
          name="approx"
        />
        {t('form_approx')}
      </label>
      <label>
        {t('form_claimedBy')}
        <select
          value={v.by}
          onChange={(e) => setV({ ...v, by: e.currentTarget.value as Claim['by'] })}
          name="by"
        >
          {CLAIMANTS.map((b) => (
            <option key={b} value={b}>
              {byLabel(b)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form_source')}
        <input
          type="text"
          value={v.source}
          maxLength={200}
          placeholder="as the text names it"
          onInput={(e) => setV({ ...v, source: e.currentTarget.value })}
          name="source"
        />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          {t('form_cancel')}
        </button>
      </div>
    </form>
  );
}
