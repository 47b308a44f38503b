/**
 * Languages close enough that a voice of one reads the other understandably,
 * tried in order when the browser has no voice for the article's own
 * language. Only pairs with shared spelling and sounds.
 */
export const SPEECH_CLOSE_LANGUAGES: Record<string, readonly string[]> = {
  id: ['ms'],
  ms: ['id'],
  nb: ['no', 'nn'],
  nn: ['no', 'nb'],
  no: ['nb', 'nn'],
  gl: ['pt', 'es'],
  ca: ['es'],
  cs: ['sk'],
  sk: ['cs'],
  hr: ['bs', 'sr'],
  bs: ['hr', 'sr'],
};
