/** Sentences about matches and coverage, built from lib's data in the UI language. */
import type { Coverage } from '@/lib/dashboard/coverage';
import type { MatchReason } from '@/lib/types';
import { plural, t } from './i18n';

/** "same places: Kayes, Diboli; dates 1–2 July 2025; possibly the same place: Diboli ~ Binoli; same actors: JNIM". */
export function describeMatch(reason: MatchReason): string {
  const parts: string[] = [];
  if (reason.samePlaces.length) parts.push(t('match_samePlaces', reason.samePlaces.join(', ')));
  if (reason.similarPlaces.length)
    parts.push(t('match_similarPlaces', reason.similarPlaces.map(([a, b]) => `${a} ~ ${b}`).join(', ')));
  if (reason.dates) parts.push(t('match_dates', reason.dates));
  if (reason.sameActors.length) parts.push(t('match_sameActors', reason.sameActors.join(', ')));
  return parts.join('; ');
}

/** "Reported by 5 outlets, 3 give figures" / "Rapportée par 5 médias, 3 donnent des chiffres". */
export function coverageLabel({ outlets, withFigures }: Coverage): string {
  return t('coverage_join', plural('coverage_outlets', outlets), plural('coverage_figures', withFigures));
}
