import { describe, expect, it } from 'vitest';
import { ApertiumEngine, choosePair } from '../../../core/translate/apertium';
import { TranslationError } from '../../../core/translate/errors';
import { APY_PAIRS, fakeApy, fakeFetch, response } from './fakes';

const URL_BASE = 'http://127.0.0.1:2737/';

async function failure(promise: Promise<unknown>): Promise<TranslationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TranslationError) return error;
    throw error;
  }
  throw new Error('expected a TranslationError');
}

describe('Apertium APy engine', () => {
  it('posts a form body with the langpair APy knows, markUnknown=no, and reads responseData.translatedText', async () => {
    const fetch = fakeApy();
    const engine = new ApertiumEngine({ url: URL_BASE, fetch });
    const result = await engine.translate({ text: 'The road is new.', source: 'en', target: 'es', format: 'text' });
    expect(result).toEqual({ text: 'THE ROAD IS NEW.', source: 'en' });
    const post = fetch.requests.find((r) => r.url.endsWith('/translate'))!;
    expect(post.url).toBe('http://127.0.0.1:2737/translate'); // no double slash from the trailing one
    expect(post.method).toBe('POST');
    expect(post.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/u);
    expect(Object.fromEntries(new URLSearchParams(post.body))).toEqual({ langpair: 'eng|spa', q: 'The road is new.', markUnknown: 'no', format: 'txt' });
  });

  it('maps Malay to zlm (APy does not) and says the detected source back in BCP 47', async () => {
    const fetch = fakeApy();
    const engine = new ApertiumEngine({ url: URL_BASE, fetch });
    const result = await engine.translate({ text: 'Jalan baru.', source: 'id', target: 'ms', format: 'html' });
    expect(result.source).toBe('id');
    const form = new URLSearchParams(fetch.requests.at(-1)!.body);
    expect(form.get('langpair')).toBe('ind|zlm');
    expect(form.get('format')).toBe('html');
  });

  it('reads the pair list once and refuses a pair the server lacks before sending any text', async () => {
    const fetch = fakeApy();
    const engine = new ApertiumEngine({ url: URL_BASE, fetch });
    await engine.translate({ text: 'One.', source: 'en', target: 'es', format: 'text' });
    const error = await failure(engine.translate({ text: 'Satu.', source: 'id', target: 'en', format: 'text' }));
    expect(error.code).toBe('unsupported-pair');
    expect(fetch.requests.filter((r) => r.url.endsWith('/listPairs'))).toHaveLength(1);
    expect(fetch.requests.filter((r) => r.body.includes('Satu'))).toHaveLength(0);
  });

  it('takes a regional variant when that is all the server has', () => {
    const pairs = [{ source: 'spa', target: 'eng_US' }];
    expect(choosePair(pairs, 'es', 'en')).toEqual({ source: 'spa', target: 'eng_US' });
    expect(choosePair(APY_PAIRS.responseData.map((p) => ({ source: p.sourceLanguage, target: p.targetLanguage })), 'es', 'en-US'))
      .toEqual({ source: 'spa', target: 'eng_US' });
  });

  it("maps APy's 400 'That pair is not installed' to unsupported-pair with the server's words", async () => {
    // A server whose pair list claims a pair its /translate then refuses (it was removed meanwhile).
    const fetch = fakeFetch((req) => req.url.endsWith('/listPairs')
      ? response(200, APY_PAIRS)
      : response(400, { status: 'error', code: 400, message: 'Bad Request', explanation: 'That pair is not installed' }));
    const error = await failure(new ApertiumEngine({ url: URL_BASE, fetch }).translate({ text: 'x', source: 'en', target: 'es', format: 'text' }));
    expect(error.code).toBe('unsupported-pair');
    expect(error.details).toMatchObject({ engine: 'apertium', status: 400, serverMessage: 'That pair is not installed' });
  });

  it('needs a source language: it says so instead of guessing', async () => {
    const fetch = fakeApy();
    const error = await failure(new ApertiumEngine({ url: URL_BASE, fetch }).translate({ text: 'x', source: null, target: 'es', format: 'text' }));
    expect(error.code).toBe('unknown-source');
    expect(fetch.requests).toHaveLength(0);
  });

  it.each([
    ['nothing listening', () => fakeFetch(() => 'network-error'), 'unreachable'],
    ['a 500 with an HTML page', () => fakeFetch(() => response(500, '<html><body>Internal Server Error</body></html>')), 'http'],
    ['a 200 that is not JSON', () => fakeFetch(() => response(200, 'Welcome to nginx!')), 'bad-response'],
    ['JSON without responseData', () => fakeFetch((req) => req.url.endsWith('/listPairs') ? response(200, APY_PAIRS) : response(200, { responseStatus: 200 })), 'bad-response'],
    ['a pair list that is not a list', () => fakeFetch(() => response(200, { responseData: 'eng-spa' })), 'bad-response'],
  ] as const)('maps %s to %s', async (_, makeFetch, code) => {
    const error = await failure(new ApertiumEngine({ url: URL_BASE, fetch: makeFetch() }).translate({ text: 'x', source: 'en', target: 'es', format: 'text' }));
    expect(error.code).toBe(code);
    expect(error.details.engine).toBe('apertium');
  });

  it('gives up on a server that does not answer within the deadline', async () => {
    const engine = new ApertiumEngine({ url: URL_BASE, fetch: fakeFetch(() => 'hang'), timeoutMs: 50 });
    const error = await failure(engine.translate({ text: 'x', source: 'en', target: 'es', format: 'text' }));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('No answer from http://127.0.0.1:2737/listPairs within 50 ms.');
  });

  it('stops when the reader stops it, without calling it a timeout', async () => {
    const controller = new AbortController();
    const engine = new ApertiumEngine({ url: URL_BASE, fetch: fakeFetch(() => 'hang'), timeoutMs: 5000 });
    const pending = failure(engine.translate({ text: 'x', source: 'en', target: 'es', format: 'text', signal: controller.signal }));
    controller.abort();
    expect((await pending).code).toBe('aborted');
  });
});
