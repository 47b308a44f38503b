/**
 * Quotation marks per language (DOMAIN.md "Quotations"). `primary` pairs may
 * open a quotation; `nested` pairs only count inside one, so that an inner
 * quote never closes the outer one. ASCII `"` is listed wherever sites use it
 * (its direction is read from the characters around it).
 */
export interface QuotePair {
  open: string;
  close: string;
}

export interface QuoteMarks {
  primary: readonly QuotePair[];
  nested: readonly QuotePair[];
}

const CURLY: QuotePair = { open: '\u201C', close: '\u201D' }; // “ ”
const ASCII: QuotePair = { open: '"', close: '"' };
const SINGLE: QuotePair = { open: '\u2018', close: '\u2019' }; // ‘ ’
const LOW_HIGH: QuotePair = { open: '\u201E', close: '\u201C' }; // „ “
const LOW_SINGLE: QuotePair = { open: '\u201A', close: '\u2018' }; // ‚ ‘
const LOW_RIGHT: QuotePair = { open: '\u201E', close: '\u201D' }; // „ ”
const GUILLEMETS: QuotePair = { open: '\u00AB', close: '\u00BB' }; // « »
const GUILLEMETS_IN: QuotePair = { open: '\u00BB', close: '\u00AB' }; // » « (German books)
const CORNER: QuotePair = { open: '\u300C', close: '\u300D' }; // 「 」
const WHITE_CORNER: QuotePair = { open: '\u300E', close: '\u300F' }; // 『 』
const RIGHT_RIGHT: QuotePair = { open: '\u201D', close: '\u201D' }; // ” ” (Swedish, Finnish)
const RAQUO_RAQUO: QuotePair = { open: '\u00BB', close: '\u00BB' }; // » » (Swedish, Finnish)
const RIGHT_SINGLE_BOTH: QuotePair = { open: '\u2019', close: '\u2019' }; // ’ ’

const ENGLISH_LIKE: QuoteMarks = { primary: [CURLY, ASCII], nested: [SINGLE] };
const GUILLEMET_LIKE: QuoteMarks = { primary: [GUILLEMETS, CURLY, ASCII], nested: [LOW_HIGH, SINGLE] };

/** Keyed by BCP 47 tag (script or region variants first), then primary language. */
export const QUOTE_MARKS: Record<string, QuoteMarks> = {
  en: ENGLISH_LIKE,
  id: ENGLISH_LIKE,
  ms: ENGLISH_LIKE,
  es: { primary: [CURLY, ASCII, GUILLEMETS], nested: [SINGLE] },
  pt: ENGLISH_LIKE,
  'pt-PT': { primary: [GUILLEMETS, CURLY, ASCII], nested: [SINGLE] },
  ko: ENGLISH_LIKE,
  // Dutch news sites mostly quote with single marks (‘…’, zegt X); some use “…” or „…”.
  nl: { primary: [SINGLE, CURLY, LOW_RIGHT, ASCII], nested: [SINGLE] },
  sv: { primary: [RIGHT_RIGHT, RAQUO_RAQUO, ASCII], nested: [RIGHT_SINGLE_BOTH] },
  fi: { primary: [RIGHT_RIGHT, RAQUO_RAQUO, ASCII], nested: [RIGHT_SINGLE_BOTH] },
  'zh-Hans': { primary: [CURLY, ASCII, CORNER], nested: [SINGLE, WHITE_CORNER] },
  'zh-Hant': { primary: [CORNER, CURLY], nested: [WHITE_CORNER, SINGLE] },
  de: { primary: [LOW_HIGH, GUILLEMETS_IN, GUILLEMETS, ASCII], nested: [LOW_SINGLE] },
  cs: { primary: [LOW_HIGH, GUILLEMETS_IN, ASCII], nested: [LOW_SINGLE] },
  pl: { primary: [LOW_RIGHT, ASCII], nested: [GUILLEMETS] },
  fr: GUILLEMET_LIKE,
  it: GUILLEMET_LIKE,
  // Russian and Ukrainian sites also quote with “…” at the top level.
  ru: { primary: [GUILLEMETS, CURLY, ASCII], nested: [LOW_HIGH] },
  uk: { primary: [GUILLEMETS, CURLY, ASCII], nested: [LOW_HIGH] },
  sk: { primary: [LOW_HIGH, GUILLEMETS_IN, ASCII], nested: [LOW_SINGLE] },
  ro: { primary: [LOW_RIGHT, CURLY, ASCII, GUILLEMETS], nested: [SINGLE] },
  hu: { primary: [LOW_RIGHT, CURLY, ASCII], nested: [GUILLEMETS_IN] },
  da: { primary: [GUILLEMETS_IN, LOW_HIGH, CURLY, ASCII], nested: [SINGLE] },
  nb: { primary: [GUILLEMETS, CURLY, ASCII], nested: [SINGLE] },
  el: { primary: [GUILLEMETS, CURLY, ASCII], nested: [SINGLE] },
  tr: ENGLISH_LIKE,
  vi: ENGLISH_LIKE,
  ja: { primary: [CORNER], nested: [WHITE_CORNER] },
  // Arabic-script news quotes in guillemets or curly marks, written in logical order like any other text.
  ar: { primary: [GUILLEMETS, CURLY, ASCII], nested: [SINGLE] },
  fa: { primary: [GUILLEMETS, CURLY, ASCII], nested: [SINGLE] },
  ur: { primary: [CURLY, ASCII, GUILLEMETS], nested: [SINGLE] },
  // Hebrew: straight marks mostly (a " between letters is the gershayim of an acronym, צה"ל: see core/quotes/scanner.ts).
  he: { primary: [ASCII, CURLY, LOW_RIGHT], nested: [SINGLE] },
  hi: ENGLISH_LIKE,
  bn: ENGLISH_LIKE,
  mr: ENGLISH_LIKE,
  th: ENGLISH_LIKE,
};

/** Regions and scripts that pick a variant table. */
export const QUOTE_MARK_ALIASES: Record<string, string> = {
  'zh-CN': 'zh-Hans',
  'zh-SG': 'zh-Hans',
  zh: 'zh-Hans',
  'zh-TW': 'zh-Hant',
  'zh-HK': 'zh-Hant',
  'zh-MO': 'zh-Hant',
  'pt-AO': 'pt-PT',
  'pt-MZ': 'pt-PT',
  no: 'nb',
  nn: 'nb',
  iw: 'he',
};

/** Unknown languages: the marks most news sites use. */
export const DEFAULT_QUOTE_MARKS: QuoteMarks = { primary: [CURLY, ASCII, GUILLEMETS, CORNER], nested: [SINGLE, WHITE_CORNER] };
