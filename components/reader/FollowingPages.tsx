import { ArticleBody } from '../ArticleBody';
import type { Translate } from '../i18n';
import { PageFailureNote, PagesProgress } from './PagesProgress';
import type { PagesState } from './pages-view';

/**
 * The following pages of a multi-page article, after the first page's body: each page's clean text in order
 * (marked with its number for screen readers), a note where a page failed, and the progress line.
 */
export function FollowingPages({ state, t, lang, dir }: { state: PagesState | null; t: Translate; lang?: string; dir?: 'ltr' | 'rtl' }) {
  if (!state) return null;
  return (
    <div class="following-pages" lang={lang} dir={dir}>
      {state.pages.map((page) =>
        page.ok ? (
          <section key={page.url} class="following-page" aria-label={t('pageLabel', [String(page.number)])} data-page={page.number}>
            <ArticleBody content={page.body} />
          </section>
        ) : (
          <PageFailureNote key={page.url} page={page} t={t} />
        ),
      )}
      <PagesProgress state={state} t={t} />
    </div>
  );
}
