/**
 * Quote and attribution bookkeeping for the popup-data bench, computed from
 * eval-realtext.mjs's JSON report (its `pages`), so that any subset of cases
 * (the reference page, the whole set) can be scored from one scorer run.
 *
 * `overlap` and `tokens` are copies of eval-realtext.mjs's own (that script
 * runs its CLI on import, so it cannot be imported). Keep them in step.
 */

const QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u275D\u275E\u301D\u301E\uFF02]/g;
const APOS = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u2039\u203A]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function norm(s: unknown): string {
  if (s == null) return '';
  return String(s)
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(QUOTES, '"')
    .replace(APOS, "'")
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

export const tokens = (s: unknown): string[] => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of ta) bag.set(t, (bag.get(t) ?? 0) + 1);
  let inter = 0;
  for (const t of tb) {
    const c = bag.get(t) ?? 0;
    if (c > 0) {
      inter++;
      bag.set(t, c - 1);
    }
  }
  return inter / Math.max(ta.length, tb.length);
}

export const FIELDS = ['siteName', 'author', 'editor', 'source', 'publishedTime'] as const;
export type Field = (typeof FIELDS)[number];

export interface QuoteLike {
  text: string;
  speaker: string | null;
}

/** One page of eval-realtext.mjs's report (the parts this bench reads). */
export interface RealtextPage {
  case: string;
  lang: string;
  error?: string;
  keep: { total: number; found: number; missing: string[] };
  drop: { total: number; leaked: { text: string; kind: string; via: string }[] };
  attribution: Record<Field, { expected: unknown; predicted: unknown; ok: boolean }>;
  quotes: null | { expected: number; predicted: number; matched: number; missed: QuoteLike[]; spurious: QuoteLike[] };
}

export interface SubsetScore {
  pages: number;
  errors: number;
  keepRecall: number | null;
  dropLeak: number | null;
  attribution: Record<Field, number | null>;
  quotes: {
    expected: number;
    predicted: number;
    matched: number;
    /** Expected quotes whose text was found (overlap ≥ 0.8) but credited to someone else. */
    wrongSpeaker: number;
    precision: number | null;
    recall: number | null;
    /** Of the quotes whose text was found, the share with the right speaker. */
    speaker: number | null;
  };
}

const ratio = (n: number, d: number): number | null => (d ? n / d : null);

/**
 * The scorer counts a quote as matched only with the right speaker. A missed
 * expected quote whose text a spurious prediction does cover (overlap ≥ 0.8)
 * is a speaker error; pairing them greedily gives the speaker accuracy.
 */
export function wrongSpeakerPairs(missed: QuoteLike[], spurious: QuoteLike[]): { expected: QuoteLike; got: QuoteLike }[] {
  const used = new Set<number>();
  const pairs: { expected: QuoteLike; got: QuoteLike }[] = [];
  for (const m of missed) {
    let best = -1;
    let bestOv = 0;
    spurious.forEach((s, i) => {
      if (used.has(i)) return;
      const ov = overlap(m.text, s.text);
      if (ov >= 0.8 && ov > bestOv) {
        best = i;
        bestOv = ov;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ expected: m, got: spurious[best]! });
    }
  }
  return pairs;
}

export function scoreSubset(pages: RealtextPage[], expectedQuotes: (c: string) => number): SubsetScore {
  let keepTotal = 0;
  let keepFound = 0;
  let dropTotal = 0;
  let dropLeaked = 0;
  let errors = 0;
  const ok = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const q = { expected: 0, predicted: 0, matched: 0, wrongSpeaker: 0 };
  for (const p of pages) {
    if (p.error) errors++;
    keepTotal += p.keep.total;
    keepFound += p.keep.found;
    dropTotal += p.drop.total;
    dropLeaked += p.drop.leaked.length;
    for (const f of FIELDS) if (p.attribution[f]?.ok) ok[f]++;
    if (p.quotes) {
      q.expected += p.quotes.expected;
      q.predicted += p.quotes.predicted;
      q.matched += p.quotes.matched;
      q.wrongSpeaker += wrongSpeakerPairs(p.quotes.missed, p.quotes.spurious).length;
    } else {
      q.expected += expectedQuotes(p.case);
    }
  }
  return {
    pages: pages.length,
    errors,
    keepRecall: ratio(keepFound, keepTotal),
    dropLeak: ratio(dropLeaked, dropTotal),
    attribution: Object.fromEntries(FIELDS.map((f) => [f, ratio(ok[f], pages.length)])) as Record<Field, number | null>,
    quotes: {
      ...q,
      precision: ratio(q.matched, q.predicted),
      recall: ratio(q.matched, q.expected),
      speaker: ratio(q.matched, q.matched + q.wrongSpeaker),
    },
  };
}
