/**
 * Who is speaking: a reporting verb right after the closing mark
 * (“…,” said X / kata X / tambahnya / X said) or right before the opening
 * mark (X said: “…” / Menurut X, "…"), in the same sentence.
 */
import { CLAUSE_WORDS, type ReportingWords } from '../rules/reporting-verbs';
import { STOPWORDS } from '../rules/stopwords';
import { NON_PERSON_WORDS } from '../rules/person-descriptors';
import { TITLE_JOINERS } from '../rules/person-titles';
import type { Description, DescriptionReader } from './descriptions';
import type { NameContext } from './names';
import { memoizedIndex, type PhraseIndex } from './phrase-index';
import { isCapitalized, tokenize, words, type Token } from './tokens';

export type Attribution =
  | { kind: 'name'; name: string[] }
  /** A pronoun, "-nya" or a bare verb (`bare`: a verb right after the quotation and nothing after it): the person mentioned last. */
  | { kind: 'pronoun'; bare?: boolean }
  /** A described speaker: "ein Sprecher der Stadt" (indefinite) or "o autarca" (definite, points back). */
  | { kind: 'description'; description: Description }
  /** A reporting verb with no name we can read. */
  | { kind: 'verb' };

const NON_PERSON = new Set(NON_PERSON_WORDS);
const verbIndex = memoizedIndex((rules: ReportingWords) => rules.verbs.map(words));
const accordingToIndex = memoizedIndex((rules: ReportingWords) => rules.accordingTo.map(words));

/** Words allowed between a verb and a colon before the quote: told reporters:, kepada wartawan:. */
const MAX_VERB_TAIL = 3;
/** Sentence ends and the marks that start another quotation. */
const STOP = /^[.!?;…"“”„«»「」『』]$/u;
/** Tokens of the after-context we look at. */
const MAX_CLAUSE = 20;
/** Characters of a quotation's paragraph looked at first for the start of its sentence (see lastSentenceTokens). */
const HEAD_WINDOW = 1500;

/** An agency or organisation written in capitals (ČTK, NASA): never a person on its own. */
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

/** "Maryland-based", "Harvard-educated": a capitalized word made an adjective, part of a description, not a name. */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

export class ReportingMatcher {
  private readonly verbs: PhraseIndex;
  private readonly single: Set<string>;
  private readonly accordingTo: PhraseIndex;
  private readonly pronouns: Set<string>;
  private readonly conjunctions: Set<string>;
  private readonly perfect: Set<string>;
  private readonly stop: Set<string>;
  private readonly titleJoiners: Set<string>;
  private readonly quotatives: Set<string>;
  private readonly postpositions: Set<string>;

  constructor(
    private readonly rules: ReportingWords,
    private readonly names: NameContext,
    private readonly describe: DescriptionReader,
    lang: string,
  ) {
    this.verbs = verbIndex(rules);
    this.accordingTo = accordingToIndex(rules);
    this.single = new Set([...rules.verbs, ...rules.accordingTo, ...rules.auxiliaries].filter((v) => !v.includes(' ')).map((v) => v.toLowerCase()));
    this.pronouns = new Set(rules.pronouns);
    this.conjunctions = new Set(rules.conjunctions.map((c) => c.toLowerCase()));
    this.perfect = new Set(rules.perfectAuxiliaries ?? []);
    this.stop = new Set([...(STOPWORDS[lang] ?? []), ...(CLAUSE_WORDS[lang] ?? [])]);
    this.titleJoiners = new Set(TITLE_JOINERS[lang] ?? []);
    this.quotatives = new Set(rules.quotatives ?? []);
    this.postpositions = new Set(rules.accordingToAfter ?? []);
  }

  /**
   * A verb of saying that is in no list, read from its place: right after a
   * quotation and its comma ("…», résume X / “…”, reclamou. / '…', vertelt
   * hij"), one lower-case word that is not a function word (or an auxiliary
   * and its participle), followed by a name, a pronoun, a description or the
   * end of the sentence.
   */
  private slotVerbAt(ts: readonly Token[], at: number): { n: number; pronoun: boolean } | null {
    const t = ts[at];
    if (!t?.word || !/^\p{Ll}/u.test(t.text)) return null;
    const lower = t.text.toLowerCase();
    if (this.stop.has(lower) || this.pronouns.has(lower) || this.conjunctions.has(lower) || this.names.determiners.has(lower) || this.describe.isArticle(lower)) return null;
    let n = 1;
    const participle = ts[at + 1];
    if (this.perfect.has(lower) && participle?.word && /^\p{Ll}/u.test(participle.text) && !this.stop.has(participle.text.toLowerCase())) n = 2;
    else if (this.perfect.has(lower)) return null;
    const next = ts[at + n];
    // A bare noun followed by "and" is a list of titles ("lead researcher and NASA scientist Lucas Paganini said"), not a verb's subject.
    const noun = this.describe.nounAt(ts, at + n);
    const after = ts[at + n + noun];
    const titles = noun > 0 && !!after && this.titleJoiners.has(after.text.toLowerCase());
    const fits = !next || this.isPronoun(next) || isCapitalized(next) || (next.word && this.describe.isArticle(next.text.toLowerCase())) || (noun > 0 && !titles);
    return fits ? { n, pronoun: false } : null;
  }

  /**
   * The subject after a verb of saying in a language with no article table:
   * a full name after an adverbial ("— заявил в понедельник Дмитрий Песков",
   * not after a preposition: "в Нижнем Новгороде"), or one noun standing
   * alone ("skriver selskapet i en pressemelding", "— уточнил министр"); a
   * title there points back to the person named before.
   */
  private subjectWithoutArticle(ts: readonly Token[], at: number): Attribution | null {
    for (let p = at + 1; p < ts.length && p - at <= 4 && ts[p]!.word; p++) {
      if (!isCapitalized(ts[p])) continue;
      const { name, end } = this.names.nameAfter(ts, p);
      // After a preposition the run is a place ("в Нижнем Новгороде") unless a name follows its object ("na Twitter Gary Lineker").
      if (this.stop.has(ts[p - 1]!.text.toLowerCase())) return name && end - p > name.length && name.length >= 2 ? { kind: 'name', name } : null;
      if (name && (name.length >= 2 || this.names.fullest(name, ts[p]!.start).length >= 2)) return { kind: 'name', name };
      break;
    }
    let q = at;
    while (ts[q]?.word && this.names.determiners.has(ts[q]!.text.toLowerCase())) q++;
    // "πρόσθεσε ο ίδιος": a pronoun after its article.
    if (q > at && this.isPronoun(ts[q])) return { kind: 'pronoun' };
    // Up to three lower-case words ("mladá anglická superstar"), none a function word, then the clause ends or a preposition follows.
    let e = q;
    while (e < ts.length && e - q < 3 && ts[e]!.word && /^\p{Ll}/u.test(ts[e]!.text) && !this.isFunctionWord(ts[e]!.text.toLowerCase())) e++;
    if (e === q || (ts[e]?.word && !this.stop.has(ts[e]!.text.toLowerCase()))) return null;
    let listed = false;
    for (let k = q; k < e; k++) if (this.names.titleAt(ts, k) > 0 || this.describe.nounAt(ts, k) > 0) listed = true;
    const said = ts.slice(q, e).map((t) => t.text);
    return { kind: 'description', description: { words: said, head: said[said.length - 1]!.toLowerCase(), definite: true, end: e, listed, age: null } };
  }

  private isFunctionWord(lower: string): boolean {
    return this.stop.has(lower) || this.pronouns.has(lower) || this.conjunctions.has(lower) || this.single.has(lower);
  }

  /** A quotative particle and the verb after it, whatever verb: `"…" diye ekledi`. */
  private quotativeAt(ts: readonly Token[], at: number): { n: number; pronoun: boolean } | null {
    const t = ts[at];
    const next = ts[at + 1];
    if (!t?.word || !this.quotatives.has(t.text.toLowerCase()) || !next?.word || !/^\p{Ll}/u.test(next.text)) return null;
    return { n: 2, pronoun: false };
  }

  /**
   * The subject before the quotation when the verb comes after it:
   * `Sağlık Bakanı Mehmet Yılmaz, "…" dedi.` / `Kadıköy'de yaşayan Ayşe Kaya,
   * "…" dedi.` / `Utku Cihan ise "…" diye konuştu.` — a name (titles skipped)
   * with only lower-case words and commas between it and the opening mark.
   */
  subjectBefore(head: string): Attribution | null {
    const ts = this.lastSentenceTokens(head);
    let s = ts.length;
    while (s > 0 && (ts[s - 1]!.text === ',' || (ts[s - 1]!.word && /^\p{Ll}/u.test(ts[s - 1]!.text)))) s--;
    const name = s > 0 ? this.names.nameBefore(ts, s) : null;
    return name ? { kind: 'name', name } : null;
  }

  private isPronoun(t: Token | undefined): boolean {
    return !!t && t.word && this.pronouns.has(t.text.toLowerCase());
  }

  /**
   * A pronoun that stands for the person, not a title before a name: Vietnamese
   * "ông", "bà", "anh", "chị" are "he"/"she" alone but honorifics in "ông Huy
   * nói thêm" and "Chị Lê Thị Mai, …, nói:".
   */
  private isPronounAlone(ts: readonly Token[], at: number): boolean {
    return this.isPronoun(ts[at]) && !isCapitalized(ts[at + 1]);
  }

  /** A verb at `at`: its length, and whether it carries a pronoun suffix (tambah-nya, dit-il, a-t-il déclaré). */
  private verbAt(ts: readonly Token[], at: number): { n: number; pronoun: boolean } | null {
    const n = this.verbs.lengthAt(ts, at);
    if (n) return { n, pronoun: false };
    const t = ts[at];
    if (!t?.word) return null;
    const lower = t.text.toLowerCase();
    for (const suffix of this.rules.pronounSuffixes) {
      if (lower.length > suffix.length && lower.endsWith(suffix) && this.single.has(lower.slice(0, -suffix.length))) {
        const aux = this.rules.auxiliaries.includes(lower.slice(0, -suffix.length));
        const participle = aux && ts[at + 1]?.word && this.single.has(ts[at + 1]!.text.toLowerCase()) ? 1 : 0;
        return { n: 1 + participle, pronoun: true };
      }
    }
    return null;
  }

  private accordingToAt(ts: readonly Token[], at: number): number {
    return this.accordingTo.lengthAt(ts, at);
  }

  /**
   * After the closing mark: `tail` is the rest of the paragraph. `loose` (the
   * quote ends like a sentence of speech) also accepts a speaker described
   * before the verb: “…,” energy minister Clare Whitmore said / the RFS
   * commissioner, Paul Bremner, told reporters.
   */
  after(tail: string, loose = false, linked = false): Attribution | null {
    // The loop below reads at most MAX_CLAUSE + 2 tokens: tokenizing the whole rest of a long paragraph for
    // every quotation in it made long one-paragraph pages quadratic (seconds on a 50 kB paragraph).
    const all = tokenize(tail, 0, MAX_CLAUSE + 2);
    const ts: Token[] = [];
    for (let k = 0; k < all.length && ts.length <= MAX_CLAUSE; k++) {
      if (STOP.test(all[k]!.text) && !this.names.isAbbreviationDot(all, k)) break;
      ts.push(all[k]!);
    }
    let k = 0;
    while (ts[k] && !ts[k]!.word && /[,—–\-]/u.test(ts[k]!.text)) k++;
    const verb = this.verbAt(ts, k) ?? this.quotativeAt(ts, k) ?? (linked ? this.slotVerbAt(ts, k) : null);
    if (verb) {
      const at = k + verb.n;
      // A bare verb ("…", afirmou. / ha dichiarato.) has the last speaker as its subject.
      if (verb.pronoun) return { kind: 'pronoun' };
      if (at >= ts.length) return { kind: 'pronoun', bare: true };
      if (this.isPronoun(ts[at])) return { kind: 'pronoun' };
      const name = this.appositive(ts, at);
      // "řekl ČTK ministr financí Zbyněk Stanjura": an agency the words were said to, then the speaker with a title.
      const told = name?.length === 1 && ACRONYM.test(name[0]!) && ts[at + 1]?.word && /^\p{Ll}/u.test(ts[at + 1]!.text) ? this.titledName(ts, at + 1) : null;
      if (told) return { kind: 'name', name: told };
      if (name) return { kind: 'name', name };
      const titled = this.titledName(ts, at);
      if (titled) return { kind: 'name', name: titled };
      const description = this.describe.read(ts, at, true);
      if (description) return { kind: 'description', description };
      // An adverbial, then the speaker: "ha detto in conferenza stampa il sindaco Mario Rossi", "dijo ayer un vocero".
      for (let p = at + 1; p < ts.length; p++) {
        if (!ts[p]!.word || !(this.names.determiners.has(ts[p]!.text.toLowerCase()) || this.describe.isArticle(ts[p]!.text.toLowerCase()))) continue;
        const later = this.names.nameAfter(ts, p);
        if (later.name && later.end > p + 1) return { kind: 'name', name: later.name };
        const d = this.describe.read(ts, p, true);
        if (d) return { kind: 'description', description: d };
      }
      if (!this.describe.described) {
        const subject = this.subjectWithoutArticle(ts, at);
        if (subject) return subject;
      }
      // No subject after the verb ("…», ha precisato in conferenza stampa. / katanya pada sidang media"): the person mentioned last.
      return ts.slice(at).some((t) => isCapitalized(t)) ? { kind: 'verb' } : { kind: 'pronoun' };
    }
    const according = this.accordingToAt(ts, k);
    if (according) {
      const { name } = this.names.nameAfter(ts, k + according);
      return name ? { kind: 'name', name } : null;
    }
    // Speaker first: X said / he added / Putin juga mengatakan.
    if (this.isPronounAlone(ts, k) && (this.verbAt(ts, k + 1) || this.verbAt(ts, k + 2))) return { kind: 'pronoun' };
    const { name, end } = this.names.nameAfter(ts, k);
    if (name && end > k && (this.verbAt(ts, end) || (ts[end]?.word && this.verbAt(ts, end + 1)))) return { kind: 'name', name };
    // The comma that links a quote to what follows ("“We lost everything,” her husband added") is evidence enough to look for a speaker first.
    if (!loose && !linked) return null;
    for (let v = k + 1; v < ts.length; v++) {
      if (!this.verbAt(ts, v)) continue;
      if (this.isPronoun(ts[v - 1])) return { kind: 'pronoun' };
      // “…,” a spokesperson for the ministry said / “…,” her husband added.
      const described = this.describe.read(ts, k, false) ?? this.describe.read(ts, k, true);
      if (described && described.end === v) return { kind: 'description', description: described };
      const direct = this.names.nameBefore(ts, v) ?? (ts[v - 1]?.word && /^\p{Ll}/u.test(ts[v - 1]!.text) ? this.names.nameBefore(ts, v - 1) : null);
      if (direct) return { kind: 'name', name: direct };
      for (let c = k + 1; c < v; c++) {
        if (ts[c]!.text === ',' && isCapitalized(ts[c - 1])) {
          const named = this.names.nameBefore(ts, c);
          if (named) return { kind: 'name', name: named };
        }
      }
      return { kind: 'verb' };
    }
    return null;
  }

  /**
   * Strictly a speaker right after a quotation: a listed verb then a name, a
   * titled name or a pronoun ("sier statsminister Kari Nordmann", "sa hun"),
   * or a name or pronoun then the verb ("Kari Nordmann sier"). What opens a
   * quotation without marks (a dash) needs this much evidence.
   */
  speakerAfter(tail: string): Attribution | null {
    const ts = tokenize(tail, 0, MAX_CLAUSE);
    const verb = this.verbAt(ts, 0);
    if (verb) {
      const next = ts[verb.n];
      // "– Zobaczymy – dodał." A bare verb ending the sentence: the person mentioned last.
      if (verb.pronoun || this.isPronoun(next) || !next || /^[.!?…]$/u.test(next.text)) return { kind: 'pronoun' };
      const name = this.appositive(ts, verb.n) ?? this.titledName(ts, verb.n);
      if (name) return { kind: 'name', name };
      // "– …, zapewnił minister": a title, never any noun ("– …, sier rapporten" is a report, not speech).
      const subject = this.describe.described ? null : this.subjectWithoutArticle(ts, verb.n);
      return subject && (subject.kind !== 'description' || subject.description.listed) ? subject : null;
    }
    if (this.isPronoun(ts[0]) && this.verbAt(ts, 1)) return { kind: 'pronoun' };
    const { name, end } = this.names.nameAfter(ts, 0);
    return name && this.verbAt(ts, end) ? { kind: 'name', name } : null;
  }

  /** The name after a verb; a title or organisation followed by ", Name" gives the name (ujar Kepala BPBD Garut, Yayan Supriatna). */
  private appositive(ts: readonly Token[], at: number): string[] | null {
    const found = this.names.nameAfter(ts, at);
    // "Maryland-based product liability lawyer Jim Dunham": the adjective opens a title, it names nobody.
    const first = found.name?.length === 1 && PLACE_ADJECTIVE.test(found.name[0]!) ? { name: null, end: at } : found;
    const commaAt = first.name ? first.end : ts.findIndex((t, i) => i >= at && t.text === ',');
    if (commaAt >= 0 && ts[commaAt]?.text === ',' && isCapitalized(ts[commaAt + 1])) {
      const second = this.names.nameAfter(ts, commaAt + 1);
      const clauseEnds = second.end >= ts.length || ts[second.end]!.text === ',';
      if (second.name && clauseEnds && (!first.name || second.name.length >= 2)) return second.name;
    }
    return first.name;
  }

  /**
   * A title with its office, then the name: "l’assessore al Bilancio Michele
   * Zanetti", "a vereadora do Ambiente Marta Pinheiro". The office's one
   * capitalized word is not part of the name when the name has two more.
   */
  private titledName(ts: readonly Token[], at: number): string[] | null {
    // "said a skeptical Robert Wolfarth": an article before the words that describe the person is no link.
    const first = ts[at]?.word ? ts[at]!.text.toLowerCase() : '';
    if (this.describe.isArticle(first) || this.describe.isIndefinite(first)) at++;
    let p = at;
    let title = false;
    // A descriptor noun (lawyer, resident) stands for a title only with no preposition in the phrase:
    // "product liability lawyer Jim Dunham", not "a source told the website Page Six".
    let described = false;
    let link = false;
    // A hyphen that leaves a compound's shared end out ("teknik- og miljøborgmester") stays inside the title.
    const inTitle = (t: Token) => (t.word && (!isCapitalized(t) || PLACE_ADJECTIVE.test(t.text))) || (t.text === '-' && !!ts[p - 1]?.word);
    while (p < ts.length && p - at < 6 && inTitle(ts[p]!)) {
      if (this.names.titleAt(ts, p)) title = true;
      else if (this.describe.nounAt(ts, p)) described = true;
      if (this.describe.isLinkWord(ts[p]!.text.toLowerCase())) link = true;
      // Where no article table lists the prepositions, the function words do: "сказала в Нижнем Новгороде" is a place.
      if (!this.describe.described && this.stop.has(ts[p]!.text.toLowerCase())) link = true;
      p++;
    }
    if (p === at || !isCapitalized(ts[p])) return null;
    if (described && !link) title = true;
    const { name } = this.names.nameAfter(ts, p);
    if (!name || name.some((w) => NON_PERSON.has(w.toLowerCase()))) return null;
    const afterLink = this.describe.isLinkWord(ts[p - 1]!.text.toLowerCase());
    // "le ministre délégué aux Transports": one capitalized word after a preposition is the office, not a name.
    if (afterLink && name.length < 3) return null;
    // Without a title we know ("säger kommunalrådet Anna Lindqvist"), only a full name right after one or two plain words.
    if (!title && (link || p - at > 2 || name.length < 2)) return null;
    return afterLink ? name.slice(1) : name;
  }

  /**
   * The tokens of `head` after its last sentence end. Tokenizes only the last HEAD_WINDOW characters first (cut at
   * a space, so no token is split and each is as in the whole): every quotation of a long paragraph re-tokenized the
   * whole paragraph before it. Falls back to the whole head when the window holds no sentence end with a token
   * before it (the abbreviation check looks one token back).
   */
  private lastSentenceTokens(head: string): Token[] {
    const cut = head.length > HEAD_WINDOW ? head.indexOf(' ', head.length - HEAD_WINDOW) : -1;
    const windowed = cut > 0 ? this.sentenceStart(tokenize(head.slice(cut), cut)) : null;
    if (windowed && windowed.start >= 2) return windowed.all.slice(windowed.start);
    const whole = this.sentenceStart(tokenize(head));
    return whole.all.slice(whole.start);
  }

  private sentenceStart(all: Token[]): { all: Token[]; start: number } {
    let start = all.length;
    while (start > 0 && !(/^[.!?]$/u.test(all[start - 1]!.text) && !this.names.isAbbreviationDot(all, start - 1))) start--;
    return { all, start };
  }

  /** Before the opening mark: `head` is the paragraph up to it. */
  before(head: string): Attribution | null {
    const ts = this.lastSentenceTokens(head);
    let e = ts.length;
    const punctuated = e > 0 && /^[:,]$/u.test(ts[e - 1]!.text);
    if (punctuated) e--;
    if (e > 0 && ts[e - 1]!.word && this.conjunctions.has(ts[e - 1]!.text.toLowerCase())) e--;
    if (e === 0) return null;
    // According to X, "…" / Menurut Putin, "…" / menurutnya, "…"
    for (let j = 0; j < e; j++) {
      const n = this.accordingToAt(ts, j);
      if (n) {
        const { name, end } = this.names.nameAfter(ts, j + n);
        if (name && end === e) return { kind: 'name', name };
      }
    }
    // The same after the name, where the language has postpositions: Karácsony Gergely (főpolgármester) szerint: „…”.
    if (ts[e - 1]?.word && this.postpositions.has(ts[e - 1]!.text.toLowerCase())) {
      const title = ts[e - 2]?.word && /^\p{Ll}/u.test(ts[e - 2]!.text) && this.names.titleAt(ts, e - 2) ? 1 : 0;
      const name = this.names.nameBefore(ts, e - 1 - title);
      if (name) return { kind: 'name', name };
    }
    for (let j = e - 1; j >= 0 && e - j <= MAX_VERB_TAIL + 2; j--) {
      const verb = this.verbAt(ts, j);
      if (!verb) continue;
      const tail = e - (j + verb.n);
      if (tail < 0 || (tail > 0 && !punctuated)) continue;
      if (verb.pronoun) return { kind: 'pronoun' };
      if (this.isPronoun(ts[j - 1]) || (ts[j - 1]?.word && this.isPronoun(ts[j - 2]) && /^\p{Ll}/u.test(ts[j - 1]!.text))) return { kind: 'pronoun' };
      // "One passenger told us, “…”" / "Un vocero del organismo dijo: “…”"
      for (let p = Math.max(0, j - 10); p < j; p++) {
        const described = this.describe.read(ts, p, false);
        if (described && described.end === j && (p === 0 || this.describe.isArticle(ts[p]!.text.toLowerCase()))) return { kind: 'description', description: described };
      }
      const before = this.names.nameBefore(ts, j) ?? (ts[j - 1]?.word && /^\p{Ll}/u.test(ts[j - 1]!.text) ? this.names.nameBefore(ts, j - 1) : null);
      if (before) return { kind: 'name', name: before };
      // "Karim Bensaïd, père de trois enfants …, raconte : « … »": the subject before its apposition.
      if (ts[j - 1]?.text === ',') {
        const subject = this.subject(ts.slice(0, j));
        if (subject) return subject;
      }
      const after = this.names.nameAfter(ts, j + verb.n);
      if (after.name && after.end <= e) return { kind: 'name', name: after.name };
      if (this.isPronoun(ts[j + verb.n])) return { kind: 'pronoun' };
      return { kind: 'verb' };
    }
    // A colon before the quotation and no verb we know: the sentence's subject speaks
    // ("Grünen-Fraktionschef Markus Brenner … erinnerte an …: „…" / "Marcus, who …, put it better than I could:").
    if (punctuated && ts[ts.length - 1]!.text === ':') return this.subject(ts);
    return null;
  }

  /** The subject at the start of a sentence: a pronoun, a name (titles skipped) or a description. */
  private subject(ts: readonly Token[]): Attribution | null {
    // A leading adverbial ("Al cierre de la sesión, Esquivel leyó …:") is skipped.
    const comma = ts.findIndex((t) => t.text === ',');
    const first = this.subjectAt(ts);
    if (first || comma < 0 || comma > 8) return first;
    return this.subjectAt(ts.slice(comma + 1));
  }

  private subjectAt(ts: readonly Token[]): Attribution | null {
    if (!ts.length) return null;
    if (this.isPronounAlone(ts, 0)) return { kind: 'pronoun' };
    const described = this.describe.read(ts, 0, false);
    if (described && (this.describe.isArticle(ts[0]!.text.toLowerCase()) || described.end > 1)) return { kind: 'description', description: described };
    const { name, end } = this.names.nameAfter(ts, 0);
    if (!name) return null;
    if (end === name.length && this.names.isCommonWord(name[0]!)) return null;
    const next = ts[end];
    // The name must be the subject: a verb or an apposition follows it, not more of a noun phrase.
    if (next && (next.text === ',' || (next.word && /^\p{Ll}/u.test(next.text)))) return { kind: 'name', name };
    return null;
  }
}
