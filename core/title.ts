/**
 * The headline without the site's name: "Title | Blister", "Title - Pastebin.com",
 * "Title：朝日新聞デジタル" and "Site - Title" lose the site part. The visible
 * headline (<h1>) wins when the page's own titles confirm it: sites write a
 * shorter <title> and a social og:title, but the reader sees and cites the <h1>.
 * Else structured titles (og:title, JSON-LD headline) are preferred when the
 * page title holds them.
 */
import { countWords, lettersOnly, squash } from './clean/text';
import { CJK_SITE_WORDS } from './rules/site-words';

const SEPARATOR = /\s+[|\-–—·•:»]\s+|\s*[｜：]\s*|\s+[|]\s*/u;

function key(s: string): string {
  return lettersOnly(s).replace(/\s+/gu, '');
}

function isSite(part: string, siteKeys: string[]): boolean {
  const k = key(part);
  // A part may hold the site's name and a word or two ("Kompas.com Regional"); a longer one that names
  // the site is a headline about it ("Hochauflösende Schneekarten auf Gipfelbuch.ch").
  return k.length > 0 && siteKeys.some((s) => s.length > 2 && (k === s || (k.includes(s) && k.length - s.length <= 12) || s.includes(k)));
}

export interface TitleInput {
  documentTitle: string;
  readabilityTitle: string | null;
  structured: (string | null)[];
  siteNames: (string | null)[];
  /** Visible headline texts (<h1>, itemprop=headline), read before cleaning. */
  headlines?: string[];
  /** The page's first <h2>s, read before cleaning: the headline of a page whose <h1> is the site's logo, or that has none. */
  subheadings?: string[];
  /** Each headline's readings without its first or last elements (see headlinePartCandidates). */
  headlineParts?: string[][];
}

/** A kicker or overline above the headline ("Klimaschutz:" in a span of the <h1>): not part of it. */
const KICKER = /(?:^|[-_\s])(?:kicker|overline|dachzeile|topline|eyebrow|supertitle|surtitle|rubric)(?:$|[-_\s])/iu;

/**
 * The site's name set as an <h1> ("<h1 id="site-title">", "<h1 id="branding">", "<h1><a rel="home">"):
 * WordPress themes and many templates do this on every page, the story's headline comes below.
 */
const SITE_LOGO = /(?:^|\s)(?:site[-_]?(?:title|name|logo|branding)|logo|branding)(?:$|\s)/iu;

function isSiteLogo(el: Element): boolean {
  return SITE_LOGO.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) || !!el.querySelector('a[rel~="home"]');
}

/** Classes of an element that is a kicker when it opens the <h1> ("<span class="subtitle">Olympische Spiele in Paris</span> Getränke …"). */
const LEADING_KICKER = /(?:^|[-_\s])(?:topic|subtitle|titleheader|category)(?:$|[-_\s])/iu;

/** The headline's own words follow the element. */
function hasTextAfter(el: Element): boolean {
  for (let n = el.nextSibling; n; n = n.nextSibling) if ((n.textContent ?? '').replace(/[\s:|\-–—·•»]+/gu, '').length > 3) return true;
  return false;
}

const BOUNDARY = '\u0000';

function headlineText(el: Element): string {
  return joinedParts(rawParts(el));
}

/** The headline's text between element boundaries, as written: "<span>Kicker</span> Headline" is two parts. */
function rawParts(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const e = n as Element;
        if (/^(?:script|style|noscript|template|button|svg)$/iu.test(e.localName) || KICKER.test(e.getAttribute('class') ?? '')) continue;
        // A topic or subtitle element that opens the headline, before any of its words, is a kicker too.
        if (node === el && !out.replace(/\u0000/gu, '').trim() && LEADING_KICKER.test(e.getAttribute('class') ?? '') && hasTextAfter(e)) continue;
        out += BOUNDARY;
        walk(e);
        out += BOUNDARY;
      }
    }
  };
  walk(el);
  return out;
}

function joinedParts(out: string): string {
  // An element boundary is a space, but not before punctuation ("THW<span>:</span>"); a space the
  // page wrote there stays (French "Libre cours : Raoult"). A kicker's leftover colon is no start; a "»" that
  // opens a German quotation closed later ("»frag.jetzt«") stays.
  return squash(out.replace(/\u0000+(?=[,.:;!?])/gu, '').replace(/\u0000/gu, ' ')).replace(/^(?:[\s:|\-–—·•]|»(?![^«]*«))+/u, '');
}

/**
 * Each visible headline's readings without a run of its elements at either end: "<span>Energiewende
 * Oberland:</span><br>Klimavorreiter Oberland?" also reads "Klimavorreiter Oberland?" and "Energiewende Oberland".
 */
export function headlinePartCandidates(doc: Document): string[][] {
  const out: string[][] = [];
  for (const el of Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).slice(0, 12)) {
    if (el.localName === 'meta' || el.closest('nav, footer, aside')) continue;
    const parts = rawParts(el).split(/\u0000+/u).filter((p) => p.trim());
    const readings: string[] = [];
    for (let k = 1; k < parts.length && parts.length <= 12; k++) {
      readings.push(joinedParts(parts.slice(0, k).join(BOUNDARY)).replace(/[\s:|\-–—·•»/]+$/u, ''), joinedParts(parts.slice(k).join(BOUNDARY)));
    }
    if (readings.length) out.push(readings.filter(Boolean));
  }
  return out;
}

/** The texts of <h1>s marked as the site's logo: the site's name, as a page title may append it ("Kleine Schafskunde | Mäscot das Schaf – Webcomic"). */
export function siteLogoTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('h1')).slice(0, 12).filter(isSiteLogo).map(headlineText).filter((t) => t && t.length <= 120);
}

/** The page title opens with the headline, which makes most of it: "Headline | Site". */
function isTitleHead(headline: string, pageTitle: string): boolean {
  return headline.length >= 12 && pageTitle.startsWith(headline) && headline.length >= 0.6 * pageTitle.length;
}

/** The page's visible headlines, in document order: <h1>s outside navigation, and marked headlines. */
export function headlineCandidates(doc: Document): string[] {
  const out: string[] = [];
  const pageTitle = key(doc.title ?? '');
  for (const el of Array.from(doc.querySelectorAll('h1, [itemprop="headline"]')).slice(0, 12)) {
    if (el.localName === 'meta' || isSiteLogo(el)) continue;
    // An <h1> in navigation is a menu's, unless the page title is it with at most the site's name added
    // (the story's <h1> as the last step of a breadcrumb trail: "Headline | MOPO.de").
    if (el.closest('nav, footer, aside') && !isTitleHead(key(headlineText(el)), pageTitle)) continue;
    const text = headlineText(el);
    if (text && text.length <= 300 && !out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * The first <h2>s outside navigation and teaser lists. Many blogs and CMS themes give the site's
 * name the <h1> (or no <h1> at all) and the story's headline an <h2>.
 */
export function subheadingCandidates(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('h2')).slice(0, 20)) {
    if (el.closest('nav, footer, aside, li')) continue;
    const text = headlineText(el);
    if (text && text.length <= 300 && !out.includes(text)) out.push(text);
    if (out.length >= 8) break;
  }
  return out;
}

/** Words of a title for comparison; CJK text, written without spaces, is compared by character pairs. */
function tokens(s: string): Set<string> {
  const t = lettersOnly(s);
  const out = new Set<string>();
  for (const w of t.split(' ')) {
    if (!w) continue;
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(w)) {
      const chars = Array.from(w);
      if (chars.length === 1) out.add(w);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    } else out.add(w);
  }
  return out;
}

/** Share of the shorter title's words that the other one has too. */
function overlap(a: string, b: string): number {
  return overlaps(a, b)[0];
}

/** [shared / shorter's words, shared / longer's words]: the second tells an exact match from a containing one. */
function overlaps(a: string, b: string): [number, number] {
  const ta = tokens(a);
  const tb = tokens(b);
  const small = ta.size <= tb.size ? ta : tb;
  const large = small === ta ? tb : ta;
  if (small.size < 2) return [0, 0];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return [shared / small.size, shared / large.size];
}

/**
 * The visible headline that a page title agrees with: most of its words are in
 * the <title>, og:title or JSON-LD headline. A headline that is only the site's
 * name (a logo <h1>, the "Site" of "Site - Title") is not the story's.
 */
function confirmedHeadline(headlines: string[], references: string[], siteKeys: string[]): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const h of headlines) {
    // One word is a headline only when a page title is exactly it ("Bienenstich-Muffins" as the og:title).
    if ((countWords(h) < 2 && !references.some((r) => key(r) === key(h))) || siteKeys.some((s) => key(h) === s || s.includes(key(h)))) continue;
    // The site part of "Site - Title" / "Title | Site": the <h1> is the site's logo.
    const isTitlePart = references.some((r) => {
      const parts = r.split(SEPARATOR).map((p) => key(p));
      if (parts.length > 1 && parts.includes(key(h)) && parts.some((p) => p.length > key(h).length)) return true;
      // "EMACSPEAK The Complete Audio Desktop: Meta-Programming In Emacs": the blog's name opens the title.
      // "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer": a kicker and its colon before the <h1>'s words are no site.
      const kr = key(r);
      const kh = key(h);
      return kr !== kh && (kr.startsWith(kh) || (kr.endsWith(kh) && !afterKicker(r, h))) && kr.length - kh.length > kh.length;
    });
    if (isTitlePart && !references.some((r) => key(r) === key(h))) continue;
    // The shorter title's share decides; of equals, the one closest to a whole page title wins
    // ("Okezone Headline - Health :: Okezone Lifestyle" against the plain "Headline").
    const score = Math.max(0, ...references.map((r) => {
      const [small, large] = overlaps(h, r);
      return small >= 0.6 ? small + large / 100 : 0;
    }));
    // A tie goes to the shorter: the longer carries a kicker or the site's name.
    if (score >= 0.6 && (score > bestScore || (score === bestScore && best !== null && h.length < best.length))) {
      best = h;
      bestScore = score;
    }
  }
  return best;
}

/** The title is a kicker, a colon, then the headline: "Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer". */
function afterKicker(title: string, headline: string): boolean {
  const at = title.lastIndexOf(headline);
  return at > 0 && at + headline.length === title.length && /[:：]\s*$/u.test(title.slice(0, at));
}

/**
 * A headline's kicker or subtitle in an element of its own ("<span class='sub-heading'>Energiewende
 * Oberland:</span> Klimavorreiter Oberland?", "Title <small>02.02.2022 • Presse</small>"): when a page title
 * is exactly the rest, the rest is the headline. Only an exact match counts, and only when no page title is
 * the whole headline: then kicker and all are the title the site gives.
 */
function headlinePart(headlines: string[], parts: string[][], references: string[], siteKeys: string[]): string | null {
  const refKeys = new Set(references.filter((r) => countWords(r) >= 2 && !isSite(r, siteKeys)).map(key));
  if (!refKeys.size || headlines.some((h) => refKeys.has(key(h)))) return null;
  for (const readings of parts) {
    const found = readings.find((r) => countWords(r) >= 2 && refKeys.has(key(r)));
    // Soft hyphens the <h1> carries for line breaking are no part of the title ("Er\u00adin\u00adne\u00adrung").
    if (found) return found.replace(/\u00ad/gu, '');
  }
  return null;
}

/**
 * The headline without a kicker glued in front ("Local News | Brothel…", "Tunesien Große Aufgaben…")
 * or a site tag after a spaced bar or dash, when a page title is exactly the rest.
 * A subtitle after a colon stays: it is part of what the reader sees as the headline.
 */
function withoutExtras(headline: string, references: string[]): string {
  const kh = key(headline);
  const words = headline.split(/\s+/u);
  for (const r of references) {
    const kr = key(r);
    if (!kr || kr === kh || countWords(r) < 3) continue;
    if (kh.endsWith(kr)) {
      const extra = countWords(headline) - countWords(r);
      if (extra > 0 && extra <= 4) return words.slice(extra).join(' ').replace(/^[\s:|\-–—·•»]+/u, '');
    }
    if (kh.startsWith(kr)) {
      const m = /^(.*?)\s+[|\-–—]\s+[^|\-–—]+$/u.exec(headline);
      if (m && key(m[1]!) === kr) return m[1]!;
    }
  }
  return headline;
}

export function cleanTitle(input: TitleInput): string {
  // A last part without a letter or digit is decoration ("Ladensterben immer dramatischer » ☆☆☆☆☆").
  return pickTitle(input).replace(/\s+[|\-–—·•»]\s+[^\p{L}\p{N}]*$/u, '');
}

function pickTitle({ documentTitle, readabilityTitle, structured, siteNames, headlines = [], subheadings = [], headlineParts = [] }: TitleInput): string {
  const siteKeys = siteNames.filter(Boolean).map((s) => key(s!)).filter(Boolean);
  const docTitle = squash(documentTitle);
  const references = [docTitle, ...structured.map((s) => squash(s ?? ''))].filter(Boolean);
  const strippedRefs = references.map((r) => stripSite(r, siteKeys));
  const part = headlinePart(headlines, headlineParts, strippedRefs, siteKeys);
  if (part) return part;
  // An <h2> counts only when no <h1> is the story's: the page title must confirm it just the same.
  const headline = confirmedHeadline(headlines, strippedRefs, siteKeys) ?? confirmedHeadline(subheadings, strippedRefs, siteKeys);
  if (headline) return stripSite(withoutExtras(headline, strippedRefs), siteKeys);
  const fromTitles = titleFromPageTitles(docTitle, readabilityTitle, structured, siteKeys);
  // A page title of a section's name ("About Us - Shabka") that no heading repeats names no story: the
  // first <h1> that reads like a headline (four words or more) does. A short title a heading repeats
  // ("Villa Galaxy") is the story's own.
  const short = fromTitles.split(SEPARATOR).every((p) => countWords(p) <= 2);
  if (short && ![...headlines, ...subheadings].some((h) => key(h).includes(key(fromTitles)))) {
    const heading = headlines.find((h) => countWords(h) >= 4 && !isSite(h, siteKeys));
    if (heading) return heading;
  }
  return fromTitles;
}

function titleFromPageTitles(docTitle: string, readabilityTitle: string | null, structured: (string | null)[], siteKeys: string[]): string {
  // A structured title that the page title contains is the clean headline.
  for (const s of structured) {
    const t = squash(s ?? '');
    if (t && countParts(t) <= countParts(docTitle) && (docTitle.includes(t) || !docTitle)) return stripSite(t, siteKeys);
  }
  // A page title that shares almost no words with the story's structured title is the site's or the
  // section's ("News - Eawag", "Konrad-Adenauer-Stiftung - detail"): the structured one names the story.
  for (const s of structured) {
    const t = stripSite(squash(s ?? ''), siteKeys);
    if (t && countWords(t) >= 3 && !isSite(t, siteKeys) && overlap(t, stripSite(docTitle, siteKeys)) < 0.34) return t;
  }
  const stripped = stripSite(docTitle, siteKeys);
  if (stripped !== docTitle) return stripped;
  return stripSite(readabilityCut(docTitle, squash(readabilityTitle ?? '')) || docTitle || squash(structured.find(Boolean) ?? ''), siteKeys);
}

/**
 * Readability's title, only where it is the page title cut at a spaced
 * separator ("Title - Unknown Site" → "Title"): its heuristic also splits at
 * hyphens inside words ("Covid-19 - …" → "19 - …").
 */
function readabilityCut(docTitle: string, readability: string): string {
  if (!readability || readability === docTitle) return readability;
  const rest = docTitle.startsWith(readability) ? docTitle.slice(readability.length) : docTitle.endsWith(readability) ? docTitle.slice(0, -readability.length) : null;
  return rest !== null && /^\s+[|\-–—·•:»/]\s+|\s+[|\-–—·•:»/]\s+$/u.test(rest) && countParts(readability) >= 1 ? readability : '';
}

function countParts(t: string): number {
  return t.split(SEPARATOR).length;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/** "…城！-新华网", "NEWS WEB EASY|子ども…": CJK titles glue the site's part on without spaces. */
const GLUED_TAIL = new RegExp(`^(.*[${CJK}！？」』）】])[-_|｜](.{2,16})$`, 'u');
const GLUED_HEAD = new RegExp(`^([^|｜]{2,30})[|｜_](?=[${CJK}])(.+)$`, 'u');

function withoutGluedSite(title: string, siteKeys: string[]): string {
  const tail = GLUED_TAIL.exec(title);
  if (tail && (isSite(tail[2]!, siteKeys) || (/^[^\s]+$/u.test(tail[2]!) && CJK_SITE_WORDS.some((w) => tail[2]!.endsWith(w))))) return tail[1]!;
  const head = GLUED_HEAD.exec(title);
  if (head && isSite(head[1]!, siteKeys)) return head[2]!;
  return title;
}

/** Drops a leading or trailing part that names the site; never leaves less than a few words. */
function stripSite(whole: string, siteKeys: string[]): string {
  const title = withoutGluedSite(whole, siteKeys);
  const parts = title.split(SEPARATOR);
  if (parts.length < 2 || !siteKeys.length) return title;
  const last = parts.at(-1)!;
  const first = parts[0]!;
  if (isSite(last, siteKeys)) return stripSite(title.slice(0, title.lastIndexOf(last)).replace(/[\s|\-–—·•:»｜：]+$/u, ''), siteKeys) || title;
  if (isSite(first, siteKeys)) return title.slice(first.length).replace(/^[\s|\-–—·•:»｜：]+/u, '') || title;
  // "Title | Site | Slogan": the site's name in the middle ends the headline; what follows is the site's slogan.
  const pieces = title.split(new RegExp(`(${SEPARATOR.source})`, 'u'));
  for (let i = 2; i < pieces.length - 2; i += 2) {
    if (isSite(pieces[i]!, siteKeys)) return pieces.slice(0, i - 1).join('');
  }
  return title;
}
