/**
 * A cheap "is this page an article?" for the always-on script. It must cost
 * a few milliseconds at most and ship in a few hundred bytes, so it imports
 * nothing: no Readability, no rule tables.
 *
 * Why not Readability's isProbablyReaderable alone: it sums every long
 * paragraph on the page, so a search-results or section page whose snippets
 * are long passes, and a news story told in short paragraphs fails. Here the
 * prose must sit together: an article's paragraphs share one container (or a
 * few sibling chunks of one), a listing's snippets each sit in their own
 * result card. Article metadata (og:type, article:published_time, JSON-LD
 * Article types) lowers the bar; a search URL vetoes.
 */

/** Fewest characters (CJK counted thrice, see weight()) for a block to count as prose (shorter ones are labels, teasers, captions). */
const MIN_BLOCK = 60;
/** One block this long is an article on its own (a story in one <div> with <br>s, a long single-paragraph post). */
const LONE_BLOCK = 1000;
/** Prose in the best container: characters and blocks needed, without and with article metadata. */
const NEED = { chars: 500, blocks: 3 };
const NEED_WITH_META = { chars: 280, blocks: 2 };
/** A lone block's wrapper may add this much text of its own (a caption, an ad label) and still be prose. */
const WRAPPER_SLACK = 1.25;
/** Share of a container's text in links above which it is a list of links, not a body. */
const MAX_LINK_DENSITY = 0.35;
/** Enough for a verdict; a page with thousands of paragraphs has long since passed. */
const MAX_BLOCKS = 600;

const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup|yom-remote/iu;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/iu;
const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]{0,200}?)?"(?:(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article|(?:Live)?BlogPosting)"/u;
const INLINE = /^(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
const SEARCH_PARAMS = ['q', 'query', 'search', 'keyword', 'keywords', 'cari', 'kata'];
const SEARCH_PATH = /\/(?:search|cari|pencarian|suche|recherche|busca|buscar|ricerca)(?:[/.]|$)/iu;

export interface ReaderableVerdict {
  article: boolean;
  /** Why, for the benchmark and tests: prose in the best container, and which signals counted. */
  chars: number;
  blocks: number;
  metadata: boolean;
  search: boolean;
}

function isVisible(el: Element): boolean {
  const style = (el as HTMLElement).style;
  return !(style && style.display === 'none') && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

function looksUnlikely(el: Element): boolean {
  const marks = `${el.className && typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  return UNLIKELY.test(marks) && !MAYBE.test(marks);
}

/**
 * Length as reading weight: a Chinese, Japanese or Korean character carries about as much as three Latin
 * letters, so a CJK story's paragraphs count like a Latin one's.
 */
function weight(text: string): number {
  const trimmed = text.trim();
  return trimmed.length + 2 * (trimmed.match(CJK)?.length ?? 0);
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += weight(a.textContent ?? '');
  return n;
}

/**
 * Headings that are links, like a teaser's title: two or more of them among a container's paragraphs make it a
 * list of stories, not one story with subheadings.
 */
function linkedHeadings(el: Element): number {
  let n = 0;
  for (const h of Array.from(el.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const all = weight(h.textContent ?? '');
    if (all > 0 && linkChars(h) >= all * 0.8) n++;
  }
  return n;
}

function isListing(el: Element, blocks: number): boolean {
  if (linkChars(el) > weight(el.textContent ?? '') * MAX_LINK_DENSITY) return true;
  const teasers = linkedHeadings(el);
  return teasers >= 2 && teasers * 2 >= blocks;
}

/** The page's own words on articleness: OpenGraph, article meta tags, JSON-LD types. */
export function hasArticleMetadata(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  if (doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"], [itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"]')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ARTICLE_LD.test((script.textContent ?? '').slice(0, 50_000))) return true;
  }
  return false;
}

/** A site search or search-results URL: never an article, whatever its snippets look like. */
export function isSearchUrl(rawUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  if (SEARCH_PATH.test(url.pathname)) return true;
  if (SEARCH_PARAMS.some((name) => url.searchParams.get(name)?.trim())) return true;
  // WordPress search: /?s=term (elsewhere `s` is often a share-tracking parameter).
  return (url.pathname === '/' || url.pathname === '') && !!url.searchParams.get('s')?.trim();
}

interface Tally {
  chars: number;
  blocks: number;
}

function add(map: Map<Element, Tally>, el: Element | null, chars: number, blocks: number): void {
  if (!el) return;
  const t = map.get(el);
  if (t) {
    t.chars += chars;
    t.blocks += blocks;
  } else {
    map.set(el, { chars, blocks });
  }
}

/** Paragraphs and preformatted text, whose whole text is prose. */
function paragraphs(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('p, pre')).slice(0, MAX_BLOCKS);
}

/**
 * Divs holding text broken by <br> (some portals' whole story). Only their own runs of text count: a page
 * wrapper with one stray <br> must not count its whole listing as one block.
 */
function brTextBlocks(doc: Document): Element[] {
  const divs = new Set<Element>();
  for (const br of Array.from(doc.querySelectorAll('div > br')).slice(0, MAX_BLOCKS)) if (br.parentElement) divs.add(br.parentElement);
  return Array.from(divs);
}

/** The weights of the runs of text directly in `el` between its child elements (inline markup joins a run). */
function directTextRuns(el: Element): number[] {
  const runs: number[] = [];
  let run = 0;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) run += weight(child.nodeValue ?? '');
    else if ((child as Element).localName === 'br' || !INLINE.test((child as Element).localName)) {
      if (run) runs.push(run);
      run = 0;
    } else {
      run += weight(child.textContent ?? '');
    }
  }
  if (run) runs.push(run);
  return runs;
}

export function readerableVerdict(doc: Document, url: string = doc.URL): ReaderableVerdict {
  const metadata = hasArticleMetadata(doc);
  const search = isSearchUrl(url);
  const byParent = new Map<Element, Tally>();
  let lone = 0;
  const count = (block: Element, container: Element | null, all: number, own: number) => {
    if (all < MIN_BLOCK || !isVisible(block) || looksUnlikely(block) || (container && looksUnlikely(container))) return;
    if (own < all / 2) return; // a teaser or a list of links, not prose
    lone = Math.max(lone, own);
    add(byParent, container, own, 1);
  };
  for (const p of paragraphs(doc)) {
    const all = weight(p.textContent ?? '');
    if (all >= MIN_BLOCK) count(p, p.parentElement, all, all - linkChars(p));
  }
  // In a <br>-broken story each run of text is a paragraph, and the div is their container.
  for (const div of brTextBlocks(doc)) {
    for (const run of directTextRuns(div)) count(div, div, run, run);
  }
  // A container's score is its own prose plus that of child containers that are prose too: two or more blocks,
  // or one block and hardly anything else (a paragraph wrapped for an ad slot). A body split into chunks adds
  // up; a results list of cards (title link, date, one snippet each) does not.
  const byContainer = new Map<Element, Tally>(Array.from(byParent, ([el, t]) => [el, { ...t }]));
  for (const [el, t] of byParent) {
    if (t.blocks >= 2 || weight(el.textContent ?? '') <= t.chars * WRAPPER_SLACK) add(byContainer, el.parentElement, t.chars, t.blocks);
  }
  // The best container that is not a listing: a teaser list with linked titles between its snippets is one even
  // when the snippets share a parent.
  const ranked = Array.from(byContainer, ([el, t]) => ({ el, ...t })).sort((a, b) => b.chars - a.chars).slice(0, 3);
  const best = ranked.find(({ el, blocks }) => !isListing(el, blocks)) ?? { chars: 0, blocks: 0 };
  const need = metadata ? NEED_WITH_META : NEED;
  const enough = (best.chars >= need.chars && best.blocks >= need.blocks) || lone >= LONE_BLOCK;
  return { article: !search && enough, chars: best.chars, blocks: best.blocks, metadata, search };
}

/** True when the page looks like one article a reader view can show. */
export function isReaderable(doc: Document, url: string = doc.URL): boolean {
  return readerableVerdict(doc, url).article;
}
