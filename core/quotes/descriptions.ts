/**
 * Speakers an article describes instead of naming: "sagte ein Sprecher der
 * Stadtverwaltung", "kata seorang juru bicara Pemkot", "a spokesperson for the
 * ministry said", "disse o motorista". The description as written (its
 * indefinite article left off) is the speaker; a definite one ("the mayor",
 * "o autarca") points back to someone introduced earlier.
 */
import { AGE_NOUNS, DESCRIPTOR_WORDS, NON_PERSON_WORDS, type DescriptorWords } from '../rules/person-descriptors';
import { PERSON_TITLES } from '../rules/person-titles';
import { MONTHS, WEEKDAYS } from '../rules/date-words';
import { memoizedIndex, perKey, type PhraseIndex } from './phrase-index';
import { isCapitalized, words, type Token } from './tokens';

export interface Description {
  /** The words shown as the speaker: head noun and its complement ("Sprecher der Stadtverwaltung"), after a possessive ("her husband"). */
  words: string[];
  /** The head noun, lower-cased ("sprecher"), to match a later "der Sprecher" to it. */
  head: string;
  /** Introduced with a definite article (the mayor, o autarca): it may point back to a named person. A possessive one ("her husband") is someone new. */
  definite: boolean;
  /** Index after the description in the tokens it was read from. */
  end: number;
  /** The head is a listed title or descriptor noun (minister, autarca, Sprecher), not any noun read after a verb ("the report says"). */
  listed: boolean;
  /** The age when the head is one ("der 46-Jährige" → "46"): a person has one age, so two ages are two people. */
  age: string | null;
}

const NON_PERSON = new Set(NON_PERSON_WORDS);
/** A language's person titles and descriptor nouns. */
const listedNouns = (lang: string): string[] => [...(PERSON_TITLES[lang] ?? []), ...(DESCRIPTOR_WORDS[lang]?.nouns ?? [])];
const nounIndex = memoizedIndex((lang: string) => listedNouns(lang).map(words));

/** Nouns that end surnames more often than compounds: Bühlmann, Hoffmann, Neumann, Herrmann. */
const SURNAME_ENDINGS = new Set(['mann', 'frau', 'herr', 'vater', 'mutter']);
/**
 * Where nouns are compounded (German), the last part names the person: Konzernchef, Regierungssprecher,
 * Innenminister. One-word nouns of 4+ letters from the language's lists, longest first.
 */
const compoundHeadsFor = perKey((lang: string): string[] => {
  const heads = listedNouns(lang).filter((w) => !w.includes(' ') && w.length >= 4 && !SURNAME_ENDINGS.has(w));
  return [...new Set(heads)].sort((a, b) => b.length - a.length);
});

/** Days and months end a description: "der Sprecher am Dienstag" is the spokesman, "am Dienstag" is when he spoke. */
const TIME_WORDS = new Set([...WEEKDAYS, ...Object.values(MONTHS).flat(2)].filter((w) => w.length > 3));

/** Longest description we read, in tokens. */
const MAX_TOKENS = 9;

export class DescriptionReader {
  private readonly rules: DescriptorWords | null;
  private readonly indefinite: Set<string>;
  private readonly definite: Set<string>;
  private readonly possessives: Set<string>;
  private readonly complements: Set<string>;
  private readonly stops: Set<string>;
  /** Descriptor nouns and person titles. */
  private readonly nouns: PhraseIndex;
  /** "der 46-Jährige": an age used as a noun. */
  private readonly age: RegExp | null;
  /** Listed nouns that also end compounds (Konzernchef), where the language compounds its nouns. */
  private readonly compounds: string[] | null;

  /** `never`: verbs of saying and other words that end a description. */
  constructor(lang: string, private readonly never: ReadonlySet<string>, private readonly auxiliaries: ReadonlySet<string>) {
    this.rules = DESCRIPTOR_WORDS[lang] ?? null;
    const r = this.rules;
    this.indefinite = new Set(r?.indefinite ?? []);
    this.definite = new Set(r?.definite ?? []);
    this.possessives = new Set(r?.possessives ?? []);
    this.complements = new Set(r?.complements ?? []);
    this.stops = new Set(r?.stops ?? []);
    this.nouns = nounIndex(lang);
    this.age = AGE_NOUNS[lang] ?? null;
    this.compounds = this.rules?.capitalizedNouns ? compoundHeadsFor(lang) : null;
  }

  /** Whether the language has a table of articles and descriptor nouns (the ones without articles have none). */
  get described(): boolean {
    return this.rules !== null;
  }

  /** A word that joins or ends a phrase (for, de, di, in, who): never an adjective between a title and a name. */
  isLinkWord(lower: string): boolean {
    return this.complements.has(lower) || this.stops.has(lower) || this.indefinite.has(lower) || this.definite.has(lower) || this.possessives.has(lower);
  }

  isIndefinite(lower: string): boolean {
    return this.indefinite.has(lower);
  }

  /** An article or possessive that may open a description (a, ein, seorang, the, zijn). */
  isArticle(lower: string): boolean {
    return this.indefinite.has(lower) || this.definite.has(lower);
  }

  /** Length of a listed descriptor noun or title at `at` (0 when none). */
  nounAt(ts: readonly Token[], at: number): number {
    const t = ts[at];
    if (t?.word && this.age?.test(t.text)) return 1;
    const n = this.nouns.lengthAt(ts, at);
    if (n || !t?.word || !this.compounds) return n;
    const lower = t.text.toLowerCase();
    return this.compounds.some((h) => lower.length >= h.length + 3 && lower.endsWith(h)) ? 1 : 0;
  }

  /** Whether the capitalized run at `k` names an organisation or a place. */
  private organisationRun(ts: readonly Token[], k: number): boolean {
    for (let i = k; isCapitalized(ts[i]); i++) if (NON_PERSON.has(ts[i]!.text.toLowerCase())) return true;
    return false;
  }

  private isStop(t: Token | undefined): boolean {
    if (!t) return true;
    if (!t.word) return true;
    const lower = t.text.toLowerCase();
    return this.stops.has(lower) || this.never.has(lower) || this.auxiliaries.has(lower);
  }

  /**
   * A description starting at `at`. `anyHead`: after a verb of saying any
   * lower-case noun may head it ("disse o motorista"); elsewhere only a listed
   * descriptor noun or title does, after an article ("Um motorista …", "A
   * spokesperson …") or on its own ("Petugas di peron …").
   */
  read(ts: readonly Token[], at: number, anyHead: boolean): Description | null {
    if (!this.rules) return null;
    let k = at;
    let definite = false;
    let article = false;
    while (ts[k]?.word && this.indefinite.has(ts[k]!.text.toLowerCase())) {
      article = true;
      k++;
    }
    let possessive = false;
    if (!article && ts[k]?.word && this.definite.has(ts[k]!.text.toLowerCase())) {
      definite = true;
      article = true;
      k++;
    } else if (!article && ts[k]?.word && this.possessives.has(ts[k]!.text.toLowerCase())) {
      possessive = true;
      article = true;
      k++;
    }
    // Right after a verb of saying, "the elderly man", "a tearful local resident", "eine ältere Anwohnerin": up to two
    // adjectives before a listed noun. Not elsewhere: "sent songs to a music lawyer" is nobody a pronoun points to.
    const from = k;
    let n = this.nounAt(ts, k);
    for (let a = 1; !n && article && anyHead && a <= 2; a++) {
      const adjective = ts[k + a - 1];
      if (!adjective?.word || !/^\p{Ll}/u.test(adjective.text) || this.isStop(adjective)) break;
      const m = this.nounAt(ts, k + a);
      if (m) {
        k += a;
        n = m;
      }
    }
    const headAt = k;
    const listed = n > 0;
    if (!n) {
      const t = ts[k];
      // German nouns are capitalized: after an article, any word may head the description there.
      const headLike = t?.word && !this.isStop(t) && (/^\p{Ll}/u.test(t.text) || (article && !!this.rules.capitalizedNouns));
      if (!anyHead || !article || !headLike) return null;
      n = 1;
    }
    k += n;
    const head = ts[k - 1]!.text.toLowerCase();
    let end = k;
    // The complement: "for the Michigan Department of Education", "der Bäckerei am Marienplatz", "Pemkot Semarang", "délégué aux Transports".
    while (k < ts.length && k - at < MAX_TOKENS) {
      const t = ts[k]!;
      if (!t.word) break;
      const lower = t.text.toLowerCase();
      if (TIME_WORDS.has(lower)) break;
      if (this.complements.has(lower)) {
        k++;
        continue;
      }
      if (isCapitalized(t) && !this.never.has(lower)) {
        // Capitalized words right after the head are a name ("Bundeskanzler Olaf Scholz", "the mayor John Smith"):
        // then this is a titled name, not a description. An organisation there belongs to it ("juru bicara Pemkot Semarang").
        if (k === headAt + n && !this.organisationRun(ts, k)) return null;
        end = ++k;
        continue;
      }
      const afterComplement = k > headAt + n && this.complements.has(ts[k - 1]!.text.toLowerCase());
      const adjectiveBeforeComplement = k === headAt + n && this.complements.has(ts[k + 1]?.text.toLowerCase() ?? '');
      if (!this.isStop(t) && (afterComplement || adjectiveBeforeComplement)) {
        end = ++k;
        continue;
      }
      break;
    }
    const age = this.age?.test(ts[headAt]!.text) ? /\d+/u.exec(ts[headAt]!.text)![0] : null;
    return { words: ts.slice(possessive ? from - 1 : from, end).map((t) => t.text), head, definite, end, listed, age };
  }
}
