import { describe, expect, it } from 'vitest';
import { checkServerUrl } from '../../../core/translate/server-url';
import {
  DEFAULT_TRANSLATION_SETTINGS, effectiveTarget, isConfigured, parseTranslationSettings, TRANSLATION_SETTINGS_EXAMPLES,
} from '../../../entrypoints/shared/settings/translation-schema';

describe('translation settings', () => {
  it('start with only the on-device engine: nothing is sent anywhere until the reader sets up a server', () => {
    expect(DEFAULT_TRANSLATION_SETTINGS.engines).toEqual(['built-in']);
    expect(isConfigured(DEFAULT_TRANSLATION_SETTINGS, 'apertium')).toBe(false);
    expect(isConfigured(DEFAULT_TRANSLATION_SETTINGS, 'libretranslate')).toBe(false);
  });

  it('keep every stored version whole', () => {
    for (const example of Object.values(TRANSLATION_SETTINGS_EXAMPLES)) {
      expect(parseTranslationSettings(example, DEFAULT_TRANSLATION_SETTINGS)).toEqual(example);
    }
  });

  it('fall back field by field: a bad server address costs only itself', () => {
    const parsed = parseTranslationSettings({
      engines: ['apertium', 'google-cloud', 'apertium', 7, 'built-in'],
      apertium: { url: 'javascript:alert(1)' },
      libreTranslate: { url: 'https://lt.example.org/', apiKey: 'k' },
      targetLanguage: 'not a language!',
      webTranslator: 'evil',
    }, DEFAULT_TRANSLATION_SETTINGS);
    expect(parsed).toEqual({
      engines: ['apertium', 'built-in'],
      apertium: { url: '' },
      libreTranslate: { url: 'https://lt.example.org', apiKey: 'k' },
      targetLanguage: '',
      webTranslator: 'google',
    });
  });

  it("translate into the browser's language unless the reader picked another", () => {
    expect(effectiveTarget(DEFAULT_TRANSLATION_SETTINGS, 'id')).toBe('id');
    expect(effectiveTarget(DEFAULT_TRANSLATION_SETTINGS, 'en_US')).toBe('en-US');
    expect(effectiveTarget({ ...DEFAULT_TRANSLATION_SETTINGS, targetLanguage: 'es' }, 'id')).toBe('es');
  });
});

describe('a server address', () => {
  it.each([
    ['http://127.0.0.1:2737/', { ok: true, url: 'http://127.0.0.1:2737', permission: 'http://127.0.0.1/*' }],
    ['localhost:5000', { ok: true, url: 'http://localhost:5000', permission: 'http://localhost/*' }],
    ['https://tr.example.org/apy/', { ok: true, url: 'https://tr.example.org/apy', permission: 'https://tr.example.org/*' }],
    ['', { ok: false, reason: 'empty' }],
    ['ftp://tr.example.org', { ok: false, reason: 'scheme' }],
    ['http://user:pw@tr.example.org', { ok: false, reason: 'credentials' }],
    ['http://tr.example.org/?key=1', { ok: false, reason: 'query' }],
    ['http://exa mple.org', { ok: false, reason: 'invalid' }],
  ])('%s → %j', (input, expected) => {
    expect(checkServerUrl(input)).toEqual(expected);
  });
});
