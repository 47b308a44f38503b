/** What our cleaning can take out of an article, so a reader can audit it. */
export type RemovedKind = 'promo' | 'ad' | 'boilerplate' | 'related' | 'share' | 'tags' | 'comments';

export interface RemovedItem {
  kind: RemovedKind;
  /** The removed text, whitespace-normalised (may be empty for an empty ad slot). */
  text: string;
  /** Which rule matched, e.g. `promo-lead-in`, `ad-label`, `credit-line:editor`. */
  rule: string;
}

export interface Attribution {
  siteName: string | null;
  /** All authors joined with ", "; null when the page names none (an editor is not an author). */
  author: string | null;
  authors: string[];
  editor: string | null;
  /** The wire or original outlet: ANTARA, Reuters, AP, AFP, "Kompas.com" from "Artikel ini telah tayang di …". */
  source: string | null;
  /** ISO 8601 with offset. */
  publishedTime: string | null;
  modifiedTime: string | null;
  canonicalUrl: string | null;
}

/** A direct quotation and who said it. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker as the article names them, resolved to the fullest name used earlier ("Putin" → "Vladimir Putin"); null when unknown. */
  speaker: string | null;
  /** Index of the paragraph (block of `text`, split on blank lines) where the quotation starts. */
  paragraph: number;
}

export interface Citation {
  /** Plain text: Author/Site. "Title". Site, date. URL (accessed …). */
  plain: string;
  /** APA 7th edition reference for a news article. */
  apa: string;
}

export type SummaryMethod = 'textrank' | 'none';

export interface Article {
  url: string;
  title: string;
  /** BCP 47 tag, e.g. `id`, `en-US`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  byline: string | null;
  excerpt: string | null;
  /** Sanitized article HTML, safe to render. */
  html: string;
  /** Block-aware plain text: one block per paragraph, blocks separated by a blank line. */
  text: string;
  wordCount: number;
  readingTimeMinutes: number;
  removed: RemovedItem[];
  attribution: Attribution;
  /** Extractive summary: 3–5 of the article's own sentences, in reading order. */
  summary: string[];
  /**
   * How `summary` was made: `textrank` (the article's own sentences ranked by TextRank with a lead prior,
   * core/summary/summarize.ts); `none` when no complete sentence qualified and the summary is empty.
   */
  summaryMethod: SummaryMethod;
  quotes: Quote[];
  citation: Citation;
}

/** `too-large`: far more elements or text than any story (core/page-size.ts); not analysed, so the tab never freezes. */
export const NO_ARTICLE_CODES = ['no-article', 'empty-page', 'not-html', 'too-large'] as const;
export type NoArticleCode = (typeof NO_ARTICLE_CODES)[number];

export interface AnalysisOk extends Article {
  ok: true;
}

export interface AnalysisFailure {
  ok: false;
  error: { code: NoArticleCode; message: string };
}

export type Analysis = AnalysisOk | AnalysisFailure;

/** Something that can hand out DOM constructors: a browser window, happy-dom or jsdom. */
export type DomWindow = Window & typeof globalThis;
