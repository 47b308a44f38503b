/**
 * How big a page is, and whether it is too big for reader mode. The analysis runs in one go on the page's main
 * thread; on a page far larger than any story (an endless feed, a log dump) it would freeze the tab for seconds.
 * Such a page gets a clear "too large" notice instead. The limits sit well above real news pages (the fixture
 * and dev-corpus stories have at most a few thousand elements and ~100,000 characters) and were set with
 * `npm run bench:perf` (huge pages) so that a page just under them is still analysed in a few hundred ms.
 */
export const PAGE_LIMITS = { elements: 20_000, chars: 1_000_000 } as const;

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

export interface PageSize {
  elements: number;
  chars: number;
}

/** Counts without building anything big: the element count is a live collection's length; text is summed per node. */
export function pageSize(doc: Document): PageSize {
  const elements = doc.getElementsByTagName('*').length;
  let chars = 0;
  if (doc.body) {
    // Stop early: past the limit the exact figure doesn't matter, and walking 10 MB of text nodes is not free.
    const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n && chars <= PAGE_LIMITS.chars; n = walker.nextNode()) {
      // Inline scripts and styles are not reading matter (a real Yahoo story carries over 1 MB of them in <body>).
      if (NOT_TEXT.has((n.parentNode as Element | null)?.localName ?? '')) continue;
      chars += n.nodeValue?.length ?? 0;
    }
  }
  return { elements, chars };
}

export function isTooLarge(size: PageSize): boolean {
  return size.elements > PAGE_LIMITS.elements || size.chars > PAGE_LIMITS.chars;
}
