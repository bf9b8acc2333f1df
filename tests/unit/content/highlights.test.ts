/**
 * The <mark> fallback of the page highlights (Node has no CSS Custom
 * Highlight API, so this is the path taken here): marks are built with DOM
 * methods, page text stays text, and clearing restores the page exactly.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { clearHighlights, drawHighlights } from '../../../entrypoints/content/highlights';

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
<nav>Home · 21 soldiers memorial</nav>
<article><h1>Attack</h1>
<p>Militants killed <b>at least 21</b> soldiers, a monitor said. The army said 9 soldiers died.</p>
<p>Residents spoke of <a href="#">about 30</a> dead &lt;script&gt;alert(1)&lt;/script&gt; near the camp.</p>
</article></body></html>`;

function load() {
  return parseHTML(PAGE).document as unknown as Document;
}

describe('highlights with <mark> elements', () => {
  it('wraps each claim, across inline elements, coloured by status', () => {
    const doc = load();
    const count = drawHighlights(doc, [
      { text: 'at least 21 soldiers', status: 'conflict' },
      { text: '9 soldiers', status: 'agree' },
      { text: 'about 30 dead', status: 'single' },
      { text: 'not in the page at all', status: 'single' },
    ]);
    expect(count).toEqual({ drawn: 3, missing: 1, method: 'mark' });
    const marks = Array.from(doc.querySelectorAll('mark'));
    const text = (cls: string) =>
      marks
        .filter((m) => m.className === cls)
        .map((m) => m.textContent)
        .join('|');
    expect(text('mali-crosscheck-conflict')).toBe('at least 21| soldiers');
    expect(text('mali-crosscheck-agree')).toBe('9 soldiers');
    expect(text('mali-crosscheck-single')).toBe('about 30| dead');
    expect(marks.every((m) => m.title.startsWith('Mali Crosscheck:'))).toBe(true);
    // Escaped page text stays text: no element was made of it.
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.getElementById('mali-crosscheck-highlight-style')?.textContent).toContain(
      '::highlight(mali-crosscheck-conflict)',
    );
    expect(doc.documentElement.getAttribute('data-mali-crosscheck-highlights')).toBe('3');
  });

  it('clears everything and gives back the page as it was', () => {
    const doc = load();
    const before = doc.body.innerHTML;
    drawHighlights(doc, [
      { text: 'at least 21 soldiers', status: 'conflict' },
      { text: 'soldiers', status: 'single' },
    ]);
    expect(doc.body.innerHTML).not.toBe(before);
    clearHighlights(doc);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelectorAll('mark, #mali-crosscheck-highlight-style')).toHaveLength(0);
    expect(doc.documentElement.hasAttribute('data-mali-crosscheck-highlights')).toBe(false);
    // The split text nodes are joined again.
    expect(doc.querySelector('article p')!.childNodes).toHaveLength(3);
  });

  it('drawing again replaces the previous highlights', () => {
    const doc = load();
    drawHighlights(doc, [{ text: '9 soldiers', status: 'single' }]);
    drawHighlights(doc, [{ text: '9 soldiers', status: 'conflict' }]);
    const marks = doc.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].className).toBe('mali-crosscheck-conflict');
  });
});
