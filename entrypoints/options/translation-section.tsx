/**
 * The translation section, connected: loads and saves the translation
 * setting, asks the browser for access to a server's host when the reader
 * saves its address (and gives it back when they remove it), and checks the
 * server answers.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApertiumEngine } from '../../core/translate/apertium';
import { asTranslationError } from '../../core/translate/errors';
import type { FetchLike } from '../../core/translate/http';
import { LibreTranslateEngine } from '../../core/translate/libretranslate';
import { checkServerUrl } from '../../core/translate/server-url';
import { TranslationSection, type ServerEngine, type ServerStatus } from '../../components/options/TranslationSection';
import { translationSetting } from '../shared/settings/translation';
import { DEFAULT_TRANSLATION_SETTINGS, type TranslationSettings } from '../shared/settings/translation-schema';
import type { OptionsSectionProps } from './sections';

const pageFetch: FetchLike = (url, init) => fetch(url, init);

/** How many pairs the server offers, or why it didn't say. */
async function probe(engine: ServerEngine, url: string, apiKey: string): Promise<ServerStatus> {
  try {
    if (engine === 'apertium') return { kind: 'ready', pairs: (await new ApertiumEngine({ url, fetch: pageFetch }).listPairs()).length };
    const languages = await new LibreTranslateEngine({ url, apiKey, fetch: pageFetch }).languages();
    return { kind: 'ready', pairs: languages.reduce((n, l) => n + l.targets.length, 0) };
  } catch (error) {
    return { kind: 'unchecked', message: asTranslationError(error).message };
  }
}

function withServer(settings: TranslationSettings, engine: ServerEngine, url: string, apiKey: string): TranslationSettings {
  const engines = settings.engines.includes(engine) || !url ? settings.engines : [...settings.engines, engine];
  const next = { ...settings, engines: url ? engines : settings.engines.filter((e) => e !== engine) };
  return engine === 'apertium' ? { ...next, apertium: { url } } : { ...next, libreTranslate: { url, apiKey: url ? apiKey : '' } };
}

export function TranslationOptions({ t }: OptionsSectionProps) {
  const [settings, setSettings] = useState<TranslationSettings | null>(null);
  const [status, setStatus] = useState<Record<ServerEngine, ServerStatus>>({ apertium: { kind: 'idle' }, libretranslate: { kind: 'idle' } });
  const report = (engine: ServerEngine, next: ServerStatus) => setStatus((all) => ({ ...all, [engine]: next }));

  useEffect(() => {
    void translationSetting.get().then(setSettings);
    return translationSetting.watch(setSettings);
  }, []);

  const save = useCallback((next: TranslationSettings) => {
    setSettings(next);
    void translationSetting.set(next);
  }, []);

  const saveServer = (engine: ServerEngine, rawUrl: string, apiKey: string) => {
    const check = checkServerUrl(rawUrl);
    if (!check.ok) return report(engine, { kind: 'invalid' });
    // First thing in the click: the permission prompt needs the user's gesture, which an await would lose.
    const asked = browser.permissions.request({ origins: [check.permission] });
    void (async () => {
      if (!(await asked)) return report(engine, { kind: 'denied', host: new URL(check.url).host });
      const current = await translationSetting.get();
      const next = withServer(current, engine, check.url, apiKey.trim());
      save(next);
      report(engine, { kind: 'checking' });
      report(engine, await probe(engine, check.url, apiKey.trim()));
    })();
  };

  const removeServer = (engine: ServerEngine) => {
    void (async () => {
      const current = await translationSetting.get();
      const old = checkServerUrl(engine === 'apertium' ? current.apertium.url : current.libreTranslate.url);
      const next = withServer(current, engine, '', '');
      save(next);
      // Give the host back unless the other server lives there too.
      const other = checkServerUrl(engine === 'apertium' ? next.libreTranslate.url : next.apertium.url);
      if (old.ok && !(other.ok && other.permission === old.permission)) {
        await browser.permissions.remove({ origins: [old.permission] }).catch(() => false);
      }
      report(engine, { kind: 'removed' });
    })();
  };

  return (
    <TranslationSection
      t={t}
      locale={browser.i18n.getUILanguage()}
      settings={settings ?? DEFAULT_TRANSLATION_SETTINGS}
      onChange={save}
      status={status}
      onSaveServer={saveServer}
      onRemoveServer={removeServer}
    />
  );
}
