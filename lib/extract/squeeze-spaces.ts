/**
 * Runs of spaces inside a line ("Jama'at  Nusrat al-Islam", "Nioro du  Sahel", a page's
 * non-breaking space beside a plain one) read as one space, so that names of several words are
 * found however the page spaced them. The extractor reads the squeezed text; the claims' offsets
 * are mapped back onto the article's own text, where the popup highlights them.
 */
import type { Claim, Report } from '../types';

/** The text with each run of spaces as one space, and each of its offsets in the original. */
export interface Squeezed {
  text: string;
  /** Offset in the original text of each offset of the squeezed text (one more for its end). */
  original: Int32Array;
}

const RUN = /[ \t\u00a0\u202f]{2,}/g;

/** The squeezed text, or null when it has no run of spaces to squeeze. */
export function squeezeSpaces(text: string): Squeezed | null {
  RUN.lastIndex = 0;
  if (!RUN.test(text)) return null;
  const original = new Int32Array(text.length + 1);
  let out = '';
  let from = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    for (let k = from; k <= m.index; k++) original[out.length + k - from] = k;
    out += text.slice(from, m.index) + ' ';
    from = m.index + m[0].length;
  }
  for (let k = from; k <= text.length; k++) original[out.length + k - from] = k;
  out += text.slice(from);
  return { text: out, original: original.subarray(0, out.length + 1) };
}

/** A report read from the squeezed text, its claims pointing into the original text. */
export function unsqueezeReport(report: Report, text: string, s: Squeezed): Report {
  const back = (c: Claim): Claim => {
    const start = s.original[c.start];
    const end = s.original[c.end - 1] + 1;
    return { ...c, start, end, text: text.slice(start, end) };
  };
  return { ...report, claims: report.claims.map(back), background: report.background.map(back) };
}
