/** The index fields a saved report carries, computed from its incidents. */
import { daysBetween } from '../events/dates';
import { reportFacts, type IncidentFacts } from '../events/incident-facts';
import type { Article, Report } from '../types';

/** Every day an incident's window covers; empty when the date is unknown (or only the year). */
export function factDays(f: IncidentFacts): string[] {
  return f.when.from && f.when.to ? daysBetween(f.when.from, f.when.to) : [];
}

export function reportIndexFields(article: Article, report: Report): { days: string[]; placeKeys: string[] } {
  const facts = reportFacts(article.canonicalUrl, article, report);
  const days = new Set<string>();
  const placeKeys = new Set<string>();
  for (const f of facts) {
    // A report with no date is indexed under its publication day (its event, under the week before).
    for (const d of f.when.kind === 'published' ? [f.when.to!] : factDays(f)) days.add(d);
    for (const p of f.places) placeKeys.add(p.key);
  }
  if (!days.size && article.published) days.add(article.published.slice(0, 10));
  return { days: [...days].sort(), placeKeys: [...placeKeys].sort() };
}
