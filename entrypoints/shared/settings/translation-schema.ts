/**
 * The shape of the reader's translation settings, as pure data and parsers
 * (unit-tested without a browser; translation.ts stores it). The settings: which engines, in which order, the
 * addresses of their own servers, the target language and the web translator
 * a click may send a text to. Nothing here is used to send anything until the
 * reader sets an engine up (the on-device one sends nothing).
 */
import { ENGINE_IDS, type EngineId } from '../../../core/translate/types';
import { checkServerUrl } from '../../../core/translate/server-url';
import { normalizeLangTag } from '../../../core/language';
import { WEB_TRANSLATORS, DEFAULT_WEB_TRANSLATOR } from '../../../core/translate/web-translators';
import { objectOf, oneOf, text, type Parser } from './parse';

export interface TranslationSettings {
  /** Engines in use, in the order they are tried. */
  engines: EngineId[];
  apertium: { url: string };
  libreTranslate: { url: string; apiKey: string };
  /** BCP 47, or '' for the browser's UI language. */
  targetLanguage: string;
  webTranslator: string;
}

const engineList: Parser<EngineId[]> = (raw, fallback) => {
  if (!Array.isArray(raw)) return fallback;
  const kept = raw.filter((id): id is EngineId => (ENGINE_IDS as readonly unknown[]).includes(id));
  return [...new Set(kept)];
};

/** A stored server address is kept only if it is still one we would accept; '' means "not set up". */
const serverUrl: Parser<string> = (raw, fallback) => {
  if (raw === '') return '';
  if (typeof raw !== 'string') return fallback;
  const check = checkServerUrl(raw);
  return check.ok ? check.url : fallback;
};

const languageTag: Parser<string> = (raw, fallback) => {
  if (raw === '') return '';
  return typeof raw === 'string' && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(raw) && raw.length <= 35 ? raw : fallback;
};

export const DEFAULT_TRANSLATION_SETTINGS: TranslationSettings = {
  engines: ['built-in'],
  apertium: { url: '' },
  libreTranslate: { url: '', apiKey: '' },
  targetLanguage: '',
  webTranslator: DEFAULT_WEB_TRANSLATOR,
};

export const parseTranslationSettings: Parser<TranslationSettings> = objectOf<TranslationSettings>({
  engines: engineList,
  apertium: objectOf({ url: serverUrl }),
  libreTranslate: objectOf({ url: serverUrl, apiKey: text(512) }),
  targetLanguage: languageTag,
  webTranslator: oneOf(WEB_TRANSLATORS.map((w) => w.id)),
});

/** A value as each version stored it, for the no-version-loses-data tests. */
export const TRANSLATION_SETTINGS_EXAMPLES: Record<number, unknown> = {
  1: {
    engines: ['apertium', 'built-in'],
    apertium: { url: 'http://127.0.0.1:2737' },
    libreTranslate: { url: 'https://lt.example.org', apiKey: 'k-123' },
    targetLanguage: 'es',
    webTranslator: 'deepl',
  },
};

/** The language to translate into: the reader's choice, else the browser's. */
export function effectiveTarget(settings: TranslationSettings, uiLanguage: string): string {
  return settings.targetLanguage || normalizeLangTag(uiLanguage) || 'en';
}

/** Whether the reader has set up this engine (a server engine needs its address). */
export function isConfigured(settings: TranslationSettings, engine: EngineId): boolean {
  if (engine === 'apertium') return settings.apertium.url !== '';
  if (engine === 'libretranslate') return settings.libreTranslate.url !== '';
  return true;
}
