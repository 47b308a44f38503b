import { languageName } from '../../core/translate/languages';
import type { Translate } from '../i18n';
import type { ArticleTranslationActions, ArticleTranslationState, ViewMode } from './article-translation-store';
import { engineName, failureLines } from './failure';

interface TranslationBarProps {
  state: ArticleTranslationState;
  actions: ArticleTranslationActions;
  t: Translate;
}

const MODES: { mode: ViewMode; key: 'translationModeOriginal' | 'translationModeTranslation' | 'translationModeSideBySide' }[] = [
  { mode: 'original', key: 'translationModeOriginal' },
  { mode: 'translation', key: 'translationModeTranslation' },
  { mode: 'side-by-side', key: 'translationModeSideBySide' },
];

/** Above a translated article: where the translation stands, the view switch, and on failure what to do. */
export function TranslationBar({ state, actions, t }: TranslationBarProps) {
  const done = state.units.filter((u) => u.status === 'done').length;
  const total = state.units.length;
  const source = state.source ? languageName(state.source, state.locale) : '?';
  const target = languageName(state.target, state.locale);
  const engine = state.engine ? engineName(state.engine, t) : '';
  let status: string;
  switch (state.status) {
    case 'same-language': status = t('translationSameLanguage', [target]); break;
    case 'done': status = t('translationArticleDone', [source, target, engine]); break;
    case 'failed': status = t('translationArticleStopped', [String(done), String(total)]); break;
    case 'needs-download': status = t('translationDownloadNote', [source, target]); break;
    default: status = `${t('translationWorking')} ${t('translationProgress', [String(done), String(total)])}`;
  }
  const lines = state.status === 'failed' && state.failure
    ? failureLines(state.failure, { source: state.source, target: state.target, locale: state.locale }, t)
    : [];
  const showModes = state.status !== 'same-language';
  return (
    <div class="jt-bar" role="group" aria-label={t('translationLabel')}>
      <p class="jt-status" role="status">{status}</p>
      {showModes && (
        <div class="jt-modes" role="group" aria-label={t('translationModes')}>
          {MODES.map(({ mode, key }) => (
            <button key={mode} type="button" aria-pressed={state.mode === mode} onClick={() => actions.setMode(mode)}>{t(key)}</button>
          ))}
        </div>
      )}
      {lines.length > 0 && (
        <div class="jt-error" role="alert">
          {lines.map((line) => (
            <p key={line.text}>
              {line.text}
              {line.serverSaid && <span class="jt-said"> {t('translationServerSaid', [line.serverSaid])}</span>}
            </p>
          ))}
          <p>{t('translationOriginalKept')}</p>
        </div>
      )}
      {state.status === 'needs-download' && (
        <div class="jt-actions">
          {state.downloadProgress === null
            ? <button type="button" class="jt-action" onClick={actions.download}>{t('translationDownload')}</button>
            : <span>{t('translationDownloading', [String(Math.round(state.downloadProgress * 100))])} <progress class="jt-progress" max={1} value={state.downloadProgress} /></span>}
        </div>
      )}
      {state.status === 'failed' && (
        <div class="jt-actions">
          <button type="button" class="jt-action" onClick={actions.retry}>{t('translationRetry')}</button>
          <button type="button" class="jt-action" onClick={actions.openOptions}>{t('translationOpenOptions')}</button>
          {state.web && (
            <button type="button" class="jt-action" title={t('translationWebNote', [state.web.host])} onClick={actions.openWeb}>
              {t('translationOpenWeb', [state.web.name])}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
