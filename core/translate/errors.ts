/**
 * What can go wrong with a translation, as codes the UI turns into a message
 * that says what to do. Engines throw TranslationError only; anything else
 * they meet (a network TypeError, a DOMException) is mapped here first.
 */
import type { EngineId } from './types';

export const ERROR_CODES = [
  'not-configured', // the reader has set no engine, or this engine has no server address
  'unavailable', // the engine can't run here (no on-device model in this browser, no permission for the server)
  'needs-download', // the on-device language pack must be downloaded, which needs a click
  'unreachable', // nothing answered at the server's address
  'timeout', // the server took longer than we wait
  'http', // the server answered with an HTTP error
  'auth', // the server wants an (other) API key
  'rate-limited', // the server asks us to slow down
  'unsupported-pair', // the engine can't translate between these languages
  'unknown-source', // nobody could tell the source language and the engine needs it
  'too-long', // the server refused the size of a request
  'bad-response', // the answer was not what the API promises
  'aborted', // the reader closed or restarted the translation
] as const;
export type TranslationErrorCode = (typeof ERROR_CODES)[number];

export interface TranslationErrorDetails {
  engine?: EngineId;
  /** HTTP status, when the server answered. */
  status?: number;
  /** The server's own words, shown as given (trimmed), so a reader can tell an operator what happened. */
  serverMessage?: string;
  /** For too-long: the largest size the server said it accepts. */
  limit?: number;
}

export class TranslationError extends Error {
  override readonly name = 'TranslationError';
  constructor(
    readonly code: TranslationErrorCode,
    message: string,
    readonly details: TranslationErrorDetails = {},
  ) {
    super(message);
  }
}

/** Plain data for messaging between contexts (an Error's class does not survive structured cloning). */
export interface TranslationErrorData extends TranslationErrorDetails {
  code: TranslationErrorCode;
  message: string;
}

export function toErrorData(error: TranslationError): TranslationErrorData {
  return { code: error.code, message: error.message, ...error.details };
}

export function fromErrorData(data: TranslationErrorData): TranslationError {
  const { code, message, ...details } = data;
  return new TranslationError(code, message, details);
}

export function isAbort(error: unknown): boolean {
  return (error instanceof TranslationError && error.code === 'aborted') || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError');
}

/** Any thrown value as a TranslationError (unknown failures become bad-response, the honest "we don't know"). */
export function asTranslationError(error: unknown, engine?: EngineId): TranslationError {
  if (error instanceof TranslationError) {
    return error.details.engine || !engine ? error : new TranslationError(error.code, error.message, { ...error.details, engine });
  }
  if (isAbort(error)) return new TranslationError('aborted', 'The translation was stopped.', engine ? { engine } : {});
  const message = error instanceof Error ? error.message : String(error);
  return new TranslationError('bad-response', message, engine ? { engine } : {});
}

/**
 * Errors after which the next engine in the reader's order should be tried for the same text.
 * An abort is the reader's own doing and stops everything.
 */
export function shouldTryNextEngine(error: TranslationError): boolean {
  return error.code !== 'aborted';
}

/** Errors that will recur for every text in this session: the engine is skipped for the rest of an article. */
export function disablesEngine(error: TranslationError): boolean {
  return ['not-configured', 'unavailable', 'unreachable', 'timeout', 'auth', 'unsupported-pair', 'unknown-source', 'needs-download'].includes(error.code);
}
