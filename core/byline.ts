/**
 * A byline printed on the page without a label ("<span class="author">Chris
 * Thompson</span>"): read before cleaning, because cleaning removes the block
 * that holds it.
 */
import { countWords, squash } from './clean/text';
import { CREDIT_LABELS } from './rules/credit-labels';
import { MONTHS, WEEKDAYS } from './rules/date-words';

/** Links to a writer's page: what they name is an author, even a one-word outlet ("TIME"). */
export const AUTHOR_PAGE_LINKS = 'a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/autor/"], a[href*="/auteur/"], a[href*="/penulis/"]';

/** Every author label of a credit line, in any language ("by", "von", "oleh", "par"…). */
const AUTHOR_LABELS = new Set(Object.values(CREDIT_LABELS).flatMap((f) => f.author ?? []));
const LONGEST_AUTHOR_LABEL = Math.max(0, ...Array.from(AUTHOR_LABELS, (l) => l.length));

const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel~="author"]', '[class*="author-name"]',
  // A feed's own element for the byline, kept by some CMS in the page ("<byline>Von David Hutzler, dpa</byline>").
  'byline',
  '[class*="author__name"]', '[class*="byline__name"]', '[class*="byline-name"]', '[class*="AuthorName"]', '.author', '.byline', '[class*="byline"]',
  '[class*="post-author"]', '[class*="article-author"]', '[class*="entry-author"]', '[class*="author"]',
].join(', ');

/** "Author" in the page's language, as sites write it in class names (Hungarian "szerzo", Danish/Norwegian "forfatter"). */
const LOCAL_BYLINE_WORDS = ['autor', 'auteur', 'szerzo', 'forfatter', 'skribent'];
/** The same class in the page's language ("content-left-autor", "auteurs"), as a whole token: not "autorelated". */
const LOCAL_BYLINE_SELECTORS = LOCAL_BYLINE_WORDS.map((w) => `[class*="${w}"]`).join(', ');
const LOCAL_BYLINE_CLASS = new RegExp(`(?:^|[\\s_-])(?:${LOCAL_BYLINE_WORDS.join('|')})(?:e|es|en|in|s|k)?(?:$|[\\s_-])`, 'iu');

/**
 * Inside a byline block, the elements that hold just a name: the block also
 * holds a role, a date or share links ("Sam Stein Senior Politics Editor").
 */
const NAME_SELECTORS = [
  '[itemprop="name"]', 'a[rel~="author"]', '[class*="author-name"]', '[class*="author__name"]', '[class*="byline__name"]',
  '[class*="byline-name"]', '[class*="AuthorName"]', 'a[href*="/author/"]', 'a[href*="/authors/"]', 'a[href*="/profile/"]',
  'a[href*="/people/"]', 'a[href*="/penulis/"]', 'a[href*="/autor/"]', 'a[href*="/auteur/"]', 'a[href*="/autore/"]',
].join(', ');

/** Text as the reader sees it: elements are separate words ("Howard Blume<span>Staff Writer</span>"). */
export function spacedText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1 && !/^(?:script|style|noscript|template|svg|button)$/iu.test((n as Element).localName)) {
        out += ' ';
        walk(n);
        out += ' ';
      }
    }
  };
  walk(el);
  return squash(out);
}

/**
 * The names part of a byline text: what follows is a date, a place or counts
 * ("Laura E. Adkins December 28, 2016", "Michael Larabel in Valve on 1 June 2019",
 * "Cécile Ducourtieux (Bruxelles, bureau européen)"); of parts split by "·" or "|",
 * the first that holds a two-word name ("Politik · Jochen Bittner, Tina Hildebrandt").
 */
export function bylineNames(text: string): string {
  // "Posted on September 21, 2020 by Adi Tzlil": the name after the date.
  const trailing = TRAILING_BY_NAME.exec(text.trim());
  if (trailing && /\d/u.test(text.slice(0, trailing.index))) return trailing[1]!;
  const parts = text.split(/\s+[|•·]\s+|\s+[-–—]\s+/u).map((p) => p.trim()).filter(Boolean);
  const part = parts.find((p) => /\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u.test(p)) ?? parts[0] ?? '';
  // A byline with a web address names the site, not a person; cut at its digits it would leave a stub ("oe24.at" → "oe", "mix1.de Redaktion" → "mix").
  const head = part.split(/\s+(?:on|in|at|am|um)\s+|[(（]/u)[0]!;
  if (WEB_ADDRESS.test(head)) return '';
  const name = squash(head.split(/\d/u)[0]!);
  // The date cut at its digits leaves its words: an English month before the day, perhaps after a
  // weekday ("Jeff Foust Monday, November"). Not a German "Hans Freitag, 3. Mai": the day comes first there.
  const month = TRAILING_MONTH.exec(name);
  return month ? name.slice(0, month.index).replace(TRAILING_WEEKDAY, '') : name;
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const TRAILING_BY_NAME = new RegExp(`\\s(?:by|By|von|Von|oleh|Oleh|par|Par|por|Por)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})$`, 'u');
const WEB_ADDRESS = /(?:^|\s)(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\/?(?:[\s,;]|$)/u;
const TRAILING_MONTH = new RegExp(`\\s+(?:${MONTHS.en!.flat().join('|')})\\.?\\s*$`, 'iu');
const TRAILING_WEEKDAY = new RegExp(`\\s+(?:${WEEKDAYS.join('|')}),?$`, 'iu');

/**
 * A class or id token of a comment thread or a comment: its "comment-author" names are readers, not
 * the story's authors. Whole tokens only: a page's feature flags ("f_comment_nofollow_on") are no thread.
 */
const COMMENTS = /^(?:comments?|comment[-_](?:list|area|body|content|item|meta|section|thread|wrap|wrapper|container|entries)|commentlist|disqus_thread|kommentare?|komentar|leserbriefe?|leserkommentare?|commentaires?|comentarios?|replies|discussion)$/iu;

export function inComments(el: Element): boolean {
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    const tokens = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.split(/\s+/u);
    if (tokens.some((t) => COMMENTS.test(t))) return true;
  }
  return false;
}

/** A user name: one token of letters, digits, dots, dashes or underscores. */
const HANDLE = /^[\p{L}\p{N}][\p{L}\p{N}._-]{2,29}$/u;

export function visibleBylines(doc: Document): string[] {
  const out: string[] = [];
  // A name element may hold a user's handle, written in lower case ("gizzmo"); free text needs a capital.
  const push = (raw: string, handle = false) => {
    const text = bylineNames(raw);
    const shaped = /\p{Lu}/u.test(text) || (handle && HANDLE.test(text));
    if (text && text.length <= 80 && countWords(text) <= 8 && shaped && !out.includes(text)) out.push(text);
  };
  const taken: Element[] = [];
  // Queries, not Element.matches: happy-dom's matches() throws on some pages' elements.
  let marked: Set<Element> | null = null;
  // Whether an element found by the query below is a byline by the general selectors. One whose class holds
  // neither local word was found by those: the query for them alone (a second pass over the page) runs only
  // on a page with such a class.
  const isMarked = (el: Element, className: string) =>
    !LOCAL_BYLINE_WORDS.some((w) => className.includes(w)) || (marked ??= new Set(Array.from(doc.querySelectorAll(BYLINE_SELECTORS)))).has(el);
  for (const el of Array.from(doc.querySelectorAll(`${BYLINE_SELECTORS}, ${LOCAL_BYLINE_SELECTORS}`)).slice(0, 40)) {
    const className = el.getAttribute('class') ?? '';
    if (!LOCAL_BYLINE_CLASS.test(className) && !isMarked(el, className)) continue;
    // A role or a name inside a byline already read ("News & Culture Writer" in the byline block).
    if (taken.some((t) => t.contains(el))) continue;
    // Inside a teaser list it is another story's author. An <aside> may be the story's own
    // meta column, so there only author links and <address> count.
    if (el.closest('li, nav, footer, form') || inComments(el)) continue;
    if (el.closest('aside') && !(el.localName === 'a' && /\bauthor\b/iu.test(el.getAttribute('rel') ?? '')) && !el.closest('address')) continue;
    const names = Array.from(el.querySelectorAll(NAME_SELECTORS)).map(spacedText).filter(Boolean);
    const unique = [...new Set(names)];
    const before = out.length;
    if (unique.length && unique.length <= 4) push(unique.join(', '), unique.length === 1);
    else push(spacedText(el));
    if (out.length > before) taken.push(el);
    if (out.length >= 3) break;
  }
  if (!out.length) for (const text of labelledBylines(doc)) push(text);
  // A page posted by a user (a paste, a forum post) names the poster's user name and nothing else.
  if (!out.length) {
    for (const el of Array.from(doc.querySelectorAll(USER_NAME_SELECTORS)).slice(0, 10)) {
      if (el.closest('li, nav, footer, form, aside, header') || inComments(el)) continue;
      push(spacedText(el), true);
      if (out.length) break;
    }
  }
  return out;
}

/** Elements that hold the user name of whoever posted the page. */
const USER_NAME_SELECTORS = ['[class~="username"]', '[class~="user-name"]', '[class~="userName"]', '[itemprop="creator"] [itemprop="name"]'].join(', ');

/** Where a labelled byline is another story's (teaser lists, navigation), unless the list or footer is the article's own. */
function outsideStory(el: Element): boolean {
  return !!el.closest('nav, form, aside') || (!!el.closest('li, footer') && !el.closest('article')) || inComments(el);
}

/** The author label a text is, without its colon ("Autor:", "By", "Ein Artikel von"), or null. */
function authorLabel(text: string): { label: string; colon: boolean } | null {
  const trimmed = text.trim();
  // Longer than any label and with no colon to drop: no label (lower-casing never shortens a text). Most texts
  // asked are whole paragraphs, passed over without a lower-cased copy.
  if (trimmed.length > LONGEST_AUTHOR_LABEL && !/[:：]$/u.test(trimmed)) return null;
  const t = trimmed.toLowerCase();
  const label = t.replace(/\s*[:：]$/u, '');
  return AUTHOR_LABELS.has(label) ? { label, colon: label !== t } : null;
}

/** A node that separates nothing: blank text, a line break, a comment. */
function isBlank(n: Node): boolean {
  return n.nodeType === 8 || (n.nodeType === 3 && !(n.nodeValue ?? '').trim()) || (n.nodeType === 1 && (n as Element).localName === 'br');
}

const INLINE = /^(?:a|span|strong|b|em|i|abbr|cite|font|small)$/u;

/**
 * The text after a label element, on its line: "<h5>Autor: </h5>Peter Maahn<br>", "<b>Von:</b><br><br>Götz
 * Warnke", "<span>Author: </span><span>Jacopo Cascioli</span>". A block, a line break or the next label ends it.
 */
function textAfterLabel(label: Node, lead = ''): string {
  let out = lead;
  for (let n = label.nextSibling; n; n = n.nextSibling) {
    if (isBlank(n)) {
      if (out.trim() && n.nodeType === 1) break;
      continue;
    }
    let text = n.nodeValue ?? '';
    if (n.nodeType === 1) {
      const el = n as Element;
      text = spacedText(el);
      if (!INLINE.test(el.localName) || authorLabel(text) || /[:：]$/u.test(text)) break;
    } else if (n.nodeType !== 3) continue;
    if (out.length + text.length > 100) break;
    out += ` ${text}`;
  }
  return squash(out);
}

/**
 * Bylines with no marking but their label, in any language the credit labels know: a text that is only
 * the label opening an element, then the name in an element ("<cite>By <a href="/jane-doe/">Jane Doe</a>,
 * December 16th</cite>", "par <span>Didier Roy</span>, 21 juin 2018"), or an element that holds only the
 * label ("<h5>Autor: </h5>Peter Maahn"). A label inside a sentence ("reported by <a>") is not one; a bare
 * "Text" needs its colon. More than two names is a list of other stories.
 */
function labelledBylines(doc: Document): string[] {
  const out: string[] = [];
  const add = (text: string) => {
    if (text && !out.includes(text)) out.push(text);
  };
  const all = doc.body?.querySelectorAll('*') ?? [];
  for (let i = 0; i < all.length && i < 5000; i++) {
    const el = all[i]!;
    if (out.length > 2) return [];
    // An element that is only the label, and the name after it.
    if (!el.childElementCount && el.localName !== 'script' && el.localName !== 'style') {
      const found = authorLabel(el.textContent ?? '');
      if (found && (found.colon || found.label !== 'text') && !outsideStory(el)) add(textAfterLabel(el));
      continue;
    }
    // A text label opening the element, then the name in an element.
    let first: Node | null = el.firstChild;
    while (first && isBlank(first)) first = first.nextSibling;
    if (!first || first.nodeType !== 3) continue;
    const found = authorLabel(first.nodeValue ?? '');
    let next: Node | null = first.nextSibling;
    while (next && isBlank(next)) next = next.nextSibling;
    if (!found || !next || next.nodeType !== 1 || outsideStory(el)) continue;
    // The rest of the line: "Von <strong>X</strong> und <strong>Y</strong><br>Kakuma /Kenia" ends at the break.
    add(textAfterLabel(first, (first.nodeValue ?? '').trim().slice(found.label.length).replace(/^\s*[:：]/u, '')));
  }
  return out.length <= 2 ? out : [];
}

