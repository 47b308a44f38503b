/**
 * A seeded mutator of HTML pages for fuzzing the core: the same seed always
 * gives the same page, so a failing case is replayed from its seed alone.
 * Mutations work on a tag/text token stream: drop, duplicate, reorder and
 * nest nodes, break tags, swap encodings, inject control characters.
 */

/** mulberry32: small, fast, good enough to spread mutations; not for anything secret. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: Random, max: number) => Math.floor(random() * max);

function tokens(html: string): string[] {
  return html.match(/<[^>]*>|[^<]+|</gu) ?? [];
}

/** A random [start, end) slice of at most `max` tokens. */
function span(random: Random, length: number, max = 12): [number, number] {
  const start = int(random, Math.max(1, length));
  return [start, Math.min(length, start + 1 + int(random, max))];
}

const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u200b', '\u200e', '\u202e', '\u2028', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '\r', '&#0;', '&#xd800;', '&#x110000;', '&#1114112;'];
const BREAKERS = ['<', '</', '<p', '"', "'", '<!--', '-->', '<![CDATA[', '<script>', '</script>', '<title>', '</html>', '<body>', '<table>', '<svg>', '<math>', '<template>', '<noscript>', '<plaintext>', '<xmp>', '&', '&amp', '&#', '=', '/>'];
const WRAPPERS = ['div', 'span', 'p', 'article', 'section', 'table', 'td', 'li', 'a', 'b', 'svg', 'math', 'form', 'template', 'noscript', 'figure', 'blockquote'];
const CHARSETS = ['utf-8', 'windows-1252', 'iso-8859-1', 'utf-16', 'utf-16le', 'shift_jis', 'gb18030', 'koi8-r', 'x-user-defined', 'bogus-charset', ''];

export const MUTATIONS = {
  drop(random: Random, t: string[]) {
    const [a, b] = span(random, t.length);
    t.splice(a, b - a);
  },
  duplicate(random: Random, t: string[]) {
    const [a, b] = span(random, t.length);
    const copies = 1 + int(random, random() < 0.1 ? 200 : 3);
    t.splice(b, 0, ...Array.from({ length: copies }, () => t.slice(a, b)).flat());
  },
  reorder(random: Random, t: string[]) {
    const [a, b] = span(random, t.length);
    const moved = t.splice(a, b - a);
    t.splice(int(random, t.length + 1), 0, ...moved);
  },
  nest(random: Random, t: string[]) {
    const [a, b] = span(random, t.length);
    const depth = 1 + int(random, random() < 0.1 ? 600 : 8);
    const tags = Array.from({ length: depth }, () => pick(random, WRAPPERS));
    t.splice(b, 0, ...tags.map((tag) => `</${tag}>`).reverse());
    t.splice(a, 0, ...tags.map((tag) => `<${tag}>`));
  },
  breakTag(random: Random, t: string[]) {
    const i = int(random, t.length);
    const token = t[i] ?? '';
    if (token.startsWith('<') && random() < 0.5) t[i] = token.slice(0, 1 + int(random, Math.max(1, token.length - 1)));
    else t.splice(i, 0, pick(random, BREAKERS));
  },
  controlCharacters(random: Random, t: string[]) {
    for (let n = 1 + int(random, 6); n > 0; n--) {
      const i = int(random, t.length);
      const token = t[i] ?? '';
      const at = int(random, token.length + 1);
      t[i] = token.slice(0, at) + pick(random, CONTROL) + token.slice(at);
    }
  },
  attributeFlood(random: Random, t: string[]) {
    const i = t.findIndex((token, k) => k >= int(random, t.length) && /^<[a-z]/iu.test(token));
    if (i < 0) return;
    const value = pick(random, ['x', '"', '&quot;', 'javascript:', ' ', '\u0000']).repeat(1 + int(random, 50_000));
    t[i] = t[i]!.replace(/^<([a-z0-9-]+)/iu, `<$1 ${pick(random, ['title', 'class', 'id', 'href', 'style', 'data-x', 'onclick', 'name'])}="${value}"`);
  },
} as const;

export type MutationName = keyof typeof MUTATIONS;
const NAMES = Object.keys(MUTATIONS) as MutationName[];

export interface FuzzPage {
  /** The page as bytes: encodings are part of what is fuzzed (decoded like the CLI decodes a file). */
  bytes: Uint8Array;
  /** The charset the "server" declares, if any. */
  declared: string | null;
  mutations: string[];
}

function encode(html: string, random: Random, mutations: string[]): { bytes: Uint8Array; declared: string | null } {
  const roll = random();
  if (roll < 0.7) return { bytes: new TextEncoder().encode(html), declared: null };
  const charset = pick(random, CHARSETS);
  mutations.push(`charset:${charset}`);
  const relabelled = html.replace(/<meta\s+charset=["']?[^"'>\s]*["']?/iu, `<meta charset="${charset}"`);
  if (roll < 0.8) {
    // UTF-8 bytes under another label: mojibake, or invalid sequences for multi-byte charsets.
    return { bytes: new TextEncoder().encode(relabelled), declared: random() < 0.5 ? charset : null };
  }
  if (roll < 0.9) {
    // UTF-16 with or without BOM, possibly cut mid-unit.
    const body = Uint8Array.from(Array.from(relabelled).flatMap((ch) => {
      const code = ch.charCodeAt(0);
      return [code & 0xff, code >> 8];
    }));
    const withBom = random() < 0.5 ? Uint8Array.from([0xff, 0xfe, ...body]) : body;
    return { bytes: random() < 0.3 ? withBom.slice(0, withBom.length - 1) : withBom, declared: random() < 0.5 ? 'utf-16le' : null };
  }
  // Random byte damage.
  const bytes = new TextEncoder().encode(relabelled);
  for (let n = 1 + int(random, 20); n > 0; n--) bytes[int(random, bytes.length)] = int(random, 256);
  return { bytes, declared: null };
}

/** The page for `seed`, mutated from one of `sources` (chosen by the seed too). */
export function fuzzPage(seed: number, sources: readonly string[]): FuzzPage & { source: number } {
  const random = rng(seed);
  const source = int(random, sources.length);
  const t = tokens(sources[source]!);
  const mutations: string[] = [];
  for (let n = 1 + int(random, 4); n > 0; n--) {
    const name = pick(random, NAMES);
    mutations.push(name);
    MUTATIONS[name](random, t);
  }
  return { ...encode(t.join(''), random, mutations), mutations, source };
}
