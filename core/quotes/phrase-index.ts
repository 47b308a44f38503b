/**
 * Word-list phrases (titles, descriptor nouns, verbs of saying) looked up by the word at a position instead of
 * trying every phrase there: a language's title list has hundreds of entries and the speaker rules ask at almost
 * every token of every paragraph with a quotation (most of the quote step's time before).
 */
import { matchPhrase, type Token } from './tokens';

export class PhraseIndex {
  /** Phrases by their first word, longest first (the order a lookup must try them in). */
  private readonly byFirst = new Map<string, (readonly string[])[]>();
  /** Phrases by their last word. */
  private readonly byLast = new Map<string, (readonly string[])[]>();

  /** `phrases`: lower-cased word lists; empty ones match nothing. */
  constructor(phrases: readonly (readonly string[])[]) {
    const longestFirst = phrases.filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
    for (const phrase of longestFirst) {
      push(this.byFirst, phrase[0]!, phrase);
      push(this.byLast, phrase[phrase.length - 1]!, phrase);
    }
  }

  /** How many tokens the longest phrase starting at `at` covers (0 when none). */
  lengthAt(tokens: readonly Token[], at: number): number {
    const t = tokens[at];
    if (!t?.word) return 0;
    for (const phrase of this.byFirst.get(t.text.toLowerCase()) ?? []) {
      const n = matchPhrase(tokens, at, phrase);
      if (n) return n;
    }
    return 0;
  }

  /** Whether a phrase ends at token `at`. */
  endsAt(tokens: readonly Token[], at: number): boolean {
    const t = tokens[at];
    if (!t?.word) return false;
    return (this.byLast.get(t.text.toLowerCase()) ?? []).some((p) => at - p.length + 1 >= 0 && matchPhrase(tokens, at - p.length + 1, p) === p.length);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One value per key (a language, a rule table), built on first use: what it is built from is module data that never changes. */
export function perKey<K, V>(build: (key: K) => V): (key: K) => V {
  const built = new Map<K, V>();
  return (key) => {
    if (!built.has(key)) built.set(key, build(key));
    return built.get(key)!;
  };
}

/** One index per key, built on first use (see perKey). */
export function memoizedIndex<K>(build: (key: K) => (readonly string[])[]): (key: K) => PhraseIndex {
  return perKey((key: K) => new PhraseIndex(build(key)));
}
