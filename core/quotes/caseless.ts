/**
 * Speakers in scripts without letter case (ar, fa, ur, he, hi) and in Thai.
 * Capitals cannot tell a name here, so the speaker is the phrase in the verb's
 * subject slot — after the verb where the language puts it first ("وقال
 * الرئيس الروسي فلاديمير بوتين:", "אמר ראש הממשלה בנימין נתניהו"), before it
 * (or before the case particle) elsewhere ("मुख्यमंत्री राकेश शर्मा ने कहा",
 * "นายสมชาย ใจดี รัฐมนตรี… กล่าว") — bounded by punctuation, stop words and
 * the quotation, with the title and role words of the tables taken off. A
 * title alone ("أضافت الوزيرة") means the person last introduced with it.
 */
import type { CaselessReportingWords } from '../rules/caseless-reporting';
import type { Attribution } from './attribution';

interface Tok {
  text: string;
  start: number;
  word: boolean;
}

/** A person introduced with a title ("وزيرة الخارجية ليلى حسن") or named as a speaker. */
interface Mention {
  name: string[];
  /** Title words before the name, without their article: what a later "الوزيرة" matches. */
  titles: Set<string>;
  start: number;
}

type Subject = { kind: 'name'; name: string[]; titles: string[] } | { kind: 'role'; words: string[]; titles: string[] } | { kind: 'pronoun' };

const LETTERS = '\\p{L}\\p{M}\\p{N}\\u200c\\u200d';
/** Words, with the inner marks of abbreviations kept (he צה"ל, ד״ר; th พล.อ.ประยุทธ์) and a Hebrew geresh at the end (סמוטריץ'). */
const WORD = new RegExp(`[${LETTERS}]+(?:[.'’"״׳\\-][${LETTERS}]+)*(?:(?<=[\\u05d0-\\u05ea])['׳](?![${LETTERS}]))?`, 'gu');
/** Thai abbreviations end in a dot: "รมว." "ผอ.". */
const GLUED_WORD = new RegExp(`[${LETTERS}]+(?:[.'’\\-][${LETTERS}]+)*\\.?`, 'gu');
const TOKEN_PUNCT = /[^\s\p{L}\p{M}\p{N}\u200c\u200d]/gu;
const SENTENCE_END = /^[.!?؟।۔。！？…]$/u;
const QUOTE_MARK = /^["“”„«»‘’‹›「」『』]$/u;
const LINK_PUNCT = /^[:：,،\-–—]$/u;
/** Longest name we take, in words. */
const MAX_NAME = 3;
/** Thai given names and surnames are rarely longer (จันทร์โอชา, สิทธิพันธุ์); a longer chunk is a phrase. */
const MAX_NAME_CHUNK = 14;
/** Characters read either side of a quotation for its verb and speaker (a sentence's worth). */
const CONTEXT_CHARS = 600;
/** Words of a subject phrase we read. */
const MAX_PHRASE = 9;

function tokenize(s: string, offset: number, glued: boolean): Tok[] {
  const out: Tok[] = [];
  const re = glued ? GLUED_WORD : WORD;
  const words = [...s.matchAll(re)].map((m) => ({ text: m[0], start: offset + m.index, word: true }));
  const punct = [...s.matchAll(TOKEN_PUNCT)].map((m) => ({ text: m[0], start: offset + m.index, word: false }));
  let w = 0;
  for (const p of punct) {
    while (w < words.length && words[w]!.start < p.start) out.push(words[w++]!);
    const last = words[w - 1];
    if (last && p.start < last.start + last.text.length) continue; // inside a word (צה"ל)
    out.push(p);
  }
  while (w < words.length) out.push(words[w++]!);
  return out;
}

export class CaselessMatcher {
  private readonly verbs: string[][];
  private readonly titles: string[][];
  private readonly organisations: ReadonlySet<string>;
  private readonly accordingTo: string[][];
  private readonly stops: Set<string>;
  private readonly pronouns: Set<string>;
  private readonly conjunctions: Set<string>;
  private readonly mentions: Mention[] = [];

  constructor(
    private readonly rules: CaselessReportingWords,
    text: string,
    /** Offsets covered by quotations: names inside a quote are not who speaks. */
    quoted: readonly (readonly [number, number])[],
  ) {
    const split = (xs: readonly string[]) => xs.map((x) => x.split(/\s+/u)).sort((a, b) => b.length - a.length || b[0]!.length - a[0]!.length);
    this.verbs = split(rules.verbs);
    this.titles = split(rules.titles);
    this.organisations = new Set(rules.organisations ?? []);
    this.accordingTo = split(rules.accordingTo);
    this.stops = new Set(rules.stops);
    this.pronouns = new Set(rules.pronouns);
    this.conjunctions = new Set(rules.conjunctions);
    this.findMentions(text, quoted);
  }

  private tokens(s: string, offset = 0): Tok[] {
    const ts = tokenize(s, offset, this.rules.glued === true);
    return this.rules.glued ? ts.flatMap((t) => this.splitGlued(t)) : ts;
  }

  /** Thai: a verb glued after its subject ("เธอกล่าวว่า", "นายสมชายกล่าว") starts a word of its own, and so does a name after a glued stop word. */
  private splitGlued(t: Tok): Tok[] {
    if (!t.word) return [t];
    // "ด้านนางมาลี": a stop word glued before an honorific ("as for Mrs Mali") is a word of its own.
    for (const s of this.rules.stops) {
      const rest = t.text.slice(s.length);
      if (t.text.startsWith(s) && (this.rules.gluedHonorifics ?? []).some((h) => rest.startsWith(h))) {
        return [{ text: s, start: t.start, word: true }, ...this.splitGlued({ text: rest, start: t.start + s.length, word: true })];
      }
    }
    for (let i = 1; i < t.text.length; i++) {
      if (this.verbs.some(([v]) => t.text.startsWith(v!, i)) && !this.titleAt([t], 0)) {
        return [{ text: t.text.slice(0, i), start: t.start, word: true }, { text: t.text.slice(i), start: t.start + i, word: true }];
      }
    }
    return [t];
  }

  /** The forms a word may be matched in: as written, without a glued conjunction (وقال), without the article (الوزيرة). */
  private forms(w: string): string[] {
    const out = [w];
    for (const p of this.rules.proclitics ?? []) if (w.startsWith(p) && w.length > p.length + 1) out.push(w.slice(p.length));
    const art = this.rules.article;
    if (art) for (const f of [...out]) if (f.startsWith(art) && f.length > art.length + 1) out.push(f.slice(art.length));
    return out;
  }

  /** Length of a listed phrase at `i` (0 when none). Glued (Thai): one word that starts with the phrase. */
  private phraseAt(list: readonly string[][], ts: readonly Tok[], i: number): number {
    const t = ts[i];
    if (!t?.word) return 0;
    const heads = this.forms(t.text);
    for (const phrase of list) {
      if (this.rules.glued) {
        if (phrase.length === 1 && t.text.startsWith(phrase[0]!)) return 1;
        continue;
      }
      if (!heads.includes(phrase[0]!)) continue;
      let k = 1;
      while (k < phrase.length && ts[i + k]?.word && ts[i + k]!.text === phrase[k]) k++;
      if (k === phrase.length) return k;
    }
    return 0;
  }

  private verbAt(ts: readonly Tok[], i: number): number {
    return this.phraseAt(this.verbs, ts, i);
  }

  private titleAt(ts: readonly Tok[], i: number): number {
    const n = this.phraseAt(this.titles, ts, i);
    if (n) return n;
    const t = ts[i];
    return t?.word && (this.rules.titleEndings ?? []).some((e) => t.text.length > e.length + 1 && t.text.endsWith(e)) ? 1 : 0;
  }

  /** A glued honorific at the start of a Thai word ("นายสมชาย"): its length, not when the word is a title ("นายกรัฐมนตรี"). */
  private honorific(t: Tok | undefined): string | null {
    if (!t?.word || this.titleAt([t], 0)) return null;
    return (this.rules.gluedHonorifics ?? []).find((h) => t.text.startsWith(h)) ?? null;
  }

  private isStop(t: Tok | undefined): boolean {
    if (!t?.word) return false;
    if (this.stops.has(t.text) || (this.rules.stopPrefixes ?? []).some((p) => t.text.startsWith(p))) return true;
    return this.rules.glued === true && [...this.stops].some((s) => s.length > 1 && t.text.startsWith(s) && !this.honorific(t));
  }

  private isPronoun(t: Tok | undefined): boolean {
    if (!t?.word) return false;
    if (this.forms(t.text).some((f) => this.pronouns.has(f))) return true;
    // Thai: "เขายัง", "เธอก็": a pronoun with a short particle glued on.
    return this.rules.glued === true && [...this.pronouns].some((p) => t.text.startsWith(p) && t.text.length - p.length <= 3);
  }

  private isConjunction(t: Tok | undefined): boolean {
    return !!t?.word && (this.conjunctions.has(t.text) || (this.rules.glued === true && [...this.conjunctions].some((c) => t.text.endsWith(c))));
  }

  /** The name and titles of a phrase with no punctuation or stop word inside (see Subject). */
  private nominal(seg: readonly Tok[]): Subject | null {
    if (!seg.length) return null;
    // "তিনি আরও", "उन्होंने आगे": a pronoun opening the phrase is the subject.
    if (this.isPronoun(seg[0])) return { kind: 'pronoun' };
    return this.rules.glued ? this.gluedNominal(seg) : this.spacedNominal(seg);
  }

  private spacedNominal(seg: readonly Tok[]): Subject | null {
    let first = -1;
    let end = 0;
    const titles: string[] = [];
    for (let i = 0; i < seg.length; i++) {
      const n = this.titleAt(seg, i);
      if (!n) continue;
      if (first < 0) first = i;
      titles.push(this.titleKey(seg, i, n));
      end = i + n;
      i += n - 1;
    }
    const words = seg.map((t) => t.text);
    if (first < 0) {
      // No title: a short phrase is the name itself ("وقال أحمد خالد", "वर्मा ने बताया").
      if (seg.length > MAX_NAME) return null;
      return { kind: 'name', name: words, titles };
    }
    let rest = words.slice(end);
    const art = this.rules.article;
    if (this.rules.headFirst && art) {
      // "الرئيس الروسي فلاديمير بوتين", "שר האוצר …": the title's definite complement comes before the name.
      // A word in the construct state before a definite one is part of it too ("דוברת חברת החשמל מיכל כהן",
      // "وزير خارجية الولايات المتحدة …") — when a name still follows: "الرئيس بشار الأسد" is a name.
      // "وزير التجارة والصناعة": a definite word with a glued "and" joins the complement too.
      const definite = (w: string | undefined) => !!w && (w.startsWith(art) || (this.rules.proclitics ?? []).some((p) => w.startsWith(p + art)));
      let k = 0;
      while (k < rest.length && (definite(rest[k]) || (definite(rest[k + 1]) && k + 2 < rest.length))) k++;
      const role = words.slice(first, end + k);
      rest = rest.slice(k);
      if (!rest.length) return { kind: 'role', words: role, titles };
      return { kind: 'name', name: rest.slice(0, this.nameLength(rest)), titles };
    }
    if (this.rules.headFirst) {
      // fa/ur "وزیر بهداشت", "شهردار تهران علی رضایی": an unmarked complement, then a name of two words.
      if (rest.length <= 1) return rest.length && this.isKnown(rest[0]!) ? { kind: 'name', name: rest, titles } : { kind: 'role', words: words.slice(first, end + rest.length), titles };
      // "مدیرعامل شرکت مترو تهران": an organisation's name as the complement, two more words at most, and no name we know after it.
      const named = rest.slice(-2);
      if (rest.length <= 3 && this.organisations.has(rest[0]!) && !named.every((w) => this.isKnown(w))) return { kind: 'role', words: words.slice(first, end + rest.length), titles };
      return { kind: 'name', name: named, titles };
    }
    // hi: the title ends its phrase ("केंद्रीय स्वास्थ्य मंत्री"), the name follows; with no name the whole phrase is the role ("पर्यावरण मंत्री").
    if (!rest.length) return { kind: 'role', words: words.slice(0, end), titles };
    return { kind: 'name', name: rest.slice(0, MAX_NAME), titles };
  }

  /**
   * How many of `words` (after a title) are the name: two, and a word more for each particle
   * ("عبد الفتاح السيسي", "محمد بن سلمان"); what follows is the rest of the sentence ("… סמוטריץ' הציג את").
   */
  private nameLength(words: readonly string[]): number {
    const particles = new Set(this.rules.nameParticles ?? []);
    let n = 2;
    for (let k = 0; k < n && k < words.length && n < MAX_NAME + 1; k++) if (particles.has(words[k]!)) n++;
    return n;
  }

  /** Thai: an honorific glued to the given name, the surname next ("นายสมชาย ใจดี"); or the name before or after a role word. */
  private gluedNominal(seg: readonly Tok[]): Subject | null {
    const titles: string[] = [];
    for (let i = 0; i < seg.length; i++) {
      const h = this.honorific(seg[i]);
      if (!h) continue;
      const given = seg[i]!.text.slice(h.length);
      const after = seg.slice(i + (given ? 1 : 2), i + (given ? 2 : 3)).filter((t) => !this.titleAt([t], 0));
      const name = [given || seg[i + 1]?.text, ...after.map((t) => t.text)].filter((w): w is string => !!w);
      if (name.length) return { kind: 'name', name, titles };
    }
    const roleAt = seg.findIndex((t) => this.titleAt([t], 0) > 0);
    const named = (ts: readonly Tok[]) => ts.length > 0 && ts.every((t) => this.isNameChunk(t));
    if (roleAt < 0) return seg.length <= 2 && named(seg) ? { kind: 'name', name: seg.map((t) => t.text), titles } : null;
    titles.push(this.titleKey(seg, roleAt, 1));
    const before = seg.slice(Math.max(0, roleAt - 2), roleAt);
    if (named(before)) return { kind: 'name', name: before.map((t) => t.text), titles };
    // "นายกรัฐมนตรี เศรษฐา ทวีสิน": a given name and a surname after the role; "ผู้ว่าฯ กทม. ลงพื้นที่…" is its complement and a verb phrase.
    const after = seg.slice(roleAt + 1, roleAt + 3);
    if (after.length === 2 && named(after)) return { kind: 'name', name: after.map((t) => t.text), titles };
    return { kind: 'role', words: seg.map((t) => t.text), titles };
  }

  /** Thai: a chunk that may be a given name or a surname — not a title, not an abbreviation (กทม.), not a run-on phrase. */
  private isNameChunk(t: Tok): boolean {
    return t.word && !this.titleAt([t], 0) && !t.text.endsWith('.') && [...t.text].length <= MAX_NAME_CHUNK;
  }

  /** A title as matched later: its words, without a glued conjunction or article (الوزيرة → وزيرة). */
  private titleKey(ts: readonly Tok[], i: number, n: number): string {
    if (this.rules.glued) return this.titles.find(([t]) => ts[i]!.text.startsWith(t!))?.[0] ?? ts[i]!.text;
    const forms = this.forms(ts[i]!.text);
    const head = this.titles.find((p) => p.length === n && forms.includes(p[0]!))?.[0] ?? forms[forms.length - 1]!;
    const art = this.rules.article;
    return art && head.startsWith(art) && head.length > art.length + 1 ? head.slice(art.length) : head;
  }

  private isKnown(word: string): boolean {
    return this.mentions.some((m) => m.name.length > 1 && m.name.includes(word));
  }

  /** Word tokens from `from` up to a boundary (punctuation, a stop word, a verb), at most MAX_PHRASE. */
  private phraseFrom(ts: readonly Tok[], from: number, to: number): Tok[] {
    const seg: Tok[] = [];
    for (let i = from; i < to && seg.length < MAX_PHRASE; i++) {
      const t = ts[i]!;
      if (!t.word || this.isStop(t) || (seg.length && this.verbAt(ts, i)) || this.isConjunction(t)) break;
      seg.push(t);
    }
    return seg;
  }

  /** The subject right after a verb (verb-first languages). */
  private subjectAfter(ts: readonly Tok[], from: number, to: number): Subject | null {
    // "אמר היום ראש הממשלה …", "قال أمس وزير الصحة …": a day or adverb between the verb and a titled subject.
    let k = from;
    while (k < to && k - from < 2 && this.isStop(ts[k]) && !this.isConjunction(ts[k])) k++;
    if (k > from && (this.titleAt(ts, k) || this.honorific(ts[k]))) from = k;
    if (this.isPronoun(ts[from])) return { kind: 'pronoun' };
    return this.nominal(this.phraseFrom(ts, from, to));
  }

  /**
   * The subject before a verb. With a case particle ("… ने कहा", "… نے کہا") it is the phrase right before the
   * particle, whatever adverbials stand between it and the verb; without one it opens the clause: the first
   * phrase that no preposition governs ("محمد احمدی، وزیر بهداشت، روز شنبه در جمع خبرنگاران گفت",
   * "وزیر بهداشت در پاسخ به سوالی درباره واکسن گفت"). A title next to a name across a comma is an apposition.
   */
  private subjectBefore(ts: readonly Tok[], from: number, to: number): Subject | null {
    let end = to;
    let marked = false;
    const [ergative, ...others] = this.rules.subjectMarkers ?? [];
    if (ergative || others.length) {
      let m = -1;
      for (let i = to - 1; i >= from && m < 0; i--) if (ts[i]!.word && ts[i]!.text === ergative) m = i;
      // "का कहना है": the genitive only right before the verb.
      if (m < 0 && ts[to - 1]?.word && others.includes(ts[to - 1]!.text)) m = to - 1;
      if (m >= 0) {
        end = m;
        marked = true;
      }
    }
    if (this.isPronoun(ts[end - 1])) return { kind: 'pronoun' };
    const segments: { seg: Tok[]; governed: boolean; comma: boolean }[] = [];
    for (let i = from; i < end; ) {
      if (!ts[i]!.word || this.isStop(ts[i]) || this.isConjunction(ts[i])) {
        i++;
        continue;
      }
      let e = i;
      while (e < end && ts[e]!.word && !this.isStop(ts[e]) && !this.isConjunction(ts[e])) e++;
      const before = ts[i - 1];
      const glued = (this.rules.governedPrefixes ?? []).some((p) => ts[i]!.text.startsWith(p));
      const governed = glued || (this.rules.postpositions ? e < end && this.isStop(ts[e]) : this.isStop(before));
      segments.push({ seg: ts.slice(i, e), governed, comma: !!before && !before.word && /[,،]/u.test(before.text) });
      i = e;
    }
    const order = marked ? [...segments].reverse() : segments;
    let role: Subject | null = null;
    for (let k = 0; k < order.length; k++) {
      const { seg, governed } = order[k]!;
      if (governed) continue;
      const found = this.nominal(seg);
      if (!found) {
        if (role || marked) break;
        continue;
      }
      if (found.kind !== 'role') return found;
      role ??= found;
      // "X، وزیر بهداشت، گفت" / "وزیر بهداشت، X، گفت": the name on the other side of the comma.
      const apposed = marked ? order[k + 1] : order[k + 1]?.comma ? order[k + 1] : undefined;
      const linked = marked ? order[k]!.comma : true;
      if (!apposed || !linked) break;
    }
    return role;
  }

  /** The last sentence of `head` (the text before a quotation), as tokens. */
  private lastSentence(head: string): Tok[] {
    const ts = this.tokens(head.slice(-CONTEXT_CHARS));
    let s = ts.length;
    while (s > 0 && !(SENTENCE_END.test(ts[s - 1]!.text) && !this.isAbbreviation(ts, s - 1))) s--;
    return ts.slice(s);
  }

  private isAbbreviation(ts: readonly Tok[], k: number): boolean {
    return ts[k]!.text === '.' && this.titleAt(ts, k - 1) > 0;
  }

  private fromSubject(s: Subject | null, at: number): Attribution | null {
    if (!s) return null;
    if (s.kind === 'pronoun') return { kind: 'pronoun' };
    if (s.kind === 'name') {
      this.mentions.push({ name: this.fullest(s.name, at).split(' '), titles: new Set(s.titles), start: at });
      return { kind: 'name', name: s.name };
    }
    const person = this.withTitle(s.titles, at);
    if (person) return { kind: 'name', name: person };
    return { kind: 'description', description: { words: s.words, head: s.words[0]!, definite: false, end: 0, listed: true, age: null } };
  }

  /** Speaker after the closing mark: `tail` is the rest of its paragraph. */
  private after(tail: string, at: number): Attribution | null {
    // Only the clause after the mark is read: tokenizing the whole rest of a long paragraph for each of its quotations would be quadratic.
    const all = this.tokens(tail.slice(0, CONTEXT_CHARS));
    const ts: Tok[] = [];
    for (let k = 0; k < all.length; k++) {
      const t = all[k]!;
      if ((SENTENCE_END.test(t.text) && !this.isAbbreviation(all, k)) || QUOTE_MARK.test(t.text)) break;
      ts.push(t);
    }
    let k = 0;
    while (ts[k] && !ts[k]!.word && LINK_PUNCT.test(ts[k]!.text)) k++;
    const according = this.phraseAt(this.accordingTo, ts, k);
    if (according) return this.fromSubject(this.nominal(this.phraseFrom(ts, k + according, ts.length)), at);
    const n = this.verbAt(ts, k);
    if (n && this.rules.verbFirst) return this.fromSubject(this.subjectAfter(ts, k + n, ts.length), at) ?? { kind: 'pronoun', bare: true };
    for (let v = k + 1; v < ts.length && v - k <= MAX_PHRASE + 2; v++) {
      if (!ts[v]!.word || !this.verbAt(ts, v)) continue;
      return this.fromSubject(this.subjectBefore(ts, k, v), at);
    }
    if (n) return { kind: 'pronoun', bare: true };
    const postposition = this.accordingToAfterEndsAt(ts, ts.length);
    if (postposition) return this.fromSubject(this.subjectBefore(ts, k, postposition), at);
    return null;
  }

  /** Start of an "according to" postposition that ends right before `end` ("शर्मा के अनुसार"), or 0. */
  private accordingToAfterEndsAt(ts: readonly Tok[], end: number): number {
    for (const p of this.rules.accordingToAfter ?? []) {
      const ws = p.split(' ');
      const s = end - ws.length;
      if (s > 0 && ws.every((w, j) => ts[s + j]?.text === w)) return s;
    }
    return 0;
  }

  /** Speaker before the opening mark: the verb and its subject end the sentence before the quotation. */
  private before(head: string, at: number): Attribution | null {
    const ts = this.lastSentence(head);
    let e = ts.length;
    let linked = false;
    while (e > 0 && !ts[e - 1]!.word && LINK_PUNCT.test(ts[e - 1]!.text)) {
      e--;
      linked = true;
    }
    const postposition = this.accordingToAfterEndsAt(ts, e);
    if (postposition) return this.fromSubject(this.subjectBefore(ts, 0, postposition), at);
    for (let i = 0; i < e; i++) {
      const n = this.phraseAt(this.accordingTo, ts, i);
      if (n && linked) return this.fromSubject(this.nominal(this.phraseFrom(ts, i + n, e)), at);
    }
    const verbs: [number, number][] = [];
    for (let i = 0; i < e; i++) {
      const n = this.verbAt(ts, i);
      if (n) verbs.push([i, n]);
    }
    const last = verbs[verbs.length - 1];
    if (!last) return null;
    if (this.isConjunction(ts[e - 1]) && !this.rules.glued) {
      e--;
      linked = true;
    }
    // The verb must lead into the quotation: a colon or comma, a conjunction, or the verb itself last ("กล่าวว่า").
    if (!linked && last[0] + last[1] !== e) return null;
    if (this.rules.verbFirst) {
      for (let k = verbs.length - 1; k >= 0; k--) {
        const [v, n] = verbs[k]!;
        const s = this.subjectAfter(ts, v + n, e);
        if (s) return this.fromSubject(s, at);
        const sv = this.subjectBefore(ts, k > 0 ? verbs[k - 1]![0] + verbs[k - 1]![1] : 0, v);
        if (sv && sv.kind !== 'pronoun') return this.fromSubject(sv, at);
      }
      return { kind: 'pronoun' };
    }
    return this.fromSubject(this.subjectBefore(ts, 0, last[0]), at) ?? { kind: 'pronoun' };
  }

  /**
   * `at`: offset of the opening mark in the article text. A few words in quotes (`short`) are a quotation only with a
   * named speaker, or with the verb leading into them or a comma linking them to it: "इसे "ऐतिहासिक कदम" बताया" is a label.
   */
  attribute(head: string, tail: string, at: number, short = false): Attribution | null {
    const after = this.after(tail, at);
    if (after && (!short || after.kind === 'name' || LINK_PUNCT.test(tail.trimStart()[0] ?? ''))) return after;
    return this.before(head, at);
  }

  /** People introduced with a title anywhere outside quotations, in order. */
  private findMentions(text: string, quoted: readonly (readonly [number, number])[]): void {
    const ts = this.tokens(text);
    // Tokens come in order: one pointer walks the quotations sorted by start (see core/quotes/mentions.ts).
    const spans = [...quoted].sort((x, y) => x[0] - y[0]);
    let q = 0;
    const inQuote = (o: number) => {
      while (q < spans.length && spans[q]![1] <= o) q++;
      return q < spans.length && o > spans[q]![0] && o < spans[q]![1];
    };
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (!t.word || inQuote(t.start) || !(this.titleAt(ts, i) || this.honorific(t))) continue;
      const seg = this.phraseFrom(ts, i, ts.length);
      if (!seg.length) continue;
      const s = this.nominal(seg);
      if (s?.kind === 'name') this.mentions.push({ name: s.name, titles: new Set(s.titles), start: t.start });
      // "محمد احمدی، وزیر بهداشت،": a title in apposition after a name is that person's, for a later "وزیر بهداشت";
      // Thai puts the role right after the name: "ชัชชาติ สิทธิพันธุ์ ผู้ว่าฯ กทม.".
      const apposed = s?.kind === 'role' ? (this.rules.glued ? this.nameBeforeRole(ts, i) : this.nameBeforeComma(ts, i)) : null;
      if (s?.kind === 'role' && apposed) this.mentions.push({ name: apposed.map((w) => w.text), titles: new Set(s.titles), start: apposed[0]!.start });
      i += Math.max(0, seg.length - 1);
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** Thai: a given name and a surname right before the role at `i`, opening their clause. */
  private nameBeforeRole(ts: readonly Tok[], i: number): Tok[] | null {
    const pair = ts.slice(Math.max(0, i - 2), i);
    const opener = ts[i - 3];
    if (pair.length !== 2 || !pair.every((t) => this.isNameChunk(t) && !this.isStop(t) && !this.isPronoun(t) && !this.verbAt([t], 0))) return null;
    return !opener || !opener.word || this.isStop(opener) ? pair : null;
  }

  /** A short phrase (a name) that ends with a comma right before `i` and starts a clause. */
  private nameBeforeComma(ts: readonly Tok[], i: number): Tok[] | null {
    const comma = ts[i - 1];
    if (this.rules.glued || !comma || comma.word || !/[,،]/u.test(comma.text)) return null;
    let s = i - 1;
    while (s - 1 >= 0 && ts[s - 1]!.word && !this.isStop(ts[s - 1]) && !this.verbAt(ts, s - 1) && !this.isConjunction(ts[s - 1])) s--;
    const seg = ts.slice(s, i - 1);
    const found = seg.length >= 2 ? this.nominal(seg) : null;
    return found?.kind === 'name' && found.titles.length === 0 ? seg : null;
  }

  /** The latest person introduced with one of `titles` before `at`. */
  private withTitle(titles: readonly string[], at: number): string[] | null {
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.start < at && titles.some((t) => m.titles.has(t))) return m.name;
    }
    return null;
  }

  /** The latest person mentioned in [from, to). */
  latest(from: number, to: number): string | null {
    let best: Mention | null = null;
    for (const m of this.mentions) if (m.start >= from && m.start < to && (!best || m.start >= best.start)) best = m;
    return best ? best.name.join(' ') : null;
  }

  /** The fullest form of `name` used before `at` ("वर्मा" → "सुनीता वर्मा", Thai "สมชาย" → "สมชาย ใจดี"). */
  fullest(name: readonly string[], at: number): string {
    let best: readonly string[] = name;
    for (const m of this.mentions) {
      if (m.start >= at || m.name.length <= best.length) continue;
      // A short form is the surname (its end), in Thai the given name (its start): "بوتين" is not "… بوتين نظيره".
      const i = this.rules.glued ? 0 : m.name.length - name.length;
      if (name.every((w, k) => m.name[i + k] === w)) best = m.name;
    }
    return best.join(' ');
  }
}
