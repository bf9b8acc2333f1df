import { tokenize, type Token } from './tokens';

/**
 * "de" in a phrase is "d'" before a vowel ("l'assassinat d'un gendarme"), and, last in the phrase,
 * "du" or "des" before an article ("l'assassinat des deux gendarmes"): one entry covers them all.
 */
function elidedDe(word: string, norm: string, last: boolean): boolean {
  return word === 'de' && (norm === "d'" || (last && (norm === 'du' || norm === 'des')));
}

/**
 * A set of token sequences, matched at a token index without scanning the text again. The
 * phrases are tokenized on the first match, not when the lexicons load (see WordForms).
 */
export class PhraseSet<T> {
  private entries: Array<[string, T]> | null;
  private index: Map<string, Array<{ words: string[]; value: T }>> | null = null;

  constructor(entries: Array<[string, T]>) {
    this.entries = [...entries];
  }

  private get byFirst(): Map<string, Array<{ words: string[]; value: T }>> {
    if (this.index) return this.index;
    const byFirst = (this.index = new Map<string, Array<{ words: string[]; value: T }>>());
    for (const [phrase, value] of this.entries!) {
      // "émane d'": an elided article ending the phrase is one token, as before a word in the text.
      const elided = /['\u2019]$/.test(phrase);
      const words = tokenize(elided ? `${phrase}x` : phrase)
        .map((t) => t.norm)
        .slice(0, elided ? -1 : undefined);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(words[0], list);
    }
    this.entries = null;
    return byFirst;
  }

  /** Does some phrase start with the (folded) word? */
  starts(word: string): boolean {
    return this.byFirst.has(word);
  }

  /**
   * The longest phrase starting at token i (within [i, limit)): its value and end index. `gap`
   * lets one word it accepts stand between two of the phrase's ("manquent toujours à l'appel").
   */
  matchAt(
    tokens: Token[],
    i: number,
    limit = tokens.length,
    gap?: (t: Token) => boolean,
  ): { value: T; end: number } | null {
    const list = this.byFirst.get(tokens[i]?.norm ?? '');
    if (!list) return null;
    for (const { words, value } of list) {
      if (i + words.length > limit) continue;
      const last = words.length - 1;
      let j = i + 1;
      let k = 1;
      for (; k <= last; k++, j++) {
        if (j >= limit) break;
        const n = tokens[j].norm;
        if (n === words[k] || (words[k] === 'de' && elidedDe(words[k], n, k === last))) continue;
        // One word the caller allows between two of the phrase's.
        if (!gap || j + 1 >= limit || !gap(tokens[j])) break;
        const m = tokens[j + 1].norm;
        if (m !== words[k] && !(words[k] === 'de' && elidedDe(words[k], m, k === last))) break;
        j++;
      }
      if (k > last) return { value, end: j };
    }
    return null;
  }

  /** Every match in tokens [from, to). */
  findAll(tokens: Token[], from: number, to: number): Array<{ value: T; start: number; end: number }> {
    const out: Array<{ value: T; start: number; end: number }> = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) out.push({ value: m.value, start: i, end: m.end });
    }
    return out;
  }
}
