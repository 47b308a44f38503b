/**
 * Story blocks Readability left out of the container it picked, brought back
 * on structural evidence. Readability scores one container and keeps some of
 * its siblings: its cleaning drops the container's header with the standfirst
 * set between the headline and the body, and a story split over repeated
 * template slots keeps only the slot that scored best.
 *
 * How: before Readability runs, every element of the (pre-cleaned) page is
 * numbered in document order and a copy of the page is kept. Readability
 * keeps the numbers on what it picks, so the copy tells what lies around the
 * picked blocks. Recovered blocks are copies inserted before the post-clean,
 * so every removal rule still applies (and is reported) to them; what the
 * pre-clean removed is not in the copy, so nothing removed comes back.
 */
import { CAPTION_MARK } from './clean/captions';
import { BLOCK_ELEMENTS, countWords, hasLooseText, hasText, linkDensity, squash, textOf } from './clean/text';

/** The attribute carrying each element's place in document order. */
export const ORDER_MARK = 'data-jernih-at';

/** Numbers every element under `body` in document order and returns a copy of it (never attached) to look things up in later. */
export function markDocumentOrder(body: Element): Element {
  let i = 0;
  for (const el of Array.from(body.getElementsByTagName('*'))) el.setAttribute(ORDER_MARK, String(i++));
  return body.cloneNode(true) as Element;
}

export function unmarkDocumentOrder(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(`[${ORDER_MARK}]`))) el.removeAttribute(ORDER_MARK);
}

/** Where a standfirst is never: navigation, asides, figures, forms, links, the page's footer. */
const NOT_STORY = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'button', 'label', 'a', 'select', 'address', 'time', 'li', 'table', 'blockquote']);
/** Blocks a standfirst is written in. */
const LEAD_TAGS = new Set(['p', 'div', 'h2', 'h3', 'h4', 'span', 'section', 'header', 'strong']);
/** A sentence ends the block: a standfirst is prose, not a label, date or byline. */
const SENTENCE_END = /[.!?…:;。！？"”»«“')]\s*$/u;
/** At most this many blocks are taken as the standfirst, and they are short: a long stretch is a story of its own. */
const MAX_LEAD_BLOCKS = 2;
const MAX_LEAD_CHARS = 1200;
/** The headline is near the story: no more elements than this between it and the first picked block. */
const MAX_HEADLINE_DISTANCE = 400;

function orderOf(el: Element): number {
  return Number(el.getAttribute(ORDER_MARK) ?? -1);
}

/** Any of the block elements, as one selector: the first one inside is found without listing the subtree. */
const BLOCK_SELECTOR = Array.from(BLOCK_ELEMENTS).join(', ');

function hasBlockInside(el: Element): boolean {
  return el.querySelector(BLOCK_SELECTOR) !== null;
}

/** A block of text with no block inside: a paragraph, a heading, a line. */
function isTextLeaf(el: Element): boolean {
  return hasLooseText(el) || (!hasBlockInside(el) && hasText(el));
}

const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** The smallest element of the copy that holds every block with text Readability kept: the container it picked. */
function keptContainer(content: Element, all: HTMLCollectionOf<Element>, copy: Element): Element | null {
  const kept = Array.from(content.querySelectorAll(`[${ORDER_MARK}]`)).filter(isTextLeaf);
  if (!kept.length) return null;
  let container: Element | null = all[orderOf(kept[0]!)] ?? null;
  for (const el of kept) {
    const twin = all[orderOf(el)]!;
    while (container && !container.contains(twin)) container = container.parentElement;
  }
  return container === copy ? null : container;
}

function insideNonStory(el: Element, root: Element): boolean {
  for (let a: Element | null = el; a && a !== root; a = a.parentElement) {
    if (NOT_STORY.has(a.localName)) return true;
    if (a.hasAttribute('hidden') || a.getAttribute('aria-hidden') === 'true' || a.hasAttribute(CAPTION_MARK)) return true;
    // Readability skips what a style hides; the copy must too.
    if (HIDDEN_STYLE.test(a.getAttribute('style') ?? '')) return true;
  }
  return false;
}

const MEDIA = 'img, picture, video, iframe, svg';

/** A block alone beside a picture in its wrapper is that picture's caption, whatever its class says. */
function besidePicture(el: Element, root: Element): boolean {
  const text = textOf(el);
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
    if (textOf(a) !== text) return false;
    if (a.querySelector(MEDIA)) return true;
  }
  return false;
}

/** Prose in sentences with little link text: how a standfirst reads. */
function readsAsLead(el: Element): boolean {
  const text = textOf(el);
  if (text.length < 50 || countWords(text) < 8) return false;
  if (!SENTENCE_END.test(text)) return false;
  return linkDensity(el) < 0.3;
}

/** The shortest page description that names a standfirst: shorter ones are taglines ("News from Berlin"). */
const MIN_DESCRIPTION_CHARS = 50;
/**
 * A standfirst outside the container summarises a story many times its length. Beside a short story (a paywalled
 * page's free paragraphs) the page's description is its teaser, not part of what the reader gets.
 */
const MIN_STORY_TO_DESCRIPTION = 4;

/**
 * The block's text is the page's own description (its meta description, maybe cut short with an ellipsis): the
 * site itself calls this block the story's summary, so it is the standfirst, not a teaser or a site slogan.
 */
function isPageDescription(text: string, description: string | null): boolean {
  if (!description) return false;
  const d = squash(description).replace(/\s*(?:\.\.\.|…)$/u, '');
  if (d.length < MIN_DESCRIPTION_CHARS) return false;
  const t = squash(text);
  return t.startsWith(d) || d.startsWith(t.slice(0, Math.max(MIN_DESCRIPTION_CHARS, t.length - 1)));
}

/**
 * Brings back the standfirst: prose blocks between the page's headline (the last <h1> before the story) and the
 * first block Readability kept, that the story does not already hold. Inside the container it picked (its cleaning
 * drops the container's header) any such block counts; outside it only the block whose text is the page's
 * description (`description`, its meta description). They are put, as paragraphs, before that block. Returns the
 * number recovered.
 */
export function recoverLead(content: Element, copy: Element, description: string | null = null): number {
  // The story's first words: the first kept element with text of its own (the container itself may start
  // above the headline, its header dropped by Readability's cleaning).
  let first: Element | null = null;
  for (const el of Array.from(content.querySelectorAll(`[${ORDER_MARK}]`))) {
    if ((!first || orderOf(el) < orderOf(first)) && isTextLeaf(el)) first = el;
  }
  if (!first) return 0;
  const start = orderOf(first);
  const all = copy.getElementsByTagName('*');
  let headline = -1;
  for (let i = start - 1; i >= 0 && i >= start - MAX_HEADLINE_DISTANCE; i--) {
    if (all[i]!.localName === 'h1') {
      headline = i;
      break;
    }
  }
  if (headline < 0) return 0;
  // Inside the container Readability picked, whose header its cleaning dropped. A standfirst outside it is, for
  // most news pages, a summary line rather than story text, unless the page gives it as its own description.
  const container = keptContainer(content, all, copy);
  if (!container) return 0;
  const storyText = squash(content.textContent ?? '');
  const leads: Element[] = [];
  let chars = 0;
  for (let i = headline + 1; i < start; i++) {
    const el = all[i]!;
    if (el.contains(all[start]!) || !LEAD_TAGS.has(el.localName) || hasBlockInside(el)) continue;
    // A block inside one already taken is part of it.
    if (leads.some((l) => l.contains(el))) continue;
    if (insideNonStory(el, copy) || !readsAsLead(el) || besidePicture(el, copy)) continue;
    const text = textOf(el);
    if (!container.contains(el) && (!isPageDescription(text, description) || storyText.length < MIN_STORY_TO_DESCRIPTION * text.length)) continue;
    if (storyText.includes(text)) continue;
    chars += text.length;
    leads.push(el);
  }
  if (!leads.length || leads.length > MAX_LEAD_BLOCKS || chars > MAX_LEAD_CHARS) return 0;
  const doc = content.ownerDocument;
  for (const lead of leads) {
    const p = doc.createElement('p');
    for (const child of Array.from(lead.childNodes)) p.appendChild(child.cloneNode(true));
    first.parentNode!.insertBefore(p, first);
  }
  return leads.length;
}

/** Class names without the per-instance ones ("vc_custom_1570202326607", "post-4477919", "col-sm-9"): a template slot's name. */
function slotName(el: Element): string {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/u).filter((t) => t && !/\d/u.test(t));
  return `${el.localName}.${tokens.sort().join('.')}`;
}

/** How far up from the story's container a repeated template slot is looked for. */
const MAX_SLOT_DEPTH = 6;

/** Prose in sentences with little link text and no headline of its own: part of the same story, not another one. */
const OTHER_STORY_HEADING = 'h1, h2 a, h3 a, h4 a, a h2, a h3, a h4';

/** The child of `ancestor` that holds `el`: the repeated slot `el` sits in. */
function slotOf(el: Element, ancestor: Element): Element {
  let slot = el;
  while (slot.parentElement && slot.parentElement !== ancestor) slot = slot.parentElement;
  return slot;
}

function readsAsStoryPart(el: Element, root: Element): boolean {
  if (insideNonStory(el, root)) return false;
  if (linkDensity(el) >= 0.3) return false;
  for (const p of Array.from<Element>(el.querySelectorAll('p')).concat(el.localName === 'p' ? [el] : [])) {
    if (readsAsLead(p) && !insideNonStory(p, el)) return true;
  }
  return false;
}

/**
 * Brings back the parts of a story split over repeated template slots (page-builder rows, CMS paragraph items,
 * outline sections) when Readability kept only one: elements reached from an ancestor of the story's container by
 * the same path of tag-and-class slots as the container, that read as prose and hold no headline of their own.
 * They are put before or after the container, in page order. Returns the number of parts recovered.
 */
export function recoverSplitParts(content: Element, copy: Element): number {
  const all = copy.getElementsByTagName('*');
  const container = keptContainer(content, all, copy);
  if (!container) return 0;
  const path: string[] = [];
  let ancestor: Element = container;
  let parts: Element[] = [];
  for (let depth = 0; depth < MAX_SLOT_DEPTH && ancestor.parentElement && ancestor.parentElement !== copy; depth++) {
    path.unshift(slotName(ancestor));
    ancestor = ancestor.parentElement;
    if (ancestor.querySelector('h1') && !container.querySelector('h1') && depth > 0) break;
    let level: Element[] = [ancestor];
    for (const slot of path) level = level.flatMap((el) => Array.from(el.children).filter((c) => slotName(c) === slot));
    parts = level.filter((el) => el !== container);
    if (parts.length) break;
  }
  const storyText = squash(content.textContent ?? '');
  // A headline, or a heading that links away, in a part's slot starts another story (a listing of posts, the next article).
  parts = parts.filter((el) => !slotOf(el, ancestor).querySelector(OTHER_STORY_HEADING) && readsAsStoryPart(el, copy) && !storyText.includes(textOf(el)));
  if (!parts.length) return 0;
  const twin = content.querySelector(`[${ORDER_MARK}="${orderOf(container)}"]`);
  const page = twin?.parentNode ?? content.firstElementChild;
  if (!page) return 0;
  // Parts before the container go before it, parts after it after it (or at the story's start and end).
  const before: Node | null = twin ?? page.firstChild;
  const after: Node | null = twin ? twin.nextSibling : null;
  const doc = content.ownerDocument;
  const at = orderOf(container);
  for (const part of parts) {
    const div = doc.createElement('div');
    for (const child of Array.from(part.childNodes)) div.appendChild(child.cloneNode(true));
    if (orderOf(part) < at) page.insertBefore(div, before);
    else page.insertBefore(div, after);
  }
  return parts.length;
}

