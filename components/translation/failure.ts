/**
 * A failed translation as the reader reads it: one sentence per engine that
 * was tried, saying what happened and what to do, plus the server's own
 * words when it gave any. Pure: the codes and names come in, text comes out.
 */
import type { ChainFailure, EngineAttempt } from '../../core/translate/chain';
import type { EngineId } from '../../core/translate/types';
import { languageName } from '../../core/translate/languages';
import type { MessageKey, Translate } from '../i18n';

export interface FailureLine {
  text: string;
  /** The server's message, quoted as given. */
  serverSaid: string | null;
}

const KEYS: Record<string, MessageKey> = {
  'not-configured': 'translationErrorNotConfigured',
  unavailable: 'translationErrorUnavailable',
  'needs-download': 'translationErrorNeedsDownload',
  unreachable: 'translationErrorUnreachable',
  timeout: 'translationErrorTimeout',
  http: 'translationErrorHttp',
  auth: 'translationErrorAuth',
  'rate-limited': 'translationErrorRateLimited',
  'unsupported-pair': 'translationErrorUnsupportedPair',
  'unknown-source': 'translationErrorUnknownSource',
  'too-long': 'translationErrorTooLong',
  'bad-response': 'translationErrorBadResponse',
  aborted: 'translationErrorAborted',
};

/** The engine's name for the reader: ours localized, a server's with its host. */
export function engineName(engine: { id: EngineId; label: string }, t: Translate): string {
  if (engine.id === 'built-in') return t('engineBuiltIn');
  const host = /\(([^)]*)\)\s*$/u.exec(engine.label)?.[1];
  const name = t(engine.id === 'apertium' ? 'engineApertium' : 'engineLibreTranslate');
  return host ? `${name} (${host})` : name;
}

export interface LanguagePair {
  source: string | null;
  target: string;
  locale: string;
}

function lineFor(attempt: EngineAttempt, pair: LanguagePair, t: Translate): FailureLine {
  const name = engineName({ id: attempt.engine, label: attempt.label }, t);
  const { code } = attempt.error;
  const key = KEYS[code] ?? 'translationErrorBadResponse';
  const source = pair.source ? languageName(pair.source, pair.locale) : '?';
  const target = languageName(pair.target, pair.locale);
  const args =
    code === 'timeout' ? [name, '10']
      : code === 'http' ? [name, String(attempt.error.status ?? '?')]
        : code === 'unsupported-pair' ? [name, source, target]
          : [name];
  const said = attempt.error.serverMessage?.trim();
  return { text: t(key, args), serverSaid: said && code !== 'aborted' ? said.slice(0, 300) : null };
}

/** The lines to show, the most actionable first; "no engine at all" when nothing was tried. */
export function failureLines(failure: ChainFailure, pair: LanguagePair, t: Translate): FailureLine[] {
  if (failure.attempts.length === 0) return [{ text: t('translationErrorNoEngine'), serverSaid: null }];
  const rank = (a: EngineAttempt): number => (['unavailable', 'not-configured'].includes(a.error.code) ? 1 : 0);
  return [...failure.attempts].sort((a, b) => rank(a) - rank(b)).map((a) => lineFor(a, pair, t));
}

/** Whether the first thing to offer is the on-device download button. */
export function needsDownload(failure: ChainFailure): boolean {
  return failure.attempts.some((a) => a.error.code === 'needs-download');
}
