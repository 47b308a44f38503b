/**
 * When is a URL another page of the same article? When it differs from the
 * article's URL only by a page number: one query parameter (?page=2,
 * ?halaman=3, ?p=2), or a suffix of the path (/2, /page/2, -2.html,
 * /halaman-2, /seite-2). Pure string logic over URLs.
 */
import { PAGER_PAGE_WORDS } from '../rules/pager-words';

/** Page numbers we believe: 1…999. Four digits in a path are years and ids. */
const MAX_PAGE = 999;
/** Parameters that never change what page is shown (tracking, share sources). */
const IGNORED_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|ref|ref_src|share|amp)$/iu;

const PAGE_WORDS = Array.from(new Set(Object.values(PAGER_PAGE_WORDS).flat().map((w) => w.toLowerCase())))
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[-_]?'));
/** A stem ending in a page number: "/slug/2", "/slug-2", "/slug/page/2", "/slug/halaman-2", "/slug_seite2". */
const PATH_PAGE = new RegExp(`^(.*?)([/_-](?:(?:${PAGE_WORDS.join('|')})[/_-]?)?)(\\d{1,3})$`, 'iu');
const EXTENSION = /(\.[a-z0-9]{2,5})?(\/?)$/iu;

/** Where the page number sits, and how to write another one there. */
export interface PageRelation {
  /** Identifies the scheme ("query:page", "path:/#"): candidates in one scheme belong to one pager. */
  scheme: string;
  currentPage: number;
  candidatePage: number;
  /** The URL of page `n` in this scheme. */
  urlFor(n: number): string;
}

function pageNumber(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || !/^\d{1,3}$/u.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_PAGE ? n : null;
}

function params(url: URL): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of url.searchParams) if (!IGNORED_PARAM.test(key) && !map.has(key)) map.set(key, value);
  return map;
}

function sameParams(a: Map<string, string>, b: Map<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/u, '') : path;
}

/** ?page=N: the same path, and exactly one parameter that differs, whose value in the candidate is a page number. */
function queryRelation(current: URL, candidate: URL): PageRelation | null {
  if (trimSlash(current.pathname) !== trimSlash(candidate.pathname)) return null;
  const a = params(current);
  const b = params(candidate);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const differing = [...keys].filter((key) => a.get(key) !== b.get(key));
  if (differing.length !== 1) return null;
  const name = differing[0]!;
  const candidatePage = pageNumber(b.get(name));
  const currentValue = a.get(name);
  const currentPage = currentValue === undefined ? 1 : pageNumber(currentValue);
  if (candidatePage === null || currentPage === null) return null;
  return {
    scheme: `query:${name}`,
    currentPage,
    candidatePage,
    urlFor: (n) => {
      const url = new URL(candidate.href);
      url.searchParams.set(name, String(n));
      return url.href;
    },
  };
}

interface PathParts {
  stem: string;
  ext: string;
  slash: string;
}

function pathParts(path: string): PathParts {
  const m = EXTENSION.exec(path)!;
  return { stem: path.slice(0, m.index), ext: (m[1] ?? '').toLowerCase(), slash: m[2] ?? '' };
}

/** /slug/2, /slug-2.html, /slug/page/2: the same query, and a path that is the article's plus a page suffix. */
function pathRelation(current: URL, candidate: URL): PageRelation | null {
  if (!sameParams(params(current), params(candidate))) return null;
  const c = pathParts(candidate.pathname);
  const m = PATH_PAGE.exec(c.stem);
  if (!m) return null;
  const [, base, shape, digits] = m as unknown as [string, string, string, string];
  const candidatePage = pageNumber(digits);
  if (candidatePage === null) return null;
  const cur = pathParts(current.pathname);
  if (cur.ext !== c.ext) return null;
  // The article's own URL may end in digits that are an id, or be page n of the same scheme: try both readings.
  const own = PATH_PAGE.exec(cur.stem);
  let currentPage: number | null = null;
  if (own && own[1] === base && own[2]!.toLowerCase() === shape.toLowerCase()) currentPage = pageNumber(own[3]);
  else if (cur.stem === base) currentPage = 1;
  if (currentPage === null) return null;
  return {
    scheme: `path:${shape.toLowerCase()}#${c.ext}`,
    currentPage,
    candidatePage,
    urlFor: (n) => {
      const url = new URL(candidate.href);
      url.pathname = `${base}${shape}${n}${c.ext}${c.slash}`;
      return url.href;
    },
  };
}

/**
 * How `candidate` relates to the article at `current` as one of its pages, or null when it is another
 * document: another site, another article, another section, or the same URL.
 */
export function pageRelation(current: URL, candidate: URL): PageRelation | null {
  if (candidate.origin !== current.origin || !/^https?:$/u.test(candidate.protocol)) return null;
  if (candidate.pathname === current.pathname && candidate.search === current.search) return null;
  return queryRelation(current, candidate) ?? pathRelation(current, candidate);
}
