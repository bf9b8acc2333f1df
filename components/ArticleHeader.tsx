import type { Article } from '@/lib/types';
import { dateLabel } from './labels';
import { t } from './i18n';

/** Title, outlet and publication date of the article in the tab. */
export function ArticleHeader({
  article,
}: {
  article: Pick<Article, 'title' | 'outlet' | 'published' | 'byline'>;
}) {
  return (
    <header class="article-header">
      <h1 class="article-title">{article.title || t('article_untitled')}</h1>
      <p class="article-meta">
        <span class="outlet">{article.outlet}</span>
        {' · '}
        <time dateTime={article.published ?? undefined}>
          {article.published ? dateLabel(article.published) : t('article_noDate')}
        </time>
        {article.byline ? <span class="byline"> · {article.byline}</span> : null}
      </p>
    </header>
  );
}
