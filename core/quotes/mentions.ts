/**
 * The people an article mentions, in order: named persons (a capitalized run
 * with a title before it, or followed by a comma, a bracket or a verb of
 * saying, or a short form of such a name) and described ones ("un portavoce
 * della Regione", "Zijn buurvrouw"). A pronoun, "-nya" or a bare verb after a
 * quotation means the latest of them, not merely the last speaker: "Hale …
 * said he voted … “…,” he said" is Hale even when the quote before was Ellison's.
 * Organisations and places (Farming Community Network, Prasarana Malaysia
 * Berhad) are never people.
 */
import { NON_PERSON_WORDS, PERSON_RELATIVES } from '../rules/person-descriptors';
import type { Description, DescriptionReader } from './descriptions';
import type { NameContext } from './names';
import { type Token } from './tokens';

export type Mention =
  | { kind: 'name'; name: string[]; start: number; end: number; titles: readonly string[] }
  | { kind: 'description'; description: Description; start: number; end: number };

const NON_PERSON = new Set(NON_PERSON_WORDS);
const SENTENCE_START = new Set(['.', '!', '?', '"', '“', '”', '«', '»', '„', ':', ';', '(', '‘', '’']);
const ACRONYM = /^[\p{Lu}\p{N}]{2,}$/u;

export class Mentions {
  readonly all: Mention[] = [];
  /** Full names accepted as people, so that a later "Okafor" or "Degrassi" is one too. */
  private readonly people = new Set<string>();
  private readonly relatives: Set<string>;

  constructor(
    private readonly names: NameContext,
    private readonly reader: DescriptionReader,
    /** Offsets covered by quotations: people named inside a quote are not who speaks after it. */
    quoted: readonly (readonly [number, number])[],
    /** First words of the verbs of saying (said, berkata, a déclaré → a): a name or description before one is its subject. */
    private readonly verbs: ReadonlySet<string>,
    lang: string,
  ) {
    this.relatives = new Set(PERSON_RELATIVES[lang] ?? []);
    const ts = names.tokens;
    // Tokens come in order, so one pointer walks the quotations sorted by start (a page of stray quote marks has
    // thousands: testing every one per token made this quadratic, 1.4 s on one fuzzed page).
    const spans = [...quoted].sort((x, y) => x[0] - y[0]);
    let q = 0;
    const inQuote = (t: Token) => {
      while (q < spans.length && spans[q]![1] <= t.start) q++;
      return q < spans.length && t.start > spans[q]![0] && t.start < spans[q]![1];
    };
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (!t.word || inQuote(t)) continue;
      const sentenceStart = i === 0 || SENTENCE_START.has(ts[i - 1]!.text);
      const d = this.describedAt(ts, i, sentenceStart);
      // "Michelle Tan, a nurse from Penrith, said": a description in apposition to a name only describes that person.
      const last = this.all[this.all.length - 1];
      const appositive = d && ts[i - 1]?.text === ',' && last?.kind === 'name' && last.end === ts[i - 2]?.end;
      if (d && appositive) {
        i = d.end - 1;
        continue;
      }
      if (d) {
        this.all.push({ kind: 'description', description: d, start: t.start, end: ts[d.end - 1]!.end });
        i = d.end - 1;
        continue;
      }
      if (!names.inRun(ts, i)) continue;
      let j = i;
      while (j < ts.length && names.inRun(ts, j)) j++;
      const name = this.personAt(ts, i, j, sentenceStart);
      if (name) this.all.push({ kind: 'name', name, start: t.start, end: ts[j - 1]!.end, titles: titleWordsAround(ts, i, j) });
      i = j - 1;
    }
  }

  /** A description of a person at `i` that is not just the title before a name ("the mayor John Smith"). */
  private describedAt(ts: readonly Token[], i: number, sentenceStart: boolean): Description | null {
    const lower = ts[i]!.text.toLowerCase();
    const article = this.reader.isArticle(lower);
    // "Un agriculteur de Lescure, qui …, se réjouit": an indefinite subject needs no listed noun.
    const d = this.reader.read(ts, i, sentenceStart && this.reader.isIndefinite(lower));
    if (!d) return null;
    // "Sementara itu, jurucakap Jabatan Meteorologi (MetMalaysia) berkata": a listed noun as the subject of a verb of saying.
    let v = d.end;
    if (ts[v]?.text === '(') while (v < ts.length && ts[v]!.text !== ')') v++;
    const speaks = ts[v === d.end ? v : v + 1]?.word === true && this.verbs.has(ts[v === d.end ? v : v + 1]!.text.toLowerCase());
    if (!article && !sentenceStart && !speaks) return null;
    // A name right after or in apposition is the person; the description was only their title.
    const next = ts[d.end];
    if (next?.text === ',' && this.names.inRun(ts, d.end + 1)) {
      let j = d.end + 1;
      while (j < ts.length && this.names.inRun(ts, j)) j++;
      if (this.personAt(ts, d.end + 1, j, false, true)) return null;
    }
    for (let k = i + 1; k < d.end; k++) {
      if (!this.names.inRun(ts, k)) continue;
      let j = k;
      while (j < ts.length && this.names.inRun(ts, j)) j++;
      if (this.personAt(ts, k, j, false, true)) return null;
      k = j;
    }
    return d;
  }

  /** The person named by the capitalized run [i, j), or null when it is not a person. `probe`: only test, remember nothing. */
  private personAt(ts: readonly Token[], i: number, j: number, sentenceStart: boolean, probe = false): string[] | null {
    const run = ts.slice(i, j);
    const name = this.names.clean(run, sentenceStart);
    if (!name) return null;
    if (name.some((w) => NON_PERSON.has(w.toLowerCase()) || ACRONYM.test(w))) return null;
    const full = this.names.fullest(name, ts[i]!.start);
    if (full.some((w) => NON_PERSON.has(w.toLowerCase()))) return null;
    // "Jabatan Kebajikan Masyarakat": what follows an organisation word in the run is the organisation's name.
    const words = run.filter((t) => t.word).map((t) => t.text);
    const first = words.lastIndexOf(name[0]!);
    if (first > 0 && words.slice(Math.max(0, first - 2), first).some((w) => NON_PERSON.has(w.toLowerCase()))) return null;
    const key = full.join(' ');
    // A title that is the whole run ("Chef", "Minister" in German, where every noun is capitalized) names nobody by itself.
    const title = this.names.titleAt(ts, i);
    const titled = (title > 0 && title < j - i) || (sentenceStart && this.names.titleAt(ts, i + 1) > 0) || this.titledBefore(ts, i);
    const next = ts[j];
    const after = ts[j + 1];
    // A comma starts an apposition ("Michelle Tan, a nurse", "Rosmawati Ismail, berkata", "Pauline Hegarty, 54,") — not a list of places ("Pasir Mas, Tumpat").
    const apposed = next?.text === ',' && !!after && (/^[\p{Ll}\p{N}]/u.test(after.text) || this.names.titleAt(ts, j + 1) > 0);
    const cue = apposed || next?.text === '(' || (next?.word === true && this.verbs.has(next.text.toLowerCase()));
    // "di Pasir Mas", "in Greater Manchester": after a preposition of place, only a title makes a person.
    const placed = ts[i - 1]?.word === true && this.reader.isLinkWord(ts[i - 1]!.text.toLowerCase()) && !this.reader.isArticle(ts[i - 1]!.text.toLowerCase());
    // "Marcus, who has driven …", "Jan-Willem Verbeek (67)": a relative pronoun for people, or an age, makes even one word a person.
    const relative = next?.text === ',' && !!after?.word && this.relatives.has(after.text.toLowerCase());
    // "Camat Babelan, Hendra Saputra": the title and place are Hendra's, not a person of their own.
    const apposition = next?.text === ',' && !!after && this.names.inRun(ts, j + 1) && !this.names.isCommonWord(after.text);
    const age = next?.text === '(' && /^\d{1,3}$/u.test(after?.text ?? '') && ts[j + 2]?.text === ')';
    // "Kovács Péter polgármester", "Jan Novák ministr": a lower-case title right after a full name.
    const titledAfter = full.length >= 2 && !!next?.word && /^\p{Ll}/u.test(next.text) && this.names.titleAt(ts, j) > 0;
    const person = ((titled || titledAfter) && !(apposition && name.length === 1)) || this.people.has(key) || (full.length >= 2 && cue && !placed) || relative || age;
    if (!person) return null;
    if (!probe) this.people.add(key);
    return full;
  }

  /** A title right before the run, or a title and one word ("la diputada local Mariana Esquivel"). */
  private titledBefore(ts: readonly Token[], i: number): boolean {
    if (this.names.titleEndsAt(ts, i - 1)) return true;
    const prev = ts[i - 1];
    if (prev?.word && /^\p{Ll}/u.test(prev.text) && !this.reader.isLinkWord(prev.text.toLowerCase()) && this.names.titleEndsAt(ts, i - 2)) return true;
    // With no article table, a title and its complement: "ο πρόεδρος της φοιτητικής ένωσης Γιώργος Νικολάου", "rzecznik Tramwajów …".
    if (!this.reader.described) for (let k = i - 1; k >= 0 && k >= i - 5 && ts[k]!.word && /^\p{Ll}/u.test(ts[k]!.text); k--) if (this.names.titleEndsAt(ts, k)) return true;
    // "sa présidente départementale, Nathalie Roques" / "Pengarah JKM negeri, Rosmawati Ismail": a name in apposition to a title.
    if (prev?.text !== ',') return false;
    for (let k = i - 2; k >= 0 && k >= i - 8 && ts[k]!.word; k--) if (this.names.titleAt(ts, k) || this.reader.nounAt(ts, k)) return true;
    return false;
  }

  /** The latest person mentioned in [from, to). */
  latest(from: number, to: number): Mention | null {
    for (let k = this.all.length - 1; k >= 0; k--) {
      const m = this.all[k]!;
      if (m.end > to) continue;
      if (m.start < from) return null;
      return m;
    }
    return null;
  }

  /** The latest mention in [from, to) whose description (or title before the name) has `head` ("o motorista" → "Um motorista …"). */
  latestWithHead(head: string, from: number, to: number): Mention | null {
    for (let k = this.all.length - 1; k >= 0; k--) {
      const m = this.all[k]!;
      if (m.end > to) continue;
      if (m.start < from) return null;
      if (m.kind === 'description' && m.description.head === head) return m;
    }
    return null;
  }

  /**
   * The latest person named before `to` who was given the title `head` (right before the name, or in
   * apposition after it, inflected: "vezérigazgatója"): "doplnila primátorka" is the mayor introduced as
   * "primátorka Brna Markéta Vaňková", even with another person named in between (who would be the latest name).
   */
  latestTitled(head: string, to: number): string[] | null {
    const given = (w: string) => w === head || (head.length >= 4 && w.startsWith(head));
    for (let k = this.all.length - 1; k >= 0; k--) {
      const m = this.all[k]!;
      if (m.end <= to && m.kind === 'name' && m.titles.some(given)) return m.name;
    }
    return null;
  }

  /** The latest named person in [from, to). */
  latestName(from: number, to: number): string[] | null {
    for (let k = this.all.length - 1; k >= 0; k--) {
      const m = this.all[k]!;
      if (m.end > to) continue;
      if (m.start < from) return null;
      if (m.kind === 'name') return m.name;
    }
    return null;
  }
}

/**
 * Where a name's title stands: the lower-case words among the few tokens before the name [i, j) within its
 * sentence, and those of an apposition after it ("Kovács Anna, a … Társaság vezérigazgatója,").
 */
function titleWordsAround(ts: readonly Token[], i: number, j: number): string[] {
  const out: string[] = [];
  const lower = (t: Token) => t.word && t.text.toLowerCase() === t.text;
  for (let k = i - 1; k >= 0 && k >= i - 4 && !SENTENCE_START.has(ts[k]!.text); k--) if (lower(ts[k]!)) out.push(ts[k]!.text);
  if (ts[j]?.text === ',') for (let k = j + 1; k < ts.length && k <= j + 8 && ts[k]!.text !== ',' && !SENTENCE_START.has(ts[k]!.text); k++) if (lower(ts[k]!)) out.push(ts[k]!.text);
  return out;
}
