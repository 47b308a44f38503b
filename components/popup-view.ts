/** Plain data the popup renders: everything it knows about one tab. */
import type { Attribution, Citation, Quote } from '../core/types';
import type { MessageKey } from './i18n';

export type { Attribution, Citation, Quote };

/** Why the extension cannot run in a tab; each has its own explanation. */
export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'file-access' | 'cannot-access';

/** The plain-words reason per restriction (message keys): the popup shows it, the toolbar tooltip says it too. */
export const RESTRICTED_MESSAGE = {
  'browser-page': 'restrictedBrowserPage',
  store: 'restrictedStore',
  pdf: 'restrictedPdf',
  'file-access': 'restrictedFileAccess',
  'cannot-access': 'restrictedCannotAccess',
} as const satisfies Record<RestrictedReason, MessageKey>;

export interface ArticleSummary {
  title: string;
  site: string;
  /** The page URL the article was read from (the citation falls back to it when there's no canonical link). */
  url: string;
  /** BCP 47 tag of the article's language. */
  lang: string;
  readingTimeMinutes: number;
  removedCount: number;
  readerOpen: boolean;
  /** Extractive summary: 3–5 of the article's own sentences, in reading order. */
  summary: string[];
  quotes: Quote[];
  attribution: Attribution;
  citation: Citation;
  /** The article's plain text, for the on-device summarizer (never rendered as a whole). */
  text: string;
}

/** What the background reports about a tab (the popup adds `loading` while it waits). */
export type TabReport =
  | { kind: 'article'; summary: ArticleSummary }
  /** `tooLarge`: the page is far bigger than any story and was not analysed (core/page-size.ts). */
  | { kind: 'no-article'; readerOpen: boolean; tooLarge?: boolean }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; message: string };

export type PopupView = { kind: 'loading' } | TabReport;

/** The on-device key points, where the browser has a summarizer for the article's language. */
export type KeyPointsState =
  | { status: 'idle' }
  | { status: 'working'; /** Model download progress 0–1, or null while summarizing. */ progress: number | null }
  | { status: 'done'; points: string[] }
  | { status: 'failed' };
