import { countWords } from './clean/text';
import { primaryLanguage } from './language';
import { CHARACTERS_PER_MINUTE, DEFAULT_WORDS_PER_MINUTE, WORDS_PER_MINUTE } from './rules/reading-speed';

const CJK_OR_THAI = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/gu;

/** Words in the text; for languages written without spaces, each character counts. */
export function wordCountOf(text: string): number {
  return countWords(text);
}

/** Minutes at the language's reading speed (CJK and Thai by characters), at least 1 for any text. */
export function readingTimeMinutes(text: string, lang: string): number {
  const primary = primaryLanguage(lang);
  const cpm = CHARACTERS_PER_MINUTE[primary];
  let minutes: number;
  if (cpm) {
    const chars = text.match(CJK_OR_THAI)?.length ?? 0;
    const otherWords = countWords(text.replace(CJK_OR_THAI, ' '));
    minutes = chars / cpm + otherWords / DEFAULT_WORDS_PER_MINUTE;
  } else {
    minutes = countWords(text) / (WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE);
  }
  return text.trim() ? Math.max(1, Math.round(minutes)) : 0;
}
