import { t } from '../i18n';
import { useState } from 'preact/hooks';
import type { ClaimPatch } from '@/lib/corrections';
import type { Claim } from '@/lib/types';
import { claimantLabel, quantityLabel, rowLabel } from '../labels';
import { ClaimForm } from './ClaimForm';

export interface ClaimRowProps {
  claim: Claim;
  /** The user corrected or added this claim. */
  corrected: boolean;
  onEdit(patch: ClaimPatch): void;
  onDelete(): void;
}

/** One claim of a report, with Edit and Delete. */
export function ClaimRow({ claim, corrected, onEdit, onDelete }: ClaimRowProps) {
  const [editing, setEditing] = useState(false);
  return (
    <li
      class={`claim${corrected ? ' corrected' : ''}`}
      data-claim={`${claim.kind}/${claim.subject}`}
      data-min={claim.min}
    >
      <span class="claim-what">{rowLabel(claim.kind, claim.subject)}</span>:{' '}
      <strong class="claim-figure">{quantityLabel(claim)}</strong>
      <span class="claimant"> — {claimantLabel(claim)}</span>
      {claim.earlier ? <span class="tag">{t('dash_earlierFigure')}</span> : null}
      {corrected ? <span class="tag corrected-tag">{t('dash_correctedByYou')}</span> : null}
      <q class="quote">{claim.text}</q>
      {editing ? (
        <ClaimForm
          claim={claim}
          submitLabel={t('save_save')}
          onSubmit={(patch) => {
            setEditing(false);
            if (Object.keys(patch).length) onEdit(patch);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <span class="claim-actions">
          <button type="button" class="small" onClick={() => setEditing(true)} data-action="edit-claim">
            {t('dash_edit')}
          </button>
          <button
            type="button"
            class="small danger"
            onClick={onDelete}
            data-action="delete-claim"
            title={t('dash_notAClaim')}
          >
            {t('dash_delete')}
          </button>
        </span>
      )}
    </li>
  );
}
