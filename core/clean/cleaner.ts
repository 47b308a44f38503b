/**
 * Runs the block rules over a subtree, top-down, removing each matching
 * element whole and recording what went and why. Iterative, so a page nested
 * ten thousand levels deep cannot overflow the stack.
 */
import type { RemovedItem } from '../types';
import { promoLeadIns } from './lexicon';
import { BLOCK_RULES, tokenKind, type Credit } from './rules';
import { lettersOnly, ownText, squash, textOf } from './text';

export interface CleanReport {
  removed: RemovedItem[];
  credits: Credit[];
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg', 'math', 'blockquote', 'pre', 'code', 'figcaption', 'h1']);
const BLOCKS = new Set(['div', 'section', 'aside', 'p', 'ul', 'ol', 'li', 'table', 'tbody', 'tr', 'td', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav', 'footer', 'header', 'form', 'center', 'dl', 'dd', 'dt', 'figure', 'details', 'address']);
/** Inline elements sit inside prose: only a whole-text ad label may take one out. */
const INLINE = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'font', 'ins']);
const INLINE_RULES = new Set(['ad-label', 'ad-slot']);

const MAX_RECORDED = 500;

function record(report: CleanReport, kind: RemovedItem['kind'], rule: string, text: string) {
  const t = text.length > MAX_RECORDED ? `${text.slice(0, MAX_RECORDED)}…` : text;
  report.removed.push({ kind, rule, text: t });
}

/** Never removed whatever a rule says: the article root and anything holding its headline. */
function isProtected(el: Element, protectedRoots: ReadonlySet<Element>): boolean {
  if (protectedRoots.has(el)) return true;
  const name = el.localName;
  if (name === 'body' || name === 'html' || name === 'main' || name === 'article') return true;
  return el.querySelector('h1, article, [itemprop="articleBody"]') !== null;
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

const LONGEST_RULE_TEXT = Math.max(...BLOCK_RULES.map((r) => r.maxChars));

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s.charCodeAt(i) !== 160) n++;
  return n;
}

/**
 * Non-space text length of every element, computed in one post-order pass, so big
 * containers are passed over without reading their text (reading it at every
 * level would cost O(elements × depth) on a large page).
 */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      n += c.nodeType === 3 ? nonSpaceLength(c.nodeValue ?? '') : c.nodeType === 1 ? lengths.get(c as Element) ?? 0 : 0;
    }
    lengths.set(el, n);
  }
  return lengths;
}

export function cleanBlocks(root: Element, report: CleanReport, options: CleanOptions = {}): void {
  const protectedRoots = options.protectedRoots ?? new Set<Element>();
  const rawLength = textLengths(root);
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (SKIP.has(el.localName)) continue;
    const inline = INLINE.has(el.localName);
    // A block with more non-space characters than any rule looks at cannot match one.
    const small = (rawLength.get(el) ?? 0) <= LONGEST_RULE_TEXT;
    if (el !== root && small && (inline || BLOCKS.has(el.localName)) && !isProtected(el, protectedRoots)) {
      const text = textOf(el);
      let removedHere = false;
      for (const rule of BLOCK_RULES) {
        if (text.length > rule.maxChars || (inline && !INLINE_RULES.has(rule.id))) continue;
        const hit = rule.match({ el, text });
        if (!hit) continue;
        record(report, hit.kind, hit.rule, text);
        if (hit.credits) report.credits.push(...hit.credits);
        el.remove();
        removedHere = true;
        break;
      }
      if (removedHere) continue;
      if (options.neutralizeKeptClasses && !inline && tokenKind(el)) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * A promo inside a real paragraph: "… text. <b>Baca juga:</b> <a>Title</a> more text".
 * Removes the lead-in and the link after it; the paragraph's own prose stays.
 */
export function removeInlinePromos(root: Element, report: CleanReport): void {
  for (const lead of Array.from(root.querySelectorAll('strong, b, em, span, i'))) {
    if (!root.contains(lead) || !promoLeadIns.has(lettersOnly(textOf(lead)))) continue;
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
