/**
 * Silent reading speed per language (IReST, Trauzettel-Klosinski et al. 2012;
 * Indonesian and Malay from comparable Latin-script rates). Languages written
 * without spaces are measured in characters per minute.
 */
export const WORDS_PER_MINUTE: Record<string, number> = {
  ar: 138, nl: 202, en: 228, fi: 161, fr: 195, de: 179, he: 187, it: 188, pl: 166, pt: 181,
  ru: 184, sl: 180, es: 218, sv: 199, tr: 166, id: 180, ms: 180, vi: 200, ko: 200, uk: 184, cs: 180,
};
export const DEFAULT_WORDS_PER_MINUTE = 200;

export const CHARACTERS_PER_MINUTE: Record<string, number> = { zh: 255, ja: 357, th: 400 };
