import { extractReport } from '../../../lib/extract';
import type { Claim, Report } from '../../../lib/types';

/**
 * Extracts a text written for the test. The sentences of most tests do not say where they
 * happen: by default they are read as a page whose title names Mali (topic.ts needs Mali named).
 */
export function read(
  text: string,
  lang: 'en' | 'fr' | string = 'en',
  published: string | null = '2024-05-10',
  title: string | null = 'Mali',
): Report {
  return extractReport({ text, lang, published, title });
}

/** Claims as compact strings: "killed/soldiers 12-12 official". */
export function brief(claims: Claim[]): string[] {
  return claims.map(
    (c) => `${c.kind}/${c.subject} ${c.min}-${c.max ?? 'null'} ${c.by}${c.earlier ? ' earlier' : ''}`,
  );
}
