/**
 * Long texts cut into pieces an engine accepts, on the most natural boundary
 * that fits: paragraphs, then sentences, then words, and only as a last
 * resort inside a word. The separators between pieces are kept, so joining
 * the translated pieces with them keeps the text's paragraphs.
 * Servers differ in what they count (APy silently drops what is past ~40 kB
 * of a form body, LibreTranslate refuses over its character limit), so the
 * engine's own `measure` decides what fits.
 */
import { splitSentences } from '../summary/sentences';
import type { EngineLimit } from './types';

export interface Piece {
  text: string;
  /** What followed this piece in the original (whitespace): put back after its translation. */
  after: string;
}

/** Joins translated pieces with the original separators. */
export function joinPieces(pieces: readonly Piece[], translations: readonly string[]): string {
  return pieces.map((piece, i) => (translations[i] ?? piece.text) + piece.after).join('').trimEnd();
}

interface Span {
  text: string;
  after: string;
}

/** `parts` found in order in `text`, each with the whitespace that follows it. */
function locate(text: string, parts: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const part of parts) {
    const at = text.indexOf(part, cursor);
    if (at < 0) return [{ text: text.trim(), after: '' }]; // the splitter changed the text: don't guess
    if (spans.length > 0) spans[spans.length - 1]!.after = text.slice(cursor, at);
    spans.push({ text: part, after: '' });
    cursor = at + part.length;
  }
  return spans;
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\s*\n\s*\n\s*/gu;
  let start = 0;
  for (const m of text.matchAll(re)) {
    spans.push({ text: text.slice(start, m.index), after: m[0] });
    start = m.index + m[0].length;
  }
  spans.push({ text: text.slice(start), after: '' });
  return spans.filter((s) => s.text.length > 0);
}

function sentences(text: string, lang: string): Span[] {
  const found = splitSentences(text, lang);
  return found.length > 1 ? locate(text, found) : [{ text, after: '' }];
}

function words(text: string): Span[] {
  return Array.from(text.matchAll(/(\S+)(\s*)/gu), (m) => ({ text: m[1]!, after: m[2]! }));
}

/** Cuts at code-point boundaries so no character is broken in two. */
function hardCut(text: string, limit: EngineLimit): Span[] {
  const spans: Span[] = [];
  let current = '';
  for (const ch of text) {
    if (current && limit.measure(current + ch) > limit.max) {
      spans.push({ text: current, after: '' });
      current = '';
    }
    current += ch;
  }
  if (current) spans.push({ text: current, after: '' });
  return spans;
}

const LEVELS: ((text: string, lang: string, limit: EngineLimit) => Span[])[] = [
  (text) => paragraphs(text),
  (text, lang) => sentences(text, lang),
  (text) => words(text),
  (text, _lang, limit) => hardCut(text, limit),
];

/** Breaks one span into spans that each fit, trying finer boundaries only where a coarser one is too long. */
function fit(span: Span, lang: string, limit: EngineLimit, level: number): Span[] {
  if (limit.measure(span.text) <= limit.max || level >= LEVELS.length) return [span];
  const parts = LEVELS[level]!(span.text, lang, limit);
  if (parts.length <= 1) return fit(span, lang, limit, level + 1);
  parts[parts.length - 1]!.after += span.after;
  return parts.flatMap((part) => fit(part, lang, limit, level + 1));
}

/** Greedily joins neighbouring spans while they fit, so a long text costs as few requests as possible. */
function pack(spans: Span[], limit: EngineLimit): Piece[] {
  const pieces: Piece[] = [];
  for (const span of spans) {
    const last = pieces[pieces.length - 1];
    if (last && limit.measure(last.text + last.after + span.text) <= limit.max) {
      last.text += last.after + span.text;
      last.after = span.after;
    } else {
      pieces.push({ text: span.text, after: span.after });
    }
  }
  return pieces;
}

/**
 * The text as pieces that each fit `limit`, in order. Leading and trailing
 * whitespace is dropped; an empty text gives no pieces.
 */
export function splitForEngine(text: string, lang: string | null, limit: EngineLimit): Piece[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  return pack(fit({ text: trimmed, after: '' }, lang ?? 'en', limit, 0), limit);
}
