/**
 * The tab and its report, asked for when the popup's script starts, before the first render: the request and the
 * render overlap instead of the request waiting for a render and an effect. With `?tabId=N` nothing is awaited
 * before the request goes out. main.tsx renders what it resolves to.
 */
import type { TabReport } from '../../components/popup-view';
import { describeTab, errorReport } from '../shared/reader-tab';

/** `?tabId=N`, so automation and other tools can target a tab; null for the toolbar popup. */
export function requestedTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

async function activeTabId(): Promise<number | null> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export const firstReport: Promise<{ tabId: number | null; report: TabReport }> = (async () => {
  let id: number | null = null;
  try {
    id = requestedTabId() ?? (await activeTabId());
    if (id === null) return { tabId: null, report: { kind: 'restricted', reason: 'cannot-access' } };
    performance.mark('jernih:describe-start');
    const report = await describeTab(id);
    performance.mark('jernih:describe-end');
    return { tabId: id, report };
  } catch (error) {
    return { tabId: id, report: errorReport(error) };
  }
})();
