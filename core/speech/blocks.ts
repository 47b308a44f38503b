/**
 * The blocks read aloud, in reading order: headings, paragraphs, list items
 * and quotes of the given roots (the title, the article body and any
 * following pages). A block holding other blocks is read through them, so
 * nothing is read twice; captions, code and empty blocks are skipped.
 */
const READ = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, dd, dt';
const SKIP = 'figure, figcaption, pre, code, table, nav, aside, [aria-hidden="true"], [hidden]';

export function readingBlocks(roots: readonly Element[]): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    const candidates = root.matches(READ) ? [root] : Array.from(root.querySelectorAll(READ));
    for (const el of candidates) {
      if (el.querySelector(READ) || el.closest(SKIP)) continue;
      if (!(el.textContent ?? '').trim()) continue;
      out.push(el);
    }
  }
  return out;
}
