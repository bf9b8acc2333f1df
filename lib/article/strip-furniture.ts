/**
 * Removes page furniture Readability sometimes keeps inside an article body:
 * ad slots, share bars, "read also" boxes, comment threads, cookie banners.
 * Runs on the clone only. Figures in this furniture ("40 killed in Djibo" in a
 * related-links box) must not reach the extractor as if the article said them.
 */
const FURNITURE =
  /(^|[\s_-])(ads?|advert\w*|adslot|banner|cookie\w*|consent|promo\w*|sponsor\w*|newsletter|share|sharing|social|related|read-?also|lire-?aussi|most-?read|comments?|commentaires?|partage|disqus|outbrain|taboola|paywall)([\s_-]|$)/i;
const LABELS = /^(advertisement|advertising|publicité|publicite|pub|sponsored|annonce|publicidad)$/i;

export function stripFurniture(doc: Document): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN')
      continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // A wrapper with several paragraphs is the article itself ("article-body share-enabled").
    if (FURNITURE.test(names) && el.querySelectorAll('p').length < 3) el.remove();
  }
  for (const el of Array.from(
    root.querySelectorAll('aside, [role="complementary"], [role="dialog"], [aria-hidden="true"]'),
  ))
    el.remove();
  for (const el of Array.from(root.querySelectorAll('p, div, span'))) {
    if (LABELS.test((el.textContent ?? '').trim())) el.remove();
  }
}
