import type { ComponentChildren } from 'preact';
import type { Translate } from './i18n';
import { RESTRICTED_MESSAGE, type ArticleSummary, type KeyPointsState, type PopupView } from './popup-view';
import { QuotesSection, SourceSection, SummarySection, type CopyAction, type ShowQuoteAction } from './PopupSections';

interface PopupProps {
  view: PopupView;
  t: Translate;
  onToggleReader: () => void;
  /** True while a toggle is in flight, so a double click doesn't open and close at once. */
  busy?: boolean;
  /** The UI language (BCP 47), for dates and language names; the browser's own when omitted. */
  locale?: string;
  /** Copies text to the clipboard; without it, no copy buttons. */
  onCopy?: CopyAction;
  /** Scrolls the page to a quote and flashes it; without it, quotes are plain text. */
  onShowQuote?: ShowQuoteAction;
  /** Asks the browser's on-device summarizer for key points; only given where one exists for the article's language. */
  onKeyPoints?: () => void;
  keyPoints?: KeyPointsState;
  /** Shown at the end of the popup (the per-site reader switch). */
  footer?: ComponentChildren;
}

type SectionProps = Omit<PopupProps, 'view' | 'onToggleReader' | 'busy' | 'footer'>;

function removedLabel(count: number, t: Translate): string {
  return count === 1 ? t('removedCountOne') : t('removedCount', [String(count)]);
}

function ArticleCard({ summary, t, onToggleReader, busy }: { summary: ArticleSummary; t: Translate; onToggleReader: () => void; busy: boolean }) {
  return (
    <section class="card" data-state="article">
      <p class="site">{summary.site}</p>
      <h1 class="title">{summary.title}</h1>
      <ul class="facts">
        <li class="reading-time">{t('readingTime', [String(summary.readingTimeMinutes)])}</li>
        <li class="removed">{removedLabel(summary.removedCount, t)}</li>
      </ul>
      <button type="button" class="primary" onClick={onToggleReader} disabled={busy} aria-pressed={summary.readerOpen}>
        {summary.readerOpen ? t('closeReaderButton') : t('readerModeButton')}
      </button>
    </section>
  );
}

function ArticleSections({ summary, t, locale, onCopy, onShowQuote, onKeyPoints, keyPoints }: SectionProps & { summary: ArticleSummary }) {
  return (
    <div class="sections">
      <SummarySection article={summary} t={t} onCopy={onCopy} keyPoints={keyPoints ?? { status: 'idle' }} onKeyPoints={onKeyPoints} />
      <QuotesSection article={summary} t={t} onCopy={onCopy} onShowQuote={onShowQuote} />
      <SourceSection article={summary} t={t} locale={locale ?? ''} onCopy={onCopy} />
    </div>
  );
}

function Message({ state, title, body }: { state: string; title: string; body: string }) {
  return (
    <section class="card message" data-state={state} role="status">
      <h1 class="title">{title}</h1>
      <p>{body}</p>
    </section>
  );
}

/** The toolbar popup: what Jernih sees in the tab, or why it can't look. */
export function Popup({ view, t, onToggleReader, busy = false, footer, ...sections }: PopupProps) {
  return (
    <main class="popup">
      <header class="brand">
        <img src="/icon/32.png" width={20} height={20} alt="" />
        <span>{t('extName')}</span>
      </header>
      {view.kind === 'loading' && <p class="loading" data-state="loading" role="status">{t('loading')}</p>}
      {view.kind === 'article' && (
        <>
          <ArticleCard summary={view.summary} t={t} onToggleReader={onToggleReader} busy={busy} />
          <ArticleSections summary={view.summary} t={t} {...sections} />
        </>
      )}
      {view.kind === 'no-article' && (view.tooLarge
        ? <Message state="no-article" title={t('pageTooLargeTitle')} body={t('pageTooLargeBody')} />
        : <Message state="no-article" title={t('noArticleTitle')} body={t('noArticleBody')} />)}
      {view.kind === 'restricted' && <Message state="restricted" title={t('restrictedTitle')} body={t(RESTRICTED_MESSAGE[view.reason])} />}
      {view.kind === 'error' && <Message state="error" title={t('errorTitle')} body={view.message} />}
      {footer}
    </main>
  );
}
