/**
 * Fakes with the real APIs' shapes, for the engine tests: a `fetch` that
 * answers like Apertium APy and LibreTranslate do (bodies copied from the
 * servers' documented and observed answers), and a built-in Translator with
 * Chrome's shape (availability, create with a download monitor, the
 * user-activation rule).
 */
import type { FetchLike, ResponseLike } from '../../../core/translate/http';
import type { DownloadMonitorLike, ModelAvailability, TranslatorApiLike, TranslatorLike } from '../../../core/translate/built-in';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

type Handler = (request: RecordedRequest) => { status: number; body: string } | 'network-error' | 'hang';

export function response(status: number, body: unknown): { status: number; body: string } {
  return { status, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** A fetch whose answers come from `handler`; every request is recorded. */
export function fakeFetch(handler: Handler): FetchLike & { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetch = (async (url, init) => {
    const request: RecordedRequest = { url, method: init.method, headers: init.headers ?? {}, body: init.body ?? '' };
    requests.push(request);
    const answer = handler(request);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<ResponseLike>((_, reject) => {
        if (init.signal?.aborted) reject(new DOMException('The operation was aborted.', 'AbortError'));
        init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    return { ok: answer.status >= 200 && answer.status < 300, status: answer.status, text: async () => answer.body };
  }) as FetchLike & { requests: RecordedRequest[] };
  fetch.requests = requests;
  return fetch;
}

/** APy's /listPairs answer for the Debian packages the e2e tests install. */
export const APY_PAIRS = {
  responseData: [
    { sourceLanguage: 'zlm', targetLanguage: 'ind' },
    { sourceLanguage: 'spa', targetLanguage: 'eng' },
    { sourceLanguage: 'spa', targetLanguage: 'eng_US' },
    { sourceLanguage: 'eng', targetLanguage: 'spa' },
    { sourceLanguage: 'ind', targetLanguage: 'zlm' },
  ],
  responseDetails: null,
  responseStatus: 200,
};

export const APY_PAIR_NOT_INSTALLED = { status: 'error', code: 400, message: 'Bad Request', explanation: 'That pair is not installed' };

/** A tiny APy: /listPairs, and /translate that upper-cases `q` (so a translation is visibly not the input). */
export function fakeApy(translate: (q: string, langpair: string, format: string) => string = (q) => q.toUpperCase()) {
  return fakeFetch((req) => {
    const path = new URL(req.url).pathname;
    if (path === '/listPairs') return response(200, APY_PAIRS);
    if (path === '/translate') {
      const form = new URLSearchParams(req.body);
      const q = form.get('q');
      const langpair = form.get('langpair') ?? '';
      if (q === null) return response(400, { status: 'error', code: 400, message: 'Bad Request', explanation: 'Missing argument q' });
      const [s, t] = langpair.split('|');
      if (!APY_PAIRS.responseData.some((p) => p.sourceLanguage === s && p.targetLanguage === t)) return response(400, APY_PAIR_NOT_INSTALLED);
      return response(200, { responseData: { translatedText: translate(q, langpair, form.get('format') ?? 'txt') }, responseDetails: null, responseStatus: 200 });
    }
    return response(404, '<html><title>404: Not Found</title><body>404: Not Found</body></html>');
  });
}

/** Chrome's Translator, with its availability states, download monitor and user-activation rule. */
export class FakeTranslatorApi implements TranslatorApiLike {
  readonly created: { sourceLanguage: string; targetLanguage: string }[] = [];
  userActivation = false;

  constructor(
    private readonly models: Record<string, ModelAvailability>,
    private readonly translateText: (text: string, pair: string) => string = (text) => `«${text}»`,
  ) {}

  async availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<ModelAvailability> {
    return this.models[`${options.sourceLanguage}>${options.targetLanguage}`] ?? 'unavailable';
  }

  async create(options: { sourceLanguage: string; targetLanguage: string; monitor?: (m: DownloadMonitorLike) => void }): Promise<TranslatorLike> {
    const pair = `${options.sourceLanguage}>${options.targetLanguage}`;
    const state = this.models[pair] ?? 'unavailable';
    if (state === 'unavailable') throw new DOMException('Unable to create translator for the given source and target language.', 'NotSupportedError');
    if (state !== 'available' && !this.userActivation) throw new DOMException('Requires a user gesture when availability is "downloading" or "downloadable".', 'NotAllowedError');
    if (state !== 'available') {
      const listeners: ((e: { loaded: number }) => void)[] = [];
      options.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      for (const loaded of [0, 0.5, 1]) listeners.forEach((l) => l({ loaded }));
      this.models[pair] = 'available';
    }
    this.created.push({ sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage });
    return { inputQuota: Infinity, translate: async (text) => this.translateText(text, pair) };
  }
}
