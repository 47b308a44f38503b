/**
 * Apertium APy's HTTP API (https://wiki.apertium.org/wiki/Apertium-apy):
 * `GET /listPairs` and `POST /translate` with a form body (`langpair=eng|spa`,
 * `q`, `markUnknown=no`, `format=txt|html`). Answers are
 * `{responseData: …, responseStatus: 200}`; errors are
 * `{status: "error", code, message, explanation}`.
 * We read the pairs once per engine (and again after a few minutes) so a pair
 * the server lacks is refused before any text is sent to it.
 */
import { TranslationError } from './errors';
import { formBody, joinUrl, requestJson, type FetchLike } from './http';
import { apertiumCodes, bcp47FromApertium } from './language-codes';
import { serverLabel } from './server-url';
import type { EngineLimit, TranslationEngine, TranslationRequest, TranslationResult } from './types';

export interface ApertiumPair {
  source: string;
  target: string;
}

export interface ApertiumOptions {
  url: string;
  fetch: FetchLike;
  timeoutMs?: number;
  /** How long a pair list is trusted; the server may install pairs while we run. */
  pairsTtlMs?: number;
  now?: () => number;
}

/**
 * APy silently drops what is past ~40 kB of a POST body (it translates only the
 * first ten 4096-byte chunks), so a piece is measured as it travels: form-encoded.
 */
export const APERTIUM_LIMIT: EngineLimit = {
  max: 30_000,
  measure: (text) => formBody({ q: text }).length - 2,
};

const ENGINE = 'apertium' as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An APy error body as our error: "That pair is not installed" is the one a reader can act on. */
export function readApertiumError(status: number, body: unknown): TranslationError | null {
  if (!isRecord(body)) return null;
  const explanation = typeof body.explanation === 'string' ? body.explanation : typeof body.message === 'string' ? body.message : '';
  const details = { engine: ENGINE, status, ...(explanation ? { serverMessage: explanation } : {}) };
  if (/pair is not installed/iu.test(explanation)) return new TranslationError('unsupported-pair', explanation, details);
  return new TranslationError(status === 429 ? 'rate-limited' : 'http', explanation || `HTTP ${status}`, details);
}

export function parsePairs(body: unknown): ApertiumPair[] {
  const data = isRecord(body) ? body.responseData : undefined;
  if (!Array.isArray(data)) throw new TranslationError('bad-response', 'The pair list has no responseData array.', { engine: ENGINE });
  return data.flatMap((entry) =>
    isRecord(entry) && typeof entry.sourceLanguage === 'string' && typeof entry.targetLanguage === 'string'
      ? [{ source: entry.sourceLanguage, target: entry.targetLanguage }]
      : []);
}

export function parseTranslation(body: unknown): string {
  const data = isRecord(body) ? body.responseData : undefined;
  const text = isRecord(data) ? data.translatedText : undefined;
  if (typeof text !== 'string') throw new TranslationError('bad-response', 'The answer has no responseData.translatedText.', { engine: ENGINE });
  return text;
}

/** The server's pair for two BCP 47 tags, preferring the most specific codes it has. */
export function choosePair(pairs: readonly ApertiumPair[], source: string, target: string): ApertiumPair | null {
  for (const s of apertiumCodes(source)) {
    for (const t of apertiumCodes(target)) {
      const found = pairs.find((p) => p.source === s && p.target === t);
      if (found) return found;
    }
  }
  // A server with only a regional variant of the target (spa-eng_US and no spa-eng) still serves the language.
  const base = apertiumCodes(target).at(-1);
  for (const s of apertiumCodes(source)) {
    const found = pairs.find((p) => p.source === s && p.target.split('_')[0] === base);
    if (found) return found;
  }
  return null;
}

export class ApertiumEngine implements TranslationEngine {
  readonly id = ENGINE;
  readonly formats = ['text', 'html'] as const;
  readonly limit = APERTIUM_LIMIT;
  readonly label: string;
  #pairs: { list: ApertiumPair[]; at: number } | null = null;

  constructor(private readonly options: ApertiumOptions) {
    this.label = serverLabel('apertium', options.url);
  }

  #http(signal?: AbortSignal) {
    return {
      fetch: this.options.fetch,
      engine: ENGINE,
      readError: readApertiumError,
      ...(this.options.timeoutMs !== undefined ? { timeoutMs: this.options.timeoutMs } : {}),
      ...(signal ? { signal } : {}),
    };
  }

  async listPairs(signal?: AbortSignal): Promise<ApertiumPair[]> {
    const now = (this.options.now ?? Date.now)();
    if (this.#pairs && now - this.#pairs.at < (this.options.pairsTtlMs ?? 300_000)) return this.#pairs.list;
    const list = parsePairs(await requestJson(joinUrl(this.options.url, '/listPairs'), { method: 'GET' }, this.#http(signal)));
    this.#pairs = { list, at: now };
    return list;
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    if (!request.source) {
      throw new TranslationError('unknown-source', 'Apertium needs to know the language of the text.', { engine: ENGINE });
    }
    const pair = choosePair(await this.listPairs(request.signal), request.source, request.target);
    if (!pair) {
      throw new TranslationError('unsupported-pair', `${this.label} has no pair from ${request.source} to ${request.target}.`, { engine: ENGINE });
    }
    const body = formBody({
      langpair: `${pair.source}|${pair.target}`,
      q: request.text,
      markUnknown: 'no',
      format: request.format === 'html' ? 'html' : 'txt',
    });
    const answer = await requestJson(
      joinUrl(this.options.url, '/translate'),
      { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8' }, body },
      this.#http(request.signal),
    );
    return { text: parseTranslation(answer), source: bcp47FromApertium(pair.source) };
  }
}
