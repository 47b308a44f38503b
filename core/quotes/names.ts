/**
 * Speaker names: proper-name runs (capitalized words), titles stripped, and
 * a short name resolved to the fullest form used earlier in the text.
 * Which neighbours belong to a name is read from the text itself: a word
 * belongs to the name when it never appears without it ("Vladimir" only ever
 * before "Putin", "Jong Un" only after "Kim"), while "Rusia" or "Korea Utara"
 * also stand alone.
 */
import { DESCRIPTOR_WORDS, ELIDED_PREFIXES, TITLE_ENDINGS } from '../rules/person-descriptors';
import { DECLINED_NAMES, DETERMINERS, NAME_PARTICLES, OFFICE_TITLE_ENDS, PERSON_TITLES, TWO_PART_NAMES } from '../rules/person-titles';
import { STOPWORDS } from '../rules/stopwords';
import { PhraseIndex, perKey } from './phrase-index';
import { isCapitalized, tokenize, words, type Token } from './tokens';

const SENTENCE_END = new Set(['.', '!', '?', '"', '“', '”', '«', '»', '„', '(', ':', ';']);
const PARTICLES = new Set(NAME_PARTICLES);
/** A German genitive before a title: "Russlands", "Nordkoreas", "Frankreichs". */
const GENITIVE = /^\p{Lu}\p{Ll}+s$/u;
/** Longest run we accept as a name. */
const MAX_NAME_WORDS = 5;
/** A language's person titles (English where it has none of its own), as word lists. */
function titleWordLists(lang: string): string[][] {
  // Where every noun is capitalized (German), a descriptor noun before a name is a title like any other: "Virologe Christian Drosten".
  const descriptors = DESCRIPTOR_WORDS[lang]?.capitalizedNouns ? DESCRIPTOR_WORDS[lang]!.nouns : [];
  return [...(PERSON_TITLES.any ?? []), ...(PERSON_TITLES[lang] ?? PERSON_TITLES.en ?? []), ...descriptors].map(words);
}
/** A language's titles as an index, and its one-word titles (for the dot after "Dr."), from one list. */
const titlesFor = perKey((lang: string) => {
  const lists = titleWordLists(lang);
  return { index: new PhraseIndex(lists), oneWord: new Set(lists.filter((t) => t.length === 1).map((t) => t[0]!)) };
});

export class NameContext {
  readonly lang: string;
  readonly tokens: Token[];
  private readonly titles: PhraseIndex;
  private readonly titleWords: Set<string>;
  private readonly titleEndings: readonly string[];
  private readonly officeEnds: Set<string>;
  private readonly declined: boolean;
  readonly determiners: Set<string>;
  private readonly stop: Set<string>;
  private readonly counts = new Map<string, number>();
  /** fullest()'s work per name (see formsOf). */
  private readonly forms = new Map<string, { start: number; best: readonly string[] }[]>();
  private readonly lowerWords: Set<string>;
  /** Positions of each word in `tokens`, so counts do not rescan the text. */
  private readonly positions = new Map<string, number[]>();

  /** Words that are never part of a name even when capitalized (reporting verbs, pronouns): lower-cased. */
  private readonly never: Set<string>;

  constructor(text: string, lang: string, never: Iterable<string> = []) {
    this.never = new Set([...never].map((w) => w.toLowerCase()));
    this.lang = lang;
    this.tokens = tokenize(text);
    ({ index: this.titles, oneWord: this.titleWords } = titlesFor(lang));
    this.titleEndings = TITLE_ENDINGS[lang] ?? [];
    this.officeEnds = new Set(OFFICE_TITLE_ENDS[lang] ?? []);
    this.declined = DECLINED_NAMES.includes(lang);
    this.determiners = new Set(DETERMINERS[lang] ?? []);
    this.stop = new Set(STOPWORDS[lang] ?? []);
    this.lowerWords = new Set(this.tokens.filter((t) => t.word && /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    this.tokens.forEach((t, i) => {
      if (!t.word) return;
      const list = this.positions.get(t.text);
      if (list) list.push(i);
      else this.positions.set(t.text, [i]);
    });
  }

  /** How often the words occur in a row (no punctuation between) in the whole text. */
  count(phrase: readonly string[]): number {
    const key = phrase.join(' ');
    const hit = this.counts.get(key);
    if (hit !== undefined) return hit;
    let n = 0;
    for (const i of this.positions.get(phrase[0] ?? '') ?? []) if (this.matchesAt(i, phrase)) n++;
    this.counts.set(key, n);
    return n;
  }

  /** Whether a title phrase ends at `idx` ("Menteri Keuangan" before "Sri Mulyani"). */
  titleEndsAt(tokens: readonly Token[], idx: number): boolean {
    if (idx >= 0 && this.isGluedTitle(tokens[idx])) return true;
    return this.titles.endsAt(tokens, idx);
  }

  /** One token that is a title with an elided article glued on (l’assessore) or a compound title (Oberbürgermeisterin, Grünen-Fraktionschef). */
  private isGluedTitle(t: Token | undefined): boolean {
    if (!t?.word) return false;
    const lower = t.text.toLowerCase();
    for (const p of ELIDED_PREFIXES) if (lower.length > p.length && lower.startsWith(p) && this.titleWords.has(lower.slice(p.length))) return true;
    return this.titleEndings.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
  }

  matchesAt(i: number, phrase: readonly string[]): boolean {
    for (let k = 0; k < phrase.length; k++) {
      const t = this.tokens[i + k];
      if (!t || !t.word || t.text !== phrase[k]) return false;
    }
    return true;
  }

  /** Length of a title phrase at `at` in `tokens` (0 when none). */
  titleAt(tokens: readonly Token[], at: number): number {
    const n = this.titles.lengthAt(tokens, at);
    if (n) return n + (tokens[at + n]?.text === '.' ? 1 : 0);
    return this.isGluedTitle(tokens[at]) ? 1 : 0;
  }

  /** A dot after a title or an initial ("Dr.", "J.") that does not end the sentence. */
  isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
    const prev = tokens[k - 1];
    const dot = tokens[k];
    if (dot?.text !== '.' || !prev?.word) return false;
    // A dot glued to both sides with a capital after it ("TP.HCM", "U.S.A") is inside an abbreviation, never a
    // sentence end; a lower-case word after it ("remotestorage.io", "response.status") is code or an address.
    const next = tokens[k + 1];
    if (prev.end === dot.start && next?.start === dot.end && isCapitalized(next)) return true;
    return (prev.text.length === 1 && /\p{Lu}/u.test(prev.text)) || this.titleWords.has(prev.text.toLowerCase());
  }

  private allowedDot(tokens: readonly Token[], k: number): boolean {
    return isCapitalized(tokens[k + 1]) && this.isAbbreviationDot(tokens, k);
  }

  inRun(tokens: readonly Token[], k: number): boolean {
    const t = tokens[k];
    if (!t) return false;
    if (isCapitalized(t)) return !this.never.has(t.text.toLowerCase());
    if (t.text === '.') return this.allowedDot(tokens, k);
    return t.word && PARTICLES.has(t.text) && isCapitalized(tokens[k - 1]) && isCapitalized(tokens[k + 1]);
  }

  /** The name starting at `at` (titles and articles before it skipped), and the index after its run. */
  nameAfter(tokens: readonly Token[], at: number): { name: string[] | null; end: number } {
    let k = at;
    for (;;) {
      const title = this.titleAt(tokens, k);
      if (title) k += title;
      else if (tokens[k]?.word && this.determiners.has(tokens[k]!.text.toLowerCase())) k++;
      else break;
    }
    if (!isCapitalized(tokens[k])) return { name: null, end: at };
    const run: Token[] = [];
    while (this.inRun(tokens, k)) run.push(tokens[k++]!);
    return { name: this.clean(run, false), end: k };
  }

  /** The name ending right before `end` (exclusive), or null. */
  nameBefore(tokens: readonly Token[], end: number): string[] | null {
    let k = end - 1;
    const run: Token[] = [];
    while (k >= 0 && this.inRun(tokens, k)) run.unshift(tokens[k--]!);
    const atSentenceStart = k < 0 || SENTENCE_END.has(tokens[k]!.text);
    return this.clean(run, atSentenceStart);
  }

  /** Titles off, sentence-initial common words off, then the part that is one person's name. */
  clean(run: Token[], atSentenceStart: boolean): string[] | null {
    let ws = run.filter((t) => t.word);
    // "Ο πρόεδρος …" at a sentence start: an article alone names nobody.
    if (ws.every((t) => this.determiners.has(t.text.toLowerCase()))) return null;
    // An article before a title is not part of the name: "Der Bürgermeister Hans Müller", "Le président Emmanuel Macron" ("Le Pen" keeps its "Le").
    while (ws.length > 2 && this.determiners.has(ws[0]!.text.toLowerCase()) && this.titleAt(ws, 1) > 0) ws = ws.slice(1);
    let cut = 0;
    // Titles lead a name ("Presiden Rusia Vladimir Putin" also has one after a country). A title
    // word that ends the run is a surname (Mirjam de Koning, Stephen King), and one alone mid-run too.
    for (let k = 0; k < ws.length; k++) {
      const n = this.titleAt(ws, k);
      if (!n || k + n >= ws.length) continue;
      // "Russlands Präsident Wladimir Putin", "Nordkoreas Machthaber Kim Jong Un", "Sağlık Bakanı Mehmet Yılmaz": a title with a full name after it ends what comes before.
      const office = (k > 0 && GENITIVE.test(ws[k - 1]!.text)) || this.officeEnds.has(ws[k + n - 1]!.text.toLowerCase());
      if (k === cut || (ws.length - (k + n) >= 2 && (n >= 2 || office)) || this.titleAt(ws, 0)) {
        cut = k + n;
        k += n - 1;
      }
    }
    ws = ws.slice(cut);
    if (atSentenceStart && cut === 0 && ws.length > 1 && this.isCommonWord(ws[0]!.text)) ws = ws.slice(1);
    while (ws.length && PARTICLES.has(ws[ws.length - 1]!.text)) ws.pop();
    while (ws.length && PARTICLES.has(ws[0]!.text)) ws.shift();
    if (!ws.length) return null;
    let names = ws.map((t) => t.text);
    // Two words that both also stand alone are two names ("Korea Utara" | "Kim Jong Un"): keep the last.
    for (let k = names.length - 1; k > 0; k--) {
      if (PARTICLES.has(names[k]!) || PARTICLES.has(names[k - 1]!)) continue;
      const pair = this.count([names[k - 1]!, names[k]!]);
      if (pair < this.count([names[k - 1]!]) && pair < this.count([names[k]!])) {
        names = names.slice(k);
        break;
      }
    }
    if (names.length > 1) {
      const fromLast = this.extend(names, names.length - 1);
      const fromFirst = this.extend(names, 0);
      // A surname alone from three words means the middle word is also used on its own (Ramón Villaseñor Ortega, later "Villaseñor"): keep them all.
      names = fromFirst.length === names.length || (fromLast.length === 1 && names.length >= 3) ? names : fromLast;
    }
    return this.personalPart(names).slice(-MAX_NAME_WORDS);
  }

  isCommonWord(w: string): boolean {
    const lower = w.toLowerCase();
    return this.stop.has(lower) || this.lowerWords.has(lower);
  }

  /** Grow a name from `names[anchor]` over neighbours that never occur without it (a particle goes with the word beyond it). */
  private extend(names: readonly string[], anchor: number): string[] {
    let lo = anchor;
    let hi = anchor + 1;
    for (let grew = true; grew; ) {
      grew = false;
      const l = lo > 1 && PARTICLES.has(names[lo - 1]!) ? lo - 2 : lo - 1;
      if (l >= 0 && this.count([names[l]!]) === this.count(names.slice(l, hi))) {
        lo = l;
        grew = true;
      }
      const h = hi + 1 < names.length && PARTICLES.has(names[hi]!) ? hi + 1 : hi;
      if (h < names.length && this.count([names[h]!]) === this.count(names.slice(lo, h + 1))) {
        hi = h + 1;
        grew = true;
      }
    }
    return names.slice(lo, hi);
  }

  /**
   * The last person introduced between two offsets: a name of two or more
   * words followed by a comma, a bracket or a reporting verb ("Siti Rohmah
   * (45), mengaku …", "Helen Carwood, from …, said"). Speech that follows
   * with no attribution of its own is theirs.
   */
  introducedBetween(from: number, to: number): string[] | null {
    const ts = this.tokens;
    let found: string[] | null = null;
    let i = ts.findIndex((t) => t.start >= from);
    if (i < 0) return null;
    while (i < ts.length && ts[i]!.start < to) {
      if (!this.inRun(ts, i)) {
        i++;
        continue;
      }
      const begin = i;
      while (i < ts.length && this.inRun(ts, i)) i++;
      const next = ts[i];
      const followed = next && (next.text === ',' || next.text === '(' || (next.word && this.never.has(next.text.toLowerCase())));
      if (!followed || next.start >= to) continue;
      const name = this.clean(ts.slice(begin, i), begin === 0 || SENTENCE_END.has(ts[begin - 1]!.text));
      if (name && name.length >= 2) found = name;
    }
    return found;
  }

  /** The fullest form of `name` used before offset `before` ("Putin" → "Vladimir Putin"). */
  fullest(name: readonly string[], before: number): string[] {
    const forms = this.formsOf(name);
    if (name.length === 1 && this.declined && !forms.some((f) => f.start < before && f.best.length > 1)) {
      const other = this.declinedForm(name[0]!, before);
      if (other) return other;
    }
    // The last occurrence before `before` (occurrences are in text order).
    let lo = 0;
    let hi = forms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (forms[mid]!.start < before) lo = mid + 1;
      else hi = mid;
    }
    return this.personalPart(lo > 0 ? forms[lo - 1]!.best : name);
  }

  /**
   * A surname alone in another case than the full name before it: "Mikovcová"
   * after "Lucie Mikovcové" → "Lucie Mikovcová". Same first letters up to the
   * last three (at least four), after a capitalized given name.
   */
  private declinedForm(surname: string, before: number): string[] | null {
    if (surname.length < 5) return null;
    const stem = surname.slice(0, Math.max(4, surname.length - 3));
    let found: { given: string; start: number } | null = null;
    for (const [word, at] of this.positions) {
      if (word === surname || !word.startsWith(stem) || Math.abs(word.length - surname.length) > 3) continue;
      for (const i of at) {
        const given = this.tokens[i - 1];
        const start = this.tokens[i]!.start;
        if (start >= before || (found && start < found.start)) continue;
        if (!isCapitalized(given) || this.never.has(given!.text.toLowerCase()) || this.titleAt(this.tokens, i - 1)) continue;
        found = { given: given!.text, start };
      }
    }
    return found ? [found.given, surname] : null;
  }

  /** The personal name at the end of a run, where names have two parts (TWO_PART_NAMES). */
  private personalPart(names: readonly string[]): string[] {
    const patronymic = TWO_PART_NAMES[this.lang];
    if (patronymic === undefined || names.length <= 2) return [...names];
    return names.slice(patronymic?.test(names[names.length - 2]!) ? -3 : -2);
  }

  /**
   * Each occurrence of `name` in the text with the fullest form seen up to and including it. What an occurrence
   * grows into depends only on the whole text, so it is worked out once per name, not once per mention: the
   * speaker rules ask for every capitalized run of the article.
   */
  private formsOf(name: readonly string[]): { start: number; best: readonly string[] }[] {
    const key = name.join(' ');
    const known = this.forms.get(key);
    if (known) return known;
    const forms: { start: number; best: readonly string[] }[] = [];
    let best: readonly string[] = name;
    const ts = this.tokens;
    for (const i of this.positions.get(name[0] ?? '') ?? []) {
      if (!this.matchesAt(i, name)) continue;
      let lo = i;
      let hi = i + name.length;
      const phrase = () => ts.slice(lo, hi).map((t) => t.text);
      for (let grew = true; grew && hi - lo < MAX_NAME_WORDS; ) {
        grew = false;
        const left = ts[lo - 1];
        if (isCapitalized(left) && !this.never.has(left!.text.toLowerCase()) && !this.titleEndsAt(ts, lo - 1) && this.count([left!.text]) === this.count([left!.text, ...phrase()])) {
          lo--;
          grew = true;
        }
        const right = ts[hi];
        if (isCapitalized(right) && !this.never.has(right!.text.toLowerCase()) && !this.titleAt(ts, hi) && this.count([right!.text]) === this.count([...phrase(), right!.text])) {
          hi++;
          grew = true;
        }
      }
      if (hi - lo > best.length) best = phrase();
      forms.push({ start: ts[i]!.start, best });
    }
    this.forms.set(key, forms);
    return forms;
  }
}
