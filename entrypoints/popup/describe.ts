/**
 * What the popup shows first: the tab's report. Where the reader script already runs in the tab (any open after
 * the first on a page), the popup asks it directly, one hop instead of popup → background → page, and without
 * waking a sleeping MV3 service worker. Where it doesn't (a fresh page, a restricted one, an error), the
 * background does it all: checks the tab, injects the reader, asks. The reader script only answers messages
 * from this extension, so asking it directly trusts nothing new.
 */
import type { TabReport } from '../../components/popup-view';
import { backgroundMessenger, readerMessenger, reportFromSummary } from '../shared/protocol';

export async function describeTab(tabId: number): Promise<TabReport> {
  try {
    return reportFromSummary(await readerMessenger.sendMessage('reader:summarize', undefined, tabId));
  } catch {
    // No reader script listening there (yet), or the tab can't be messaged: the background's full path decides.
    return backgroundMessenger.sendMessage('popup:describeTab', tabId);
  }
}
