import type { Analysis } from '../../core';
import type { PageSummary } from '../shared/protocol';

/** The few plain facts the popup shows, from a full analysis. */
export function summarize(analysis: Analysis, readerOpen: boolean): PageSummary {
  if (!analysis.ok) return { ok: false, reason: 'no-article', readerOpen };
  return {
    ok: true,
    title: analysis.title,
    site: analysis.attribution.siteName ?? new URL(analysis.url).hostname,
    readingTimeMinutes: analysis.readingTimeMinutes,
    removedCount: analysis.removed.length,
    readerOpen,
  };
}
