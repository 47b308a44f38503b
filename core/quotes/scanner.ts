/**
 * Finds top-level quotations in a run of paragraphs with a stack of open
 * marks. Inner quotes (nested pairs, or ASCII quotes inside ASCII quotes) stay
 * part of the outer quotation. A quotation may run over several paragraphs
 * only by the classic convention (each continued paragraph opens with the mark
 * again); an opening mark that never closes is dropped and scanning resumes
 * right after it, so a stray mark cannot swallow the article.
 */
import type { QuotePair } from '../rules/quote-marks';
import type { MarkSet } from './marks';

export interface QuoteSpan {
  /** The words between the marks (continued paragraphs joined by a blank line, their repeated opening marks removed). */
  text: string;
  startPara: number;
  /** Index of the opening mark in its paragraph. */
  start: number;
  endPara: number;
  /** Index of the closing mark in its paragraph. */
  end: number;
  pair: QuotePair;
}

interface Open {
  pair: QuotePair;
  para: number;
  idx: number;
  /** Index of the repeated opening mark in each continued paragraph. */
  conts: number[];
}

/** Quotations may not run over more paragraphs than this. */
const MAX_PARAGRAPHS = 8;

const LEFT_OF_OPENING = /[\s([{\-–—/]/u;
const RIGHT_OF_CLOSING = /[\s,.;:!?)\]}…\-–—]/u;
const LETTER = /[\p{L}\p{N}]/u;
const HEBREW_LETTER = /[\u05d0-\u05ea]/u;
/** Marks that double as apostrophes: between two letters they are not quotes. */
const APOSTROPHES = new Set(['\u2019', '\u2018', "'"]);

type Side = 'open' | 'close' | 'either';

/**
 * A mark that doubles as an apostrophe is one between two letters (auto’s,
 * don't), or a closing-only mark glued to the next word (’s avonds, ’90s).
 */
function isApostrophe(s: string, i: number, marks: MarkSet): boolean {
  const c = s[i]!;
  // A straight double mark between two Hebrew letters is the gershayim of an acronym (צה"ל, ארה"ב), never a quotation mark
  // (elsewhere a closing mark may touch the next word: Korean "…"고 말했다).
  if (c === '"') return i > 0 && HEBREW_LETTER.test(s[i - 1]!) && HEBREW_LETTER.test(s[i + 1] ?? '');
  if (!APOSTROPHES.has(c)) return false;
  const nextIsLetter = LETTER.test(s[i + 1] ?? '');
  if (nextIsLetter && i > 0 && LETTER.test(s[i - 1]!)) return true;
  return nextIsLetter && !marks.anyOpen.has(c);
}

/** Which way a mark that can both open and close faces, from its neighbours. */
function sideOf(s: string, i: number, marks: MarkSet): Side {
  const before = i === 0 ? ' ' : s[i - 1]!;
  const after = i >= s.length - 1 ? ' ' : s[i + 1]!;
  const leftOpen = LEFT_OF_OPENING.test(before) || (marks.anyOpen.has(before) && !marks.closers.has(before));
  const rightClose = RIGHT_OF_CLOSING.test(after) || (marks.closers.has(after) && !marks.anyOpen.has(after));
  if (leftOpen && !rightClose) return 'open';
  if (rightClose && !leftOpen) return 'close';
  return 'either';
}

function spanText(paras: readonly string[], o: Open, endPara: number, end: number): string {
  if (o.para === endPara) return paras[o.para]!.slice(o.idx + 1, end).trim();
  const parts = [paras[o.para]!.slice(o.idx + 1).trim()];
  o.conts.forEach((lead, k) => {
    const p = o.para + 1 + k;
    parts.push(paras[p]!.slice(lead + 1, p === endPara ? end : undefined).trim());
  });
  return parts.filter(Boolean).join('\n\n');
}

export function scanQuotations(paras: readonly string[], marks: MarkSet): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let stack: Open[] = [];
  let p = 0;
  let i = 0;
  while (p < paras.length) {
    const s = paras[p]!;
    if (i >= s.length) {
      const bottom = stack[0];
      if (!bottom) {
        p++;
        i = 0;
        continue;
      }
      const next = paras[p + 1];
      const lead = next === undefined ? -1 : next.search(/\S/u);
      if (stack.length === 1 && next !== undefined && lead >= 0 && next[lead] === bottom.pair.open && p + 1 - bottom.para < MAX_PARAGRAPHS) {
        bottom.conts.push(lead);
        p++;
        i = lead + 1;
        continue;
      }
      // Never closed: drop this opening mark and read on right after it.
      p = bottom.para;
      i = bottom.idx + 1;
      stack = [];
      continue;
    }
    const c = s[i]!;
    if (!marks.chars.has(c) || isApostrophe(s, i, marks)) {
      i++;
      continue;
    }
    let closeAt = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.pair.close === c) {
        closeAt = k;
        break;
      }
    }
    const openPair = (stack.length ? marks.anyOpen : marks.primaryOpen).get(c);
    let action: 'open' | 'close' | 'skip' = closeAt >= 0 ? 'close' : openPair ? 'open' : 'skip';
    if (openPair && openPair.open === openPair.close) {
      const side = sideOf(s, i, marks);
      if (closeAt >= 0) action = side === 'open' ? 'open' : 'close';
      else action = side === 'close' ? 'skip' : 'open'; // a stray closing mark opens nothing
    } else if (closeAt >= 0 && openPair) {
      action = sideOf(s, i, marks) === 'open' ? 'open' : 'close';
    }
    if (action === 'open' && openPair) {
      stack.push({ pair: openPair, para: p, idx: i, conts: [] });
    } else if (action === 'close') {
      const opened = stack[closeAt]!;
      stack = stack.slice(0, closeAt);
      if (!stack.length) {
        spans.push({ text: spanText(paras, opened, p, i), startPara: opened.para, start: opened.idx, endPara: p, end: i, pair: opened.pair });
      }
    }
    i++;
  }
  return spans;
}
