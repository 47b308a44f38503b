/**
 * A second opinion on the container Readability picked. Readability scores
 * paragraphs by commas and length, so a table cell of signatories ("Name,
 * University") or a table of names and e-mail addresses can outscore the
 * story beside it, and then the story is lost. Here the page's prose (blocks
 * that read as sentences, few links: `prose.ts`) is scored the same way,
 * without commas or class names; when the best-scoring container holds far
 * more prose than Readability's pick, either around it or elsewhere on the
 * page, it is taken instead, unless it is a feed of teasers (`teaser-feed.ts`).
 */
import { ORDER_MARK } from './recover';
import { isProseBlock, textBlocks, type TextBlock } from './prose';
import { isTeaserFeed } from './teaser-feed';

/** Readability-like decay: a block counts fully for its parent, half for the grandparent, then a third per level. */
const LEVELS = 5;
const decay = (level: number): number => (level === 0 ? 1 : level === 1 ? 2 : level * 3);

/** A container around the pick with this many times its prose holds the rest of the story. */
const AROUND_FACTOR = 1.5;
/** A container elsewhere must hold this many times the pick's prose: Readability's pick is then clearly not the story. */
const ELSEWHERE_FACTOR = 4;
/** Less prose than this is no story to switch to. */
const MIN_PROSE = 500;

/** Where the best prose is never the story: navigation, asides, a discussion (a form may wrap the whole page). */
const NOT_STORY_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'header']);
const DISCUSSION = /comment|disqus|repl(?:y|ies)|remark|community|shoutbox|forum|thread/iu;

function inNonStory(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    if (NOT_STORY_TAGS.has(a.localName)) return true;
    if (DISCUSSION.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function proseChars(root: Element): number {
  let n = 0;
  for (const block of textBlocks(root)) if (isProseBlock(block)) n += block.chars;
  return n;
}

/** The container with the best decayed prose score, and its prose characters. */
export interface ProsePick {
  el: Element;
  prose: number;
}

/**
 * The container under `root` with the best decayed prose score. The pipeline finds it on the page before Readability
 * from the blocks it already read there (`blocks`), and looks its twin up in the numbered copy (`twinIn`).
 */
export function bestProseContainer(root: Element, blocks: readonly TextBlock[] = textBlocks(root)): ProsePick | null {
  const score = new Map<Element, number>();
  const prose = new Map<Element, number>();
  for (const block of blocks) {
    if (!isProseBlock(block)) continue;
    let level = 0;
    for (let a = block.el.parentElement; a && level < LEVELS; a = a.parentElement, level++) {
      score.set(a, (score.get(a) ?? 0) + block.chars / decay(level));
      if (a === root) break;
    }
    for (let a: Element | null = block.el; a; a = a.parentElement) {
      prose.set(a, (prose.get(a) ?? 0) + block.chars);
      if (a === root) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  return best ? { el: best, prose: prose.get(best) ?? 0 } : null;
}

/**
 * The same pick in `copy`, made by `markDocumentOrder(root)`: the copy's element with the pick's number (the numbers
 * are the elements' places in document order, so the copy's list of elements lines up with the page's).
 */
export function twinIn(copy: Element, root: Element, pick: ProsePick | null): ProsePick | null {
  if (!pick) return null;
  if (pick.el === root) return { el: copy, prose: pick.prose };
  const twin = copy.getElementsByTagName('*')[Number(pick.el.getAttribute(ORDER_MARK))];
  return twin ? { el: twin, prose: pick.prose } : null;
}

/** The elements of `copy` Readability kept (by their document-order numbers). */
function keptElements(content: Element, copy: Element): Element[] {
  const all = copy.getElementsByTagName('*');
  return Array.from(content.querySelectorAll(`[${ORDER_MARK}]`), (el) => all[Number(el.getAttribute(ORDER_MARK))]).filter((el): el is Element => !!el);
}

/**
 * The container of the page copy to take instead of Readability's pick, or null to keep the pick: the best prose
 * container when it holds the pick and 1.5 times its prose (the story around a part Readability overrated), or holds
 * none of it and four times its prose (Readability picked another block of the page). `best` is `copy`'s best prose
 * container when the caller already knows it.
 */
export function betterContainer(content: Element, copy: Element, best: ProsePick | null = bestProseContainer(copy)): Element | null {
  if (!best || best.prose < MIN_PROSE || best.el === copy || inNonStory(best.el) || isTeaserFeed(best.el)) return null;
  const picked = proseChars(content);
  const kept = keptElements(content, copy);
  const holdsPick = kept.some((el) => best.el.contains(el));
  const insidePick = kept.some((el) => el.contains(best.el));
  if (insidePick) return null;
  if (holdsPick) return best.prose >= picked * AROUND_FACTOR ? best.el : null;
  return best.prose >= picked * ELSEWHERE_FACTOR ? best.el : null;
}

/** What Readability drops from any container before reading it: code, fallbacks and hidden elements. */
const UNSEEN = 'script, style, noscript, template, [hidden], [aria-hidden="true"]';
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;

/** Puts a copy of `container` in place of what Readability kept in `content`. */
export function takeContainer(content: Element, container: Element): void {
  const copy = container.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll(UNSEEN))) el.remove();
  for (const el of Array.from(copy.querySelectorAll('[style]'))) if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) el.remove();
  content.replaceChildren(copy);
}
