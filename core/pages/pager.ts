/**
 * Multi-page articles: finds the pager of a page ("Halaman 1 2 3",
 * "?page=2", `rel="next"`, "Selanjutnya", "Next page", "Seite 2", "Page
 * suivante", …) and returns the URLs of the FOLLOWING pages of the same
 * article on the same site, in order, at most `max`.
 *
 * A link is believed only when its URL is the article's own URL with another
 * page number (see page-urls.ts) AND its text or rel agrees: a numbered link
 * must point to that page number, a "next" link (or rel=next) to a later
 * page. So "Berita selanjutnya" (the next story) and a comments pager don't
 * count. Pure: reads the document, touches nothing, fetches nothing.
 */
import { PAGER_NEXT_WORDS, PAGER_PAGE_WORDS } from '../rules/pager-words';
import { pageRelation, type PageRelation } from './page-urls';

export const MAX_FOLLOWING_PAGES = 10;
/** Links looked at: pagers are a handful of links; a page with more anchors than this is not worth more. */
const MAX_LINKS = 4000;
/** Text longer than this is a headline or a sentence, not a pager link. */
const MAX_LINK_TEXT = 40;

const NEXT_WORDS = new Set(Object.values(PAGER_NEXT_WORDS).flat().map((w) => w.toLowerCase()));
const PAGE_WORDS = new Set(Object.values(PAGER_PAGE_WORDS).flat().map((w) => w.toLowerCase()));
/** Arrows, chevrons, brackets and punctuation around pager link texts: "Next ›", "[2]", "» Seite 2". */
const DECORATION = /[\s\p{P}\p{S}]+/gu;
/** Blocks whose pagers page through something else: comments, galleries of other stories. */
const OTHER_PAGERS = /comment|disqus|respond|reply|replies|review/iu;

type Evidence = { kind: 'number'; page: number } | { kind: 'next' };

interface Candidate {
  relation: PageRelation;
  url: string;
}

function normalizeText(text: string): string {
  return text.toLowerCase().replace(DECORATION, ' ').trim();
}

/** What a link's text says: a page number ("3", "Seite 3", "Hal. 3"), "next", or nothing a pager says. */
export function linkEvidence(text: string): Evidence | null {
  const t = normalizeText(text);
  if (!t || t.length > MAX_LINK_TEXT) return null;
  if (NEXT_WORDS.has(t)) return { kind: 'next' };
  const m = /^(?:(\p{L}+(?: \p{L}+)?) )?(\d{1,3})$/u.exec(t);
  if (m && (m[1] === undefined || PAGE_WORDS.has(m[1]))) return { kind: 'number', page: Number(m[2]) };
  return null;
}

function inOtherPager(el: Element): boolean {
  let depth = 0;
  for (let p: Element | null = el; p && depth < 10; p = p.parentElement, depth++) {
    const marks = `${typeof p.className === 'string' ? p.className : ''} ${p.id}`;
    if (OTHER_PAGERS.test(marks)) return true;
  }
  return false;
}

function resolve(href: string | null, base: string): URL | null {
  if (!href || href.startsWith('#') || /^\s*javascript:/iu.test(href)) return null;
  try {
    const url = new URL(href, base);
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** Does the evidence agree with where the URL points? */
function agrees(relation: PageRelation, evidence: Evidence): boolean {
  if (relation.candidatePage <= relation.currentPage) return false;
  return evidence.kind === 'next' ? relation.candidatePage === relation.currentPage + 1 : evidence.page === relation.candidatePage;
}

function candidates(doc: Document, current: URL, base: string): Candidate[] {
  const found: Candidate[] = [];
  const consider = (el: Element, evidence: Evidence | null) => {
    if (!evidence) return;
    const url = resolve(el.getAttribute('href'), base);
    const relation = url && pageRelation(current, url);
    if (relation && agrees(relation, evidence) && !inOtherPager(el)) found.push({ relation, url: url.href });
  };
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    if (/(?:^|\s)next(?:\s|$)/iu.test(link.getAttribute('rel') ?? '')) consider(link, { kind: 'next' });
  }
  const anchors = Array.from(doc.querySelectorAll('a[href]')).slice(0, MAX_LINKS);
  for (const a of anchors) {
    const rel = /(?:^|\s)next(?:\s|$)/iu.test(a.getAttribute('rel') ?? '');
    const label = a.textContent?.trim() || a.getAttribute('aria-label') || a.getAttribute('title') || '';
    consider(a, rel ? { kind: 'next' } : linkEvidence(label));
  }
  return found;
}

/**
 * The following pages of the article at `pageUrl`, in page order, at most `max`. Gaps in a shortened pager
 * ("1 2 3 … 8") are filled from the URL scheme the pager's own links use.
 */
export function findNextPages(doc: Document, pageUrl: string, max = MAX_FOLLOWING_PAGES): string[] {
  let current: URL;
  try {
    current = new URL(pageUrl);
  } catch {
    return [];
  }
  current.hash = '';
  const base = doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : current.href;
  const found = candidates(doc, current, base);
  if (found.length === 0) return [];

  // One pager wins: the scheme with the most distinct pages (a page can carry two, e.g. ?page= and rel=next).
  const byScheme = new Map<string, Map<number, Candidate>>();
  for (const candidate of found) {
    const pages = byScheme.get(candidate.relation.scheme) ?? new Map<number, Candidate>();
    if (!pages.has(candidate.relation.candidatePage)) pages.set(candidate.relation.candidatePage, candidate);
    byScheme.set(candidate.relation.scheme, pages);
  }
  const pages = [...byScheme.values()].sort((a, b) => b.size - a.size)[0]!;
  const { relation } = pages.values().next().value!;
  const last = Math.max(...pages.keys());
  const urls: string[] = [];
  for (let n = relation.currentPage + 1; n <= last && urls.length < max; n++) {
    urls.push(pages.get(n)?.url ?? relation.urlFor(n));
  }
  return urls;
}
