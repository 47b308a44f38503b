import { TranslatableArticleBody, TranslatableTitle } from './translation/TranslatableArticle';
import { formatArticleDate } from './format-date';
import type { Translate } from './i18n';
import { ReaderDialog } from './ReaderDialog';

/** What the overlay shows about an article: display data only, plus sanitized body nodes. */
export interface OverlayArticle {
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  byline: string | null;
  siteName: string | null;
  source: string | null;
  publishedTime: string | null;
  readingTimeMinutes: number;
  body: Node;
}

interface ReaderOverlayProps {
  article: OverlayArticle;
  t: Translate;
  onClose: () => void;
}

/** Reader mode: the clean article with its attribution, in readable typography. */
export function ReaderOverlay({ article, t, onClose }: ReaderOverlayProps) {
  const date = formatArticleDate(article.publishedTime, article.lang);
  const meta = [
    article.byline ? t('overlayBy', [article.byline]) : null,
    date ? t('overlayPublished', [date]) : null,
    t('readingTime', [String(article.readingTimeMinutes)]),
  ].filter((part): part is string => part !== null);
  return (
    <ReaderDialog t={t} onClose={onClose}>
      <article class="article" lang={article.lang} dir={article.dir}>
        <header class="article-header">
          {article.siteName && <p class="site">{article.siteName}</p>}
          <h1 class="title"><TranslatableTitle text={article.title} /></h1>
          <p class="meta">
            {meta.map((part, i) => (
              <span key={part} class="meta-item">{i > 0 && <span aria-hidden="true"> · </span>}{part}</span>
            ))}
          </p>
          {article.source && <p class="source">{t('overlaySource', [article.source])}</p>}
        </header>
        <TranslatableArticleBody content={article.body} t={t} />
      </article>
    </ReaderDialog>
  );
}
