/**
 * Popup wiring: find the tab (`?tabId=N` when given, so automation and other
 * tools can target a tab; else the active tab), ask the background about it,
 * and render the Popup component with the answer.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { Popup } from '../../components/Popup';
import type { PopupView, TabReport } from '../../components/popup-view';
import { browserTranslate } from '../shared/browser-i18n';
import { backgroundMessenger } from '../shared/protocol';
import './style.css';

function requestedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

async function targetTabId(): Promise<number | null> {
  const requested = requestedTabId();
  if (requested !== null) return requested;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

function failure(error: unknown): TabReport {
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      try {
        const id = await targetTabId();
        if (id === null) return setView({ kind: 'restricted', reason: 'cannot-access' });
        setTabId(id);
        setView(await backgroundMessenger.sendMessage('popup:describeTab', id));
      } catch (error) {
        setView(failure(error));
      }
    })();
  }, []);

  const toggleReader = useCallback(async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      const report = await backgroundMessenger.sendMessage('popup:toggleReader', tabId);
      setView(report);
      // As a real toolbar popup, get out of the way of the reader; a ?tabId page (opened as a tab) stays.
      if (requestedTabId() === null && report.kind === 'article' && report.summary.readerOpen) window.close();
    } catch (error) {
      setView(failure(error));
    } finally {
      setBusy(false);
    }
  }, [tabId]);

  return <Popup view={view} t={browserTranslate} onToggleReader={toggleReader} busy={busy} />;
}

// The title lives here, not in index.html: WXT would copy an HTML <title> over the manifest's localized default_title.
document.title = browserTranslate('extName');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
