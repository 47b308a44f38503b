/**
 * Messages between the extension's parts:
 * - background or popup → reader content script (typed): toggle or open the overlay, show a quote (the popup's
 *   summary is a direct call instead, see SUMMARIZE_KEY);
 * - page check (the always-on toggle script) → background (plain): "this page is an article", "open the reader".
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ArticleSummary, TabReport } from '../../components/popup-view';

/** What the reader script in a page says about that page. */
export type PageSummary =
  | ({ ok: true } & ArticleSummary)
  | { ok: false; reason: 'no-article' | 'too-large' | 'pdf'; readerOpen: boolean };

interface ReaderProtocol {
  'reader:toggle'(): PageSummary;
  'reader:showQuote'(quote: string): boolean;
  /** Opens the overlay if it is closed (never closes it: the floating button and "always open" only open). */
  'reader:open'(): PageSummary;
}

/** The background's answer to the page check: whether to show the floating button, and its label. */
export interface ArticlePageAnswer {
  showToggle: boolean;
  /** The button's accessible name in the browser's language (the always-on script carries no i18n code). */
  label: string;
}

/**
 * From the always-on script in a page, as plain runtime messages (a typed messenger would double that script's
 * size). The background trusts only what the browser says about the sender (its tab and that tab's URL), never
 * a site or URL the page could claim, so these messages carry no data.
 */
export type PageRequest = { jernih: 'page:article' } | { jernih: 'page:openReader' };

export const readerMessenger = defineExtensionMessaging<ReaderProtocol>();

/**
 * Where the reader script, once in a page, leaves its "summarize this page" function: a global of the
 * extension's isolated world (the page can't see it), which `scripting.executeScript` calls directly. The popup
 * asks this way rather than by message: one call answers, and where no reader script runs yet the same call says
 * so at once instead of a message failing for want of a receiver (that failure alone was ~8 ms of a cold open).
 */
export const SUMMARIZE_KEY = 'jernih.reader.summarize';

/** Where the background injects the reader (WXT's output path for entrypoints/reader.content). */
export const READER_SCRIPT_FILE = '/content-scripts/reader.js';

export function reportFromSummary(summary: PageSummary): TabReport {
  if (summary.ok) {
    const { ok: _ok, ...article } = summary;
    return { kind: 'article', summary: article };
  }
  if (summary.reason === 'pdf') return { kind: 'restricted', reason: 'pdf' };
  return summary.reason === 'too-large' ? { kind: 'no-article', readerOpen: summary.readerOpen, tooLarge: true } : { kind: 'no-article', readerOpen: summary.readerOpen };
}
