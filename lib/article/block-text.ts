/**
 * The text of an element with a line break at every block boundary, so that
 * Readability's <p>, <h2>, <li>, <blockquote>… come out as paragraphs.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);

/** Text of `root` with "\n" between blocks; whitespace inside a block collapses to one space. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts.join('');
}

/** Share of an element's text that sits inside links (a list of headlines is mostly links). */
export function linkDensity(root: Element): number {
  const total = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (!total) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a')))
    linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}
