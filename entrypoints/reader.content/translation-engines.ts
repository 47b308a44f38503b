/**
 * The reader's engines as this page sees them, in the reader's order: the
 * browser's on-device Translator runs here (it exists in window contexts
 * only); a server engine is a stand-in that asks the background, which holds
 * the permission for that server and reads its address from the settings.
 */
import { APERTIUM_LIMIT } from '../../core/translate/apertium';
import { BuiltInEngine, type LanguageDetectorApiLike, type TranslatorApiLike } from '../../core/translate/built-in';
import { fromErrorData, TranslationError } from '../../core/translate/errors';
import { LIBRETRANSLATE_MAX_CHARS } from '../../core/translate/libretranslate';
import { serverLabel } from '../../core/translate/server-url';
import { characters, type EngineLimit, type TranslationEngine, type TranslationRequest, type TranslationResult } from '../../core/translate/types';
import type { TranslationSettings } from '../shared/settings/translation-schema';
import { translationBackgroundMessenger, type ServerEngineId } from '../shared/translation-protocol';

type WithAi = { Translator?: TranslatorApiLike; LanguageDetector?: LanguageDetectorApiLike };

function hasApi<T extends { availability: unknown; create: unknown }>(api: T | undefined): T | null {
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

export function windowTranslator(win: Window): TranslatorApiLike | null {
  return hasApi((win as unknown as WithAi).Translator);
}

export function windowLanguageDetector(win: Window): LanguageDetectorApiLike | null {
  return hasApi((win as unknown as WithAi).LanguageDetector);
}

const LIMITS: Record<ServerEngineId, EngineLimit> = {
  apertium: APERTIUM_LIMIT,
  libretranslate: { max: LIBRETRANSLATE_MAX_CHARS, measure: characters },
};

/** A server engine reached through the background: same limits and formats as the real client there. */
class ServerEngine implements TranslationEngine {
  readonly formats = ['text', 'html'] as const;
  readonly limit: EngineLimit;
  readonly label: string;

  constructor(readonly id: ServerEngineId, url: string) {
    this.limit = LIMITS[id];
    this.label = serverLabel(id, url);
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const answer = translationBackgroundMessenger.sendMessage('translation:server', {
      engine: this.id, text: request.text, source: request.source, target: request.target, format: request.format,
    });
    const signal = request.signal;
    const stopped = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(new TranslationError('aborted', 'The translation was stopped.', { engine: this.id }));
      signal?.addEventListener('abort', () => reject(new TranslationError('aborted', 'The translation was stopped.', { engine: this.id })), { once: true });
    });
    const result = await Promise.race([answer, stopped]);
    if (!result.ok) throw fromErrorData(result.error);
    return { text: result.text, source: result.source };
  }
}

/** A server engine the reader listed but gave no address: it says so without asking anyone. */
class UnconfiguredEngine implements TranslationEngine {
  readonly formats = ['text'] as const;
  readonly limit = { max: Infinity, measure: characters };
  constructor(readonly id: ServerEngineId, readonly label: string) {}
  async translate(): Promise<TranslationResult> {
    throw new TranslationError('not-configured', 'No server address.', { engine: this.id });
  }
}

export interface PageEngines {
  engines: TranslationEngine[];
  /** The on-device engine when the reader uses it, for its download button. */
  builtIn: BuiltInEngine | null;
}

export function pageEngines(settings: TranslationSettings, win: Window, onDownloadProgress: (fraction: number) => void): PageEngines {
  let builtIn: BuiltInEngine | null = null;
  const engines = settings.engines.map((id): TranslationEngine => {
    if (id === 'built-in') {
      builtIn = new BuiltInEngine({
        api: windowTranslator(win),
        onProgress: onDownloadProgress,
      });
      return builtIn;
    }
    const url = id === 'apertium' ? settings.apertium.url : settings.libreTranslate.url;
    return url ? new ServerEngine(id, url) : new UnconfiguredEngine(id, id === 'apertium' ? 'Apertium' : 'LibreTranslate');
  });
  return { engines, builtIn };
}
