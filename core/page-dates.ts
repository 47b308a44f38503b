/**
 * Dates printed near the headline without machine-readable markup
 * ("<span class="date">27.01.2022</span>", "Stand 27.01.2022", "am 25.08.2015 22:30"):
 * read before cleaning, used only when JSON-LD, meta tags and <time> give none.
 */
import { AUTHOR_PAGE_LINKS, spacedText } from './byline';
import { byClassAndId } from './clean/class-memo';
import { parseVisibleDate } from './dates';
import { DATE_LABELS, UPDATE_WORDS, UPDATED_LABELS } from './rules/date-words';

/** Classes and ids that mark a date element across sites and languages (date, datum, fecha, data, tanggal, published, posted…). */
const DATE_MARK = /(?:^|[-_\s])(?:date|dates|datum|fecha|data|tanggal|time|timestamp|published|publish|pubdate|posted|post-date|postdate|dateline|meta-date|entry-date|article-date|updated|byline|author)(?:$|[-_\s])/iu;

/** The line of a post's details under its headline ("<div class="post_meta">Yngrid · November 22, 2011 · Email this post</div>"): WordPress themes print the date there unmarked. */
const POST_META = /(?:^|[-_\s])(?:entry|post|article|story)[-_]?meta(?:$|[-_\s])/iu;

/** Class and id that mark a date or byline element. */
const marksDate = byClassAndId((mark) => DATE_MARK.test(mark) || POST_META.test(mark) || /date|datum|fecha/iu.test(mark) || /\bauthor\b/u.test(mark));

export function pageDateTexts(doc: Document): string[] {
  const out: string[] = [];
  // Plain selectors and a test in code: case-insensitive attribute selectors are not supported by every DOM we run on.
  const els = Array.from(doc.querySelectorAll('time, [class], [id]'));
  let seen = 0;
  for (const el of els) {
    if (seen++ > 5000) break;
    if (el.localName !== 'time' && !marksDate(el)) continue;
    if (el.closest('li, aside, nav, footer, form')) continue;
    const text = spacedText(el);
    // A byline block may hold the date ("Written by X in Valve on 1 June 2019 at 08:34 PM EDT").
    if (!text || text.length > 120) continue;
    if (parseVisibleDate(text)) out.push(text);
    if (out.length >= 3) break;
  }
  if (!out.length) out.push(...bylineDateTexts(doc));
  if (!out.length) out.push(...labelledDateTexts(doc));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const LABELLED_LINE = new RegExp(`^(?:${[...DATE_LABELS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*[:：]\\s*\\S`, 'iu');
const UPDATED_LINE = new RegExp(`(?<=^|[\\s(])(?:${[...UPDATED_LABELS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export interface TextDateLines {
  /** A line that opens with a date label, between line breaks ("…<br>Erschienen am: 01.11.2023<br>…"). */
  published: string | null;
  /** The date the page says it was last changed ("last edited 2019-11-10 13:28:18 by …", "Letzte Änderung: 31.10.2023"). */
  updated: string | null;
}

/**
 * Dates in the page's plain text, between tags or line breaks: one walk over its short texts. Costly
 * next to the element lookups, so run only on a page with no date element near the headline.
 */
export function textDateLines(doc: Document): TextDateLines {
  const out: TextDateLines = { published: null, updated: null };
  const body = doc.body;
  if (!body) return out;
  const stack: Node[] = [body];
  let seen = 0;
  while (stack.length && seen++ < 20000 && !(out.published && out.updated)) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').replace(/\s+/gu, ' ').trim();
      if (!text || text.length > 120) continue;
      if (!out.published && LABELLED_LINE.test(text) && parseVisibleDate(text)) out.published = text;
      const updated = out.updated ? null : UPDATED_LINE.exec(text);
      if (updated && parseVisibleDate(text.slice(updated.index))) out.updated = text.slice(updated.index).trim();
      continue;
    }
    if (node.nodeType !== 1 || SKIPPED.test((node as Element).localName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** The line that holds the author's link and the date, unmarked ("<div><a href="/autor/x">Gunter Frank</a> / 22.04.2020 / 06:15</div>"). */
function bylineDateTexts(doc: Document): string[] {
  for (const link of Array.from(doc.querySelectorAll(AUTHOR_PAGE_LINKS)).slice(0, 10)) {
    const line = link.parentElement;
    if (!line || line.closest('li, aside, nav, footer, form')) continue;
    const text = spacedText(line);
    if (text.length <= 120 && parseVisibleDate(text)) return [text];
  }
  return [];
}

const LABELS = new Set(DATE_LABELS);

/** The text after an element that is only a date label ("<h5>Datum:</h5> 03.11.2021"). */
function labelledDateTexts(doc: Document): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const el of Array.from(doc.querySelectorAll('b, strong, span, em, label, dt, th, h4, h5, h6, small'))) {
    if (seen++ > 3000) break;
    const label = (el.textContent ?? '').trim().toLowerCase().replace(/\s*[:：]$/u, '');
    if (!LABELS.has(label) || el.closest('li, aside, nav, footer, form')) continue;
    // The value follows as text, or in the next element (a <dd>, a <td>, a <span>).
    let next: Node | null = el.nextSibling;
    while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
    const text = next ? (next.nodeType === 3 ? (next.nodeValue ?? '') : spacedText(next as Element)).trim() : '';
    if (text && text.length <= 60 && parseVisibleDate(text)) out.push(text);
    if (out.length >= 2) break;
  }
  return out;
}

const SKIPPED = /^(?:script|style|noscript|template|svg|button|select|nav|aside|footer|form)$/iu;

export interface HeadlineDate {
  text: string;
  /** The page marks it as the last update's: "Updated <time>…</time>", `<time class="updated">`, `itemprop="dateModified"`. */
  update: boolean;
}

/**
 * The date printed just under (or beside) the headline without any marking
 * ("<p>01. November 2021 | Naturschutz</p>", "Handball Schweiz • 02.02.2022"):
 * the text that follows the first <h1>, up to where the story's prose starts.
 * A reader cites this line; a date further down belongs to a teaser or a comment.
 * Also whether the page marks it as the last update's.
 */
export function headlineDateLine(doc: Document): HeadlineDate | null {
  // The first <h1> may name the section ("<h1 class="article-category-title">"): the story's comes next.
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((el) => !el.closest('nav, footer, aside, header nav')).slice(0, 3);
  for (const h1 of h1s) {
    const found = dateAfter(h1);
    if (found) return { text: found.text, update: marksUpdate(found.at) };
  }
  return null;
}

/**
 * Markup of an update's date: "entry-updated", "last-updated", itemprop "dateModified". Not a bare "updated": the hAtom
 * microformat that WordPress themes print puts it on the post's own date ("entry-date published updated").
 */
const UPDATE_CLASS = /(?:^|[-_\s])(?:modified|lastupdated|dateupdated|datemodified)(?:$|[-_\s])|(?:entry|date|last|post)[-_]updated|updated[-_](?:date|at|on|time)/iu;
const UPDATE_TEXT = new RegExp(`(?:^|[^\\p{L}])(?:${UPDATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** The element around a date, or one of the two around it, says it is the last update ("Updated <time>Nov 13</time>", class "entry-updated"). */
function marksUpdate(at: Element | null): boolean {
  for (let el = at, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    if (UPDATE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`)) return true;
    const text = spacedText(el);
    if (text.length <= 160 && UPDATE_TEXT.test(text)) return true;
  }
  return false;
}

function dateAfter(h1: Element): { text: string; at: Element | null } | null {
  // A date set in small type inside the headline element ("<h1>Headline<br><small>02.02.2022 • Presse</small></h1>").
  for (const el of Array.from(h1.querySelectorAll('small, time, span'))) {
    const text = spacedText(el);
    if (text && text.length <= 120 && parseVisibleDate(text)) return { text, at: el };
  }
  let budget = 300;
  let found: { text: string; at: Element | null } | null = null;
  const visit = (node: Node): boolean => {
    for (let n: Node | null = node; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const text = (n.nodeValue ?? '').replace(/\s+/gu, ' ').trim();
        if (!text) continue;
        // A long run of text is the story (or a standfirst) starting: the headline's date line comes before.
        if (text.length > 200) return true;
        if (text.length <= 120 && parseVisibleDate(text)) {
          found = { text, at: n.parentElement };
          return true;
        }
        budget -= text.length;
        if (budget <= 0) return true;
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (SKIPPED.test(el.localName) || /^h[1-3]$/u.test(el.localName)) {
          // The next headline is another story's.
          if (/^h[1-3]$/u.test(el.localName)) return true;
          continue;
        }
        if (el.firstChild && visit(el.firstChild)) return true;
      }
    }
    return false;
  };
  // From the headline outwards: its following siblings, then its parent's, a few levels up.
  let from: Element | null = h1;
  for (let depth = 0; from && depth < 4; depth++, from = from.parentElement) {
    if (from.nextSibling && visit(from.nextSibling)) return found;
  }
  return found;
}

/**
 * The date a site writes into the story's address ("/2016/12/15/amazon-alexa", "/news/2012-06/04/content_…"):
 * the very last resort, a date without a time.
 */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/u.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
