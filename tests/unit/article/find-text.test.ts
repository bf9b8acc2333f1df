import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findInIndex, indexText, spanSegments, spanToDom } from '../../../lib/article/find-text';

const body = (html: string) =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('find claim text in a page', () => {
  it('collapses whitespace and finds a phrase that runs across inline elements', () => {
    const b = body('<p>The army said   <b>at least\n 21</b> soldiers were killed.</p>');
    const idx = indexText(b);
    expect(idx.text).toBe('The army said at least 21 soldiers were killed. ');
    const hits = findInIndex(idx, 'at least 21 soldiers');
    expect(hits).toHaveLength(1);
    const dom = spanToDom(idx, hits[0])!;
    expect(dom.startNode.nodeValue!.slice(dom.startOffset)).toBe('at least\n 21');
    expect(dom.endNode.nodeValue!.slice(0, dom.endOffset)).toBe(' soldiers');
    const segs = spanSegments(idx, hits[0]);
    expect(segs.map((s) => s.node.nodeValue!.slice(s.from, s.to))).toEqual(['at least\n 21', ' soldiers']);
  });

  it('matches whole words only and falls back to case-insensitive', () => {
    const idx = indexText(body('<p>In 2021 there were 21 dead.</p><p>At Least 9 soldats.</p>'));
    expect(findInIndex(idx, '21').map(([s]) => idx.text.slice(s, s + 7))).toEqual(['21 dead']);
    expect(findInIndex(idx, 'at least 9 soldats')).toHaveLength(1);
  });

  it('does not join words of adjacent blocks and skips scripts and styles', () => {
    const idx = indexText(
      body('<p>killed 14</p><p>soldiers</p><script>var x = "14 soldiers";</script><style>p{}</style>'),
    );
    expect(idx.text).toBe('killed 14 soldiers ');
    // The space between the blocks is virtual: a span may cross it, but not start or end on it.
    const hit = findInIndex(idx, '14 soldiers');
    expect(hit).toHaveLength(1);
    expect(spanSegments(idx, hit[0]).map((s) => s.node.nodeValue!.slice(s.from, s.to))).toEqual([
      '14',
      'soldiers',
    ]);
  });

  it('finds nothing for a phrase not in the page', () => {
    expect(findInIndex(indexText(body('<p>Nothing here.</p>')), '30 assailants')).toEqual([]);
    expect(findInIndex(indexText(body('<p>Nothing here.</p>')), '   ')).toEqual([]);
  });
});
