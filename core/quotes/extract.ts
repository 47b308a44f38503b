/**
 * Direct quotations from the article's block text: the scanner finds quoted
 * spans, the reporting-verb rules find the speaker, and what is neither
 * attributed nor clearly a sentence of speech (scare quotes, titles) is left out.
 */
import { CJK_REPORTING_WORDS, REPORTING_WORDS, RULE_LANGUAGE_ALIASES } from '../rules/reporting-verbs';
import type { Quote } from '../types';
import { ReportingMatcher, type Attribution } from './attribution';
import { DescriptionReader, type Description } from './descriptions';
import { Mentions } from './mentions';
import { CjkMatcher } from './cjk';
import { CaselessMatcher } from './caseless';
import { CASELESS_ALIASES, CASELESS_REPORTING_WORDS } from '../rules/caseless-reporting';
import { marksFor } from './marks';
import { NameContext } from './names';
import { scanDashQuotations, type DashSpan } from './dash';
import { scanQuotations, type QuoteSpan } from './scanner';

/** A scare quote is at most this many words ("kontak erat")… */
const SCARE_MAX_WORDS = 4;
/** …or, without spaces, this many characters. */
const SCARE_MAX_CHARS = 8;
/** Unattributed quotes count only as full sentences of at least this many words. */
const SPEECH_MIN_WORDS = 6;
const SPEECH_MIN_CHARS = 12;

const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** With the Arabic-script comma, semicolon and question mark, the Devanagari danda and the Urdu full stop. */
const SENTENCE_PUNCT = /[.,!?;:…。、！？；：،؛؟।۔]/u;
/** Ends like spoken sentence, allowing an inner closing mark after the punctuation. */
const SPEECH_END = /[,.!?…。！？،؟।۔][’'"”»」』]?$/u;

export function splitParagraphs(text: string): string[] {
  return text.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n\s*/u);
}

function wordCount(s: string): number {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A paragraph that may hold a quotation opened by a dash (core/quotes/dash.ts). */
const DASH_START = /^\s*[\u2013\u2014-]\s/u;

/** The quotations in marks and those opened by a dash, in reading order. */
function withDashQuotations(marked: QuoteSpan[], paras: readonly string[], latin: ReportingMatcher): (QuoteSpan | DashSpan)[] {
  const inMarks = new Set(marked.flatMap((sp) => Array.from({ length: sp.endPara - sp.startPara + 1 }, (_, k) => sp.startPara + k)));
  const dashed = scanDashQuotations(paras, (tail) => latin.speakerAfter(tail) !== null, inMarks);
  return [...marked, ...dashed].sort((a, b) => a.startPara - b.startPara || a.start - b.start);
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
  // Reopening the mark on each new paragraph is the convention for long speech only.
  if (span.startPara !== span.endPara) return true;
  const long = cjk ? [...span.text].length >= SPEECH_MIN_CHARS : wordCount(span.text) >= SPEECH_MIN_WORDS;
  return long && SPEECH_END.test(span.text);
}

/** An indefinite description is shown as written, its article left off ("Sprecher der Stadtverwaltung"). */
function describe(d: Description): string {
  return d.words.join(' ');
}

/** Of the people who have spoken, the one whose name stands last before `at` ("像戴夫·汉森这样的专家认为……。他说：“…”"). */
function latestMentioned(speakers: ReadonlySet<string>, text: string, at: number): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (const name of speakers) {
    const i = text.lastIndexOf(name, at);
    if (i > bestAt) [best, bestAt] = [name, i];
  }
  return best;
}

export function extractQuotes(text: string, lang: string): Quote[] {
  if (!text) return [];
  const paras = splitParagraphs(text);
  const marked = scanQuotations(paras, marksFor(lang));
  const primary = lang.split('-')[0]!.toLowerCase();
  const cjkRules = CJK_REPORTING_WORDS[primary];
  const known = RULE_LANGUAGE_ALIASES[primary] ?? primary;
  const ruleLang = known in REPORTING_WORDS ? known : 'en';
  const rules = REPORTING_WORDS[ruleLang]!;
  const caselessRules = cjkRules ? undefined : CASELESS_REPORTING_WORDS[CASELESS_ALIASES[primary] ?? primary];
  const dashed = !cjkRules && !caselessRules && rules.dashQuotations === true && paras.some((p) => DASH_START.test(p));
  if (!marked.length && !dashed) return [];
  const offsets = paragraphOffsets(text, paras);
  const cjk = cjkRules ? new CjkMatcher(cjkRules) : null;
  const never = new Set([...(rules.syllabic ? [] : rules.verbs), ...rules.accordingTo, ...rules.pronouns, ...rules.conjunctions].flatMap((w) => w.toLowerCase().split(' ')));
  const names = cjk || caselessRules ? null : new NameContext(text, ruleLang, never);
  const reader = new DescriptionReader(ruleLang, never, new Set([...(rules.perfectAuxiliaries ?? []), ...rules.auxiliaries]));
  const latin = names ? new ReportingMatcher(rules, names, reader, ruleLang) : null;
  const spans: (QuoteSpan | DashSpan)[] = dashed && latin ? withDashQuotations(marked, paras, latin) : marked;
  if (!spans.length) return [];
  const spaceless = cjk !== null || CJK_CHAR.test(spans[0]!.text);
  const quoted = spans.map((sp) => [offsets[sp.startPara]! + sp.start, offsets[sp.endPara]! + sp.end] as const);
  const caseless = caselessRules ? new CaselessMatcher(caselessRules, text, quoted) : null;
  // A name before a verb of saying, or before a topic word ("Mustafa Kaya ise …"), is a person's.
  const verbStarts = new Set([...rules.verbs.map((v) => v.toLowerCase().split(' ')[0]!), ...(rules.topicWords ?? [])]);
  const mentions = names ? new Mentions(names, reader, quoted, verbStarts, ruleLang) : null;

  const quotes: Quote[] = [];
  // Ages used as nouns, and who each was given to: a person has one age.
  const ageOwners = new Map<string, string>();
  let lastSpeaker: string | null = null;
  // Who has spoken so far: in CJK text, where no names are parsed, a pronoun means the one of them mentioned last.
  const speakers = new Set<string>();
  let previous: { paragraph: number; speaker: string | null } | null = null;
  for (const span of spans) {
    if (!span.text) continue;
    let head = paras[span.startPara]!.slice(0, span.start);
    // A quotation that opens its paragraph after "… told the board:" at the end of the one before.
    const before = paras[span.startPara - 1];
    if (!head.trim() && before !== undefined && /:\s*$/u.test(before)) head = before;
    const tail = paras[span.endPara]!.slice(span.end + 1);
    const speech = isSpeech(span, spaceless);
    const scare = isScare(span, spaceless);
    const linked = !scare && (/^\s*[,\u2013\u2014-]/u.test(tail) || /,$/u.test(span.text));
    let found: Attribution | null = null;
    const at = offsets[span.startPara]! + span.start;
    if (cjk) found = cjk.attribute(head, tail);
    else if (caseless) found = caseless.attribute(head, tail, at, scare);
    else if (latin) found = latin.after(tail, speech, linked) ?? latin.before(head);
    // Verb-final order (Turkish): `Bakan Mehmet Yılmaz, "…" dedi.` — a bare verb after the quotation, its subject before it.
    if (latin && found?.kind === 'pronoun' && found.bare) found = latin.subjectBefore(head) ?? found;
    const end = offsets[span.endPara]! + span.end;
    // A second sentence in the same paragraph after an attributed one ("…,” he said. “Now we’re adding a fifth.”) is theirs.
    const continues = !found && previous?.paragraph === span.startPara && previous.speaker !== null && /^\p{Lu}/u.test(span.text) && SPEECH_END.test(span.text);
    // A dash paragraph after a dash quotation: the same speaker talking on.
    const talksOn = 'continued' in span && span.continued && !!previous && previous.paragraph >= span.startPara - 1 && previous.speaker !== null;
    if (!found && !continues && !talksOn && (scare || !speech)) continue;

    // Who a pronoun, "-nya" or a bare verb means: the person mentioned last, in this paragraph or the one before.
    const windowStart = offsets[Math.max(0, span.startPara - 1)]!;
    const antecedent = (): string | null => {
      if (caseless) return caseless.latest(windowStart, at);
      const m = mentions?.latest(windowStart, at);
      if (!m) return null;
      return m.kind === 'name' ? m.name.join(' ') : describe(m.description);
    };
    let speaker: string | null = null;
    if (found?.kind === 'pronoun') speaker = antecedent() ?? (cjk ? latestMentioned(speakers, text, at) : null) ?? lastSpeaker;
    else if (found?.kind === 'name') {
      speaker = cjk ? cjk.fullest(found.name.join(''), text.slice(0, at)) : caseless ? caseless.fullest(found.name, at) : names!.fullest(found.name, at).join(' ');
    } else if (found?.kind === 'description') {
      const d = found.description;
      // Only a person's title or role points back ("o autarca"); "the report says" is the report.
      if (!d.definite || !d.listed) speaker = describe(d);
      else {
        // "disse o motorista" after "Um motorista de ônibus …"; "afirmou o autarca" after "O vereador …, Rui Carvalho, explicou".
        const same = mentions?.latestWithHead(d.head, windowStart, at);
        // "der 46-Jährige": the person this age was first given to, else the latest named one unless they have another age.
        const owner = d.age ? ageOwners.get(d.age) : undefined;
        const latest = owner ? null : mentions?.latestName(windowStart, at);
        const named = latest && d.age && [...ageOwners.values()].includes(latest.join(' ')) ? null : latest;
        // Nobody introduced in the text around, but the quotation just before named its speaker ("— сказал министр … Алексей Гордеев" / "— уточнил министр");
        // not for an age, which is somebody else when the age is new.
        const recent: string | null = previous && previous.paragraph >= span.startPara - 1 ? previous.speaker : null;
        // "doplnila primátorka": the person this title was given to, before the latest named one.
        const titled = owner || d.age ? null : mentions?.latestTitled(d.head, at);
        speaker = owner ?? (same && same.kind === 'description' ? describe(same.description) : titled ? titled.join(' ') : named ? named.join(' ') : ((d.age ? null : recent) ?? describe(d)));
        if (d.age && named && !owner) ageOwners.set(d.age, speaker);
      }
    } else if (!found) {
      // A second quotation in the same paragraph with no verb continues the first one's speaker.
      if (previous && (previous.paragraph === span.startPara || talksOn)) speaker = previous.speaker;
      else {
        const m = mentions?.latest(offsets[head === before ? span.startPara - 1 : span.startPara]!, at);
        speaker = m ? (m.kind === 'name' ? m.name.join(' ') : describe(m.description)) : null;
      }
    }
    if (speaker) {
      lastSpeaker = speaker;
      speakers.add(speaker);
    }
    previous = { paragraph: span.endPara, speaker };
    quotes.push({ text: span.text, speaker, paragraph: span.startPara });
  }
  return quotes;
}
