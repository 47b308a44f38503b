/**
 * Choosing the voice that reads an article: the reader's preference for the
 * language first, then the article's language and region, a voice on the
 * device before an online one, a close language before none.
 */
import { describe, expect, it } from 'vitest';
import { chooseVoice, normalizeVoiceLang, voiceLanguages, voicesFor, type VoiceLike } from '../../../core/speech/voices';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ voiceURI: name, name, lang, localService, default: isDefault });

const CHROME_LINUX = [
  voice('English (America)', 'en-US', true, true),
  voice('English (Great Britain)', 'en-GB'),
  voice('Google UK English Female', 'en-GB', false),
  voice('Google Bahasa Indonesia', 'id-ID', false),
  voice('Indonesian', 'id-ID'),
  voice('Malay', 'ms-MY'),
  voice('German', 'de-DE'),
  voice('Android Japanese', 'ja_JP'),
];

describe('voice choice', () => {
  it('takes the reader\'s preferred voice for the language when the browser still has it', () => {
    expect(chooseVoice(CHROME_LINUX, 'id', 'Google Bahasa Indonesia')?.name).toBe('Google Bahasa Indonesia');
  });

  it('falls back to the best match when the preferred voice is gone', () => {
    expect(chooseVoice(CHROME_LINUX, 'id', 'Removed voice')?.name).toBe('Indonesian');
  });

  it('prefers a voice on the device to an online one, which would send the text away', () => {
    expect(chooseVoice(CHROME_LINUX, 'id-ID')?.name).toBe('Indonesian');
    expect(chooseVoice([voice('Google Bahasa Indonesia', 'id-ID', false)], 'id')?.name).toBe('Google Bahasa Indonesia');
  });

  it('prefers the article\'s region, then the default voice', () => {
    expect(chooseVoice(CHROME_LINUX, 'en-GB')?.name).toBe('English (Great Britain)');
    expect(chooseVoice(CHROME_LINUX, 'en')?.name).toBe('English (America)');
  });

  it('reads Malay with an Indonesian voice and back when the browser lacks one, and gives up on a language it cannot read', () => {
    expect(chooseVoice(CHROME_LINUX.filter((v) => !v.lang.startsWith('ms')), 'ms')?.name).toBe('Indonesian');
    expect(chooseVoice(CHROME_LINUX.filter((v) => !v.lang.startsWith('id')), 'id')?.name).toBe('Malay');
    expect(chooseVoice(CHROME_LINUX, 'th')).toBeNull();
    expect(chooseVoice([], 'en')).toBeNull();
  });

  it('understands Android\'s underscore tags', () => {
    expect(normalizeVoiceLang('ja_JP')).toBe('ja-JP');
    expect(chooseVoice(CHROME_LINUX, 'ja')?.name).toBe('Android Japanese');
  });

  it('lists the languages there are voices for, and each language\'s voices best first', () => {
    expect(voiceLanguages(CHROME_LINUX)).toEqual(['de', 'en', 'id', 'ja', 'ms']);
    expect(voicesFor(CHROME_LINUX, 'en').map((v) => v.name)).toEqual(['English (America)', 'English (Great Britain)', 'Google UK English Female']);
  });
});
