/** The quotation-mark table for one article's language, as lookups by character. */
import { DEFAULT_QUOTE_MARKS, QUOTE_MARK_ALIASES, QUOTE_MARKS, type QuotePair, type QuoteMarks } from '../rules/quote-marks';

export interface MarkSet {
  /** Pairs that may open a top-level quotation, by opening character. */
  primaryOpen: ReadonlyMap<string, QuotePair>;
  /** All pairs (primary and nested), by opening character. */
  anyOpen: ReadonlyMap<string, QuotePair>;
  /** Every character that closes some pair. */
  closers: ReadonlySet<string>;
  /** Every character used as a mark. */
  chars: ReadonlySet<string>;
}

function lookup(lang: string): QuoteMarks {
  const tag = lang.trim();
  const primary = tag.split('-')[0]!.toLowerCase();
  const alias = QUOTE_MARK_ALIASES[tag];
  return QUOTE_MARKS[tag] ?? (alias ? QUOTE_MARKS[alias] : undefined) ?? QUOTE_MARKS[primary] ?? (QUOTE_MARK_ALIASES[primary] ? QUOTE_MARKS[QUOTE_MARK_ALIASES[primary]!] : undefined) ?? DEFAULT_QUOTE_MARKS;
}

const cache = new Map<string, MarkSet>();

export function marksFor(lang: string): MarkSet {
  const hit = cache.get(lang);
  if (hit) return hit;
  const table = lookup(lang);
  const primaryOpen = new Map<string, QuotePair>();
  const anyOpen = new Map<string, QuotePair>();
  const closers = new Set<string>();
  for (const pair of table.primary) {
    if (!primaryOpen.has(pair.open)) primaryOpen.set(pair.open, pair);
  }
  for (const pair of [...table.primary, ...table.nested]) {
    if (!anyOpen.has(pair.open)) anyOpen.set(pair.open, pair);
    closers.add(pair.close);
  }
  const set: MarkSet = { primaryOpen, anyOpen, closers, chars: new Set([...anyOpen.keys(), ...closers]) };
  cache.set(lang, set);
  return set;
}
