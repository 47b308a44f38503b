/**
 * How the labelled cases (tests/fixtures/cases/) are scored: the same
 * normalisation and matching as ../shared/tools/eval-realtext.mjs, so that
 * `npm test` holds every case to what the bench measures even in a clone
 * that has no ../shared.
 */

const QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u275D\u275E\u301D\u301E\uFF02]/g;
const APOS = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u2039\u203A]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** NFKC, quotes/dashes unified, whitespace collapsed, lower case. */
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of an already-normalised needle that do not continue a word on either side. */
export function countOcc(hay: string, needle: string): number {
  if (!needle) return 0;
  const startsWord = /^[\p{L}\p{N}]/u.test(needle);
  const endsWord = /[\p{L}\p{N}]$/u.test(needle);
  const re = new RegExp(`${startsWord ? '(?<![\\p{L}\\p{N}])' : ''}${escape(needle)}${endsWord ? '(?![\\p{L}\\p{N}])' : ''}`, 'gu');
  return [...hay.matchAll(re)].length;
}

export const tokens = (s: unknown): string[] => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Shared tokens over the longer text's token count (a multiset intersection). */
export function tokenOverlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of ta) bag.set(t, (bag.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const c = bag.get(t) ?? 0;
    if (c > 0) {
      shared++;
      bag.set(t, c - 1);
    }
  }
  return shared / Math.max(ta.length, tb.length);
}

const LABEL = /^(by|oleh|penulis|reporter|laporan wartawan|laporan|written by|von|par|por|door|di|da|editor|redaktur|red|rep|sumber|source|fonte|fuente|quelle|автор|yazar|tác giả)\s*[:|.\-]?\s*/i;

/** A name field as the scorer compares it: case, spacing, punctuation and a leading "By"/"Oleh"/"Editor:" ignored. */
export function fieldKey(field: string, value: string | string[] | null | undefined): string {
  if (value == null) return '';
  let s = norm(Array.isArray(value) ? value.join(', ') : value);
  if (field !== 'siteName') for (let i = 0; i < 2; i++) s = s.replace(LABEL, '');
  return s.replace(/[\s.,;:|/\\\-–—()[\]"']+/g, ' ').trim();
}

function dayOf(v: string | null | undefined): { lit: string | null; t: number | null } | null {
  if (v == null || v === '') return null;
  const s = v.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const t = Date.parse(s);
  return { lit: m ? `${m[1]}-${m[2]}-${m[3]}` : null, t: Number.isNaN(t) ? null : t };
}

/** Dates compare by the calendar day the page gives (both absent counts as the same). */
export function sameDay(expected: string | null | undefined, predicted: string | null | undefined): boolean {
  const e = dayOf(expected);
  const p = dayOf(predicted);
  if (!e && !p) return true;
  if (!e || !p) return false;
  if (e.lit && p.lit) return e.lit === p.lit;
  if (e.lit && p.t != null) {
    const start = Date.parse(`${e.lit}T00:00:00Z`) - 14 * 3600e3;
    const end = Date.parse(`${e.lit}T23:59:59Z`) + 14 * 3600e3;
    return p.t >= start && p.t <= end;
  }
  return false;
}

/** A speaker matches when one name's tokens are all in the other's (a null expected speaker accepts any). */
export function speakerMatches(expected: string | null, alternates: string[] | undefined, predicted: string | null): boolean {
  if (expected == null) return true;
  const got = new Set(tokens(predicted));
  if (!got.size) return false;
  for (const name of [expected, ...(alternates ?? [])]) {
    const want = tokens(name);
    if (!want.length) continue;
    const wantSet = new Set(want);
    if (want.every((t) => got.has(t)) || [...got].every((t) => wantSet.has(t))) return true;
  }
  return false;
}
