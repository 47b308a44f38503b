/** Word and punctuation tokens with their offsets, shared by the speaker rules. */
export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** `limit`: stop after that many tokens (a caller reading only a clause needn't tokenize a whole long paragraph). */
export function tokenize(s: string, offset = 0, limit = Infinity): Token[] {
  const out: Token[] = [];
  if (limit <= 0) return out;
  for (const m of s.matchAll(TOKEN)) {
    const text = m[0];
    out.push({ text, start: offset + m.index, end: offset + m.index + text.length, word: /[\p{L}\p{N}]/u.test(text[0]!) });
    if (out.length >= limit) break;
  }
  return out;
}

export function isCapitalized(t: Token | undefined): boolean {
  return !!t && t.word && /^\p{Lu}/u.test(t.text);
}

/** The lower-cased words of a phrase. */
export function words(phrase: string): string[] {
  return tokenize(phrase.toLowerCase()).filter((t) => t.word).map((t) => t.text);
}

/** Whether `tokens` from `at` spell `phrase` (lower-cased words), ignoring case; returns how many tokens matched, or 0. */
export function matchPhrase(tokens: readonly Token[], at: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const t = tokens[at + k];
    if (!t || !t.word || t.text.toLowerCase() !== phrase[k]) return 0;
  }
  return phrase.length;
}
