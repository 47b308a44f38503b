/**
 * Quote and attribution bookkeeping for the popup-data bench, computed from
 * eval-realtext.mjs's JSON report (its `pages`), so that any subset of cases
 * (the reference page, the whole set) can be scored from one scorer run.
 *
 * `norm`, `tokens` and `overlap` are tests/helpers/labelled-score.ts's ports of
 * eval-realtext.mjs's own (that script runs its CLI on import, so it cannot be
 * imported). Keep them in step.
 */

import { tokenOverlap as overlap } from '../helpers/labelled-score';

export { norm, tokens, tokenOverlap as overlap } from '../helpers/labelled-score';

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
