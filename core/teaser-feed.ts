/**
 * A feed of teasers ("More like this", "Recommended for you", "Weiterführende
 * Artikel", a section's river of stories): item after item of a linked
 * headline and a one- or two-sentence blurb, each headline leading to another
 * page. The blurbs read as sentences, so a long feed can hold more prose than
 * a short story beside it; candidate choice must never take it for the story,
 * and one left under the story is not part of it. The evidence is the feed's
 * shape, not its class names or language: blurbs right after a headline that
 * is all link text (a line or three of date, author or kicker may stand
 * between), or one block that opens with the linked headline and goes on with
 * the blurb; most of them to different addresses.
 */
import { record, type CleanReport } from './clean/cleaner';
import { isProseBlock, textBlocks, type TextBlock } from './prose';

/** A blurb is a line or two: longer prose under a linked heading is a section of a story (a listicle's entry). */
const MAX_BLURB_CHARS = 320;
const MAX_BLURB_SENTENCES = 2;
/** An excerpt cut off by the site ("… auf Gedeih un...", "[…]") is a teaser's however many sentences it holds. */
const MAX_EXCERPT_CHARS = 420;
const TRUNCATED = /(?:\.\.\.|…|\[(?:…|\.\.\.)\])\s*$/u;
/** A headline is nearly all link text and short. */
const MIN_HEADLINE_LINK_SHARE = 0.9;
const MAX_HEADLINE_CHARS = 160;
/** Between headline and blurb a feed may set a few short lines (a section name, the author and date, a kicker). */
const MAX_BETWEEN_LINES = 3;
const MAX_BETWEEN_CHARS = 80;
/** A block that opens with its headline link: the link is a part of it, not all of it. */
const MAX_LED_LINK_SHARE = 0.7;
/** How many teasers make a feed, and the share of the container's prose their blurbs must hold. */
const MIN_TEASERS = 3;
const MIN_BLURB_SHARE = 0.6;
/** A feed inside the extracted story goes only when the story's other prose is at least this share of the feed's text. */
const MIN_STORY_SHARE_OF_FEED = 0.5;
/** …and never when less than this of the story's own prose would remain. */
const MIN_OTHER_PROSE = 400;

const SENTENCE_END = /[.!?…。！？](?=\s|$|["'”’»)])/gu;
/** The text ends a sentence, or is cut off. */
const ENDS = /[.!?…。！？]["'”’»)\]]*\s*$/u;

function isHeadline(block: TextBlock): boolean {
  return block.chars > 0 && block.chars <= MAX_HEADLINE_CHARS && block.linkChars / block.chars >= MIN_HEADLINE_LINK_SHARE;
}

function isBlurb(text: string, chars: number): boolean {
  if (TRUNCATED.test(text)) return chars <= MAX_EXCERPT_CHARS;
  return chars <= MAX_BLURB_CHARS && (text.match(SENTENCE_END)?.length ?? 0) <= MAX_BLURB_SENTENCES;
}

/** The address of the block's first link (its own, or the link around it). */
function firstHref(el: Element): string {
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  return link?.getAttribute('href') ?? '';
}

/** The linked headline a blurb follows, past at most three short lines that are not prose; null when there is none. */
function headlineBefore(blocks: readonly TextBlock[], i: number): TextBlock | null {
  for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_BETWEEN_LINES; j--) {
    if (isHeadline(blocks[j]!)) return blocks[j]!;
    if (blocks[j]!.chars > MAX_BETWEEN_CHARS || isProseBlock(blocks[j]!)) return null;
  }
  return null;
}

interface Teaser {
  /** The blurb's block (for a link-led block, the block itself). */
  block: TextBlock;
  href: string;
}

/** The teasers among `blocks`: blurbs after a linked headline, and blocks led by their headline link with a blurb after it. */
function teasers(blocks: readonly TextBlock[]): Teaser[] {
  const out: Teaser[] = [];
  blocks.forEach((block, i) => {
    const share = block.chars ? block.linkChars / block.chars : 0;
    if (block.linkLed && share > 0 && share <= MAX_LED_LINK_SHARE) {
      if (ENDS.test(block.text) && isBlurb(block.text, block.chars - block.linkChars)) out.push({ block, href: firstHref(block.el) });
      return;
    }
    if (!isProseBlock(block) || !isBlurb(block.text, block.chars)) return;
    const headline = headlineBefore(blocks, i);
    if (headline) out.push({ block, href: firstHref(headline.el) });
  });
  return out;
}

function proseChars(blocks: readonly TextBlock[]): number {
  let n = 0;
  for (const block of blocks) if (isProseBlock(block)) n += block.chars;
  return n;
}

/** Teasers that make a feed: three or more, to three or more addresses, holding most of the prose around them. */
function makesFeed(found: readonly Teaser[], prose: number): boolean {
  let blurbs = 0;
  for (const t of found) blurbs += t.block.chars;
  return found.length >= MIN_TEASERS && new Set(found.map((t) => t.href)).size >= MIN_TEASERS && blurbs >= prose * MIN_BLURB_SHARE;
}

/**
 * Whether `container` is a feed of teasers: at least three short blurbs each after a headline that is all link text
 * (or opening with it), to at least three different addresses, holding most of its prose.
 */
export function isTeaserFeed(container: Element, blocks: readonly TextBlock[] = textBlocks(container)): boolean {
  return makesFeed(teasers(blocks), proseChars(blocks));
}

/**
 * Takes out of the extracted story a feed of teasers that ends it ("Weiterführende Artikel zu diesem Thema", a
 * river of other posts): the outermost element holding three or more teasers that is a feed, after the story's
 * last other prose, while the story's other prose is at least as long. A roundup whose items are the post itself
 * holds most of the prose and stays.
 */
export function removeTeaserFeeds(content: Element, report: CleanReport): void {
  const blocks = textBlocks(content);
  const found = teasers(blocks);
  if (found.length < MIN_TEASERS) return;
  // Each element around three or more teasers is a candidate; the outermost feed among them goes.
  const around = new Map<Element, number>();
  for (const t of found) for (let a = t.block.el.parentElement; a && a !== content; a = a.parentElement) around.set(a, (around.get(a) ?? 0) + 1);
  const storyProse = proseChars(blocks);
  // Document order puts an element before what it holds: outermost first.
  const candidates = [...around].filter(([, n]) => n >= MIN_TEASERS).map(([el]) => el)
    .sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const removed: Element[] = [];
  for (const el of candidates) {
    if (removed.some((r) => r.contains(el))) continue;
    const inside = blocks.filter((b) => el.contains(b.el));
    const feedProse = proseChars(inside);
    if (!makesFeed(found.filter((t) => el.contains(t.block.el)), feedProse)) continue;
    let feedChars = 0;
    for (const b of inside) feedChars += b.chars;
    // Excerpts the site cut off are machine-made teasers whatever their length; a roundup writes its own lines.
    const inFeed = found.filter((t) => el.contains(t.block.el));
    const cut = inFeed.filter((t) => TRUNCATED.test(t.block.text)).length * 2 >= inFeed.length;
    const otherProse = storyProse - feedProse;
    if (otherProse < MIN_OTHER_PROSE || (!cut && otherProse < feedChars * MIN_STORY_SHARE_OF_FEED)) continue;
    if (blocks.slice(blocks.indexOf(inside[inside.length - 1]!) + 1).some(isProseBlock)) continue;
    removed.push(el);
  }
  for (const el of removed) {
    record(report, 'related', 'teaser-feed', (el.textContent ?? '').replace(/\s+/gu, ' ').trim());
    el.remove();
  }
}

const DOCUMENT_POSITION_FOLLOWING = 4;
