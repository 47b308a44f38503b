/**
 * Boilerplate before the story's first paragraph and after its last one:
 * section names, "Sign In", the page's URL, a bare byline, "Updated …",
 * "More Business News", "Subscribe", "Loading content …". Readability keeps
 * them when they share the article's container. The story is bounded by its
 * first and last paragraphs that read as prose; a short line outside those
 * bounds that does not read as a sentence goes, and so does a list that is all
 * links ("More News from …"). Other lists, tables, quotes, code
 * and headings followed by prose are never touched, and nothing between the
 * bounds is.
 */
import type { CleanReport } from './cleaner';
import { LICENCE_CODE } from '../rules/rights-phrases';
import { isSocialCall } from './calls-to-action';
import { isCaption } from './captions';
import { authorBoxLabels, authorBoxNameOpenings, postFooterOpenings, rightsPhrases } from './lexicon';
import { countWords, endsLikeSentence, lettersOnly, linkDensity, squash, textOf } from './text';

const LEAVES = 'p, div, h2, h3, h4, h5, h6, span, section, header, footer, aside, address, center, a, strong, b, em, small, time';
const KEEP = 'li, table, pre, code, blockquote, figure, img, picture, video, iframe, dl, math, h1';

/** A paragraph of the story: a sentence, or a long run of words. */
function isProse(text: string): boolean {
  const words = countWords(text);
  return words >= 12 || (words >= 5 && endsLikeSentence(text));
}

/** Content that is never a stray and bounds the story like prose does: lists, tables, quotes, code. */
const CONTENT = 'ul, ol, table, pre, blockquote, dl';

/** Leaf text blocks and content blocks in document order (blocks with no block inside), skipping captions. */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(`${LEAVES}, ${CONTENT}`))) {
    if (el.matches(CONTENT)) {
      if (!el.parentElement?.closest(CONTENT) && textOf(el)) out.push(el);
      continue;
    }
    // The structural test first: a container is skipped before its whole text is read (deep pages read it per level).
    if (el.querySelector('p, div, h2, h3, h4, h5, h6, section, header, footer, aside, li, table, blockquote')) continue;
    if (!textOf(el) || el.closest(KEEP) || isCaption(el) || el.closest('figcaption')) continue;
    // Inline elements count only when they stand alone (not part of a paragraph's line).
    if (/^(a|strong|b|em|small|time|span)$/u.test(el.localName) && el.parentElement && !['div', 'section', 'header', 'footer', 'aside', 'article', 'main', 'body'].includes(el.parentElement.localName)) continue;
    if (out.length && out[out.length - 1]!.contains(el)) continue;
    out.push(el);
  }
  return out;
}

/** Short, not a sentence, not introducing what follows ("Senate resolves to:"): what a label, a byline or a menu entry looks like. */
function isStray(el: Element): boolean {
  if (isLinkList(el) || isCopyright(el) || isSocialCall(el)) return true;
  if (el.matches(CONTENT)) return false;
  const text = textOf(el);
  // "Loading content …" ends in dots but is no sentence.
  const ends = endsLikeSentence(text) && !/(?:\.\.\.|…)$/u.test(text);
  return countWords(text) <= 8 && !ends && !/[:：]$/u.test(text) && !el.querySelector(KEEP);
}

/** Words per link of a list of headlines; a list of teasers (headline and summary) says more and may be the page's content. */
const HEADLINE_WORDS = 15;

/** The site a URL is on: its host without "www."; null when it cannot be read. */
function siteOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

/**
 * A list that is all links to the site's own headlines ("More News from Sci-Tech", a video strip): navigation,
 * not the story's content. A table of contents (in-page anchors) and a list of sources (other sites) are content.
 */
function isLinkList(el: Element): boolean {
  if (!/^(ul|ol)$/u.test(el.localName) || linkDensity(el) < 0.8) return false;
  const links = Array.from(el.querySelectorAll('a')).filter((a) => textOf(a));
  if (!links.length || countWords(textOf(el)) > HEADLINE_WORDS * links.length) return false;
  const base = el.ownerDocument.baseURI;
  const page = siteOf(base, base);
  const here = base.replace(/#.*$/u, '');
  const own = links.filter((a) => {
    const href = a.getAttribute('href') ?? '';
    // An in-page anchor, as written ("#part-2") or made absolute ("https://site/this-page#part-2").
    if (href.startsWith('#') || (href.includes('#') && href.replace(/#.*$/u, '') === here)) return false;
    return page !== null && siteOf(href, base) === page;
  }).length;
  return own * 2 > links.length;
}

/** A story's bounds: a prose paragraph or a block of content (list, table, quote, code); a list of links bounds nothing. */
const bounds = (el: Element): boolean => !isLinkList(el) && !isCopyright(el) && !isSocialCall(el) && (el.matches(CONTENT) || isProse(textOf(el)));

const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*\d{4}\b/iu;
/** Shorter than this, a licence code names the licence of the page ("… unter CC-BY"), not a subject the story discusses. */
const MAX_LICENCE_WORDS = 30;
/** A footer line with its reprint terms or its list of categories; longer is a paragraph. */
const MAX_FOOTER_WORDS = 60;

/**
 * The site's or the blog's footer: "© 2020 CBS Interactive Inc. All Rights Reserved." (with its reprint terms), "Materiał chroniony prawem autorskim -
 * wszelkie prawa zastrzeżone", "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND", "This entry was posted
 * in News. Bookmark the permalink.": reads as sentences, but is the template's.
 */
function isCopyright(el: Element): boolean {
  if (el.matches(CONTENT)) return false;
  const text = textOf(el);
  const words = countWords(text);
  if (words > MAX_FOOTER_WORDS) return false;
  if (COPYRIGHT.test(text)) return words <= 50;
  if (words <= MAX_LICENCE_WORDS && LICENCE_CODE.test(text)) return true;
  const key = ` ${lettersOnly(text)} `;
  if (postFooterOpenings.some((p) => key.startsWith(` ${p} `))) return true;
  // Scripts written without spaces hold the phrase with no space around it.
  return rightsPhrases.some((p) => key.includes(UNSPACED.test(p) ? p : ` ${p} `));
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** What a heading can stand over that has no text of ours: formulas, pictures, charts, embeds. */
const NON_TEXT = 'math, mjx-container, svg, canvas, img, picture, video, audio, iframe, object, embed, figure';

/** A heading (h2–h6) whose next element is, or holds, content that is not text: a section title, not a stray label. */
function headsNonText(el: Element): boolean {
  if (!/^h[2-6]$/u.test(el.localName)) return false;
  let next = el.nextElementSibling;
  // Skip empty wrappers (spacers, anchors) between the heading and what it heads.
  while (next && !textOf(next) && !holdsNonText(next)) next = next.nextElementSibling;
  return !!next && (isNonText(next) || (holdsNonText(next) && countWords(textOf(next)) <= 8));
}

/** Content that is not text and not a link's icon (a "follow us" row of linked logos heads nothing). */
const isNonText = (el: Element): boolean => el.matches(NON_TEXT) && !el.closest('a');
const holdsNonText = (el: Element): boolean => isNonText(el) || Array.from(el.querySelectorAll(NON_TEXT)).some(isNonText);

/** Whether pictures, formulas or charts (not links' icons) follow `el` inside `root`: "See more photos:" introduces them. */
function picturesAfter(el: Element, root: Element): boolean {
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) if (holdsNonText(next)) return true;
  }
  return false;
}

/** More short lines than this in a row is data set out line by line (results, prices), not page furniture. */
const MAX_RUN = 8;

/** A name on a line of its own: one to four capitalised words ("Phil Helsel", "Regan"). */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/**
 * The author's box under the story: a name line, then a paragraph that opens
 * with that name ("Phil Helsel" / "Phil Helsel is a reporter for NBC News.").
 * It goes with the short lines between them (a handle) and a short label
 * before it ("About the Author").
 */
function removeAuthorBox(blocks: Element[], last: number, report: CleanReport): boolean {
  const bio = blocks[last]!;
  const bioText = textOf(bio);
  const opening = bioText.split(/\s+/u)[0] ?? '';
  if (countWords(bioText) > 90) return false;
  for (let k = last - 1; k >= Math.max(0, last - 3); k--) {
    const line = textOf(blocks[k]!);
    if (!isStray(blocks[k]!)) return false;
    // The whole name opens the bio ("Phil Helsel is …"): one shared first word ("Our Work" / "Our work spans …") is not a name.
    if (!NAME_LINE.test(line) || line.split(/\s+/u)[0] !== opening || !bioText.startsWith(line)) continue;
    let from = k;
    if (from > 0 && isStray(blocks[from - 1]!) && countWords(textOf(blocks[from - 1]!)) <= 4) from--;
    for (const el of blocks.slice(from, last + 1)) drop(el, 'after', 'author-box', report);
    return true;
  }
  return false;
}

/** Longest author's box under a label: a bio of a few lines, not a closing section of the story. */
const MAX_BIO_WORDS = 150;
const MAX_BIO_BLOCKS = 4;

/** "Über den Autor", "Zur Person", or an opening and a name: "Über Bob Fischer", "About Jane Doe". */
function isAuthorBoxLabel(el: Element): boolean {
  if (el.matches(CONTENT)) return false;
  const text = squash(textOf(el));
  if (countWords(text) > 6) return false;
  const key = lettersOnly(text);
  if (authorBoxLabels.has(key)) return true;
  const words = text.split(' ');
  return authorBoxNameOpenings.some((opening) => {
    const n = opening.split(' ').length;
    return lettersOnly(words.slice(0, n).join(' ')) === opening && words.length > n && NAME_LINE.test(words.slice(n).join(' '));
  });
}

/**
 * The author's box that ends the container under a label ("Über Kathrin" / "Hallo, ich bin Foodbloggerin …"):
 * the label and the short bio after it go. A labelled section with more text after it is the story's.
 */
function removeLabelledAuthorBox(blocks: Element[], report: CleanReport): boolean {
  for (let k = blocks.length - 2; k >= Math.max(0, blocks.length - 1 - MAX_BIO_BLOCKS); k--) {
    if (!isAuthorBoxLabel(blocks[k]!)) continue;
    const bio = blocks.slice(k + 1);
    if (bio.reduce((n, el) => n + countWords(textOf(el)), 0) > MAX_BIO_WORDS) return false;
    for (const el of blocks.slice(k)) drop(el, 'after', 'author-box', report);
    return true;
  }
  return false;
}

/** Removes a block outside the story, listing it with its rule and keeping its text for attribution (`report.around`). */
function drop(el: Element, side: 'before' | 'after', rule: string, report: CleanReport): void {
  const text = textOf(el);
  report.around ??= { before: [], after: [] };
  report.around[side].push(text);
  report.removed.push({ kind: 'boilerplate', rule, text });
  el.remove();
}

/** A bio says who the author is in its first words ("Inga Buller ist Head of Social …", "Hi, ich bin Tine und …"). */
const NAME_WITHIN_WORDS = 6;
const MAX_AUTHOR_BIO_WORDS = 80;

/** The story's authors as separate names, in `lettersOnly` form: "By Jane Doe and John Roe" → "jane doe", "john roe". */
function authorKeys(authors: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const a of authors) {
    for (const part of (a ?? '').split(/\s*(?:,|;|&|(?<![\p{L}\p{N}])(?:and|und|et|y|e|dan)(?![\p{L}\p{N}]))\s*/u)) {
      const key = lettersOnly(part);
      // One short word ("Al") would meet too many sentences; a first name of three letters or more, or a full name, is asked for.
      if (key.replace(/\s/gu, '').length >= 3) keys.add(key);
    }
  }
  return Array.from(keys);
}

/**
 * The author's bio as the story's last paragraph, without a name line over it: a short paragraph that names one of
 * the story's authors (byline, credits) in its first words. A story does not name its own author; a bio does.
 */
function removeAuthorBio(block: Element, authors: readonly string[], report: CleanReport): boolean {
  if (!authors.length) return false;
  const text = textOf(block);
  if (countWords(text) > MAX_AUTHOR_BIO_WORDS) return false;
  const words = lettersOnly(text).split(' ');
  if (!authors.some((name) => ` ${words.slice(0, NAME_WITHIN_WORDS + name.split(' ').length).join(' ')} `.includes(` ${name} `))) return false;
  drop(block, 'after', 'author-box', report);
  return true;
}

export interface TrimOptions {
  /** The story's author names as the page states them (byline, credit lines): a closing paragraph that names one is a bio. */
  authors?: readonly (string | null | undefined)[];
}

export function trimEdges(root: Element, report: CleanReport, options: TrimOptions = {}): void {
  const authors = authorKeys(options.authors ?? []);
  removeLabelledAuthorBox(leafBlocks(root), report);
  const all = leafBlocks(root);
  // The author's box first, so that what stood after it is judged against the story's real last paragraph.
  let lastProse = all.length - 1;
  while (lastProse > 0 && !bounds(all[lastProse]!)) lastProse--;
  const authorBox = lastProse > 0 && !all[lastProse]!.matches(CONTENT)
    && (removeAuthorBox(all, lastProse, report) || removeAuthorBio(all[lastProse]!, authors, report));
  if (authorBox) {
    for (const el of all.slice(lastProse + 1)) if (isStray(el) && countWords(textOf(el)) <= 4) drop(el, 'after', 'author-box', report);
  }
  // Removing blocks can turn their container into a leaf: list again only when something went.
  const blocks = authorBox ? leafBlocks(root) : all;
  const first = blocks.findIndex(bounds);
  if (first < 0) return;
  let last = blocks.length - 1;
  while (last > first && !bounds(blocks[last]!)) last--;
  // Before the story: a heading right before the first paragraph is its subhead; keep it, unless it is the author's
  // name (a byline set as a heading under the avatar).
  const isSubhead = (b: Element): boolean => /^h[2-6]$/u.test(b.localName) && !authors.includes(lettersOnly(textOf(b)));
  const before = blocks.slice(0, first).filter((b, i, all) => !(i === all.length - 1 && isSubhead(b)));
  const after = blocks.slice(last + 1);
  // Only a run of strays: one line that reads as prose stops the trim on that side.
  // A short label that ends the container ("Participating blogs:") introduces nothing: a stray like the rest.
  const endLabel = (el: Element): boolean => el === blocks[blocks.length - 1] && !el.matches(CONTENT) && /[:：]$/u.test(textOf(el)) && countWords(textOf(el)) <= 4 && !picturesAfter(el, root);
  for (const run of [before, after]) {
    // A long run is kept unless it is a list of links (a "more news" block).
    // A heading over something we do not see as text (formulas, a chart, a picture) introduces real content: the run stays.
    if (run.some(headsNonText)) continue;
    if (!run.length || (run.length > MAX_RUN && !run.every((el) => linkDensity(el) >= 0.8 || countWords(textOf(el)) <= 2)) || !run.every((el) => isStray(el) || endLabel(el))) continue;
    for (const el of run) drop(el, run === before ? 'before' : 'after', isSocialCall(el) ? 'social-call' : 'outside-story', report);
  }
}
