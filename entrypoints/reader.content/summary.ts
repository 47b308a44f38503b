import type { Analysis } from '../../core';
import type { PageSummary } from '../shared/protocol';

/** The plain facts the popup shows, from a full analysis: data only (strings, numbers, arrays), never markup. */
export function summarize(analysis: Analysis, readerOpen: boolean): PageSummary {
  if (!analysis.ok) return { ok: false, reason: analysis.error.code === 'too-large' ? 'too-large' : 'no-article', readerOpen };
  return {
    ok: true,
    title: analysis.title,
    site: analysis.attribution.siteName ?? new URL(analysis.url).hostname,
    url: analysis.url,
    lang: analysis.lang,
    readingTimeMinutes: analysis.readingTimeMinutes,
    removedCount: analysis.removed.length,
    readerOpen,
    summary: [...analysis.summary],
    quotes: analysis.quotes.map(({ text, speaker, paragraph }) => ({ text, speaker, paragraph })),
    attribution: { ...analysis.attribution, authors: [...analysis.attribution.authors] },
    citation: { plain: analysis.citation.plain, apa: analysis.citation.apa },
    text: analysis.text,
  };
}
