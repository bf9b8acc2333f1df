import type { ExtractInput, Report } from '../types';

/** Bumped whenever extraction rules change: saved reports remember which version read them. */
export const EXTRACTOR_VERSION = 1;

/** Finds the claims an article makes about attacks in Mali. (Placeholder: filled in by the extractor work.) */
export function extractReport(input: ExtractInput): Report {
  const event = { date: null, places: [], placeDetails: [], actors: [] };
  return { lang: input.lang ?? 'und', status: 'no-attack', event, incidents: [], claims: [], background: [] };
}
