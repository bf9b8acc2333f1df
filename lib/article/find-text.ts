/**
 * Finds a claim's words in a live page: the page's text nodes are indexed
 * with whitespace collapsed (as readArticle collapses it), so a phrase that
 * runs across <b>, <a> or line breaks is still found, and each match maps
 * back to (text node, offset) pairs a DOM Range can be built from.
 */

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'TEMPLATE',
  'SELECT',
  'OPTION',
  'SVG',
  'IFRAME',
]);
const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
/** Soft hyphens and zero-width characters: invisible, so not in the index. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

export interface TextIndex {
  /** The page text, whitespace collapsed to single spaces. */
  text: string;
  /** For each character of `text`: its text node, or null for a space put between blocks. */
  nodes: Array<Text | null>;
  offsets: number[];
}

export interface DomSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export function indexText(root: Node): TextIndex {
  const chars: string[] = [];
  const nodes: Array<Text | null> = [];
  const offsets: number[] = [];
  let space = true; // at the start, as after a space: leading whitespace is dropped
  const push = (ch: string, node: Text | null, off: number) => {
    chars.push(ch);
    nodes.push(node);
    offsets.push(off);
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      const v = t.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) {
        const ch = v[i];
        if (INVISIBLE.test(ch)) continue;
        if (/\s/.test(ch)) {
          if (!space) push(' ', t, i);
          space = true;
        } else {
          push(ch, t, i);
          space = false;
        }
      }
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = ((node as Element).tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.test(tag);
    if (block && !space) {
      push(' ', null, 0);
      space = true;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block && !space) {
      push(' ', null, 0);
      space = true;
    }
  };
  walk(root);
  return { text: chars.join(''), nodes, offsets };
}

const WORD = /[\p{L}\p{N}]/u;

/** [start, end) of each whole-word occurrence of `needle` in the index text (at most `max`). */
export function findInIndex(index: TextIndex, needle: string, max = 5): Array<[number, number]> {
  const n = needle.replace(/\s+/g, ' ').trim();
  if (!n) return [];
  const found: Array<[number, number]> = [];
  for (const [hay, pat] of [
    [index.text, n],
    [index.text.toLowerCase(), n.toLowerCase()],
  ] as const) {
    // Lower-casing can change lengths (rarely: İ); then only the exact pass is safe.
    if (hay.length !== index.text.length) continue;
    let from = 0;
    while (found.length < max) {
      const i = hay.indexOf(pat, from);
      if (i < 0) break;
      const end = i + pat.length;
      const before = i > 0 ? hay[i - 1] : ' ';
      const after = end < hay.length ? hay[end] : ' ';
      const edgeOk =
        (!WORD.test(pat[0]) || !WORD.test(before)) && (!WORD.test(pat[pat.length - 1]) || !WORD.test(after));
      if (edgeOk) found.push([i, end]);
      from = i + 1;
    }
    if (found.length) break;
  }
  return found;
}

/** The DOM positions of an index span; null if it starts or ends on a space put between blocks. */
export function spanToDom(index: TextIndex, [start, end]: [number, number]): DomSpan | null {
  const startNode = index.nodes[start];
  const endNode = index.nodes[end - 1];
  if (!startNode || !endNode) return null;
  return { startNode, startOffset: index.offsets[start], endNode, endOffset: index.offsets[end - 1] + 1 };
}

/** Every text node a span covers, with the [from, to) part of each. */
export function spanSegments(
  index: TextIndex,
  [start, end]: [number, number],
): Array<{ node: Text; from: number; to: number }> {
  const segs: Array<{ node: Text; from: number; to: number }> = [];
  for (let i = start; i < end; i++) {
    const node = index.nodes[i];
    if (!node) continue;
    const last = segs[segs.length - 1];
    if (last && last.node === node) last.to = index.offsets[i] + 1;
    else segs.push({ node, from: index.offsets[i], to: index.offsets[i] + 1 });
  }
  return segs;
}
