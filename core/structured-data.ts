/**
 * JSON-LD and meta tags read defensively: pages are hostile input, so only
 * own properties of plain parsed objects are read, and sizes are capped.
 */
import { HTML_ENTITIES } from './rules/html-entities';

/** Article types, with schema.org's two-word NewsArticle subtypes ("ReportageNewsArticle", "OpinionNewsArticle"). */
const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech|AskPublic){0,2}Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/u;
const MAX_JSON = 1_000_000;

type Json = unknown;

export function own(obj: Json, key: string): Json {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, Json>)[key] : undefined;
}

export function asList(v: Json): Json[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function typesOf(node: Json): string[] {
  return asList(own(node, '@type')).filter((t): t is string => typeof t === 'string');
}

function flatten(node: Json, out: Json[], depth = 0): void {
  if (depth > 6 || out.length > 200) return;
  for (const item of asList(node)) {
    if (!item || typeof item !== 'object') continue;
    out.push(item);
    flatten(own(item, '@graph'), out, depth + 1);
    const main = own(item, 'mainEntity');
    if (main && typeof main === 'object') flatten(main, out, depth + 1);
  }
}

/**
 * Set on the article when its author was a reference into the graph: SEO plugins point it at the
 * account that posted the story, which may not be the writer the page prints.
 */
export const AUTHOR_BY_REFERENCE = '@authorByReference';

/** Properties whose value a graph often gives as a reference to another node. */
const REFERENCED = ['author', 'editor', 'publisher', 'creator'];

/**
 * The article with `{"@id": …}` references in its people replaced by the nodes they point to: a
 * `@graph` (as SEO plugins write it) names the author in a Person node of its own.
 */
function withReferencesResolved(article: Record<string, Json>, nodes: Json[]): Record<string, Json> {
  const byId = new Map<string, Json>();
  for (const n of nodes) {
    const id = own(n, '@id');
    if (typeof id === 'string' && own(n, 'name') !== undefined && !byId.has(id)) byId.set(id, n);
  }
  if (!byId.size) return article;
  const resolve = (v: Json): Json => {
    const id = own(v, '@id');
    return own(v, 'name') === undefined && typeof id === 'string' ? (byId.get(id) ?? v) : v;
  };
  const out: Record<string, Json> = { ...article };
  for (const key of REFERENCED) {
    const v = own(article, key);
    if (v === undefined) continue;
    out[key] = Array.isArray(v) ? v.map(resolve) : resolve(v);
    if (key === 'author' && JSON.stringify(out[key]) !== JSON.stringify(v)) out[AUTHOR_BY_REFERENCE] = true;
  }
  return out;
}

/**
 * JSON as pages write it: CMS templates put raw tabs and line breaks inside strings (a pasted
 * description), which strict JSON forbids. Outside strings they are whitespace, inside a space does.
 */
function parseLenient(text: string): Json {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/gu, ' '));
    } catch {
      return undefined;
    }
  }
}

/** The nodes of each JSON-LD script on the page, script by script. */
function jsonLdGraphs(doc: Document): Json[][] {
  const out: Json[][] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON) continue;
    const parsed = parseLenient(raw.replace(/^\s*<!--|-->\s*$/gu, ''));
    if (parsed === undefined) continue;
    const nodes: Json[] = [];
    flatten(parsed, nodes);
    out.push(nodes);
  }
  return out;
}

/**
 * The page's JSON-LD, each script parsed once: the first Article-like node, and the `datePublished` of the
 * first node of any type that gives one (SEO plugins describe a post as a WebPage; a recipe or a how-to is
 * its own type), which dates a page without an Article node.
 */
export function readJsonLd(doc: Document): { article: Record<string, Json> | null; anyDatePublished: string | null } {
  let article: Record<string, Json> | null = null;
  let anyDatePublished: string | null = null;
  for (const nodes of jsonLdGraphs(doc)) {
    const found = article ? undefined : nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
    if (found) article = withReferencesResolved(found as Record<string, Json>, nodes);
    for (const n of nodes) {
      if (anyDatePublished) break;
      anyDatePublished = stringOf(own(n, 'datePublished')) || null;
    }
  }
  return { article, anyDatePublished };
}

/**
 * A JSON-LD string with the HTML entities some templates leave in it decoded ("Redacci&oacute;n" → "Redacción");
 * a name split at the entity's ";" would give two broken names. Readability's byline, read from JSON-LD, keeps them too.
 */
export function unescaped(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/giu, (whole, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return HTML_ENTITIES[name!] ?? whole;
  });
}

/** Names from a JSON-LD person/organization value: "X", {name}, [..]. */
export function namesOf(v: Json): string[] {
  const out: string[] = [];
  for (const item of asList(v).slice(0, 20)) {
    const name = typeof item === 'string' ? item : own(item, 'name');
    if (typeof name === 'string' && name.trim()) out.push(unescaped(name.trim()));
  }
  return out;
}

export function stringOf(v: Json): string | null {
  if (typeof v === 'string') return unescaped(v.trim()) || null;
  if (Array.isArray(v)) return stringOf(v[0]);
  return null;
}

/** `<meta property|name|itemprop=key content>` — the first non-empty one; keys match in any case ("DC.Date", "dc.date"). */
export function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const first = metaAll(doc, key)[0];
    if (first) return first;
  }
  return null;
}

/** The meta tags of one document read once, for a stretch that does not change it (see `withMetaIndex`). */
let metaScope: { doc: Document; index: Map<string, string[]> | null } | null = null;

/**
 * Runs `fn` with `meta`/`metaAll` on `doc` answered from one reading of its meta tags. Only for code that does
 * not change the document: attribution asks for some forty keys, each a query and a scan of every meta tag.
 */
export function withMetaIndex<T>(doc: Document, fn: () => T): T {
  const outer = metaScope;
  metaScope = { doc, index: null };
  try {
    return fn();
  } finally {
    metaScope = outer;
  }
}

/** Each key (as `metaAll` folds it) → the non-empty contents of the tags it names, in document order, once each. */
function metaIndex(doc: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content')?.trim();
    const keys = new Set<string>();
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key !== undefined) keys.add(key);
    }
    for (const key of keys) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      if (content && !list.includes(content)) list.push(content);
    }
  }
  return index;
}

/** Every non-empty `content` of meta tags named `key` (in any case), in document order: a page may list several authors. */
export function metaAll(doc: Document, key: string): string[] {
  const want = key.toLowerCase();
  if (metaScope?.doc === doc) return [...((metaScope.index ??= metaIndex(doc)).get(want) ?? [])];
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      if (el.getAttribute(attr)?.trim().toLowerCase() !== want) continue;
      const content = el.getAttribute('content')?.trim();
      if (content && !out.includes(content)) out.push(content);
      break;
    }
  }
  return out;
}
