/**
 * Whether a text under the usual minimum length is still an article: a short
 * news item, a teaser or a paywalled story's free paragraph is written in
 * sentences, while what is not an article (a list, a few labels, a tagline,
 * "Test Case 1") is not. Word counts alone cannot tell the two apart.
 */
import { countWords, endsLikeSentence } from './clean/text';

/** Fewer words than this is never an article, however it is written. */
export const MIN_SHORT_ARTICLE_WORDS = 15;
/** Words a block needs to count as a written sentence rather than a label ("Shuji: Japan."). */
const SENTENCE_BLOCK_WORDS = 5;
/** Share of the words that must stand in such blocks. */
const PROSE_SHARE = 2 / 3;

/** `text` is block text (blocks separated by newlines). */
export function isShortArticle(text: string): boolean {
  const blocks = text.split(/\n+/u).map((b) => b.trim()).filter(Boolean);
  const total = blocks.reduce((n, b) => n + countWords(b), 0);
  if (total < MIN_SHORT_ARTICLE_WORDS) return false;
  const inSentences = blocks.filter((b) => countWords(b) >= SENTENCE_BLOCK_WORDS && endsLikeSentence(b)).reduce((n, b) => n + countWords(b), 0);
  return inSentences >= PROSE_SHARE * total;
}
