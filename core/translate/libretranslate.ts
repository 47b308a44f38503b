/**
 * LibreTranslate's HTTP API (https://docs.libretranslate.com): `POST /translate`
 * with JSON `{q, source, target, format: "text"|"html", api_key}` answering
 * `{translatedText, detectedLanguage?}`, and `GET /languages` answering
 * `[{code, name, targets}]`. Errors are `{error: "…"}` with 400 (bad request,
 * unsupported language, over the character limit, API key needed), 403
 * (invalid API key, banned), 429 (slow down) or 500.
 */
import { TranslationError, type TranslationErrorCode } from './errors';
import { joinUrl, requestJson, type FetchLike } from './http';
import { libreTranslateCode } from './language-codes';
import { serverLabel } from './server-url';
import { characters, type EngineLimit, type TranslationEngine, type TranslationRequest, type TranslationResult } from './types';

export interface LibreTranslateOptions {
  url: string;
  apiKey?: string;
  fetch: FetchLike;
  timeoutMs?: number;
  /** Characters per request; servers set their own (`--char-limit`), public ones are often a few thousand. */
  maxChars?: number;
}

export interface LibreTranslateLanguage {
  code: string;
  name: string;
  targets: string[];
}

const ENGINE = 'libretranslate' as const;
/** Characters per request unless the server says less (public servers allow a few thousand; ours default to unlimited). */
export const LIBRETRANSLATE_MAX_CHARS = 2000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `{error}` message as one of our codes: the server's wording is the only signal it gives. */
export function readLibreTranslateError(status: number, body: unknown): TranslationError | null {
  const message = isRecord(body) && typeof body.error === 'string' ? body.error : '';
  if (!message) return null;
  const details = { engine: ENGINE, status, serverMessage: message };
  const limit = /exceeds (?:text|character) limit \((\d+)\)/iu.exec(message);
  if (limit) return new TranslationError('too-long', message, { ...details, limit: Number(limit[1]) });
  let code: TranslationErrorCode = 'http';
  if (/is not supported|is not available as a target language/iu.test(message)) code = 'unsupported-pair';
  else if (status === 403 || /api key/iu.test(message)) code = 'auth';
  else if (status === 429) code = 'rate-limited';
  return new TranslationError(code, message, details);
}

export function parseLanguages(body: unknown): LibreTranslateLanguage[] {
  if (!Array.isArray(body)) throw new TranslationError('bad-response', 'The language list is not an array.', { engine: ENGINE });
  return body.flatMap((entry) =>
    isRecord(entry) && typeof entry.code === 'string'
      ? [{
          code: entry.code,
          name: typeof entry.name === 'string' ? entry.name : entry.code,
          targets: Array.isArray(entry.targets) ? entry.targets.filter((t): t is string => typeof t === 'string') : [],
        }]
      : []);
}

export function parseLibreTranslation(body: unknown): { text: string; detected: string | null } {
  if (!isRecord(body) || typeof body.translatedText !== 'string') {
    throw new TranslationError('bad-response', 'The answer has no translatedText string.', { engine: ENGINE });
  }
  const detected = isRecord(body.detectedLanguage) && typeof body.detectedLanguage.language === 'string' ? body.detectedLanguage.language : null;
  return { text: body.translatedText, detected };
}


export class LibreTranslateEngine implements TranslationEngine {
  readonly id = ENGINE;
  readonly formats = ['text', 'html'] as const;
  readonly limit: EngineLimit;
  readonly label: string;

  constructor(private readonly options: LibreTranslateOptions) {
    this.limit = { max: options.maxChars ?? LIBRETRANSLATE_MAX_CHARS, measure: characters };
    this.label = serverLabel('libretranslate', options.url);
  }

  #http(signal?: AbortSignal) {
    return {
      fetch: this.options.fetch,
      engine: ENGINE,
      readError: readLibreTranslateError,
      ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
      ...(signal ? { signal } : {}),
    };
  }

  async languages(signal?: AbortSignal): Promise<LibreTranslateLanguage[]> {
    return parseLanguages(await requestJson(joinUrl(this.options.url, '/languages'), { method: 'GET' }, this.#http(signal)));
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const body = JSON.stringify({
      q: request.text,
      source: request.source ? libreTranslateCode(request.source) : 'auto',
      target: libreTranslateCode(request.target),
      format: request.format,
      ...(this.options.apiKey ? { api_key: this.options.apiKey } : {}),
    });
    const answer = await requestJson(
      joinUrl(this.options.url, '/translate'),
      { method: 'POST', headers: { 'content-type': 'application/json' }, body },
      this.#http(request.signal),
    );
    const { text, detected } = parseLibreTranslation(answer);
    return { text, source: detected ?? request.source };
  }
}
