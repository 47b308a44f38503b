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
const NEED = { chars: 400, blocks: 2 };
const NEED_WITH_META = { chars: 250, blocks: 1 };
/** A block's thin wrapper may add this much text of its own (an ad label, a caption) and still be only a wrapper. */
const WRAPPER_SLACK = 1.15;
/** Share of a container's text in links above which it is a list of links, not a body. */
const MAX_LINK_DENSITY = 0.35;
/** Enough for a verdict; a page with thousands of paragraphs has long since passed. */
const MAX_BLOCKS = 600;
const MAX_DIVS = 4000;
/** Wrappers climbed past to find a block's container. */
const MAX_WRAPPERS = 4;

const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup|yom-remote/iu;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/iu;
const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]{0,200}?)?"(?:(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech)?Article|(?:Live)?BlogPosting)"/u;
const INLINE = /^(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
const CJK_ANY = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
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
  return CJK_ANY.test(trimmed) ? trimmed.length + 2 * (trimmed.match(CJK)?.length ?? 0) : trimmed.length;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += weight(a.textContent ?? '');
  return n;
}

/** Headings that are links, like a teaser's title (a story's own subheadings are not links). */
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
  // About one linked title per snippet: a listing. A story with a few related-story cards embedded has fewer.
  const teasers = linkedHeadings(el);
  return teasers >= 2 && teasers >= blocks * 0.8;
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

/**
 * The element a block's prose belongs to: its parent, or higher when the parent is only a thin wrapper around
 * this one block (sites wrap each paragraph in a div or two for ads and layout). A result card is no thin
 * wrapper: it adds a title (a heading or a link) and a date to its snippet.
 */
function containerOf(block: Element, blockWeight: number, blockLinks: number): Element | null {
  let el = block.parentElement;
  for (let depth = 0; el?.parentElement && depth < MAX_WRAPPERS; depth++) {
    if (el.childElementCount > 2 || el.querySelector('h1, h2, h3, h4, h5, h6')) break;
    if (weight(el.textContent ?? '') > blockWeight * WRAPPER_SLACK || linkChars(el) > blockLinks) break;
    el = el.parentElement;
  }
  return el;
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
 * Divs that hold text of their own (a div used as a paragraph), and any element whose text is broken by <br>
 * (some portals' whole story, often in a <span> or <td>). Only their own runs of text count, so a page wrapper
 * with one stray <br> or a line of text doesn't count its whole listing as one block.
 */
function textHolders(doc: Document): Element[] {
  const holders = new Set<Element>();
  for (const div of Array.from(doc.getElementsByTagName('div')).slice(0, MAX_DIVS)) {
    for (const child of Array.from(div.childNodes)) {
      if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) {
        holders.add(div);
        break;
      }
    }
  }
  for (const br of Array.from(doc.getElementsByTagName('br')).slice(0, MAX_BLOCKS)) {
    const parent = br.parentElement;
    if (parent && parent.localName !== 'p' && parent.localName !== 'pre') holders.add(parent);
  }
  return Array.from(holders);
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
    if (all < MIN_BLOCK) continue;
    const links = linkChars(p);
    count(p, containerOf(p, all, links), all, all - links);
  }
  for (const holder of textHolders(doc)) {
    const runs = directTextRuns(holder);
    if (runs.length === 1 && !holder.querySelector('br')) {
      // A div used as a paragraph: like a <p>.
      const all = weight(holder.textContent ?? '');
      if (all < MIN_BLOCK || all > runs[0]! * WRAPPER_SLACK) continue;
      const links = linkChars(holder);
      count(holder, containerOf(holder, all, links), all, all - links);
    } else {
      // A <br>-broken story: each run of text is a paragraph, and the element is their container.
      for (const run of runs) count(holder, holder, run, run);
    }
  }
  // A container's score is its own prose plus that of child containers holding two or more blocks: a body split
  // into chunks around ad slots adds up; a results list of cards (title link, date, one snippet each) does not.
  const byContainer = new Map<Element, Tally>(Array.from(byParent, ([el, t]) => [el, { ...t }]));
  for (const [el, t] of byParent) {
    if (t.blocks >= 2) add(byContainer, el.parentElement, t.chars, t.blocks);
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
