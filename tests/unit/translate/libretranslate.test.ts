import { describe, expect, it } from 'vitest';
import { TranslationError } from '../../../core/translate/errors';
import { LibreTranslateEngine, readLibreTranslateError } from '../../../core/translate/libretranslate';
import { translateLongText } from '../../../core/translate/long-text';
import { fakeFetch, response } from './fakes';

const BASE = 'http://127.0.0.1:5000';

async function failure(promise: Promise<unknown>): Promise<TranslationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TranslationError) return error;
    throw error;
  }
  throw new Error('expected a TranslationError');
}

describe('LibreTranslate engine', () => {
  it('posts JSON {q, source, target, format, api_key} to /translate and reads translatedText', async () => {
    const fetch = fakeFetch(() => response(200, { translatedText: '¡Hola!' }));
    const engine = new LibreTranslateEngine({ url: `${BASE}/`, apiKey: 'k-123', fetch });
    expect(await engine.translate({ text: 'Hello!', source: 'en-GB', target: 'es', format: 'text' })).toEqual({ text: '¡Hola!', source: 'en-GB' });
    const [req] = fetch.requests;
    expect(req!.url).toBe(`${BASE}/translate`);
    expect(req!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req!.body)).toEqual({ q: 'Hello!', source: 'en', target: 'es', format: 'text', api_key: 'k-123' });
  });

  it('asks the server to detect an unknown source ("auto") and reports what it detected', async () => {
    const fetch = fakeFetch(() => response(200, { translatedText: 'Hello', detectedLanguage: { confidence: 90, language: 'id' } }));
    const engine = new LibreTranslateEngine({ url: BASE, fetch });
    expect(await engine.translate({ text: 'Halo', source: null, target: 'en', format: 'text' })).toEqual({ text: 'Hello', source: 'id' });
    expect(JSON.parse(fetch.requests[0]!.body)).toEqual({ q: 'Halo', source: 'auto', target: 'en', format: 'text' });
  });

  it('spells Chinese by script and Brazilian Portuguese by region, as LibreTranslate does', async () => {
    const fetch = fakeFetch(() => response(200, { translatedText: 'x' }));
    const engine = new LibreTranslateEngine({ url: BASE, fetch });
    await engine.translate({ text: 'a', source: 'zh-TW', target: 'pt-BR', format: 'text' });
    expect(JSON.parse(fetch.requests[0]!.body)).toMatchObject({ source: 'zh-Hant', target: 'pt-BR' });
  });

  it('reads the language list', async () => {
    const fetch = fakeFetch(() => response(200, [{ code: 'en', name: 'English', targets: ['es', 'id'] }, { code: 'id', name: 'Indonesian', targets: ['en'] }]));
    expect(await new LibreTranslateEngine({ url: BASE, fetch }).languages()).toEqual([
      { code: 'en', name: 'English', targets: ['es', 'id'] },
      { code: 'id', name: 'Indonesian', targets: ['en'] },
    ]);
  });

  it.each([
    [400, 'xx is not supported', 'unsupported-pair'],
    [400, 'Indonesian (id) is not available as a target language from Japanese (ja)', 'unsupported-pair'],
    [403, 'Invalid API key', 'auth'],
    [400, 'Visit https://portal.libretranslate.com to get an API key', 'auth'],
    [400, 'Please contact the server operator to get an API key', 'auth'],
    [403, 'Too many request limits violations', 'auth'],
    [429, 'Slowdown: 30 per 1 minute', 'rate-limited'],
    [500, 'Cannot translate text: model failed', 'http'],
    [400, 'Invalid request: missing q parameter', 'http'],
  ] as const)('maps HTTP %i {error: "%s"} to %s, keeping the server\'s words', async (status, message, code) => {
    const error = await failure(new LibreTranslateEngine({ url: BASE, fetch: fakeFetch(() => response(status, { error: message })) })
      .translate({ text: 'a', source: 'en', target: 'es', format: 'text' }));
    expect(error.code).toBe(code);
    expect(error.details).toMatchObject({ engine: 'libretranslate', status, serverMessage: message });
  });

  it('reads the character limit from the error and splits to it', async () => {
    expect(readLibreTranslateError(400, { error: 'Invalid request: request (2500) exceeds text limit (1000)' })?.details.limit).toBe(1000);
    const fetch = fakeFetch((req) => {
      const q = JSON.parse(req.body).q as string;
      return q.length > 100 ? response(400, { error: `Invalid request: request (${q.length}) exceeds text limit (100)` }) : response(200, { translatedText: q.toUpperCase() });
    });
    const engine = new LibreTranslateEngine({ url: BASE, fetch, maxChars: 400 });
    const text = Array.from({ length: 6 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const result = await translateLongText(engine, { text, source: 'en', target: 'es', format: 'text' });
    expect(result.text).toBe(text.toUpperCase());
    expect(fetch.requests.slice(1).every((r) => (JSON.parse(r.body).q as string).length <= 100)).toBe(true);
  });

  it.each([
    ['an answer without translatedText', { detectedLanguage: { language: 'en' } }],
    ['translatedText that is not a string', { translatedText: 42 }],
    ['an array where one text was sent', ['hola']],
  ])('calls %s a bad response', async (_, body) => {
    const error = await failure(new LibreTranslateEngine({ url: BASE, fetch: fakeFetch(() => response(200, body)) })
      .translate({ text: 'a', source: 'en', target: 'es', format: 'text' }));
    expect(error.code).toBe('bad-response');
  });
});
