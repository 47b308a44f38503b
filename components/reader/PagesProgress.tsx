import type { MessageKey, Translate } from '../i18n';
import type { FollowingPage, PageFailureReason, PagesState } from './pages-view';

const REASON: Record<Exclude<PageFailureReason, 'http'>, MessageKey> = {
  network: 'pagesReasonNetwork',
  timeout: 'pagesReasonTimeout',
  'not-html': 'pagesReasonNotHtml',
  'too-large': 'pagesReasonTooLarge',
  'other-site': 'pagesReasonOtherSite',
  'no-article': 'pagesReasonNoArticle',
};

function reasonText(page: Extract<FollowingPage, { ok: false }>, t: Translate): string {
  return page.reason === 'http' ? t('pagesReasonHttp', [String(page.status ?? '')]) : t(REASON[page.reason]);
}

/** Where a failed page was: a note saying which page is missing and why, with a link to read it on the site. */
export function PageFailureNote({ page, t }: { page: Extract<FollowingPage, { ok: false }>; t: Translate }) {
  return (
    <p class="page-failure" role="alert">
      {t('pagesFailed', [String(page.number), reasonText(page, t)])}{' '}
      <a href={page.url} target="_blank" rel="noopener noreferrer">{t('pagesOpenOriginal', [String(page.number)])}</a>
    </p>
  );
}

/** One line on the multi-page load: "Loading page 2 of 3…", then "This article had 3 pages…" when all came. */
export function PagesProgress({ state, t }: { state: PagesState; t: Translate }) {
  const failed = state.pages.some((page) => !page.ok);
  let text: string | null = null;
  if (state.loading !== null) text = t('pagesLoading', [String(state.loading), String(state.total)]);
  else if (!failed) text = t('pagesDone', [String(state.total)]);
  return (
    <p class="pages-progress" role="status" aria-live="polite" data-state={state.loading !== null ? 'loading' : failed ? 'incomplete' : 'done'}>
      {text}
    </p>
  );
}
