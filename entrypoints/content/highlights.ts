/**
 * Draws the claims' highlights in the live page and removes them again.
 * CSS Custom Highlight API where the browser has it (the page's DOM is not
 * touched), else <mark> elements built with DOM methods. Page text is never
 * parsed as HTML. One claim that cannot be drawn never stops the others.
 */
import { findInIndex, indexText, spanSegments, spanToDom } from '../../lib/article/find-text';
import type { HighlightClaim, HighlightCount } from '../../lib/messages';
import type { FigureStatus } from '../../lib/types';
import { HIGHLIGHT_COLORS, HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from '../../lib/article/highlight-style';

const STYLE_ID = 'mali-crosscheck-highlight-style';
const COUNT_ATTR = 'data-mali-crosscheck-highlights';
const LABELS: Record<FigureStatus, string> = {
  agree: 'Mali Crosscheck: another outlet gives an overlapping figure',
  conflict: 'Mali Crosscheck: conflict — another outlet gives a figure that does not overlap',
  single: 'Mali Crosscheck: only this outlet gives this figure',
};

let marks: HTMLElement[] = [];
/** Text nodes split off the page's own by wrapInMarks, in creation order. */
let pieces: Text[] = [];

function cssHighlightsAvailable(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function clearHighlights(doc: Document): HighlightCount {
  let drawn = 0;
  if (cssHighlightsAvailable()) {
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      drawn += CSS.highlights.get(name)?.size ?? 0;
      CSS.highlights.delete(name);
    }
  }
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    drawn++;
  }
  // Join the text nodes the marks split off, so the page's text nodes are as they were.
  // Newest first is document order within each split node (see wrapInMarks).
  for (const piece of pieces.reverse()) {
    const prev = piece.previousSibling;
    if (prev && prev.nodeType === 3 && piece.parentNode) {
      (prev as Text).appendData(piece.data);
      piece.parentNode.removeChild(piece);
    }
  }
  pieces = [];
  marks = [];
  doc.getElementById(STYLE_ID)?.remove();
  doc.documentElement.removeAttribute(COUNT_ATTR);
  return { drawn, missing: 0, method: 'none' };
}

export function drawHighlights(doc: Document, claims: HighlightClaim[]): HighlightCount {
  clearHighlights(doc);
  if (!doc.body || claims.length === 0) return { drawn: 0, missing: claims.length, method: 'none' };
  ensureStyle(doc);
  const index = indexText(doc.body);
  const useCss = cssHighlightsAvailable();
  const ranges: Record<FigureStatus, Range[]> = { agree: [], conflict: [], single: [] };
  const segments: Array<{ node: Text; from: number; to: number; status: FigureStatus }> = [];
  let drawn = 0;
  let missing = 0;
  for (const claim of claims) {
    try {
      const spans = findInIndex(index, claim.text);
      if (spans.length === 0) {
        missing++;
        continue;
      }
      for (const span of spans) {
        if (useCss) {
          const dom = spanToDom(index, span);
          if (!dom) continue;
          const range = doc.createRange();
          range.setStart(dom.startNode, dom.startOffset);
          range.setEnd(dom.endNode, dom.endOffset);
          ranges[claim.status].push(range);
        } else {
          for (const seg of spanSegments(index, span)) segments.push({ ...seg, status: claim.status });
        }
      }
      drawn++;
    } catch {
      missing++;
    }
  }
  if (useCss) {
    for (const status of Object.keys(ranges) as FigureStatus[]) {
      if (ranges[status].length)
        CSS.highlights.set(HIGHLIGHT_NAMES[status], new Highlight(...ranges[status]));
    }
  } else {
    wrapInMarks(doc, segments);
  }
  doc.documentElement.setAttribute(COUNT_ATTR, String(drawn));
  return { drawn, missing, method: useCss ? 'css' : 'mark' };
}

/**
 * Wraps each segment in a <mark>. Segments of one text node are wrapped from
 * the last to the first, so splitting the node keeps earlier offsets valid;
 * a segment overlapping one already wrapped is left out.
 */
function wrapInMarks(
  doc: Document,
  segments: Array<{ node: Text; from: number; to: number; status: FigureStatus }>,
): void {
  const byNode = new Map<Text, typeof segments>();
  for (const s of segments) byNode.set(s.node, [...(byNode.get(s.node) ?? []), s]);
  for (const [node, segs] of byNode) {
    segs.sort((a, b) => b.from - a.from);
    let limit = Infinity;
    for (const seg of segs) {
      if (seg.to > limit) continue;
      try {
        // Split by hand (not Text.splitText, which linkedom lacks): node keeps [0, from).
        const value = node.data;
        const parent = node.parentNode;
        if (!parent) continue;
        const after = doc.createTextNode(value.slice(seg.to));
        const mid = doc.createTextNode(value.slice(seg.from, seg.to));
        parent.insertBefore(after, node.nextSibling);
        node.data = value.slice(0, seg.from);
        pieces.push(after, mid);
        const mark = doc.createElement('mark');
        mark.className = HIGHLIGHT_NAMES[seg.status];
        mark.title = LABELS[seg.status];
        // CSSOM, not a style attribute: a page's CSP does not block it.
        mark.style.backgroundColor = HIGHLIGHT_COLORS[seg.status].background;
        mark.style.color = 'inherit';
        mark.appendChild(mid);
        parent.insertBefore(mark, after);
        marks.push(mark);
        limit = seg.from;
      } catch {
        // A node the page changed meanwhile: skip this segment only.
      }
    }
  }
}
