/**
 * Options section for read aloud: lists the browser's voices by language
 * (they load late in Chrome: listen for voiceschanged), loads and saves the
 * read-aloud setting, renders ReadAloudSection.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { voiceLanguages, voicesFor, type VoiceLike } from '../../core/speech/voices';
import { ReadAloudSection } from '../../components/options/ReadAloudSection';
import { RATE_MAX, RATE_MIN, readAloudSetting, type ReadAloudSettings } from '../shared/settings/read-aloud';
import type { OptionsSectionProps } from './sections';

function browserVoices(): VoiceLike[] {
  const synth = globalThis.speechSynthesis;
  return synth ? synth.getVoices().map(({ voiceURI, name, lang, localService, default: isDefault }) => ({ voiceURI, name, lang, localService, default: isDefault })) : [];
}

function languageName(lang: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function ReadAloudOptionsSection({ t }: OptionsSectionProps) {
  const [settings, setSettings] = useState<ReadAloudSettings | null>(null);
  const [voices, setVoices] = useState<VoiceLike[]>(browserVoices);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void readAloudSetting.get().then(setSettings);
    const synth = globalThis.speechSynthesis;
    const refresh = () => setVoices(browserVoices());
    synth?.addEventListener('voiceschanged', refresh);
    return () => synth?.removeEventListener('voiceschanged', refresh);
  }, []);

  const uiLanguage = browser.i18n.getUILanguage();
  const languages = useMemo(() => {
    const langs = voiceLanguages(voices).map((lang) => ({ lang, name: languageName(lang, uiLanguage), voices: voicesFor(voices, lang) }));
    // Languages with a stored choice first, then the UI's, then by name.
    const ui = uiLanguage.split('-')[0]!.toLowerCase();
    const weight = (lang: string) => (settings?.voices[lang] ? 0 : lang === ui ? 1 : 2);
    return langs.sort((a, b) => weight(a.lang) - weight(b.lang) || a.name.localeCompare(b.name, uiLanguage));
  }, [voices, settings, uiLanguage]);

  const save = useCallback(async (change: (current: ReadAloudSettings) => ReadAloudSettings) => {
    try {
      const next = change(await readAloudSetting.get());
      await readAloudSetting.set(next);
      setSettings(next);
      setError(null);
    } catch (e) {
      setError(t('settingsSaveFailed', [e instanceof Error ? e.message : String(e)]));
    }
  }, [t]);

  if (!settings) return null;
  return (
    <ReadAloudSection
      t={t}
      languages={languages}
      chosen={settings.voices}
      rate={settings.rate}
      rateMin={RATE_MIN}
      rateMax={RATE_MAX}
      error={error}
      onRate={(rate) => void save((s) => ({ ...s, rate }))}
      onVoice={(lang, uri) => void save((s) => {
        const voices = { ...s.voices };
        if (uri) voices[lang] = uri;
        else delete voices[lang];
        return { ...s, voices };
      })}
    />
  );
}
