/**
 * Quotations opened by a dash instead of quotation marks, the convention of
 * Scandinavian, Finnish and Slavic news: "– Vi må handle nå, sier
 * statsminister Kari Nordmann." A dash at the start of a paragraph (or after
 * a sentence end inside it) opens one; it ends at the comma, "?" or "!"
 * that a reporting verb and its speaker follow. Without that attribution a
 * dash paragraph is a quotation only as the continuation of one right before
 * it (the speaker goes on talking in the next paragraph); anything else
 * opened by a dash (a list, an aside) is left alone.
 */
import type { QuoteSpan } from './scanner';

export interface DashSpan extends QuoteSpan {
  /** No attribution of its own: it continues the dash quotation of the paragraph before. */
  continued: boolean;
}

const DASH_PAIR = { open: '\u2013', close: ',' };
/** A dash that opens speech: at the paragraph start, or after a sentence end, followed by a space. */
const OPENING = /(?:^|[.!?…]\s+)([\u2013\u2014-])[\s\u00a0]+(?=\S)/gu;
/** Where a dash quotation may end: a comma, or "?"/"!" before a lower-case word ("– Hvorfor? spør hun."). */
const CLOSING = /,|[?!](?=\s+\p{Ll})/gu;

/**
 * `attributed(tail)`: whether the text after a candidate end starts with a
 * reporting verb and its speaker (or the speaker and the verb).
 * `marked`: paragraphs that hold a quotation in marks, left to the mark scanner.
 */
export function scanDashQuotations(paras: readonly string[], attributed: (tail: string) => boolean, marked: ReadonlySet<number>): DashSpan[] {
  const spans: DashSpan[] = [];
  let lastQuoted = -2;
  paras.forEach((para, p) => {
    if (marked.has(p)) return;
    let found = false;
    let leading = false;
    for (const open of para.matchAll(OPENING)) {
      const dash = open.index + open[0].indexOf(open[1]!);
      const from = open.index + open[0].length;
      if (dash === para.search(/\S/u)) leading = true;
      // The next dash opening ends this one's reach.
      const rest = para.slice(from);
      const nextOpen = [...rest.matchAll(OPENING)].find((m) => m.index > 0);
      const limit = nextOpen ? from + nextOpen.index : para.length;
      for (const close of para.slice(from, limit).matchAll(CLOSING)) {
        const end = from + close.index;
        if (!attributed(para.slice(end + 1))) continue;
        const text = para.slice(from, close[0] === ',' ? end : end + 1).trim();
        if (text) spans.push({ text, startPara: p, start: dash, endPara: p, end, pair: DASH_PAIR, continued: false });
        found = true;
        break;
      }
    }
    if (!found && leading && lastQuoted === p - 1) {
      const dash = para.search(/\S/u);
      const text = para.slice(dash + 1).trim();
      spans.push({ text, startPara: p, start: dash, endPara: p, end: para.length, pair: DASH_PAIR, continued: true });
      found = true;
    }
    if (found) lastQuoted = p;
  });
  return spans;
}
