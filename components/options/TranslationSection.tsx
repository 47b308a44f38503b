/**
 * Translation in the options page: the language to translate into, the
 * engines in the order they are tried, the reader's own servers, and the
 * web translator; each says exactly what it sends where. Pure: the settings
 * and each server form's status come in, the reader's choices go out.
 */
import { useEffect, useState } from 'preact/hooks';
import { TargetLanguageSelect } from '../translation/TargetLanguageSelect';
import { ENGINE_IDS, type EngineId } from '../../core/translate/types';
import { WEB_TRANSLATORS, webTranslatorById } from '../../core/translate/web-translators';
import type { MessageKey, Translate } from '../i18n';
import type { TranslationSettings } from '../../entrypoints/shared/settings/translation-schema';

export type ServerEngine = 'apertium' | 'libretranslate';

export type ServerStatus =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'ready'; pairs: number }
  | { kind: 'unchecked'; message: string }
  | { kind: 'denied'; host: string }
  | { kind: 'invalid' }
  | { kind: 'removed' };

interface TranslationSectionProps {
  t: Translate;
  /** The browser's UI language: the default target, and the language names are in it. */
  locale: string;
  settings: TranslationSettings;
  onChange(next: TranslationSettings): void;
  status: Record<ServerEngine, ServerStatus>;
  /** Called straight from the click: the permission prompt needs the gesture. */
  onSaveServer(engine: ServerEngine, url: string, apiKey: string): void;
  onRemoveServer(engine: ServerEngine): void;
}

const ENGINE_NAME: Record<EngineId, MessageKey> = { 'built-in': 'engineBuiltIn', apertium: 'engineApertium', libretranslate: 'engineLibreTranslate' };

function serverUrl(settings: TranslationSettings, engine: ServerEngine): string {
  return engine === 'apertium' ? settings.apertium.url : settings.libreTranslate.url;
}

/** Engines in the reader's order first, then the unused ones. */
function orderedEngines(settings: TranslationSettings): EngineId[] {
  return [...settings.engines, ...ENGINE_IDS.filter((id) => !settings.engines.includes(id))];
}

function StatusLine({ status, t }: { status: ServerStatus; t: Translate }) {
  let text = '';
  switch (status.kind) {
    case 'checking': text = t('optionsServerChecking'); break;
    case 'ready': text = t('optionsServerReady', [String(status.pairs)]); break;
    case 'unchecked': text = t('optionsServerSavedUnchecked', [status.message]); break;
    case 'denied': text = t('optionsServerDenied', [status.host]); break;
    case 'invalid': text = t('optionsServerInvalid'); break;
    case 'removed': text = t('optionsServerRemoved'); break;
  }
  return <p class="status" role="status" data-status={status.kind}>{text}</p>;
}

function ServerForm({ engine, settings, status, t, onSave, onRemove }: {
  engine: ServerEngine; settings: TranslationSettings; status: ServerStatus; t: Translate;
  onSave: (url: string, apiKey: string) => void; onRemove: () => void;
}) {
  const saved = serverUrl(settings, engine);
  const [url, setUrl] = useState(saved);
  const [apiKey, setApiKey] = useState(settings.libreTranslate.apiKey);
  useEffect(() => setUrl(saved), [saved]);
  const id = `jernih-${engine}`;
  return (
    <form class="server" onSubmit={(event) => {
      event.preventDefault();
      onSave(url, apiKey);
    }}>
      <p class="field">
        <label for={`${id}-url`}>{t('optionsServerUrl')}</label><br />
        <input id={`${id}-url`} name="url" type="url" inputMode="url" autoComplete="off" spellcheck={false} size={40}
          placeholder={engine === 'apertium' ? 'http://localhost:2737' : 'http://localhost:5000'}
          value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      </p>
      {engine === 'libretranslate' && (
        <p class="field">
          <label for={`${id}-key`}>{t('optionsApiKey')}</label><br />
          <input id={`${id}-key`} name="apiKey" type="password" autoComplete="off" size={40} value={apiKey}
            onInput={(e) => setApiKey((e.target as HTMLInputElement).value)} />
          <br /><small class="where">{t('optionsWhereApiKey')}</small>
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="save">{t('optionsSaveServer')}</button>
        {saved && <button type="button" class="remove" onClick={onRemove}>{t('optionsRemoveServer')}</button>}
      </div>
      <StatusLine status={status} t={t} />
    </form>
  );
}

export function TranslationSection(props: TranslationSectionProps) {
  const { t, locale, settings, onChange } = props;
  const order = orderedEngines(settings);
  const move = (id: EngineId, by: -1 | 1) => {
    const list = settings.engines.slice();
    const at = list.indexOf(id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to]!, list[at]!];
    onChange({ ...settings, engines: list });
  };
  const use = (id: EngineId, on: boolean) =>
    onChange({ ...settings, engines: on ? [...settings.engines.filter((e) => e !== id), id] : settings.engines.filter((e) => e !== id) });
  const web = webTranslatorById(settings.webTranslator);

  return (
    <section class="section translation" aria-labelledby="jernih-translation-heading">
      <h2 id="jernih-translation-heading">{t('optionsTranslationHeading')}</h2>
      <p>{t('optionsTranslationIntro')}</p>

      <p class="field">
        <TargetLanguageSelect id="jernih-target-language" t={t} locale={locale} value={settings.targetLanguage}
          onChange={(targetLanguage) => onChange({ ...settings, targetLanguage })} />
      </p>

      <h3>{t('optionsEngines')}</h3>
      <ol class="engines">
        {order.map((id) => {
          const name = t(ENGINE_NAME[id]);
          const used = settings.engines.includes(id);
          const at = settings.engines.indexOf(id);
          const needsServer = id !== 'built-in' && !serverUrl(settings, id);
          return (
            <li key={id} class="engine" data-engine={id}>
              <div class="engine-head">
                <label>
                  <input type="checkbox" checked={used} disabled={needsServer && !used}
                    onChange={(e) => use(id, (e.target as HTMLInputElement).checked)} />{' '}
                  {t('optionsUseEngine', [name])}
                </label>
                {used && (
                  <span class="order">{' '}
                    <button type="button" disabled={at === 0} aria-label={t('optionsMoveUp', [name])} onClick={() => move(id, -1)}>↑</button>
                    <button type="button" disabled={at === settings.engines.length - 1} aria-label={t('optionsMoveDown', [name])} onClick={() => move(id, 1)}>↓</button>
                  </span>
                )}
              </div>
              <p class="where">{id === 'built-in' ? t('optionsWhereBuiltIn') : t('optionsWhereServer')}</p>
              {id !== 'built-in' && (
                <ServerForm engine={id} settings={settings} status={props.status[id]} t={t}
                  onSave={(url, key) => props.onSaveServer(id, url, key)} onRemove={() => props.onRemoveServer(id)} />
              )}
            </li>
          );
        })}
      </ol>

      <p class="field">
        <label for="jernih-web-translator">{t('optionsWebTranslator')}</label>{' '}
        <select id="jernih-web-translator" value={web.id}
          onChange={(e) => onChange({ ...settings, webTranslator: (e.target as HTMLSelectElement).value })}>
          {WEB_TRANSLATORS.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
        </select>
      </p>
      <p class="where">{t('optionsWhereWeb', [web.host])}</p>
    </section>
  );
}
