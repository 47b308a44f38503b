/**
 * A feed of teasers ("More like this", "Recommended for you", a section's
 * river of stories): item after item of a linked headline and a one- or
 * two-sentence blurb, each headline leading to another page. The blurbs read
 * as sentences, so a long feed can hold more prose than a short story beside
 * it; candidate choice must never take it for the story. The evidence is the
 * feed's shape, not its class names or language: blurbs, each right after a
 * headline that is all link text, most of them to different addresses.
 */
import { isProseBlock, textBlocks, type TextBlock } from './prose';

/** A blurb is a line or two: longer prose under a linked heading is a section of a story (a listicle's entry). */
const MAX_BLURB_CHARS = 320;
const MAX_BLURB_SENTENCES = 2;
/** A headline is nearly all link text and short. */
const MIN_HEADLINE_LINK_SHARE = 0.9;
const MAX_HEADLINE_CHARS = 160;
/** Between headline and blurb a feed may set a short line (a section name, a time: "Politics · 2h ago"). */
const MAX_BETWEEN_CHARS = 40;
/** How many teasers make a feed, and the share of the container's prose their blurbs must hold. */
const MIN_TEASERS = 3;
const MIN_BLURB_SHARE = 0.6;

const SENTENCE_END = /[.!?…。！？](?=\s|$|["'”’»)])/gu;

function isHeadline(block: TextBlock): boolean {
  return block.chars > 0 && block.chars <= MAX_HEADLINE_CHARS && block.linkChars / block.chars >= MIN_HEADLINE_LINK_SHARE;
}

function isBlurb(block: TextBlock): boolean {
  return block.chars <= MAX_BLURB_CHARS && (block.text.match(SENTENCE_END)?.length ?? 0) <= MAX_BLURB_SENTENCES;
}

/** The address the headline block links to (its own link, or the link around it). */
function headlineHref(block: TextBlock): string {
  const link = block.el.closest('a[href]') ?? block.el.querySelector('a[href]');
  return link?.getAttribute('href') ?? '';
}

/** The linked headline a blurb follows, skipping at most one short line between them; null when there is none. */
function headlineBefore(blocks: readonly TextBlock[], i: number): TextBlock | null {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    if (isHeadline(blocks[j]!)) return blocks[j]!;
    if (blocks[j]!.chars > MAX_BETWEEN_CHARS || isProseBlock(blocks[j]!)) return null;
  }
  return null;
}

/**
 * Whether `container` is a feed of teasers: at least three prose blocks that are short blurbs right after a headline
 * that is all link text, to at least three different addresses, holding most of its prose.
 */
export function isTeaserFeed(container: Element, blocks: readonly TextBlock[] = textBlocks(container)): boolean {
  let prose = 0;
  let blurbs = 0;
  let teasers = 0;
  const hrefs = new Set<string>();
  blocks.forEach((block, i) => {
    if (!isProseBlock(block)) return;
    prose += block.chars;
    if (!isBlurb(block)) return;
    const headline = headlineBefore(blocks, i);
    if (!headline) return;
    blurbs += block.chars;
    teasers++;
    hrefs.add(headlineHref(headline));
  });
  return teasers >= MIN_TEASERS && hrefs.size >= MIN_TEASERS && blurbs >= prose * MIN_BLURB_SHARE;
}
