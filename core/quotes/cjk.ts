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
  }

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
    for (const t of [...this.rules.titleSuffixes].sort((a, b) => b.length - a.length)) if (n.endsWith(t) && n.length > t.length) n = n.slice(0, -t.length);
    return n && !this.rules.pronouns.includes(n) ? [n] : null;
  }

  attribute(head: string, tail: string, depth = 0): Attribution | null {
    // The sentence before the quotation, its own quotations blanked: Korean ends sentences with ". " as well as "。".
    const ends = [head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？')];
    if (this.rules.spaced) for (const m of head.matchAll(/[.!?]\s/gu)) ends.push(m.index);
    const sentenceHead = head.slice(Math.max(...ends) + 1).replace(QUOTED, (q) => ' '.repeat(q.length));
    const next = depth < 3 ? this.afterNext(tail) : null;
    if (next !== null) return this.attribute(head, next, depth + 1);
    const m = this.afterRe.exec(tail);
    if (m) {
      if (this.pronounAfter.test(tail)) return { kind: 'pronoun' };
      const name = m[1] ? this.clean(m[1]) : null;
      if (name) return { kind: 'name', name };
      const topics = this.topicRe ? [...sentenceHead.matchAll(this.topicRe)] : [];
      const last = topics[topics.length - 1]?.[1];
      if (last && this.rules.pronouns.includes(last)) return { kind: 'pronoun' };
      const before = last ? this.clean(last) : null;
      return before ? { kind: 'name', name: before } : { kind: 'verb' };
    }
    // zh: 他说：“…” / 李强表示，“…”
    if (!this.rules.quotatives.length) {
      const b = this.beforeRe.exec(sentenceHead);
      if (b?.[1]) {
        const name = this.clean(b[1]);
        if (name) return { kind: 'name', name };
        return { kind: 'pronoun' };
      }
    }
    return null;
  }

  /** The fullest earlier form: 岸田 → 岸田文雄 when "岸田文雄首相" came first. */
  fullest(name: string, textBefore: string): string {
    const re = new RegExp(`${esc(name)}(${this.nameChars === NAME_CHARS ? '\\p{Script=Han}' : this.nameChars}{1,3})${this.gap}${alt(this.rules.titleSuffixes)}`, 'u');
    const m = re.exec(textBefore);
    return m ? name + m[1] : name;
  }
}
