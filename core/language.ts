/** The article's language and direction: declared tags first, then a detector over its own text. */
import { STOPWORDS } from './rules/stopwords';
import { meta } from './structured-data';

const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ckb', 'ug']);

/** Withdrawn ISO 639 codes that pages still declare ("in-ID" on Indonesian sites), as their current codes. */
const DEPRECATED: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi', jw: 'jv', mo: 'ro' };

/** "en_US" / "EN-us" → "en-US", "in-ID" → "id-ID"; junk → null. */
export function normalizeLangTag(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]([a-z0-9]{2,8}))?/iu.exec(raw);
  if (!m) return null;
  const primary = DEPRECATED[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase();
  if (primary === 'und' || primary === 'mul' || primary === 'zxx') return null;
  const region = m[2];
  if (!region) return primary;
  return region.length === 2 ? `${primary}-${region.toUpperCase()}` : region.length === 4 ? `${primary}-${region[0]!.toUpperCase()}${region.slice(1).toLowerCase()}` : primary;
}

export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Each script's block of UTF-16 units (first, last), in the order they are tried. */
const SCRIPTS: [number, number, string][] = [
  [0x3040, 0x30ff, 'ja'],
  [0xac00, 0xd7af, 'ko'],
  [0x4e00, 0x9fff, 'zh'],
  [0x0e00, 0x0e7f, 'th'],
  [0x0590, 0x05ff, 'he'],
  [0x0600, 0x06ff, 'ar'],
  [0x0370, 0x03ff, 'el'],
  [0x0900, 0x097f, 'hi'],
];

/** How many units of the text fall in each script's block: one pass, not one regex match list per script. */
function scriptCounts(s: string): number[] {
  const counts = new Array<number>(SCRIPTS.length).fill(0);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0370) continue;
    for (let k = 0; k < SCRIPTS.length; k++) {
      if (c >= SCRIPTS[k]![0] && c <= SCRIPTS[k]![1]) {
        counts[k]!++;
        break;
      }
    }
  }
  return counts;
}

const LANGS = Object.keys(STOPWORDS);
/** Each stopword's languages (by index in LANGS): one lookup per word of the text instead of one per language. */
const stopwordLangs = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of new Set(STOPWORDS[lang])) {
    const langs = stopwordLangs.get(w);
    if (langs) langs.push(i);
    else stopwordLangs.set(w, [i]);
  }
});

/** Letters (code points), as `match(/\p{L}/gu).length` counts them without an array of every letter. */
function letterCount(s: string): number {
  const letters = s.replace(/\P{L}+/gu, '');
  return /[\ud800-\udbff]/u.test(letters) ? Array.from(letters).length : letters.length;
}

/** A small detector: script first, then stopword hits for Latin and Cyrillic. Null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const letters = letterCount(sample);
  if (letters < 20) return null;
  const counts = scriptCounts(sample);
  for (let k = 0; k < SCRIPTS.length; k++) {
    const lang = SCRIPTS[k]![2];
    if (counts[k]! / letters > 0.3) return lang === 'zh' && counts[0]! > 0 ? 'ja' : lang;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) {
    const langs = stopwordLangs.get(w);
    if (langs) for (const i of langs) hits[i]!++;
  }
  let best: string | null = null;
  let bestScore = 0;
  LANGS.forEach((lang, i) => {
    if (hits[i]! > bestScore) {
      best = lang;
      bestScore = hits[i]!;
    }
  });
  return bestScore >= 3 && bestScore / words.length > 0.08 ? best : null;
}

export function declaredLanguage(doc: Document): string | null {
  return (
    normalizeLangTag(doc.documentElement?.getAttribute('lang')) ??
    normalizeLangTag(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLangTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')) ??
    normalizeLangTag(meta(doc, 'og:locale', 'language', 'inLanguage'))
  );
}

/**
 * The declared tag, unless the text is clearly in another language (pages
 * often keep a template's `lang="en"`): then the detected one.
 */
export function resolveLanguage(doc: Document, text: string): string {
  const declared = declaredLanguage(doc);
  const detected = detectLanguage(text);
  if (declared && (!detected || !overrules(detected, primaryLanguage(declared)))) return declared;
  return detected ?? declared ?? 'und';
}

/** Languages whose stopwords overlap so much that the detector cannot tell them apart: the page's own tag decides. */
const CLOSE_LANGUAGES: readonly (readonly string[])[] = [['da', 'nb', 'nn', 'no', 'sv'], ['cs', 'sk'], ['id', 'ms']];
const KNOWN = new Set([...LANGS, ...SCRIPTS.map(([, , lang]) => lang)]);

/**
 * Whether a detected language overrules the declared one: only when the detector knows the declared
 * language too (it can tell a template's "en" from Indonesian, not Bulgarian from Russian) and the two
 * are not close kin.
 */
function overrules(detected: string, declared: string): boolean {
  if (detected === declared || !KNOWN.has(declared)) return false;
  return !CLOSE_LANGUAGES.some((group) => group.includes(detected) && group.includes(declared));
}

export function directionFor(lang: string, declaredDir: string | null | undefined): 'ltr' | 'rtl' {
  if (declaredDir === 'rtl' || declaredDir === 'ltr') return declaredDir;
  return RTL.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}
