/**
 * Quotations opened by a dash instead of quotation marks, the convention of
 * Scandinavian, Finnish and Slavic news: "– Vi må handle nå, sier
 * statsminister Kari Nordmann." A dash at the start of a paragraph (or after
 * a sentence end inside it) opens one; it ends at the comma, "?" or "!"
 * that a reporting verb and its speaker follow. Without that attribution a
 * dash paragraph is a quotation only as the continuation of one right before
 * it (the speaker goes on talking, after the attribution or in the next
 * paragraph); anything else
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
/**
 * Where a dash quotation may end: a comma ("– …, sier hun"), "?"/"!" before a
 * lower-case word ("– Hvorfor? spør hun."), or a second dash before one, alone
 * or after the comma ("– … – powiedział.", "— …, — сказала она").
 */
const CLOSING = /,(?:\s+[\u2013\u2014](?=\s))?|[?!](?:\s+[\u2013\u2014])?(?=\s+\p{Ll})|\s[\u2013\u2014](?=\s+\p{Ll})/gu;

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
      // (up to and with the sentence end before that dash)
      const limit = nextOpen ? from + nextOpen.index + 1 : para.length;
      let closed = false;
      for (const close of para.slice(from, limit).matchAll(CLOSING)) {
        // The span ends at the mark's last character, so that what follows it is the attribution.
        const end = from + close.index + close[0].length - 1;
        if (!attributed(para.slice(end + 1))) continue;
        const text = para.slice(from, /^[?!]/u.test(close[0]) ? from + close.index + 1 : from + close.index).trim();
        if (text) spans.push({ text, startPara: p, start: dash, endPara: p, end, pair: DASH_PAIR, continued: false });
        found = closed = true;
        break;
      }
      // "— Мы готовы, — сказал министр. — Но нужно время.": after an attributed one, the next dash goes on.
      if (!closed && found) {
        const text = para.slice(from, limit).trim();
        if (text) spans.push({ text, startPara: p, start: dash, endPara: p, end: limit - 1, pair: DASH_PAIR, continued: true });
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
