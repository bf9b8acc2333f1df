import { extractReport } from '../../../lib/extract';
import type { Claim, Report } from '../../../lib/types';

/** Extracts a text written for the test. */
export function read(
  text: string,
  lang: 'en' | 'fr' | string = 'en',
  published: string | null = '2024-05-10',
): Report {
  return extractReport({ text, lang, published });
}

/** Claims as compact strings: "killed/soldiers 12-12 official". */
export function brief(claims: Claim[]): string[] {
  return claims.map(
    (c) => `${c.kind}/${c.subject} ${c.min}-${c.max ?? 'null'} ${c.by}${c.earlier ? ' earlier' : ''}`,
  );
}
