/**
 * Runs the block rules over a subtree, top-down, removing each matching
 * element whole and recording what went and why. Iterative, so a page nested
 * ten thousand levels deep cannot overflow the stack.
 */
import type { RemovedItem } from '../types';
import { LONGEST_PROMO_LEAD_IN, promoLeadIns, sectionLabels } from './lexicon';
import { BLOCK_RULES, tokenKind, type Credit } from './rules';
import { countWords, hasLooseText, lettersOnly, linkDensity, links, linksFoundInWalk, ownText, squash, textLettersLongerThan, textLongerThan, textOf, withTextMemo } from './text';

export interface CleanReport {
  removed: RemovedItem[];
  credits: Credit[];
  /** Visible date texts from removed date and credit lines, for attribution. */
  dates: string[];
  /** Lines taken from before and after the story (outside-story, author-box): attribution still reads bylines and sign-offs there. */
  around?: { before: string[]; after: string[] };
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'math', 'blockquote', 'pre', 'code', 'figcaption', 'h1']);
const BLOCKS = new Set(['div', 'section', 'aside', 'p', 'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'footer', 'header', 'form', 'center', 'dl', 'dd', 'dt', 'figure', 'details', 'address']);
/** Inline elements sit inside prose: only a whole-text ad label may take one out. */
const INLINE = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'font', 'ins', 'time']);
/** Containers of running text: an inline element inside one is part of a sentence. */
const TEXT_CONTAINERS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'td', 'th', 'dd', 'dt', 'figcaption', 'blockquote', 'caption', 'label']);
const INLINE_RULES = new Set(['ad-label', 'ad-slot', 'hidden-metadata']);

const MAX_RECORDED = 500;

export function record(report: CleanReport, kind: RemovedItem['kind'], rule: string, text: string) {
  const t = text.length > MAX_RECORDED ? `${text.slice(0, MAX_RECORDED)}…` : text;
  report.removed.push({ kind, rule, text: t });
}

/** Never removed whatever a rule says: the article root and anything holding its headline. */
function isProtected(el: Element, protectedRoots: ReadonlySet<Element>, holdsHeadline: ReadonlySet<Element>): boolean {
  if (protectedRoots.has(el)) return true;
  const name = el.localName;
  if (name === 'body' || name === 'html' || name === 'main' || name === 'article') return true;
  return holdsHeadline.has(el);
}

/**
 * Every element holding a headline or an article root, found once by walking up from each (a query per element
 * cost O(elements × subtree): seconds on a page nested hundreds deep). Exact, not an estimate: the walk checks an
 * element before anything inside it can be removed.
 */
function headlineHolders(root: Element): Set<Element> {
  const holders = new Set<Element>();
  for (const mark of Array.from(root.querySelectorAll('h1, article, [itemprop="articleBody"]'))) {
    for (let up = mark.parentElement; up && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return holders;
}

export interface CleanOptions {
  /** Elements never removed (the article root after Readability). */
  protectedRoots?: ReadonlySet<Element>;
  /**
   * Before Readability: a block whose class says "related"/"share" but which
   * our rules kept as prose loses that class and id, so Readability's
   * class-name penalty cannot drop it either.
   */
  neutralizeKeptClasses?: boolean;
}

/**
 * An inline element that is a line of its own (`<div><p>By …</p><span>Published …</span></div>`):
 * its parent is not running text and has no loose text beside it, so block rules may judge it.
 */
function standsAlone(el: Element): boolean {
  const parent = el.parentElement;
  return Boolean(parent) && !TEXT_CONTAINERS.has(parent!.localName) && !INLINE.has(parent!.localName) && !hasLooseText(parent!);
}

const LONGEST_RULE_TEXT = Math.max(...BLOCK_RULES.map((r) => r.maxChars));

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 160) n++;
  return n;
}

/** The elements under a walk's root as one pass over the tree found them, indexed in document order. */
export interface WalkLayout {
  /** Every element under (and including) the root, in document order. */
  order: Element[];
  /** How many elements each one's subtree holds, itself included: a skipped element's subtree is stepped over by it. */
  size: Int32Array;
  /** Non-space text length of each element's subtree. */
  textLength: Int32Array;
  /** The links (`<a>`) among `order`, by their index there, in document order. */
  anchors: Int32Array;
  /** How many of `anchors` come before each index of `order` (one entry more than `order`). */
  anchorsBefore: Int32Array;
}

const NO_LINKS: readonly HTMLAnchorElement[] = [];

/** The links in and including `order[i]`, from the layout: a subtree is a stretch of `order`, its links a stretch of `anchors`. */
export function linksAt({ order, size, anchors, anchorsBefore }: WalkLayout, i: number): readonly HTMLAnchorElement[] {
  const from = anchorsBefore[i]!;
  const end = anchorsBefore[i + size[i]!]!;
  if (from === end) return NO_LINKS;
  const out: HTMLAnchorElement[] = [];
  for (let k = from; k < end; k++) out.push(order[anchors[k]!] as HTMLAnchorElement);
  return out;
}

/**
 * Every element under `root` in document order, with its subtree's size and non-space text length, computed in
 * one pre-order pass and one pass back, so big containers are passed over without reading their text (reading it
 * at every level would cost O(elements × depth) on a large page). Arrays indexed by document order, not maps keyed
 * by element: the walk below steps through them, and a map entry per element of the page cost more than the rules
 * asked of most elements.
 */
export function walkLayout(root: Element): WalkLayout {
  const order: Element[] = [];
  const parents: number[] = [];
  const stack: Element[] = [root];
  const stackParents: number[] = [-1];
  while (stack.length) {
    const el = stack.pop()!;
    const index = order.length;
    order.push(el);
    parents.push(stackParents.pop()!);
    // Pushed last first, so they are taken in document order.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      stack.push(c);
      stackParents.push(index);
    }
  }
  const n = order.length;
  const size = new Int32Array(n).fill(1);
  const textLength = new Int32Array(n);
  const isAnchor = new Uint8Array(n);
  // Children come after their parent in document order: going backwards, each is complete when its parent takes it in.
  for (let i = n - 1; i >= 0; i--) {
    const el = order[i]!;
    let length = textLength[i]!;
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) length += nonSpaceLength(c.nodeValue ?? '');
    textLength[i] = length;
    if (el.localName === 'a') isAnchor[i] = 1;
    const parent = parents[i]!;
    if (parent >= 0) {
      textLength[parent] = textLength[parent]! + length;
      size[parent] = size[parent]! + size[i]!;
    }
  }
  const anchorsBefore = new Int32Array(n + 1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    anchorsBefore[i] = count;
    if (isAnchor[i]) count++;
  }
  anchorsBefore[n] = count;
  const anchors = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (isAnchor[i]) anchors[k++] = i;
  return { order, size, textLength, anchors, anchorsBefore };
}

/**
 * A credit inside a link that also holds other text (a card: headline, excerpt, "By X") credits
 * another story. A link that is only the byline ("<a href="/author/x">By X</a>") is the story's.
 */
function inTeaserCard(el: Element, text: string): boolean {
  const link = el.closest('a');
  return Boolean(link && (link.textContent ?? '').replace(/\s+/gu, ' ').trim().length > text.length + 20);
}

export function cleanBlocks(root: Element, report: CleanReport, options: CleanOptions = {}): void {
  // Top-down, removing only the element being looked at, whose rules read only inside it: memoizing is exact.
  withTextMemo(() => cleanBlocksWalk(root, report, options));
}

function cleanBlocksWalk(root: Element, report: CleanReport, options: CleanOptions): void {
  const protectedRoots = options.protectedRoots ?? new Set<Element>();
  const layout = walkLayout(root);
  const { order, size, textLength } = layout;
  // The element looked at has its links from the layout, not a query of its subtree per element: nothing in it
  // has been removed yet, so the layout's stretch of links is what the query would find.
  let looking = -1;
  linksFoundInWalk((el) => (looking >= 0 && order[looking] === el ? linksAt(layout, looking) : null));
  const holdsHeadline = headlineHolders(root);
  // Document order, as a stack walk taking children first would go; a removed or skipped element's subtree is
  // stepped over whole. The walk removes only the element it looks at, so the layout stays true for what is ahead.
  for (let i = 0; i < order.length; ) {
    const el = order[i]!;
    const name = el.localName;
    if (SKIP.has(name)) {
      i += size[i]!;
      continue;
    }
    const isInline = INLINE.has(name);
    const inline = isInline && !standsAlone(el);
    // A block with more non-space characters than any rule looks at cannot match one.
    const small = textLength[i]! <= LONGEST_RULE_TEXT;
    if (el !== root && small && (isInline || BLOCKS.has(name)) && !isProtected(el, protectedRoots, holdsHeadline)) {
      looking = i;
      const text = textOf(el);
      const view = { el, text };
      let removedHere = false;
      for (const rule of BLOCK_RULES) {
        if (text.length > rule.maxChars || (!text && rule.needsText) || (inline && !INLINE_RULES.has(rule.id))) continue;
        const hit = rule.match(view);
        if (!hit) continue;
        record(report, hit.kind, hit.rule, text);
        if (hit.credits && !inTeaserCard(el, text)) report.credits.push(...hit.credits);
        if (hit.dates) report.dates.push(...hit.dates);
        if (hit.rule === 'date-line') report.dates.push(text);
        el.remove();
        removedHere = true;
        break;
      }
      if (removedHere) {
        i += size[i]!;
        continue;
      }
      if (options.neutralizeKeptClasses && !inline && tokenKind(el)) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
    }
    i++;
  }
}

/**
 * A promo inside a real paragraph: "… text. <b>Baca juga:</b> <a>Title</a> more text".
 * Removes the lead-in and the link after it; the paragraph's own prose stays.
 */
export function removeInlinePromos(root: Element, report: CleanReport): void {
  for (const lead of Array.from(root.querySelectorAll('strong, b, em, span, i'))) {
    // Every span and bold run of the page is asked: one with more letters than any lead-in is passed over unread.
    if (!root.contains(lead) || textLettersLongerThan(lead, LONGEST_PROMO_LEAD_IN) || !promoLeadIns.has(lettersOnly(textOf(lead)))) continue;
    const parent = lead.parentElement;
    if (!parent || lettersOnly(ownText(parent)) === lettersOnly(textOf(lead))) continue; // whole-block promos are the block rules' job
    let next = lead.nextSibling;
    const between: Node[] = [];
    while (next && next.nodeType === 3 && !/[\p{L}\p{N}]/u.test(next.nodeValue ?? '')) {
      between.push(next);
      next = next.nextSibling;
    }
    if (!next || (next as Element).localName !== 'a') continue;
    record(report, 'promo', 'promo-inline', squash(`${textOf(lead)} ${textOf(next)}`));
    for (const n of [lead, ...between, next]) n.parentNode?.removeChild(n);
  }
}

/** Longer than any section label or promo lead-in. */
const MAX_LABEL_CHARS = 60;

/**
 * A label block ("You may also like…", "Read more:") whose links follow it as
 * siblings rather than children: a list, or a run of paragraphs that are each
 * one link. The label and that run go; a link paragraph with no label before
 * it is never touched.
 */
export function removeLabelledLists(root: Element, report: CleanReport): void {
  for (const label of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6, p, div, span, strong'))) {
    // A label with nothing after it has no run of links to take (most spans and bold runs end their line).
    if (!label.nextElementSibling || !root.contains(label) || label.firstElementChild?.matches('p, div, ul, ol')) continue;
    // Most candidates are whole paragraphs and wrappers: passed over after their first 60 characters, not read whole.
    if (textLongerThan(label, MAX_LABEL_CHARS)) continue;
    const text = textOf(label);
    if (!text || text.length > MAX_LABEL_CHARS || links(label).length) continue;
    const key = lettersOnly(text);
    const kind = promoLeadIns.has(key) ? 'promo' : sectionLabels.get(key);
    if (!kind || kind === 'comments') continue;
    const run: Element[] = [];
    for (let next: Element | null = label.nextElementSibling; next && run.length < 8; next = next.nextElementSibling) {
      const t = textOf(next);
      if (!t && !next.querySelector('img')) continue; // empty spacer paragraphs
      if (!links(next).length || linkDensity(next) < 0.6 || next.querySelector('h1, article')) break;
      run.push(next);
    }
    if (!run.length) continue;
    record(report, kind, `label-then-links:${kind}`, [text, ...run.map((el) => textOf(el))].join(' '));
    for (const el of run) el.remove();
    label.remove();
  }
}

const LEAF_BLOCKS = 'p, figcaption, li, h2, h3, h4, h5, h6, blockquote, dd, td';

/** A caption, or a teaser that is all link: the kinds of block a template repeats. */
function isRepeatable(block: Element): boolean {
  return block.localName === 'figcaption' || /caption|credit/iu.test(block.getAttribute('class') ?? '') || linkDensity(block) > 0.8;
}

/**
 * The same caption or teaser twice (slideshows repeat captions): later copies
 * go. Prose may repeat on purpose (a refrain), so paragraphs are never touched.
 */
export function removeDuplicateBlocks(root: Element, report: CleanReport): void {
  const seen = new Set<string>();
  for (const block of Array.from(root.querySelectorAll(LEAF_BLOCKS))) {
    if (block.querySelector(LEAF_BLOCKS) || !isRepeatable(block)) continue;
    const text = textOf(block);
    if (countWords(text) < 8) continue;
    if (seen.has(text)) {
      record(report, 'boilerplate', 'duplicate', text);
      block.remove();
    } else {
      seen.add(text);
    }
  }
}
