/**
 * Language codes as each engine spells them, as data. We speak BCP 47
 * ("id", "pt-BR", "zh-Hant"); Apertium names languages by ISO 639-3, with its
 * own choices (Malay is `zlm`, Norwegian Bokmål `nob`, Serbo-Croatian `hbs`),
 * and APy maps only some two-letter codes itself (not `ms`).
 * LibreTranslate takes two-letter codes plus a few tags with a script or region.
 */
import { normalizeLangTag, primaryLanguage } from '../language';

/** ISO 639-1 → the code Apertium uses. */
export const APERTIUM_CODES: Readonly<Record<string, string>> = {
  af: 'afr', an: 'arg', ar: 'ara', be: 'bel', bg: 'bul', br: 'bre', bs: 'hbs', ca: 'cat', cs: 'ces', cy: 'cym',
  da: 'dan', de: 'deu', el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin',
  fo: 'fao', fr: 'fra', ga: 'gle', gd: 'gla', gl: 'glg', he: 'heb', hi: 'hin', hr: 'hbs', hu: 'hun', hy: 'hye',
  id: 'ind', is: 'isl', it: 'ita', ja: 'jpn', ka: 'kat', kk: 'kaz', ko: 'kor', ky: 'kir', la: 'lat', lt: 'lit',
  lv: 'lav', mk: 'mkd', ms: 'zlm', mt: 'mlt', nb: 'nob', nl: 'nld', nn: 'nno', no: 'nob', oc: 'oci', pl: 'pol',
  pt: 'por', ro: 'ron', ru: 'rus', sc: 'srd', se: 'sme', sk: 'slk', sl: 'slv', sq: 'sqi', sr: 'hbs', sv: 'swe',
  tr: 'tur', tt: 'tat', uk: 'ukr', ur: 'urd', uz: 'uzb', zh: 'zho',
};

/** Region tags Apertium has variants for: `pt-BR` → `por_BR` when the server lists that pair. */
function apertiumVariant(tag: string, base: string): string | null {
  const region = /-([A-Z]{2})$/u.exec(tag)?.[1];
  return region ? `${base}_${region}` : null;
}

/**
 * The Apertium codes to try for a tag, most specific first: `pt-BR` → [`por_BR`, `por`].
 * A code that is already three letters passes through.
 */
export function apertiumCodes(tag: string): string[] {
  const normal = normalizeLangTag(tag);
  if (!normal) return [];
  const primary = primaryLanguage(normal);
  const base = APERTIUM_CODES[primary] ?? primary;
  const variant = apertiumVariant(normal, base);
  return variant ? [variant, base] : [base];
}

const TO_BCP47 = new Map<string, string>(
  Object.entries(APERTIUM_CODES)
    .filter(([two]) => !['bs', 'hr', 'sr', 'no'].includes(two)) // keep one tag per code: hbs → sh is not helpful, nob → nb
    .map(([two, three]) => [three, two]),
);
TO_BCP47.set('hbs', 'sh');

/** An Apertium code back as BCP 47: `zlm` → `ms`, `por_BR` → `pt-BR`; unknown codes pass through. */
export function bcp47FromApertium(code: string): string {
  const [base, variant] = code.split('_');
  const primary = TO_BCP47.get(base!) ?? base!;
  return variant && /^[A-Z]{2}$/u.test(variant) ? `${primary}-${variant}` : primary;
}

/** The code LibreTranslate expects for a tag: Chinese by script, Portuguese of Brazil by region, the rest by language. */
export function libreTranslateCode(tag: string): string {
  const normal = normalizeLangTag(tag) ?? tag;
  const primary = primaryLanguage(normal);
  if (primary === 'zh') return /-(?:Hant|TW|HK|MO)$/u.test(normal) ? 'zh-Hant' : 'zh-Hans';
  if (normal === 'pt-BR') return 'pt-BR';
  if (primary === 'no') return 'nb';
  return primary;
}

/** Two tags name the same language for translation purposes (`en-GB` and `en`; Indonesian is not Malay). */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b);
}
