/**
 * The popover next to a translated selection: the translation, which
 * languages, which engine, copy, show the original, close. On failure it
 * says what happened with each engine and offers Retry, the options and the
 * web translator (which names where the text would go). It takes data and
 * actions only.
 */
import { useRef, useState } from 'preact/hooks';
import type { ChainFailure } from '../../core/translate/chain';
import { languageName } from '../../core/translate/languages';
import type { EngineId } from '../../core/translate/types';
import type { Translate } from '../i18n';
import { engineName, failureLines } from './failure';

export type PopoverState =
  | { kind: 'no-text' }
  | { kind: 'working'; original: string; source: string | null; target: string }
  | { kind: 'done'; original: string; translation: string; source: string | null; target: string; engine: { id: EngineId; label: string } }
  | { kind: 'same-language'; original: string; source: string; target: string }
  | { kind: 'needs-download'; original: string; source: string | null; target: string; progress: number | null }
  | { kind: 'failed'; original: string; source: string | null; target: string; failure: ChainFailure };

export interface PopoverActions {
  onClose(): void;
  onCopy(text: string): Promise<boolean>;
  onRetry(): void;
  onOpenOptions(): void;
  onOpenWeb(): void;
  /** Starts the on-device download: called straight from the click. */
  onDownload(): void;
}

interface TranslationPopoverProps extends PopoverActions {
  state: PopoverState;
  t: Translate;
  /** The reader's UI language, for language names. */
  locale: string;
  web: { name: string; host: string } | null;
}

export function TranslationPopover(props: TranslationPopoverProps) {
  const { state, t, locale, web } = props;
  const [showOriginal, setShowOriginal] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const copyRun = useRef(0);
  const name = (tag: string | null) => (tag ? languageName(tag, locale) : '…');
  const langs = state.kind === 'no-text' ? '' : t('translationLanguages', [name(state.source), name(state.target)]);

  const copy = async (text: string) => {
    const run = ++copyRun.current;
    const ok = await props.onCopy(text);
    if (run === copyRun.current) setCopyStatus(t(ok ? 'copied' : 'copyFailed'));
  };

  const webButton = web && state.kind !== 'no-text' && (
    <>
      <button type="button" class="action web" onClick={props.onOpenWeb}>{t('translationOpenWeb', [web.name])}</button>
      <p class="note">{t('translationWebNote', [web.host])}</p>
    </>
  );

  let body;
  let foot;
  switch (state.kind) {
    case 'no-text':
      body = <div class="text">{t('translationNoText')}</div>;
      break;
    case 'working':
      body = <div class="text working" role="status">{t('translationWorking')}</div>;
      break;
    case 'same-language':
      body = <div class="text" lang={state.source}>{state.original}</div>;
      foot = <p class="note" role="status">{t('translationSameLanguage', [name(state.target)])}</p>;
      break;
    case 'done': {
      const shown = showOriginal ? state.original : state.translation;
      body = <div class="text translation" lang={showOriginal ? (state.source ?? undefined) : state.target} dir="auto">{shown}</div>;
      foot = (
        <>
          <span class="engine">{t('translationBy', [engineName(state.engine, t)])}</span>
          <button type="button" class="action copy" onClick={() => void copy(state.translation)}>{t('translationCopy')}</button>
          <button type="button" class="action toggle" aria-pressed={showOriginal} onClick={() => setShowOriginal(!showOriginal)}>
            {t(showOriginal ? 'translationShowTranslation' : 'translationShowOriginal')}
          </button>
          <span class="status" role="status">{copyStatus}</span>
          {webButton}
        </>
      );
      break;
    }
    case 'needs-download':
      body = (
        <div class="text">
          <p>{t('translationDownloadNote', [name(state.source), name(state.target)])}</p>
          {state.progress !== null && (
            <p role="status">{t('translationDownloading', [String(Math.round(state.progress * 100))])} <progress max={1} value={state.progress} /></p>
          )}
        </div>
      );
      foot = (
        <>
          {state.progress === null && <button type="button" class="action download" onClick={props.onDownload}>{t('translationDownload')}</button>}
          {webButton}
        </>
      );
      break;
    case 'failed': {
      const lines = failureLines(state.failure, { source: state.source, target: state.target, locale }, t);
      body = (
        <div class="text error" role="alert">
          {lines.map((line) => (
            <p key={line.text}>
              {line.text}
              {line.serverSaid && <span class="said"> {t('translationServerSaid', [line.serverSaid])}</span>}
            </p>
          ))}
          <p>{t('translationOriginalKept')}</p>
        </div>
      );
      foot = (
        <>
          <button type="button" class="action retry" onClick={props.onRetry}>{t('translationRetry')}</button>
          <button type="button" class="action options" onClick={props.onOpenOptions}>{t('translationOpenOptions')}</button>
          {webButton}
        </>
      );
      break;
    }
  }

  return (
    <div class="popover" role="dialog" aria-label={t('translationLabel')}>
      <div class="head">
        <span class="langs">{langs}</span>
        <button type="button" class="close" aria-label={t('translationClose')} title={t('translationClose')} onClick={props.onClose}>×</button>
      </div>
      {body}
      {foot && <div class="foot">{foot}</div>}
    </div>
  );
}
