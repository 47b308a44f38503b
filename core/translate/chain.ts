/**
 * The reader's engines in the reader's order: the first that translates a
 * text wins; the others are tried when one fails, and every failure is kept
 * so the message can say what happened with each. A session remembers the
 * engines that cannot work right now (no server, no model, no such pair), so
 * an article of forty paragraphs does not wait forty times for a dead server.
 */
import {
  asTranslationError, disablesEngine, shouldTryNextEngine, toErrorData, TranslationError, type TranslationErrorData,
} from './errors';
import { translateLongText } from './long-text';
import type { EngineId, TextFormat, TranslationEngine } from './types';

export interface ChainRequest {
  /** The plain text. */
  text: string;
  /** The same content as placeholder markup (inline-markup.ts), for engines that keep tags. */
  markup?: string;
  source: string | null;
  target: string;
  signal?: AbortSignal;
}

export interface ChainSuccess {
  ok: true;
  text: string;
  /** Whether `text` is placeholder markup (the engine took `markup`) or plain text. */
  format: TextFormat;
  source: string | null;
  engine: { id: EngineId; label: string };
}

export interface EngineAttempt {
  engine: EngineId;
  label: string;
  error: TranslationErrorData;
}

export interface ChainFailure {
  ok: false;
  /** One per engine tried (or skipped for a reason found earlier in the session), in order. Empty: no engine at all. */
  attempts: EngineAttempt[];
}

export type ChainOutcome = ChainSuccess | ChainFailure;

export class TranslationSession {
  readonly #disabled = new Map<EngineId, TranslationError>();

  constructor(readonly engines: readonly TranslationEngine[]) {}

  /** Forget what failed (the reader pressed Retry: the server may be up again). */
  reset(): void {
    this.#disabled.clear();
  }

  async translate(request: ChainRequest): Promise<ChainOutcome> {
    const attempts: EngineAttempt[] = [];
    for (const engine of this.engines) {
      const known = this.#disabled.get(engine.id);
      if (known) {
        attempts.push({ engine: engine.id, label: engine.label, error: toErrorData(known) });
        continue;
      }
      const useMarkup = request.markup !== undefined && engine.formats.includes('html') && engine.limit.measure(request.markup) <= engine.limit.max;
      try {
        const result = await translateLongText(engine, {
          text: useMarkup ? request.markup! : request.text,
          source: request.source,
          target: request.target,
          format: useMarkup ? 'html' : 'text',
          ...(request.signal ? { signal: request.signal } : {}),
        });
        return { ok: true, text: result.text, format: useMarkup ? 'html' : 'text', source: result.source, engine: { id: engine.id, label: engine.label } };
      } catch (thrown) {
        const error = asTranslationError(thrown, engine.id);
        attempts.push({ engine: engine.id, label: engine.label, error: toErrorData(error) });
        if (!shouldTryNextEngine(error)) break;
        if (disablesEngine(error)) this.#disabled.set(engine.id, error);
      }
    }
    return { ok: false, attempts };
  }
}

/** The attempt whose error the reader should see first: the one they can act on, not "skipped: unavailable". */
export function mainAttempt(failure: ChainFailure): EngineAttempt | null {
  const rank = (a: EngineAttempt): number => (['unavailable', 'not-configured'].includes(a.error.code) ? 1 : 0);
  return [...failure.attempts].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
