/**
 * Extractive summary, offline and for any language: the article's own
 * sentences ranked by TextRank over content words, with a prior for the lead
 * and a mild boost for words shared with the title; 3–5 sentences by length,
 * in reading order, no fragments and no near-duplicates.
 */
import { STOPWORDS } from '../rules/stopwords';
import { countWordsIn, quotesOpen, splitSentences } from './sentences';

/** A summary sentence has at least this many words… */
const MIN_WORDS = 6;
/** …and at most this many (longer ones are run-ons from broken markup). */
const MAX_WORDS = 80;
/** Two sentences sharing this much of their words are the same point. */
const DUPLICATE_JACCARD = 0.5;
/** Only this many complete sentences are ranked, so TextRank's n² stays small on huge pages. */
const MAX_CANDIDATES = 400;
const DAMPING = 0.85;
const ITERATIONS = 40;
/** Weight of the lead prior: the first sentence counts 1 + LEAD, the n-th 1 + LEAD / n. */
const LEAD = 0.5;
/** Weight of the title overlap. */
const TITLE = 0.3;

const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;
// Also the Devanagari danda (।, ॥), the Arabic question mark (؟) and the Urdu full stop (۔).
const TERMINAL = /[.!?…。！？।॥؟۔][\s"'”’»」』)\]]*$/u;

/** How many sentences for an article of `words` words. */
export function summaryLength(words: number): number {
  return words < 350 ? 3 : words < 800 ? 4 : 5;
}

/** Content words; text without spaces as character bigrams. */
export function contentTokens(s: string, stop: ReadonlySet<string>): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  for (const run of lower.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.push(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  for (const w of lower.replace(CJK_RUN, ' ').match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []) {
    if (w.length > 1 && !stop.has(w)) out.push(w);
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

interface Candidate {
  text: string;
  /** Index among all sentences of the article, for reading order and the lead prior. */
  index: number;
  tokens: Set<string>;
}

function isComplete(s: string): boolean {
  const words = countWordsIn(s);
  return words >= MIN_WORDS && words <= MAX_WORDS && TERMINAL.test(s) && !quotesOpen(s);
}

/**
 * How many words each pair of sentences shares (`[i * n + j]`, i < j), counted from each word's list of the
 * sentences holding it: only pairs that share a word are touched, not every pair's two sets compared.
 */
function sharedWords(cands: readonly Candidate[]): Int32Array {
  const n = cands.length;
  const holders = new Map<string, number[]>();
  cands.forEach((c, i) => {
    for (const t of c.tokens) {
      const list = holders.get(t);
      if (list) list.push(i);
      else holders.set(t, [i]);
    }
  });
  const shared = new Int32Array(n * n);
  // Each list is in sentence order (filled in order), so a < b gives i < j.
  for (const list of holders.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) shared[list[a]! * n + list[b]!]!++;
  }
  return shared;
}

function textRank(cands: readonly Candidate[]): number[] {
  const n = cands.length;
  // Typed rows: zeros from the start, and no copy when the first fraction is stored into a row of integers.
  const weights: Float64Array[] = cands.map(() => new Float64Array(n));
  // Each sentence's log size once, not once per pair (the same values, so the same sums).
  const logSize = cands.map((c) => Math.log(c.tokens.size + 1));
  const shared = sharedWords(cands);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const inter = shared[i * n + j]!;
      const denom = logSize[i]! + logSize[j]!;
      const w = inter && denom ? inter / denom : 0;
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const out = weights.map((row) => row.reduce((s, w) => s + w, 0));
  // Each sentence's neighbours with a weight, in order: the iterations then skip the zero weights without
  // reading them (the same additions in the same order, so the same ranks).
  const neighbours = weights.map((row) => {
    const linked: number[] = [];
    for (let i = 0; i < n; i++) if (row[i]) linked.push(i);
    return linked;
  });
  let rank = new Array<number>(n).fill(1);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      if (!out[j]) continue;
      const row = weights[j]!;
      for (const i of neighbours[j]!) next[i]! += (DAMPING * row[i]! * rank[j]!) / out[j]!;
    }
    rank = next;
  }
  return rank;
}

export function summarize(text: string, lang: string, title?: string): string[] {
  const primary = lang.split('-')[0]!.toLowerCase();
  const stop = new Set(STOPWORDS[primary] ?? []);
  const paragraphs = text.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n\s*/u).filter((p) => p.trim());
  const cands: Candidate[] = [];
  let index = 0;
  let words = 0;
  for (const p of paragraphs) {
    for (const s of splitSentences(p.replace(/\s+/gu, ' ').trim(), lang)) {
      words += countWordsIn(s);
      if (isComplete(s) && cands.length < MAX_CANDIDATES) cands.push({ text: s, index, tokens: new Set(contentTokens(s, stop)) });
      index++;
    }
  }
  if (!cands.length) return [];
  const want = Math.min(summaryLength(words), cands.length);
  const titleTokens = new Set(contentTokens(title ?? '', stop));
  const rank = textRank(cands);
  const scored = cands.map((c, k) => {
    let shared = 0;
    for (const t of titleTokens) if (c.tokens.has(t)) shared++;
    const titleOverlap = titleTokens.size ? shared / titleTokens.size : 0;
    return { c, score: rank[k]! * (1 + LEAD / (1 + c.index)) * (1 + TITLE * titleOverlap) };
  });
  scored.sort((a, b) => b.score - a.score || a.c.index - b.c.index);
  const chosen: Candidate[] = [];
  for (const { c } of scored) {
    if (chosen.length >= want) break;
    if (chosen.some((d) => jaccard(c.tokens, d.tokens) >= DUPLICATE_JACCARD || c.text === d.text)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.index - b.index).map((c) => c.text);
}
