/**
 * Direct quotations from the article's block text: the scanner finds quoted
 * spans, the reporting-verb rules find the speaker, and what is neither
 * attributed nor clearly a sentence of speech (scare quotes, titles) is left out.
 */
import { CJK_REPORTING_WORDS, REPORTING_WORDS } from '../rules/reporting-verbs';
import type { Quote } from '../types';
import { ReportingMatcher, type Attribution } from './attribution';
import { CjkMatcher } from './cjk';
import { marksFor } from './marks';
import { NameContext } from './names';
import { scanQuotations, type QuoteSpan } from './scanner';

/** A scare quote is at most this many words ("kontak erat")… */
const SCARE_MAX_WORDS = 4;
/** …or, without spaces, this many characters. */
const SCARE_MAX_CHARS = 8;
/** Unattributed quotes count only as full sentences of at least this many words. */
const SPEECH_MIN_WORDS = 6;
const SPEECH_MIN_CHARS = 12;

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const SENTENCE_PUNCT = /[.,!?;:…。、！？；：]/u;
/** Ends like spoken sentence, allowing an inner closing mark after the punctuation. */
const SPEECH_END = /[,.!?…。！？][’'"”»」』]?$/u;

export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n\s*/u);
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Offsets of each paragraph in the joined text, for "named earlier" look-ups. */
function paragraphOffsets(text: string, paras: readonly string[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const p of paras) {
    const at = text.indexOf(p, from);
    out.push(at < 0 ? from : at);
    from = (at < 0 ? from : at) + p.length;
  }
  return out;
}

function isScare(span: QuoteSpan, cjk: boolean): boolean {
  if (SENTENCE_PUNCT.test(span.text) || span.startPara !== span.endPara) return false;
  return cjk ? [...span.text].length <= SCARE_MAX_CHARS : wordCount(span.text) <= SCARE_MAX_WORDS;
}

function isSpeech(span: QuoteSpan, cjk: boolean): boolean {
  const long = cjk ? [...span.text].length >= SPEECH_MIN_CHARS : wordCount(span.text) >= SPEECH_MIN_WORDS;
  return long && SPEECH_END.test(span.text);
}

export function extractQuotes(text: string, lang: string): Quote[] {
  if (!text) return [];
  const paras = splitParagraphs(text);
  const spans = scanQuotations(paras, marksFor(lang));
  if (!spans.length) return [];
  const primary = lang.split('-')[0]!.toLowerCase();
  const offsets = paragraphOffsets(text, paras);
  const cjkRules = CJK_REPORTING_WORDS[primary];
  const cjk = cjkRules ? new CjkMatcher(cjkRules) : null;
  const rules = REPORTING_WORDS[primary] ?? REPORTING_WORDS.en!;
  const never = [...rules.verbs, ...rules.accordingTo, ...rules.pronouns, ...rules.conjunctions].flatMap((w) => w.split(' '));
  const names = cjk ? null : new NameContext(text, primary in REPORTING_WORDS ? primary : 'en', never);
  const latin = names ? new ReportingMatcher(rules, names) : null;
  const spaceless = cjk !== null || CJK_CHAR.test(spans[0]!.text);

  const quotes: Quote[] = [];
  let lastSpeaker: string | null = null;
  let lastEnd = 0;
  let previous: { paragraph: number; speaker: string | null } | null = null;
  for (const span of spans) {
    if (!span.text) continue;
    const head = paras[span.startPara]!.slice(0, span.start);
    const tail = paras[span.endPara]!.slice(span.end + 1);
    const speech = isSpeech(span, spaceless);
    let found: Attribution | null = null;
    if (cjk) found = cjk.attribute(head, tail);
    else if (latin) found = latin.after(tail, speech) ?? latin.before(head);
    const at = offsets[span.startPara]! + span.start;
    const end = offsets[span.endPara]! + span.end;
    if (!found && (isScare(span, spaceless) || !speech)) continue;

    let speaker: string | null = null;
    // Someone introduced since the last quotation ("Siti Rohmah (45), mengaku …") is who a pronoun or bare quote means.
    const introduced = () => names?.introducedBetween(lastEnd, at)?.join(' ') ?? null;
    if (found?.kind === 'pronoun') speaker = introduced() ?? lastSpeaker;
    else if (found?.kind === 'name') {
      speaker = cjk ? cjk.fullest(found.name.join(''), text.slice(0, at)) : names!.fullest(found.name, at).join(' ');
    } else if (!found) {
      // A second quotation in the same paragraph with no verb continues the first one's speaker.
      speaker = previous && previous.paragraph === span.startPara ? previous.speaker : introduced();
    }
    if (speaker) lastSpeaker = speaker;
    lastEnd = end;
    previous = { paragraph: span.endPara, speaker };
    quotes.push({ text: span.text, speaker, paragraph: span.startPara });
  }
  return quotes;
}
