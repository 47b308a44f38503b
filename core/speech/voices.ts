/**
 * Choosing a speechSynthesis voice for an article's language. Pure: takes
 * the browser's voice list as plain data, so it is tested without a browser.
 *
 * Order: the reader's preferred voice for that language, if the browser
 * still has it; else a voice of the same language and region; else of the
 * same language; else of a close language a listener understands (Malay for
 * Indonesian and back). Among equals, a voice on this device beats an
 * online one (which sends the text to its provider), then the default voice.
 */
import { SPEECH_CLOSE_LANGUAGES } from '../rules/speech-languages';

export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** "id_ID" (Android), "EN-us" → "id-ID", "en-US"; the primary subtag alone stays alone. */
export function normalizeVoiceLang(tag: string): string {
  const [primary = '', region] = tag.replace(/_/gu, '-').split('-');
  return region ? `${primary.toLowerCase()}-${region.toUpperCase()}` : primary.toLowerCase();
}

export function primaryOf(tag: string): string {
  return normalizeVoiceLang(tag).split('-')[0]!;
}

function rank(voice: VoiceLike, wanted: string): number {
  const lang = normalizeVoiceLang(voice.lang);
  return (lang === wanted ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
}

/** The voices that can read `primary`-language text, best first. */
export function voicesFor(voices: readonly VoiceLike[], lang: string): VoiceLike[] {
  const wanted = normalizeVoiceLang(lang);
  const primary = primaryOf(lang);
  for (const candidate of [primary, ...(SPEECH_CLOSE_LANGUAGES[primary] ?? [])]) {
    const matching = voices.filter((v) => primaryOf(v.lang) === candidate);
    if (matching.length > 0) return [...matching].sort((a, b) => rank(b, wanted) - rank(a, wanted));
  }
  return [];
}

/** The voice to read `lang` with, or null when the browser has none for it (then it picks one from `lang`). */
export function chooseVoice(voices: readonly VoiceLike[], lang: string, preferredUri?: string | null): VoiceLike | null {
  if (preferredUri) {
    const preferred = voices.find((v) => v.voiceURI === preferredUri);
    if (preferred) return preferred;
  }
  return voicesFor(voices, lang)[0] ?? null;
}

/** The languages (primary subtags) the browser has voices for, for the options page. */
export function voiceLanguages(voices: readonly VoiceLike[]): string[] {
  return Array.from(new Set(voices.map((v) => primaryOf(v.lang)).filter((l) => /^[a-z]{2,3}$/u.test(l)))).sort();
}
