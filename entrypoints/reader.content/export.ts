/**
 * The reader's export actions in the page: the article as Markdown (core's
 * converter, with the source line worded like the overlay's) copied to the
 * clipboard, and printing.
 */
import { articleToMarkdown } from '../../core/export/markdown';
import { sanitizeToFragment, type AnalysisOk } from '../../core';
import { formatArticleDate } from '../../components/format-date';
import type { Translate } from '../../components/i18n';

/** Site · By author · date · Source: wire — the same facts, in the same words, as the overlay's header. */
export function sourceLine(analysis: AnalysisOk, t: Translate): string[] {
  const { attribution } = analysis;
  const date = formatArticleDate(attribution.publishedTime, analysis.lang);
  return [
    attribution.siteName ?? hostname(analysis.url),
    analysis.byline ? t('overlayBy', [analysis.byline]) : null,
    date,
    attribution.source ? t('overlaySource', [attribution.source]) : null,
  ].filter((part): part is string => !!part);
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

export function articleMarkdown(analysis: AnalysisOk, win: Window, t: Translate): string {
  return articleToMarkdown({
    title: analysis.title,
    url: analysis.attribution.canonicalUrl ?? analysis.url,
    sourceLine: sourceLine(analysis, t),
    body: sanitizeToFragment(win, analysis.html),
  });
}

/**
 * Puts `text` on the clipboard: the async Clipboard API where the page is a secure context, else a
 * selected textarea and the copy command (plain-http news sites), placed inside our shadow root so the page
 * never sees it. Resolves false when both are refused.
 */
export async function copyText(win: Window, text: string, scratch: ShadowRoot | null): Promise<boolean> {
  try {
    if (win.isSecureContext && win.navigator.clipboard) {
      await win.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the copy command
  }
  if (!scratch) return false;
  const doc = win.document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  const focused = scratch.activeElement as HTMLElement | null;
  scratch.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus({ preventScroll: true });
  }
}
