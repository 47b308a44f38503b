/**
 * A byline printed on the page without a label ("<span class="author">Chris
 * Thompson</span>"): read before cleaning, because cleaning removes the block
 * that holds it.
 */
import { countWords, squash } from './clean/text';

const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel~="author"]', '[class*="author-name"]',
  '[class*="author__name"]', '[class*="byline__name"]', '[class*="byline-name"]', '.author', '.byline', '[class*="byline"]',
].join(', ');

export function visibleBylines(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTORS)).slice(0, 40)) {
    // Inside a teaser list it is another story's author.
    if (el.closest('li, aside, nav, footer')) continue;
    const text = squash(el.textContent ?? '');
    if (text && text.length <= 80 && countWords(text) <= 8 && /\p{Lu}/u.test(text)) out.push(text);
    if (out.length >= 3) break;
  }
  return out;
}
