import type { MatchReason } from '../types';

/** "same places: Kayes, Diboli; dates 1–2 July 2025; possibly the same place: Diboli ~ Binoli; same actors: JNIM". */
export function describeMatch(reason: MatchReason): string {
  const parts: string[] = [];
  if (reason.samePlaces.length) parts.push(`same places: ${reason.samePlaces.join(', ')}`);
  if (reason.similarPlaces.length)
    parts.push(`possibly the same place: ${reason.similarPlaces.map(([a, b]) => `${a} ~ ${b}`).join(', ')}`);
  if (reason.dates) parts.push(`dates ${reason.dates}`);
  if (reason.sameActors.length) parts.push(`same actors: ${reason.sameActors.join(', ')}`);
  return parts.join('; ');
}
