/**
 * Popup wiring: find the tab (`?tabId=N` when given, so automation and other
 * tools can target a tab; else the active tab), ask its reader script about it
 * (injecting it when needed, as the background does for the shortcut), and render the Popup component with the answer. The browser APIs the
 * components' actions need (clipboard, messaging, the built-in Summarizer)
 * are bound here.
 */
import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { BUILT_IN_SUMMARY_LANGUAGES, summarizeWithBuiltIn, type SummarizerApiLike } from '../../core/summary/built-in';
import { Popup } from '../../components/Popup';
import type { KeyPointsState, PopupView, Quote } from '../../components/popup-view';
import { browserTranslate } from '../shared/browser-i18n';
import { errorReport, showQuoteInTab, toggleReaderInTab } from '../shared/reader-tab';
import { firstReport, requestedTabId } from './first-report';
import { ConnectedSiteSwitch } from './site-switch';
import { TranslationTarget } from './translation-target';
import './style.css';

/** Chrome 138+'s on-device summarizer, where this browser has one. */
function builtInSummarizer(): SummarizerApiLike | null {
  const api = (globalThis as { Summarizer?: SummarizerApiLike }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

function summarizerSupports(lang: string): boolean {
  return builtInSummarizer() !== null && BUILT_IN_SUMMARY_LANGUAGES.includes(lang.split('-')[0]!.toLowerCase());
}

/** Marked when the first real content (an article, or a message saying why there is none) is on screen: `npm run bench:popup` reads it. */
const FIRST_CONTENT_MARK = 'jernih:first-content';

const copyText = (text: string) => navigator.clipboard.writeText(text);

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [keyPoints, setKeyPoints] = useState<KeyPointsState>({ status: 'idle' });

  useLayoutEffect(() => {
    if (view.kind === 'loading' || performance.getEntriesByName(FIRST_CONTENT_MARK).length > 0) return;
    // After layout, at the next frame: the content is on screen.
    requestAnimationFrame(() => performance.mark(FIRST_CONTENT_MARK));
  }, [view.kind]);

  useEffect(() => {
    void firstReport.then(({ tabId: id, report }) => {
      setTabId(id);
      setView(report);
    });
  }, []);

  const toggleReader = useCallback(async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      const report = await toggleReaderInTab(tabId);
      setView(report);
      // As a real toolbar popup, get out of the way of the reader; a ?tabId page (opened as a tab) stays.
      if (requestedTabId() === null && report.kind === 'article' && report.summary.readerOpen) window.close();
    } catch (error) {
      setView(errorReport(error));
    } finally {
      setBusy(false);
    }
  }, [tabId]);

  const showQuote = useCallback(async (quote: Quote) => {
    if (tabId === null) return false;
    return showQuoteInTab(tabId, quote.text);
  }, [tabId]);

  const article = view.kind === 'article' ? view.summary : null;
  const keyPointsAction = useCallback(() => {
    const api = builtInSummarizer();
    if (!api || !article) return;
    // Called straight from the click, so Summarizer.create() has the user gesture a model download needs.
    setKeyPoints({ status: 'working', progress: null });
    summarizeWithBuiltIn(api, article.text, article.lang, (fraction) => setKeyPoints({ status: 'working', progress: fraction }), { title: article.title })
      .then((points) => setKeyPoints(points ? { status: 'done', points } : { status: 'failed' }))
      .catch((error: unknown) => {
        console.info('[jernih] on-device summary failed:', error);
        setKeyPoints({ status: 'failed' });
      });
  }, [article]);

  return (
    <>
    <Popup
      view={view}
      t={browserTranslate}
      onToggleReader={toggleReader}
      busy={busy}
      locale={browser.i18n.getUILanguage()}
      onCopy={copyText}
      onShowQuote={showQuote}
      keyPoints={keyPoints}
      footer={view.kind === 'article' || view.kind === 'no-article' ? <ConnectedSiteSwitch tabId={tabId} t={browserTranslate} /> : null}
      {...(article && summarizerSupports(article.lang) ? { onKeyPoints: keyPointsAction } : {})}
    />
    <TranslationTarget />
    </>
  );
}

// The title lives here, not in index.html: WXT would copy an HTML <title> over the manifest's localized default_title.
document.title = browserTranslate('extName');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
