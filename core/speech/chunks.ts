/**
 * What to hand speechSynthesis, one utterance at a time. Long utterances are
 * unreliable (some engines stop after about 15 seconds, others refuse very
 * long text), so a paragraph is spoken as its sentences, joined up to a
 * size, and an over-long sentence is cut at a comma or a space.
 */
export const MAX_UTTERANCE_CHARS = 220;

interface SegmenterLike {
  segment(text: string): Iterable<{ segment: string }>;
}

function sentences(text: string, lang: string): string[] {
  const Segmenter = (Intl as { Segmenter?: new (lang: string, options: { granularity: 'sentence' }) => SegmenterLike }).Segmenter;
  if (Segmenter) {
    try {
      return Array.from(new Segmenter(lang || 'en', { granularity: 'sentence' }).segment(text), (s) => s.segment);
    } catch {
      /* an unknown language tag: fall through */
    }
  }
  return text.match(/[^.!?。！？]+(?:[.!?。！？]+["”’»)]*\s*|$)/gu) ?? [text];
}

/** Cuts a run longer than `max` at the last comma-like mark, else the last space, before `max`. */
function cut(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const at = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf('、'), window.lastIndexOf('，'));
    const space = window.lastIndexOf(' ');
    const end = at > max / 3 ? at + 1 : space > max / 3 ? space : max;
    out.push(rest.slice(0, end).trim());
    rest = rest.slice(end);
  }
  if (rest.trim()) out.push(rest.trim());
  return out;
}

/** The utterances for one paragraph, in order; no text is lost or repeated. */
export function speechChunks(text: string, lang: string, max = MAX_UTTERANCE_CHARS): string[] {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (!clean) return [];
  const chunks: string[] = [];
  // Sentences keep their own trailing space (none between Japanese or Chinese sentences), so joining them
  // back gives the paragraph's text exactly.
  let current = '';
  for (const sentence of sentences(clean, lang)) {
    const pieces = sentence.trim().length > max ? cut(sentence, max).map((piece) => `${piece} `) : [sentence];
    for (const piece of pieces) {
      if (current.trim() && (current + piece).trim().length > max) {
        chunks.push(current.trim());
        current = piece;
      } else {
        current += piece;
      }
    }
  }
  current = current.trim();
  if (current) chunks.push(current);
  return chunks;
}
