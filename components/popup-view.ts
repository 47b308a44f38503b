/** Plain data the popup renders: everything it knows about one tab. */

/** Why the extension cannot run in a tab; each has its own explanation. */
export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'file-access' | 'cannot-access';

export interface ArticleSummary {
  title: string;
  site: string;
  readingTimeMinutes: number;
  removedCount: number;
  readerOpen: boolean;
}

/** What the background reports about a tab (the popup adds `loading` while it waits). */
export type TabReport =
  | { kind: 'article'; summary: ArticleSummary }
  | { kind: 'no-article'; readerOpen: boolean }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; message: string };

export type PopupView = { kind: 'loading' } | TabReport;
