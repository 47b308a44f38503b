/**
 * One HTTP exchange with a translation server, with `fetch` handed in (the
 * background's, a test's fake) and a deadline. Every way it can fail becomes
 * a TranslationError: nothing answering, too slow, an HTTP error (with the
 * server's own JSON error read by the engine's `readError`), or a body that
 * is not JSON.
 */
import { TranslationError, type TranslationErrorCode } from './errors';
import type { EngineId } from './types';

export type FetchLike = (url: string, init: { method: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<ResponseLike>;

/** The slice of a fetch Response we use. */
export interface ResponseLike {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

/** How long a reader waits for a server before we say it is too slow. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface HttpOptions {
  fetch: FetchLike;
  engine: EngineId;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Turns an error response's parsed body into the engine's error (or null to use the generic HTTP one). */
  readError?: (status: number, body: unknown) => TranslationError | null;
}

function statusCode(status: number): TranslationErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limited';
  if (status === 413) return 'too-long';
  return 'http';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** GET or POST and parse the JSON answer; throws TranslationError on every failure. */
export async function requestJson(url: string, init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }, options: HttpOptions): Promise<unknown> {
  const { engine } = options;
  if (options.signal?.aborted) throw new TranslationError('aborted', 'The translation was stopped.', { engine });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: ResponseLike;
    let text: string;
    try {
      response = await options.fetch(url, { ...init, signal: controller.signal });
      text = await response.text();
    } catch (error) {
      if (timedOut) throw new TranslationError('timeout', `No answer from ${url} within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`, { engine });
      if (options.signal?.aborted) throw new TranslationError('aborted', 'The translation was stopped.', { engine });
      const reason = error instanceof Error ? error.message : String(error);
      throw new TranslationError('unreachable', `Could not reach ${url}: ${reason}`, { engine });
    }
    const body = parseJson(text);
    if (!response.ok) {
      const specific = options.readError?.(response.status, body);
      if (specific) throw specific;
      const serverMessage = text.trim().slice(0, 300);
      throw new TranslationError(statusCode(response.status), `HTTP ${response.status} from ${url}`, { engine, status: response.status, ...(serverMessage ? { serverMessage } : {}) });
    }
    if (body === undefined) throw new TranslationError('bad-response', `The answer from ${url} is not JSON.`, { engine, status: response.status });
    return body;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** `http://host:port/path/` → `http://host:port/path` (servers are often given with a trailing slash). */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/u, '')}${path}`;
}

export function formBody(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) params.append(key, value);
  return params.toString();
}
