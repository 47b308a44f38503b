/**
 * What the popup shows first: the tab's report, asked for from the popup itself. Where the reader script
 * already runs in the tab (any open after the first on a page), one message answers. Where it doesn't (a fresh
 * page), the popup checks the tab and injects the reader itself, with the same code the background uses: going
 * through the background would add a hop and, when its MV3 service worker has gone to sleep (any click more than
 * ~30 s after the last use), the worker's start-up, to the wait before the first content. The reader script only
 * answers messages from this extension, so asking it directly trusts nothing new.
 */
import type { TabReport } from '../../components/popup-view';
import { describeTab as describeAnyway, describeTabWithoutReader, isNoReceiver } from '../shared/reader-tab';
import { readerMessenger, reportFromSummary } from '../shared/protocol';

export async function describeTab(tabId: number): Promise<TabReport> {
  try {
    return reportFromSummary(await readerMessenger.sendMessage('reader:summarize', undefined, tabId));
  } catch (error) {
    // Nobody listening: inject without asking a second time. Anything else: the full path decides what to say.
    return isNoReceiver(error) ? describeTabWithoutReader(tabId) : describeAnyway(tabId);
  }
}
