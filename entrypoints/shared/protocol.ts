/**
 * Typed messages. Two directions, two messengers, so a context can only
 * listen for what it is meant to receive:
 * - popup → background: describe a tab, toggle the reader in it, show a quote in it;
 * - background → reader content script: summarize the page, toggle the overlay, show a quote.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleSummary, TabReport } from '../../components/popup-view';

/** What the reader script in a page says about that page. */
export type PageSummary =
  | ({ ok: true } & ArticleSummary)
  | { ok: false; reason: 'no-article' | 'pdf'; readerOpen: boolean };

interface BackgroundProtocol {
  'popup:describeTab'(tabId: number): TabReport;
  'popup:toggleReader'(tabId: number): TabReport;
  /** Scrolls the tab (or its open reader) to the quotation and flashes it; false when it can't be found. */
  'popup:showQuote'(request: { tabId: number; quote: string }): boolean;
}

interface ReaderProtocol {
  'reader:summarize'(): PageSummary;
  'reader:toggle'(): PageSummary;
  'reader:showQuote'(quote: string): boolean;
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>();
export const readerMessenger = defineExtensionMessaging<ReaderProtocol>();

/** Where the background injects the reader (WXT's output path for entrypoints/reader.content). */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

export function reportFromSummary(summary: PageSummary): TabReport {
  if (summary.ok) {
    const { ok: _ok, ...article } = summary;
    return { kind: 'article', summary: article };
  }
  if (summary.reason === 'pdf') return { kind: 'restricted', reason: 'pdf' };
  return { kind: 'no-article', readerOpen: summary.readerOpen };
}
