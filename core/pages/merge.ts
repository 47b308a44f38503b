/**
 * Appending the following pages of an article without saying anything
 * twice: sites repeat the lead image, the standfirst, a "Halaman 2 dari 3"
 * line or the last paragraph of the previous page at the top of the next.
 * A block is a repeat when its text (normalized) or, for an image, its
 * source was already shown. Pure DOM: works on the sanitized fragments.
 */
const TEXT_BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, pre, figcaption, dd, dt, td, th, caption';
/** Shorter texts ("***", "—", "1.") repeat legitimately; they are never treated as repeats. */
const MIN_KEY_CHARS = 12;
/** Elements that show something without text: a wrapper holding one of them is not empty. */
const MEDIA = 'img, picture, video, audio, iframe, svg, math, table, hr';

export function textKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '').replace(/\s+/gu, ' ').trim();
}

function imageKey(img: Element): string | null {
  const src = img.getAttribute('src') || img.getAttribute('srcset')?.split(/[\s,]+/u)[0];
  return src ? `img:${src}` : null;
}

/** Leaf text blocks: those with no text block inside (an <li> holding a <p> is judged by the <p>). */
function leafBlocks(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(TEXT_BLOCKS)).filter((el) => !el.querySelector(TEXT_BLOCKS));
}

/** The keys of everything `root` shows: its blocks' texts and its images' sources. */
export function shownKeys(root: ParentNode, extraTexts: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const text of extraTexts) {
    const key = textKey(text);
    if (key.length >= MIN_KEY_CHARS) keys.add(key);
  }
  for (const block of leafBlocks(root)) {
    const key = textKey(block.textContent ?? '');
    if (key.length >= MIN_KEY_CHARS) keys.add(key);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const key = imageKey(img);
    if (key) keys.add(key);
  }
  return keys;
}

function isEmpty(el: Element): boolean {
  return (el.textContent ?? '').trim() === '' && !el.querySelector(MEDIA) && !el.matches(MEDIA);
}

/** Removes `el`, then any ancestor (below `root`) it leaves empty. */
function removeWithEmptyAncestors(el: Element, root: ParentNode): void {
  let parent = el.parentElement;
  el.remove();
  while (parent && (parent as Node) !== root && isEmpty(parent)) {
    const next = parent.parentElement;
    parent.remove();
    parent = next;
  }
}

/**
 * Takes out of `page` every block and image already in `seen`, then adds what is left to `seen` (so a third
 * page is checked against the first two). Returns how many blocks were removed.
 */
export function dropRepeats(page: ParentNode, seen: Set<string>): number {
  let removed = 0;
  for (const block of leafBlocks(page)) {
    const key = textKey(block.textContent ?? '');
    if (key.length >= MIN_KEY_CHARS && seen.has(key)) {
      removeWithEmptyAncestors(block, page);
      removed++;
    }
  }
  for (const img of Array.from(page.querySelectorAll('img'))) {
    if (!(page as Node).contains(img)) continue; // went with a figure above
    const key = imageKey(img);
    if (key && seen.has(key)) {
      removeWithEmptyAncestors(img.closest('figure') ?? img.closest('picture') ?? img, page);
      removed++;
    }
  }
  for (const key of shownKeys(page)) seen.add(key);
  return removed;
}
