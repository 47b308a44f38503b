/**
 * Spellings that sites mix for one word, folded away before a table entry and a page's text are compared
 * (`lettersOnly` in core/clean/text.ts), so one entry meets every spelling: "اقرأ أيضاً", "إقرأ أيضا" and
 * "اقرأ ايضا" are one lead-in; "ज़्यादा" and "ज्यादा", "टिप्पणियाँ" and "टिप्पणियां" one word.
 * Only for comparing: the reader shows the text as printed.
 */
export const SPELLING_FOLDS: readonly (readonly [RegExp, string])[] = [
  // Arabic-script vowel marks, tanween, shadda, sukun and dagger alef, which headlines add or leave out at will
  // ("أيضاً" / "أيضا"), and the tatweel that stretches a label ("اقـرأ").
  [/[\u064b-\u065f\u0670\u0640]/gu, ''],
  // Hamza seats and madda on alef, typed with or without: "إقرأ" / "اقرأ", "آخر" / "اخر".
  [/[\u0622\u0623\u0625\u0671]/gu, '\u0627'],
  // Final yeh: alef maqsura and the Persian/Urdu yeh for the Arabic one ("على" / "علي", "بیشتر" / "بيشتر").
  [/[\u0649\u06cc]/gu, '\u064a'],
  // Teh marbuta printed as heh ("قراءة" / "قراءه").
  [/\u0629/gu, '\u0647'],
  // The Persian keheh and the Arabic kaf: Persian text typed on an Arabic keyboard ("کلیک" / "كليك").
  [/\u06a9/gu, '\u0643'],
  // Devanagari nukta, which Hindi sites write or drop (ख़बरें / खबरें), and chandrabindu for anusvara (टिप्पणियाँ / टिप्पणियां).
  [/\u093c/gu, ''],
  [/\u0901/gu, '\u0902'],
];

/**
 * Text that may need a fold: Arabic script, Devanagari (whose nukta letters NFC splits into letter + nukta),
 * or a combining accent that NFC joins to its letter ("e" + U+0301 → "é").
 */
export const FOLDABLE = /[\u0300-\u036f\u0600-\u06ff\u0900-\u097f]/u;
