/**
 * Stories split into "pages" inside one document: the site shows page 1 and
 * hides pages 2…n (`display:none`) until the reader clicks "Halaman 2".
 * Readability drops hidden elements, so the story would end after page 1.
 * A hidden block is shown again when a visible sibling (or its parent) of the
 * same tag, sharing a class, holds the story, both hold paragraphs, and the markup says they are
 * pages (a class or data attribute naming "pag…").
 */
import { countWords, textOf } from './text';

const HIDDEN = /display\s*:\s*none/iu;

function saysPage(el: Element): boolean {
  if (/pag/iu.test(el.getAttribute('class') ?? '')) return true;
  return Array.from(el.attributes).some((a) => a.name.startsWith('data-') && /pag/iu.test(a.name));
}

function holdsProse(el: Element): boolean {
  return el.querySelectorAll('p').length >= 1 && countWords(textOf(el)) >= 40;
}

export function revealPagedSiblings(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[style]'))) {
    if (!HIDDEN.test(el.getAttribute('style') ?? '') || !saysPage(el) || !holdsProse(el)) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const classes = new Set((el.getAttribute('class') ?? '').split(/\s+/u).filter(Boolean));
    const sharesClass = (s: Element): boolean => (s.getAttribute('class') ?? '').split(/\s+/u).some((c) => classes.has(c));
    // The visible page is a sibling, or (unclosed tags) the parent the hidden pages ended up inside.
    const visibleTwin = [parent, ...Array.from(parent.children)].some(
      (s) => s !== el && s.localName === el.localName && sharesClass(s) && !HIDDEN.test(s.getAttribute('style') ?? '') && holdsProse(s),
    );
    if (visibleTwin) el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/display\s*:\s*none\s*;?/giu, ''));
  }
}
