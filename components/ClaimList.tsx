import { KINDS, SUBJECTS, type Claim, type FigureStatus } from '@/lib/types';
import { claimantLabel, claimContext, quantityLabel, rowLabel, STATUS_LABEL, STATUS_MARK } from './labels';
import { t } from './i18n';

export interface ClaimListProps {
  claims: Claim[];
  /** The article text the claims point into, for the quotes. */
  text: string;
  /** Per claim (same order), how it compares with other outlets; absent before any comparison. */
  statuses?: FigureStatus[];
}

/** The article's claims grouped by kind and subject, each with its claimant and quote. */
export function ClaimList({ claims, text, statuses }: ClaimListProps) {
  const groups = new Map<string, Array<{ claim: Claim; i: number }>>();
  const order = (c: Claim) => KINDS.indexOf(c.kind) * 100 + SUBJECTS.indexOf(c.subject);
  claims
    .map((claim, i) => ({ claim, i }))
    .sort((a, b) => order(a.claim) - order(b.claim) || a.claim.start - b.claim.start)
    .forEach((x) => {
      const key = `${x.claim.kind}/${x.claim.subject}`;
      groups.set(key, [...(groups.get(key) ?? []), x]);
    });
  return (
    <section class="claims" aria-label={t('claims_aria')}>
      <h2>
        {t('claims_heading')} <span class="count">({claims.length})</span>
      </h2>
      {[...groups.entries()].map(([key, items]) => (
        <div class="claim-group" key={key} data-row={key}>
          <h3>{rowLabel(items[0].claim.kind, items[0].claim.subject)}</h3>
          <ul>
            {items.map(({ claim, i }) => {
              const status = statuses?.[i];
              const [pre, words, post] = claimContext(text, claim.start, claim.end);
              return (
                <li
                  key={i}
                  class={`claim${status ? ` status-${status}` : ''}`}
                  data-claim={`${key}:${claim.min}`}
                >
                  <p class="claim-line">
                    <strong class="figure">{quantityLabel(claim)}</strong>
                    {' · '}
                    <span class="claimant">{claimantLabel(claim)}</span>
                    {claim.earlier ? <span class="tag"> {t('claim_earlierFigure')}</span> : null}
                    {claim.incident ? <span class="tag"> {t('claim_anotherAttack')}</span> : null}
                    {status ? (
                      <span class={`badge badge-${status}`}>
                        <span aria-hidden="true">{STATUS_MARK[status]} </span>
                        {STATUS_LABEL[status]}
                      </span>
                    ) : null}
                  </p>
                  <blockquote class="quote">
                    {pre}
                    <mark>{words}</mark>
                    {post}
                  </blockquote>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
