/**
 * Read aloud: the voice a reader prefers for each language (by the voice's
 * URI, as speechSynthesis names it) and the speaking rate.
 */
import { defineSetting } from './define-setting';
import { numberIn, objectOf, recordOf } from './parse';

export interface ReadAloudSettings {
  /** Primary language subtag ("id", "en") → voiceURI. A language without an entry gets the best voice we find. */
  voices: Record<string, string>;
  /** 1 is the voice's normal speed. */
  rate: number;
}

export const RATE_MIN = 0.5;
export const RATE_MAX = 2;

const voiceUri = (raw: unknown): string | undefined => (typeof raw === 'string' && raw.length > 0 && raw.length <= 512 ? raw : undefined);

/** Language keys are primary subtags; anything else (an old "id-ID" key, junk) is folded or dropped. */
function parseVoices(raw: unknown, fallback: Record<string, string>): Record<string, string> {
  const parsed = recordOf(voiceUri, 200)(raw, fallback);
  const voices: Record<string, string> = Object.create(null);
  for (const [key, uri] of Object.entries(parsed)) {
    const lang = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/iu.exec(key)?.[1]?.toLowerCase();
    if (lang && !(lang in voices)) voices[lang] = uri;
  }
  return voices;
}

export const readAloudSetting = defineSetting<ReadAloudSettings>({
  key: 'local:read-aloud',
  version: 1,
  defaults: { voices: {}, rate: 1 },
  parse: objectOf<ReadAloudSettings>({ voices: parseVoices, rate: numberIn(RATE_MIN, RATE_MAX) }),
  examples: {
    1: { voices: { id: 'Damayanti', en: 'Google UK English Female' }, rate: 1.25 },
  },
});
