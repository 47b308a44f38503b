/**
 * Sentences of one paragraph with `Intl.Segmenter`, repaired where it splits
 * too eagerly: after abbreviations and initials ("Dr. | Smith", "U.S. |
 * President"), before a lower-case or numeric continuation ("No. | 5"), inside
 * a quotation, or into a fragment too short to stand alone.
 */
import { ABBREVIATIONS, CONTINUATION_STARTS } from '../rules/abbreviations';

/** Pieces shorter than this many words are joined to the next one. */
const MIN_PIECE_WORDS = 3;
/** At most this many pieces are joined to balance a quotation. */
const MAX_JOINS = 6;

const abbreviationCache = new Map<string, Set<string>>();

function abbreviationsFor(lang: string): Set<string> {
  let set = abbreviationCache.get(lang);
  if (!set) {
    set = new Set([...(ABBREVIATIONS.any ?? []), ...(ABBREVIATIONS[lang] ?? [])]);
    abbreviationCache.set(lang, set);
  }
  return set;
}

/** One segmenter per language: it is called per paragraph, and making one sets up an ICU break iterator each time. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export function countWordsIn(s: string): number {
  const cjk = s.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu)?.length ?? 0;
  const rest = s.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu, ' ');
  return Math.ceil(cjk / 2) + rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Quotation marks left open: an odd number of ASCII quotes, or more openers than closers. */
export function quotesOpen(s: string): boolean {
  const count = (re: RegExp): number => s.match(re)?.length ?? 0;
  if (count(/"/gu) % 2 === 1) return true;
  // „ opens and “ closes in German; “ opens and ” closes in English.
  const curly = count(/„/gu) ? count(/„/gu) > count(/[“”]/gu) : count(/“/gu) > count(/”/gu);
  return curly || count(/«/gu) > count(/»/gu) || count(/[「『]/gu) > count(/[」』]/gu);
}

function endsWithAbbreviation(piece: string, abbreviations: Set<string>): boolean {
  const m = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = m[1]!;
  if (abbreviations.has(word.toLowerCase())) return true;
  // Initials and dotted acronyms: "J.", "U.S.", "H."
  return /^(?:\p{Lu}\.?)*\p{Lu}$/u.test(word) && word.replace(/\./gu, '').length <= 3;
}

export function splitSentences(paragraph: string, lang: string): string[] {
  const primary = lang.split('-')[0]!.toLowerCase();
  const abbreviations = abbreviationsFor(primary);
  const continuations = CONTINUATION_STARTS[primary] ?? [];
  const pieces = Array.from(segmenterFor(lang).segment(paragraph), (s) => s.segment).filter((s) => s.trim());
  const out: string[] = [];
  let current = '';
  let joins = 0;
  for (const piece of pieces) {
    if (!current) {
      current = piece;
      joins = 0;
      continue;
    }
    const next = piece.trimStart();
    const join =
      endsWithAbbreviation(current, abbreviations) ||
      /^[\p{Ll}\p{N}]/u.test(next) ||
      continuations.some((c) => next.startsWith(c)) ||
      countWordsIn(current) < MIN_PIECE_WORDS ||
      (quotesOpen(current) && joins < MAX_JOINS);
    if (join) {
      current += piece;
      joins++;
    } else {
      out.push(current.trim());
      current = piece;
      joins = 0;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
