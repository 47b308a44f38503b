/**
 * Reader mode from outside the page (the background and the popup): decide whether a tab can be scripted,
 * inject the reader script on demand, and ask it for a summary or a toggle.
 */
import { withDeadline } from '../../core/deadline';
import type { TabReport } from '../../components/popup-view';
import { READER_SCRIPT_FILE, readerMessenger, reportFromSummary, SUMMARIZE_KEY, type PageSummary } from './protocol';
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

/** The popup's "something went wrong" report for a failure, in its own words. */
export function errorReport(error: unknown): TabReport {
  return { kind: 'error', message: errorMessage(error) };
}

/** The tab's address, and why the tab is off limits (null when the reader may be injected there). */
async function tabAccess(tabId: number): Promise<{ url: string | undefined; problem: TabReport | null }> {
  let url: string | undefined;
  try {
    url = await tabUrl(tabId);
  } catch (error) {
    return { url: undefined, problem: errorReport(error) };
  }
  const restriction = restrictionForUrl(url, { fileAccessAllowed: url?.startsWith('file:') ? await fileAccessAllowed() : false });
  return { url, problem: restriction ? { kind: 'restricted', reason: restriction } : null };
}

/**
 * Longest wait for an injection. Chromium never settles executeScript on some pages it won't let us read
 * (a view-source: tab whose address is hidden from us): without a bound the popup would say "Loading" forever.
 */
export const INJECT_TIMEOUT_MS = 5000;

/** `promise`, or a rejection after `ms` saying what did not finish. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return withDeadline(promise, ms, () => new Error(`${what} did not finish in ${ms} ms`));
}

/** Why the browser refused to run our script in a tab at `url`, in the popup's terms. */
function refusal(error: unknown, url: string | undefined): TabReport {
  return { kind: 'restricted', reason: restrictionForInjectionError(errorMessage(error), url) };
}

/** Injects the reader script (idempotent: the script guards itself), or says why the tab is off limits. */
async function inject(tabId: number): Promise<TabReport | null> {
  try {
    await within(browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT_FILE] }), INJECT_TIMEOUT_MS, 'Injecting the reader');
    return null;
  } catch (error) {
    return refusal(error, await tabUrl(tabId).catch(() => undefined));
  }
}

/**
 * The error a message to a tab gets when no reader script is listening there (yet): @webext-core/messaging
 * turns the tab's empty answer into "No response"; the browser's own wording is matched too in case it surfaces.
 */
export function isNoReceiver(error: unknown): boolean {
  return /^No response$|Receiving end does not exist|Could not establish connection/iu.test(errorMessage(error));
}

/**
 * Sends `send` to the tab's reader script, injecting it first only when none is listening: re-running the
 * script (a six-figure byte bundle) on every popup open was most of a second open's wait.
 */
async function withReader<T>(tabId: number, send: () => Promise<T>): Promise<T | TabReport> {
  const { problem } = await tabAccess(tabId);
  if (problem) return problem;
  try {
    return await send();
  } catch (error) {
    // Only "nobody listening" means "inject and ask again"; any other failure may have had effects already.
    if (!isNoReceiver(error)) throw error;
  }
  const blocked = await inject(tabId);
  if (blocked) return blocked;
  return send();
}

async function ask(tabId: number, type: 'reader:toggle' | 'reader:open'): Promise<TabReport> {
  try {
    const answer = await withReader(tabId, () => readerMessenger.sendMessage(type, undefined, tabId));
    return 'kind' in answer ? answer : reportFromSummary(answer);
  } catch (error) {
    return errorReport(error);
  }
}

/**
 * Runs in the tab, in the extension's isolated world: executeScript sends this function's source, so it may use
 * nothing from this module. Null when no reader script is there yet.
 */
function summarizeInPage(key: string): PageSummary | null {
  const summarize = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
  return typeof summarize === 'function' ? (summarize as () => PageSummary)() : null;
}

async function summaryFromPage(tabId: number): Promise<PageSummary | null> {
  const run = browser.scripting.executeScript({ target: { tabId }, func: summarizeInPage, args: [SUMMARIZE_KEY] });
  const [frame] = await within(run, INJECT_TIMEOUT_MS, 'Reading the page');
  return (frame?.result as PageSummary | null | undefined) ?? null;
}

/**
 * What the popup shows: the page's summary, asked for with one call where the reader script already runs, and
 * with inject-then-ask where it doesn't. The tab's address is checked at the same time (a PDF, a store page),
 * not before: the two browser calls overlap instead of adding up.
 */
export async function describeTab(tabId: number): Promise<TabReport> {
  const [access, first] = await Promise.all([
    tabAccess(tabId),
    summaryFromPage(tabId).then((summary) => ({ summary }), (error: unknown) => ({ error })),
  ]);
  if (access.problem) return access.problem;
  if ('error' in first) return refusal(first.error, access.url);
  try {
    let { summary } = first;
    if (summary === null) {
      const blocked = await inject(tabId);
      if (blocked) return blocked;
      summary = await summaryFromPage(tabId);
    }
    return summary ? reportFromSummary(summary) : errorReport(new Error('The reader did not start in this tab'));
  } catch (error) {
    return errorReport(error);
  }
}

export const toggleReaderInTab = (tabId: number): Promise<TabReport> => ask(tabId, 'reader:toggle');
/** Opens the reader, leaving it open if it already is (the floating button and "always open" sites). */
export const openReaderInTab = (tabId: number): Promise<TabReport> => ask(tabId, 'reader:open');

/** Asks the tab's reader script to reveal a quotation; false when it can't run there or the quote isn't found. */
export async function showQuoteInTab(tabId: number, quote: string): Promise<boolean> {
  try {
    const answer = await withReader(tabId, () => readerMessenger.sendMessage('reader:showQuote', quote, tabId));
    return answer === true;
  } catch {
    return false;
  }
}
