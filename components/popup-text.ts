/** The plain text the popup shows and copies, built from article data (pure: no DOM, no browser APIs). */
import { languageName } from '../core/translate/languages';
import type { Translate } from './i18n';
import type { ArticleSummary, Quote } from './popup-view';

/**
 * A quotation as a reader quotes it: the comma or semicolon that joined it to "…, he said" in the article
 * belongs to the article's sentence, not to the words spoken.
 */
export function quoteWords(quote: Quote): string {
  return quote.text.trim().replace(/\s*[,;:]$/u, '');
}

export function speakerLabel(quote: Quote, t: Translate): string {
  return quote.speaker ?? t('unknownSpeaker');
}

/** The link a citation points to: the page's canonical URL, else the URL it was read from. */
export function articleLink(article: ArticleSummary): string {
  return article.attribution.canonicalUrl ?? article.url;
}

/** `“text” — speaker, Site, URL`; a speaker the article doesn't name is left out rather than copied as "unknown". */
export function quoteForCopy(quote: Quote, article: ArticleSummary): string {
  const parts = [quote.speaker, article.site, articleLink(article)].filter((part): part is string => Boolean(part));
  return `“${quoteWords(quote)}” — ${parts.join(', ')}`;
}

/** The summary as plain text: one sentence (or key point) per line. */
export function summaryForCopy(lines: string[]): string {
  return lines.map((line) => line.trim()).join('\n');
}

/** The language's name in the UI language with its tag ("Indonesian (id)"); the bare tag if Intl can't name it. */
export function languageLabel(tag: string, uiLocale: string): string {
  if (!tag) return '';
  const name = languageName(tag, uiLocale || 'en');
  return name.toLowerCase() !== tag.toLowerCase() ? `${name} (${tag})` : tag;
}
