import type { Translate } from '../i18n';

/** A speech voice as the options page lists it (plain data from speechSynthesis.getVoices()). */
export interface VoiceOption {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
}

export interface ReadAloudSectionProps {
  t: Translate;
  /** Voices per language (primary subtag), best first; languages in display order. */
  languages: readonly { lang: string; name: string; voices: readonly VoiceOption[] }[];
  /** Language → the chosen voice's URI; a language without one is on automatic. */
  chosen: Readonly<Record<string, string>>;
  rate: number;
  rateMin: number;
  rateMax: number;
  onVoice(lang: string, voiceUri: string | null): void;
  onRate(rate: number): void;
  error?: string | null;
}

/** Options: the preferred voice for each language the browser can speak, and the speaking rate. */
export function ReadAloudSection({ t, languages, chosen, rate, rateMin, rateMax, onVoice, onRate, error }: ReadAloudSectionProps) {
  return (
    <section class="options-section read-aloud-section" aria-labelledby="read-aloud-title">
      <h2 id="read-aloud-title">{t('readAloudSectionTitle')}</h2>
      <p class="option">
        <label for="read-aloud-rate">{t('readAloudRate')}</label>{' '}
        <input id="read-aloud-rate" type="range" min={rateMin} max={rateMax} step={0.05} value={rate}
          onChange={(e) => onRate(Number((e.currentTarget as HTMLInputElement).value))} />{' '}
        <output for="read-aloud-rate">{`${rate.toFixed(2)}×`}</output>
      </p>
      {languages.length === 0 ? (
        <p class="empty">{t('readAloudNoVoices')}</p>
      ) : (
        <>
          <p class="hint">{t('readAloudOnlineHint')}</p>
          {languages.map(({ lang, name, voices }) => (
            <p class="option" key={lang}>
              <label for={`voice-${lang}`}>{t('readAloudVoiceFor', [name])}</label>{' '}
              <select id={`voice-${lang}`} name={`voice-${lang}`} data-lang={lang} value={chosen[lang] ?? ''}
                onChange={(e) => onVoice(lang, (e.currentTarget as HTMLSelectElement).value || null)}>
                <option value="">{t('readAloudVoiceAuto')}</option>
                {voices.map((voice) => (
                  <option key={voice.voiceURI} value={voice.voiceURI}>
                    {voice.localService ? `${voice.name} (${voice.lang})` : t('readAloudVoiceOnline', [`${voice.name} (${voice.lang})`])}
                  </option>
                ))}
              </select>
            </p>
          ))}
        </>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
