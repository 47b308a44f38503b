/**
 * The background's side of reader mode: decide whether a tab can be scripted,
 * inject the reader script on demand, and ask it for a summary or a toggle.
 */
import type { TabReport } from '../../components/popup-view';
import { READER_SCRIPT_FILE, readerMessenger, reportFromSummary } from './protocol';
import { restrictionForInjectionError, restrictionForUrl } from './restricted';

async function tabUrl(tabId: number): Promise<string | undefined> {
  // Without the `tabs` permission the URL is only visible where we have access; undefined means "try and see".
  const tab = await browser.tabs.get(tabId);
  return tab.url ?? tab.pendingUrl;
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Injects the reader script (idempotent: the script guards itself), or says why the tab is off limits. */
async function ensureReader(tabId: number): Promise<TabReport | null> {
  let url: string | undefined;
  try {
    url = await tabUrl(tabId);
  } catch (error) {
    return { kind: 'error', message: errorMessage(error) };
  }
  const restriction = restrictionForUrl(url, { fileAccessAllowed: url?.startsWith('file:') ? await fileAccessAllowed() : false });
  if (restriction) return { kind: 'restricted', reason: restriction };
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] });
    return null;
  } catch (error) {
    return { kind: 'restricted', reason: restrictionForInjectionError(errorMessage(error), url) };
  }
}

async function ask(tabId: number, type: 'reader:summarize' | 'reader:toggle'): Promise<TabReport> {
  const blocked = await ensureReader(tabId);
  if (blocked) return blocked;
  try {
    return reportFromSummary(await readerMessenger.sendMessage(type, undefined, tabId));
  } catch (error) {
    return { kind: 'error', message: errorMessage(error) };
  }
}

export const describeTab = (tabId: number): Promise<TabReport> => ask(tabId, 'reader:summarize');
export const toggleReaderInTab = (tabId: number): Promise<TabReport> => ask(tabId, 'reader:toggle');

/** Asks the tab's reader script to reveal a quotation; false when it can't run there or the quote isn't found. */
export async function showQuoteInTab(tabId: number, quote: string): Promise<boolean> {
  const blocked = await ensureReader(tabId);
  if (blocked) return false;
  try {
    return await readerMessenger.sendMessage('reader:showQuote', quote, tabId);
  } catch {
    return false;
  }
}
