/**
 * Finds the block holding a quotation and shows it: scrolls it into view and
 * flashes a background on it for about two seconds, then puts the element's
 * inline style back exactly as it was. Works on the page or inside the
 * reader's shadow root alike (any ParentNode).
 */
export const HIGHLIGHT_ATTRIBUTE = 'data-jernih-highlight';
export const HIGHLIGHT_MS = 2000;

const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, dd, dt, td, th, figcaption, pre';
const CONTAINERS = 'div, section, article, main';
/** Long enough to be specific, short enough to survive inline markup or a quote running across paragraphs. */
const PROBE_CHARS = 60;

/** Lower case, one kind of quotation mark and apostrophe, no soft hyphens or zero-width marks, single spaces. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/[“”„‟«»"〝〞＂「」『』]/gu, '"')
    .replace(/[‘’‚‛`´']/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim();
}

function probes(quote: string): string[] {
  const words = normalizeForMatch(quote).replace(/[\s,;:.]+$/u, '');
  if (words.length <= PROBE_CHARS) return [words];
  return [words, words.slice(0, PROBE_CHARS).trim(), words.slice(-PROBE_CHARS).trim()];
}

function isRendered(el: Element): boolean {
  // Detached test DOMs have no layout at all; treat them as visible rather than finding nothing.
  return typeof el.getClientRects !== 'function' || el.getClientRects().length > 0 || !el.ownerDocument.defaultView?.getComputedStyle;
}

/** The innermost rendered element, among `selector` under `root`, whose text contains `probe`. */
function innermost(root: ParentNode, selector: string, probe: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLength = Infinity;
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    const text = normalizeForMatch(el.textContent ?? '');
    if (text.length >= bestLength || !text.includes(probe)) continue;
    if (!isRendered(el)) continue;
    best = el;
    bestLength = text.length;
  }
  return best;
}

/** The block element containing the quotation, or null. */
export function findQuoteElement(root: ParentNode, quote: string): HTMLElement | null {
  for (const probe of probes(quote)) {
    if (!probe) continue;
    const found = innermost(root, BLOCKS, probe) ?? innermost(root, CONTAINERS, probe);
    if (found) return found;
  }
  return null;
}

interface Flash {
  style: string | null;
  timer: ReturnType<typeof setTimeout>;
}

const flashing = new WeakMap<Element, Flash>();

function restoreStyle(el: HTMLElement, style: string | null): void {
  void el.getAttribute('style'); // flush CSSOM edits to the attribute first (see page-lock.ts)
  if (style === null) el.removeAttribute('style');
  else el.setAttribute('style', style);
}

/** Scrolls `el` to the middle of its scroller and flashes it; a second flash on the same element restarts the timer. */
export function revealAndFlash(el: HTMLElement, win: Window, ms = HIGHLIGHT_MS): void {
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'instant' : 'smooth' });
  const previous = flashing.get(el);
  if (previous) clearTimeout(previous.timer);
  const style = previous ? previous.style : el.getAttribute('style');
  el.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  el.style.setProperty('background-color', 'rgba(250, 204, 21, 0.45)', 'important');
  el.style.setProperty('box-shadow', '0 0 0 6px rgba(250, 204, 21, 0.45)', 'important');
  el.style.setProperty('border-radius', '2px', 'important');
  const timer = setTimeout(() => {
    flashing.delete(el);
    el.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    restoreStyle(el, style);
  }, ms);
  flashing.set(el, { style, timer });
}
