import type { Article } from '@/lib/types';

/** Where the user's selection lies in the article text, or null when it is not inside one paragraph of it. */
export function selectionOffsets(
  root: HTMLElement,
  sel: Selection | null,
): { start: number; end: number } | null {
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const para = (n: Node | null) =>
    (n?.nodeType === Node.TEXT_NODE ? n.parentElement : (n as Element | null))?.closest<HTMLElement>(
      '[data-start]',
    );
  const a = para(range.startContainer);
  const b = para(range.endContainer);
  if (!a || a !== b || !root.contains(a)) return null;
  const base = Number(a.dataset.start);
  return { start: base + range.startOffset, end: base + range.endOffset };
}

/** The article's paragraphs as plain text, each marked with its offset so a selection maps back to Article.text. */
export function ArticleText({
  article,
  rootRef,
}: {
  article: Article;
  rootRef: { current: HTMLDivElement | null };
}) {
  const paras = article.paragraphs.length
    ? article.paragraphs
    : [[0, article.text.length] as [number, number]];
  return (
    <div class="article-text" ref={rootRef} data-testid="article-text">
      {paras.map(([s, e]) => (
        <p key={s} data-start={s}>
          {article.text.slice(s, e)}
        </p>
      ))}
    </div>
  );
}
