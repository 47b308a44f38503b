/**
 * The browser's on-device Translator (Chrome 138+), handed in by the window
 * context that has it, so the core reads no globals. Its rules:
 * - `availability({sourceLanguage, targetLanguage})` says whether the pair's
 *   language pack is there (`available`), can be fetched (`downloadable`,
 *   `downloading`) or not at all (`unavailable`);
 * - a `create()` that has to download needs a user gesture (transient
 *   activation). We never start a download on our own: fetching a language
 *   pack tells the browser's maker which pair the reader wants, so
 *   `translate()` says `needs-download` and the UI offers a button whose
 *   click calls `prepare()` (the gesture), which reports download progress;
 * - `translate(text)` is plain text only.
 * Calls that only ask a local model are bounded by a deadline, so a browser
 * whose model service never answers can't leave the reader waiting.
 */
import { withDeadline } from '../deadline';
import { primaryLanguage } from '../language';
import { TranslationError } from './errors';
import { characters, type TranslationEngine, type TranslationRequest, type TranslationResult } from './types';

export type ModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface DownloadMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface TranslatorLike {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  readonly inputQuota?: number;
  destroy?(): void;
}

export interface TranslatorApiLike {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<ModelAvailability>;
  create(options: { sourceLanguage: string; targetLanguage: string; monitor?: (monitor: DownloadMonitorLike) => void; signal?: AbortSignal }): Promise<TranslatorLike>;
}

export interface LanguageDetectorLike {
  detect(text: string, options?: { signal?: AbortSignal }): Promise<{ detectedLanguage?: string; confidence?: number }[]>;
}

export interface LanguageDetectorApiLike {
  availability(options?: object): Promise<ModelAvailability>;
  create(options?: object): Promise<LanguageDetectorLike>;
}

export interface BuiltInOptions {
  /** `globalThis.Translator` where the context has it, else null. */
  api: TranslatorApiLike | null;
  /** How long availability() and a create() of a downloaded model may take. */
  timeoutMs?: number;
  /** Download progress, 0–1, while a language pack is fetched. */
  onProgress?: (fraction: number) => void;
}

const ENGINE = 'built-in' as const;

const late = (ms: number) => () =>
  new TranslationError('timeout', `The on-device translator did not answer within ${Math.round(ms / 1000)} s.`, { engine: ENGINE });

/** The tag the built-in API expects: the language, with a script only where it matters (Chinese). */
function apiLanguage(tag: string): string {
  const primary = primaryLanguage(tag);
  if (primary === 'zh') return /-(?:Hant|TW|HK|MO)$/u.test(tag) ? 'zh-Hant' : 'zh';
  return primary;
}

/** A DOMException from the API as our error. */
function mapApiError(error: unknown): TranslationError {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  const message = error instanceof Error ? error.message : String(error);
  const details = { engine: ENGINE, serverMessage: message };
  switch (name) {
    case 'AbortError': return new TranslationError('aborted', 'The translation was stopped.', details);
    case 'NotAllowedError': return new TranslationError('needs-download', message, details);
    case 'NotSupportedError': return new TranslationError('unsupported-pair', message, details);
    case 'QuotaExceededError': return new TranslationError('too-long', message, details);
    case 'NetworkError': return new TranslationError('unreachable', message, details);
    default: return new TranslationError('bad-response', message, details);
  }
}

export class BuiltInEngine implements TranslationEngine {
  readonly id = ENGINE;
  readonly label = 'On-device (browser)';
  readonly formats = ['text'] as const;
  /** Well under any quota seen; a QuotaExceededError still maps to too-long. */
  readonly limit = { max: 3000, measure: characters };
  readonly #translators = new Map<string, Promise<TranslatorLike>>();

  constructor(private readonly options: BuiltInOptions) {}

  #key(source: string, target: string): string {
    return `${apiLanguage(source)}>${apiLanguage(target)}`;
  }

  #create(source: string, target: string, signal?: AbortSignal): Promise<TranslatorLike> {
    const api = this.options.api!;
    const key = this.#key(source, target);
    let pending = this.#translators.get(key);
    if (!pending) {
      pending = api.create({
        sourceLanguage: apiLanguage(source),
        targetLanguage: apiLanguage(target),
        monitor: (m) => m.addEventListener('downloadprogress', (e) => this.options.onProgress?.(Math.max(0, Math.min(1, e.loaded)))),
        ...(signal ? { signal } : {}),
      });
      this.#translators.set(key, pending);
      pending.catch(() => this.#translators.delete(key)); // a failed create may succeed after a click
    }
    return pending;
  }

  async #ready(source: string, target: string, mayDownload: boolean, signal?: AbortSignal): Promise<TranslatorLike> {
    const api = this.options.api;
    if (!api) throw new TranslationError('unavailable', 'This browser has no on-device translator.', { engine: ENGINE });
    const existing = this.#translators.get(this.#key(source, target));
    if (existing) return existing;
    const deadline = this.options.timeoutMs ?? 10_000;
    let availability: ModelAvailability;
    try {
      availability = await withDeadline(api.availability({ sourceLanguage: apiLanguage(source), targetLanguage: apiLanguage(target) }), deadline, late(deadline));
    } catch (error) {
      throw error instanceof TranslationError ? error : mapApiError(error);
    }
    if (availability === 'unavailable') {
      throw new TranslationError('unsupported-pair', `The on-device translator has no model from ${source} to ${target}.`, { engine: ENGINE });
    }
    const downloads = availability !== 'available';
    if (downloads && !mayDownload) {
      throw new TranslationError('needs-download', `The ${source} → ${target} language pack has to be downloaded first.`, { engine: ENGINE });
    }
    try {
      // A download takes as long as it takes (its progress is shown); a model already here answers quickly.
      const created = this.#create(source, target, signal);
      return await (downloads ? created : withDeadline(created, deadline, late(deadline)));
    } catch (error) {
      throw error instanceof TranslationError ? error : mapApiError(error);
    }
  }

  /** Fetches the pair's language pack; call it straight from the reader's click, which is the gesture a download needs. */
  async prepare(source: string, target: string): Promise<void> {
    await this.#ready(source, target, true);
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    if (!request.source) throw new TranslationError('unknown-source', 'The on-device translator needs to know the language of the text.', { engine: ENGINE });
    const translator = await this.#ready(request.source, request.target, false, request.signal);
    try {
      const text = await translator.translate(request.text, request.signal ? { signal: request.signal } : undefined);
      if (typeof text !== 'string') throw new TranslationError('bad-response', 'The on-device translator returned no text.', { engine: ENGINE });
      return { text, source: request.source };
    } catch (error) {
      throw error instanceof TranslationError ? error : mapApiError(error);
    }
  }
}

/**
 * The language of `text` by the browser's on-device detector, or null when it
 * is absent, not yet downloaded (we never start a download for this) or unsure.
 */
export async function detectWithBuiltIn(api: LanguageDetectorApiLike | null, text: string, minConfidence = 0.5): Promise<string | null> {
  if (!api) return null;
  try {
    if ((await api.availability()) !== 'available') return null;
    const detector = await api.create();
    const [best] = await detector.detect(text.slice(0, 2000));
    const lang = best?.detectedLanguage;
    return lang && lang !== 'und' && (best?.confidence ?? 0) >= minConfidence ? lang : null;
  } catch {
    return null;
  }
}
