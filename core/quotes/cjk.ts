/**
 * Speakers in languages written without spaces (ja, zh) or without capitals
 * (ko): the verb follows the closing mark (ja 「…」と述べた, ko "…"고 말했다),
 * the name sits before a title or particle.
 */
import type { CjkReportingWords } from '../rules/reporting-verbs';
import type { Attribution } from './attribution';

const NAME_CHARS = '[\\p{Script=Han}\\p{Script=Katakana}ー・]';
/** Characters between the particle and the verb that we still call adjacent. */
const MAX_GAP = 12;

/** Each opening mark's closing one, to step over a quotation ("…”며 “…”고 말했다"). */
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '「': '」', '『': '』', '‘': '’' };
/** Whole quotations, taken out of the text before a quote where the speaker is looked for: a particle inside one is not the speaker's. */
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』/gu;
/** "(29)": an age between a name and its title or particle (이아무개(29)씨는). */
const AGE = '(?:\\(\\d{1,3}\\))?';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alt = (xs: readonly string[]): string => (xs.length ? `(?:${[...xs].sort((a, b) => b.length - a.length).map(esc).join('|')})` : '(?!)');

export class CjkMatcher {
  private readonly afterRe: RegExp;
  private readonly beforeRe: RegExp;
  private readonly topicRe: RegExp | null;
  private readonly pronounAfter: RegExp;

  private readonly nameChars: string;
  /** Between a name and its title: nothing, or a space where words are spaced. */
  private readonly gap: string;

  constructor(private readonly rules: CjkReportingWords) {
    const name = (this.nameChars = rules.nameChars ?? NAME_CHARS);
    // Spaced: up to two words (an office: 김민수 교육부 장관은) between the name and its title.
    const gap = (this.gap = rules.spaced ? `(?:\\s${name}+){0,2}?\\s?` : '');
    const title = `(?:${gap}${alt(rules.titleSuffixes)})?`;
    const q = rules.quotatives.length ? `${alt(rules.quotatives)}[、，,]?` : '[，,]?';
    const topic = rules.topicParticles.length ? `${alt(rules.topicParticles)}[、，,]?` : '';
    const space = rules.spaced ? '\\s*' : '';
    this.afterRe = new RegExp(`^${q}${space}(?:(${name}{1,12}?)${AGE}${title}${topic})?[^。！？「」]{0,${MAX_GAP}}?${alt(rules.verbs)}`, 'u');
    this.pronounAfter = new RegExp(`^${q}${space}${alt(rules.pronouns)}${topic}`, 'u');
    // zh: the speaker and verb right before the mark (他说：“…”).
    this.beforeRe = new RegExp(`(${name}{1,12}?)${title}${alt(rules.verbs)}[：:，,]?$`, 'u');
    // ja: the sentence's topic (岸田首相は記者会見で「…」と述べた); ko: 김민수 장관은 "…"고 말했다.
    // Where words are spaced, the particle ends its word (정부가, not the start of 이번).
    const wordEnd = rules.spaced ? '(?=\\s|$|,)' : '';
    this.topicRe = topic ? new RegExp(`(${name}{1,12}?)${AGE}${title}${topic}${wordEnd}`, 'gu') : null;
    this.chained = rules.quotatives.length ? new RegExp(`^${q}\\s*([“"「『‘])`, 'u') : null;
    this.adjacentRe = topic ? null : new RegExp(`^${q}${space}(${name}{1,12}?)${title}${alt(rules.verbs)}`, 'u');
    this.prefixes = [...(rules.titlePrefixes ?? [])].sort((a, b) => b.length - a.length);
    this.suffixes = [...rules.titleSuffixes].sort((a, b) => b.length - a.length);
    // zh: the speaker and verb open the sentence and the quotation comes later in it (李红梅说，下一步……，“……”).
    this.openerRe = new RegExp(`^\\s*(${name}{2,12}?)${title}${alt(rules.verbs)}[，,：:]`, 'u');
  }

  /** Titles before (zh) and after a name, longest first; sorted once, not on every speaker read. */
  private readonly prefixes: string[];
  private readonly suffixes: string[];
  private readonly adjacentRe: RegExp | null;
  private readonly openerRe: RegExp;

  private readonly chained: RegExp | null;

  /**
   * Two quotations joined by a quotative share the verb after the second: 박선영 과장은 “A”며 “B”고 말했다,
   * 「A」とし、「B」と述べた. The text after the second quotation is the first one's tail too.
   */
  private afterNext(tail: string): string | null {
    const m = this.chained?.exec(tail);
    if (!m) return null;
    const close = tail.indexOf(CLOSING[m[1]!]!, m[0].length);
    return close < 0 ? null : tail.slice(close + 1);
  }

  private clean(name: string): string[] | null {
    let n = name;
    for (const t of this.suffixes) if (n.endsWith(t) && n.length > t.length) n = n.slice(0, -t.length);
    // zh also writes the title before the name: 国务院总理李强, 外交部发言人汪文斌 — the name is what follows the last title.
    for (const t of this.suffixes) {
      const i = n.lastIndexOf(t);
      const rest = i > 0 || (i === 0 && n.length > t.length) ? n.slice(i + t.length) : '';
      if (rest.length >= 2 && rest.length <= 4) n = rest;
    }
    const told = this.nameAtEnd(n);
    return told && !this.rules.pronouns.includes(told) ? [told] : null;
  }

  /**
   * zh: a name that opens a run with a manner after it ("卢宇恳切地说"): two or three characters from a family name,
   * taken only when the paragraph wrote them before ("卢宇还认为……").
   */
  private namedEarlier(run: string, before: string): string[] | null {
    const { surnames } = this.rules;
    if (!surnames?.some((s) => run.startsWith(s))) return null;
    for (const length of [3, 2]) {
      const name = [...run].slice(0, length).join('');
      if (name.length < run.length && before.includes(name)) return [name];
    }
    return null;
  }

  /**
   * zh: the name at the end of a run with no spaces ("成都轨道交通集团副总经理李红梅" → 李红梅): what follows the last
   * office or description before it, else two or three characters opening with a family name. A run of three or
   * fewer characters is the name itself.
   */
  private nameAtEnd(run: string): string | null {
    const { titlePrefixes, surnames } = this.rules;
    const chars = [...run];
    if (!titlePrefixes || !surnames || chars.length <= 3) return run;
    for (const title of this.prefixes) {
      const at = run.lastIndexOf(title);
      const rest = at < 0 ? 0 : [...run.slice(at + title.length)].length;
      if (rest >= 2 && rest <= 4) return run.slice(at + title.length);
    }
    for (const length of [3, 2]) {
      const tail = chars.slice(-length).join('');
      if (surnames.some((s) => tail.startsWith(s) && tail.length > s.length)) return tail;
    }
    const foreign = this.rules.foreignNameChars;
    let start = chars.length;
    while (start > 0 && foreign?.includes(chars[start - 1]!)) start--;
    return chars.length - start >= 3 ? chars.slice(start).join('') : null;
  }

  attribute(head: string, tail: string, depth = 0): Attribution | null {
    // The sentence before the quotation, its own quotations blanked: Korean ends sentences with ". " as well as "。".
    const ends = [head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？')];
    if (this.rules.spaced) for (const m of head.matchAll(/[.!?]\s/gu)) ends.push(m.index);
    const sentenceHead = head.slice(Math.max(...ends) + 1).replace(QUOTED, (q) => ' '.repeat(q.length));
    const next = depth < 3 ? this.afterNext(tail) : null;
    if (next !== null) return this.attribute(head, next, depth + 1);
    // zh has no particle to end a name: a name right before the verb is whole ("”李博灏说。", not "李" and a gap).
    const m = this.adjacentRe ? this.adjacentRe.exec(tail) ?? this.afterRe.exec(tail) : this.afterRe.exec(tail);
    if (m) {
      if (this.pronounAfter.test(tail)) return { kind: 'pronoun' };
      const name = m[1] ? this.clean(m[1]) ?? this.namedEarlier(m[1], head) : null;
      if (name) return { kind: 'name', name };
      const topics = this.topicRe ? [...sentenceHead.matchAll(this.topicRe)] : [];
      const last = topics[topics.length - 1]?.[1];
      if (last && this.rules.pronouns.includes(last)) return { kind: 'pronoun' };
      const before = last ? this.clean(last) : null;
      return before ? { kind: 'name', name: before } : { kind: 'verb' };
    }
    // zh: 他说：“…” / 李强表示，“…” / 李强说，……，“…”
    if (!this.rules.quotatives.length) {
      const b = this.beforeRe.exec(sentenceHead) ?? this.openerRe.exec(sentenceHead);
      if (b?.[1]) {
        const name = this.clean(b[1]);
        if (name) return { kind: 'name', name };
        // "他说" points back; a run where no name can be told points nowhere.
        return this.rules.pronouns.some((p) => b[1]!.endsWith(p)) ? { kind: 'pronoun' } : null;
      }
    }
    return null;
  }

  /** The fullest earlier form: 岸田 → 岸田文雄 when "岸田文雄首相" came first. */
  fullest(name: string, textBefore: string): string {
    // A title alone (首相は「…」) is the person last named with it (岸田文雄首相).
    if (this.rules.titleSuffixes.includes(name)) {
      const named = [...textBefore.matchAll(new RegExp(`(${this.nameChars}{2,4}?)${this.gap}${esc(name)}`, 'gu'))].pop()?.[1];
      return named ?? name;
    }
    const re = new RegExp(`${esc(name)}(${this.nameChars === NAME_CHARS ? '\\p{Script=Han}' : this.nameChars}{1,3})${this.gap}${alt(this.rules.titleSuffixes)}`, 'u');
    const m = re.exec(textBefore);
    return m ? name + m[1] : name;
  }
}
