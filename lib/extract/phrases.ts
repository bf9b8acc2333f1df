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
      const at = (n: number, k: number) =>
        n < limit && (tokens[n].norm === words[k] || elidedDe(words[k], tokens[n].norm, k === last));
      let j = i + 1;
      let ok = true;
      for (let k = 1; k < words.length; k++, j++) {
        if (at(j, k)) continue;
        if (gap && j < limit && gap(tokens[j]) && at(j + 1, k)) j++;
        else {
          ok = false;
          break;
        }
      }
      if (ok) return { value, end: j };
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
