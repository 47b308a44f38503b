/**
 * The pipeline: clone → pre-clean → Readability → post-clean → dateline →
 * text, sanitized HTML, language, attribution. Pure: DOM in, plain data out;
 * the page passed in is never modified.
 */
import { Readability } from '@mozilla/readability';
import { agencyName } from './agencies';
import { buildAttribution } from './attribution';
import { visibleBylines } from './byline';
import { buildCitation } from './citation';
import { blockText } from './block-text';
import { cleanBlocks, removeDuplicateBlocks, removeInlinePromos, removeLabelledLists, type CleanReport } from './clean/cleaner';
import { isCaption, markCaptions, unmarkCaptions } from './clean/captions';
import { trimEdges } from './clean/edges';
import { revealPagedSiblings } from './clean/paged';
import { hasText, squash, textOf } from './clean/text';
import { bestProseContainer, betterContainer, takeContainer, twinIn } from './candidate';
import { cloneDocument } from './clone';
import { parseDateline, type Dateline } from './dateline';
import { isTooLarge, PAGE_LIMITS, pageSize } from './page-size';
import { extractQuotes } from './quotes';
import { summarize } from './summary';
import { directionFor, resolveLanguage } from './language';
import { resolveLazyImages } from './lazy-images';
import { unwrapMathJax } from './math';
import { readingTimeMinutes, wordCountOf } from './reading-time';
import { markDocumentOrder, recoverLead, recoverSplitParts, unmarkDocumentOrder } from './recover';
import { sanitizeToHtml } from './sanitize';
import { unmaskStoryContainers } from './unmask-story';
import { textBlocks } from './prose';
import { isShortArticle } from './short-article';
import { meta, readJsonLd, stringOf } from './structured-data';
import { cleanTitle, headlineCandidates, headlinePartCandidates, siteLogoTexts, subheadingCandidates } from './title';
import { headlineDateLine, pageDateTexts, textDateLines } from './page-dates';
import type { Analysis, AnalysisFailure, NoArticleCode } from './types';
import { absolutizeUrls, hostName } from './urls';

export interface AnalyzeOptions {
  /** The window whose DOM built `document` (needed by the sanitizer when the document has no `defaultView`). */
  window?: Window;
  /** Fewest words an article may have. */
  minWords?: number;
  /**
   * The caller hands the document over (a page parsed only for this call, as
   * in the CLI), so no copy is made. Never set it for a live page.
   */
  consumeDocument?: boolean;
}

const MIN_WORDS = 30;
/** No real headline is this long; a page's 100 kB <title> must not flood the reader, popup and citation. */
const MAX_TITLE_CHARS = 500;

function capTitle(title: string): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  const cut = title.slice(0, MAX_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function failure(code: NoArticleCode, message: string): AnalysisFailure {
  return { ok: false, error: { code, message } };
}

/** A wire service signing off the story: "… katanya. -- BERNAMA", "(Reuters)" on the last line. */
function signOffAgency(text: string): string | null {
  const tail = text.slice(-400);
  const m = /(?:[-–—]{1,2}\s*|\(\s*)(\p{Lu}[\p{L}.-]{1,30})\s*\)?\s*$/u.exec(tail);
  return m ? agencyName(m[1]!) : null;
}

/** The `datetime` of the <time> that dates the article: one marked as published, else the first. */
function publishedTimeElement(doc: Document): string | null {
  // Microdata and RDFa ("<span property="schema:dateCreated" content="…">") mark the date on any element.
  const marked = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], [itemprop="datePublished"][content], [property="schema:datePublished"][content], [property="schema:dateCreated"][content], [property="dc:date"][content], [property="dcterms:created"][content]');
  return marked?.getAttribute('datetime') ?? marked?.getAttribute('content') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
}

/** A dateline opens one of the first paragraphs (a standfirst may come before it). */
function stripDateline(content: Element, siteName: string | null, report: CleanReport): Dateline | null {
  // The first three leaf blocks with text, found in order (reading every block's text first cost a walk per block).
  const leaves: Element[] = [];
  for (const p of Array.from(content.querySelectorAll('p, div'))) {
    if (leaves.length === 3) break;
    if (!p.querySelector('p, div') && textOf(p).length > 0) leaves.push(p);
  }
  let first: Element | undefined;
  let dateline: Dateline | null = null;
  for (const leaf of leaves) {
    dateline = parseDateline(textOf(leaf), siteName);
    if (dateline) {
      first = leaf;
      break;
    }
  }
  if (!first || !dateline) return null;
  // Remove exactly the prefix's characters from the paragraph's leading text nodes.
  let toRemove = dateline.text.replace(/\s+/gu, '').length;
  const walker = first.ownerDocument.createTreeWalker(first, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n && toRemove > 0; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    let i = 0;
    while (i < value.length && toRemove > 0) {
      if (!/\s/u.test(value[i]!)) toRemove--;
      i++;
    }
    n.nodeValue = value.slice(i).replace(/^\s+/u, '');
  }
  // Also drop the spaces and dash that followed the prefix in the next text node.
  for (let n = first.firstChild; n; n = n.nextSibling) {
    if (!textOf(n)) continue;
    if (n.nodeType === 3) n.nodeValue = (n.nodeValue ?? '').replace(/^\s*[-–—]*\s*/u, '');
    break;
  }
  for (const el of Array.from(first.querySelectorAll('strong, b, span, em'))) if (!textOf(el) && !el.querySelector('img')) el.remove();
  report.removed.push({ kind: 'boilerplate', rule: 'dateline', text: dateline.text });
  return dateline;
}

export function analyze(document: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  if (!document?.documentElement) return failure('not-html', 'This is not an HTML page.');
  const win = options.window ?? document.defaultView ?? (globalThis as { window?: Window }).window;
  if (!win) throw new TypeError('analyze() needs a window: pass options.window when the document has no defaultView');
  const size = pageSize(document);
  if (isTooLarge(size)) {
    return failure('too-large', `This page is too large for reader mode: ${size.elements} elements and ${size.chars}${size.chars > PAGE_LIMITS.chars ? '+' : ''} characters (the limits are ${PAGE_LIMITS.elements} and ${PAGE_LIMITS.chars}).`);
  }
  if (!document.body || !hasText(document.body)) return failure('empty-page', 'The page has no text.');

  const clone = options.consumeDocument ? document : cloneDocument(document);
  const report: CleanReport = { removed: [], credits: [], dates: [] };
  // Read before cleaning: the <time> often sits in a byline block that cleaning removes.
  const timeDatetime = publishedTimeElement(clone);
  const bylines = visibleBylines(clone);
  const headlines = headlineCandidates(clone);
  const subheadings = subheadingCandidates(clone);
  const headlineParts = headlinePartCandidates(clone);
  const siteLogos = siteLogoTexts(clone);
  const pageDates = pageDateTexts(clone);
  const headlineLine = headlineDateLine(clone);
  const headlineDate = headlineLine?.text ?? null;
  const textDates = timeDatetime || pageDates.length || headlineDate ? null : textDateLines(clone);
  resolveLazyImages(clone);
  unwrapMathJax(clone);
  revealPagedSiblings(clone.body);
  markCaptions(clone.body);
  cleanBlocks(clone.body, report, { neutralizeKeptClasses: true });
  removeInlinePromos(clone.body, report);
  removeLabelledLists(clone.body, report);

  // A container holding most of the page's prose must not be dropped by Readability for its class name.
  // The page's text blocks, read once: unmasking changes only classes and ids, which they do not depend on, so they
  // are also the numbered copy's blocks and give the best prose container the second opinion needs.
  const pageBlocks = textBlocks(clone.body);
  unmaskStoryContainers(clone.body, pageBlocks);
  const bestProse = bestProseContainer(clone.body, pageBlocks);
  const metaSiteName = meta(clone, 'og:site_name');
  const pageDescription = meta(clone, 'description', 'og:description');
  // Read before Readability, which strips the scripts.
  const { article: jsonLd, anyDatePublished } = readJsonLd(clone);
  // Any node's date counts only when the Article node gives none.
  const anyLdDate = jsonLd?.datePublished ? null : anyDatePublished;
  // A numbered copy of the page as Readability sees it, to find story blocks it leaves out.
  const pageCopy = markDocumentOrder(clone.body);
  const bestProseInCopy = twinIn(pageCopy, clone.body, bestProse);
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: false }).parse();
  if (!parsed?.content) return failure('no-article', 'No article was found on this page.');
  const content = parsed.content;
  // Readability's pick holding little of the page's prose (a comma-rich table cell outscoring the story): take the story.
  const better = betterContainer(content, pageCopy, bestProseInCopy);
  if (better) takeContainer(content, better);
  recoverSplitParts(content, pageCopy);
  recoverLead(content, pageCopy, pageDescription);
  unmarkDocumentOrder(content);

  cleanBlocks(content, report, { protectedRoots: new Set([content]) });
  removeInlinePromos(content, report);
  removeLabelledLists(content, report);
  removeDuplicateBlocks(content, report);
  const authors = [parsed.byline, ...bylines, ...report.credits.filter((c) => c.field === 'author').map((c) => c.value)];
  trimEdges(content, report, { authors });
  const dateline = stripDateline(content, metaSiteName ?? parsed.siteName ?? null, report);
  absolutizeUrls(content, url);

  // Captions stay in the HTML under their pictures, but are not story text.
  const text = blockText(content, isCaption);
  unmarkCaptions(content);
  const wordCount = wordCountOf(text);
  // A short text is still an article when it is written in sentences (a news brief, a paywalled story's free part).
  const minWords = options.minWords ?? MIN_WORDS;
  if (wordCount < minWords && !(options.minWords === undefined && isShortArticle(text))) return failure('no-article', 'This page has too little text to be an article.');

  const lang = resolveLanguage(clone, text);
  const storyAndAround = [...(report.around?.before ?? []), text, ...(report.around?.after ?? [])].join('\n\n');
  const visibleDates = report.dates;
  const attribution = buildAttribution({
    doc: clone,
    jsonLd,
    anyLdDate,
    url,
    credits: report.credits,
    dateline,
    readabilityByline: parsed.byline ?? null,
    readabilitySiteName: parsed.siteName ?? null,
    readabilityPublishedTime: parsed.publishedTime ?? null,
    timeDatetime,
    visibleBylines: bylines,
    // The lines trimmed around the story still carry bylines, the site's own name and wire sign-offs.
    signOffAgency: signOffAgency(storyAndAround),
    articleText: storyAndAround,
    visibleDates,
    pageDates,
    headlineDate,
    headlineDateIsUpdate: headlineLine?.update ?? false,
    textDates,
  });

  const title = capTitle(cleanTitle({
    documentTitle: document.title ?? '',
    readabilityTitle: parsed.title ?? null,
    structured: [stringOf(jsonLd?.headline), meta(clone, 'og:title', 'twitter:title')],
    siteNames: [attribution.siteName, metaSiteName, hostName(url), ...siteLogos],
    headlines,
    subheadings,
    headlineParts,
  }));
  const summary = summarize(text, lang, title);
  return {
    ok: true,
    url,
    title,
    lang,
    dir: directionFor(lang, parsed.dir),
    byline: attribution.author,
    excerpt: parsed.excerpt ? squash(parsed.excerpt) : null,
    html: sanitizeToHtml(win, content),
    text,
    wordCount,
    readingTimeMinutes: readingTimeMinutes(text, lang),
    removed: report.removed,
    attribution,
    summary,
    summaryMethod: summary.length ? 'textrank' : 'none',
    quotes: extractQuotes(text, lang),
    citation: buildCitation(title, attribution, url),
  };
}

