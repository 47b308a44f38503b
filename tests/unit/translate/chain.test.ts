import { describe, expect, it } from 'vitest';
import { ApertiumEngine } from '../../../core/translate/apertium';
import { BuiltInEngine } from '../../../core/translate/built-in';
import { mainAttempt, TranslationSession } from '../../../core/translate/chain';
import { LibreTranslateEngine } from '../../../core/translate/libretranslate';
import { resolveSourceLanguage } from '../../../core/translate/source-language';
import { fakeApy, fakeFetch, FakeTranslatorApi, response } from './fakes';

const apy = (fetch = fakeApy()) => new ApertiumEngine({ url: 'http://127.0.0.1:2737', fetch });
const libre = (fetch = fakeFetch(() => response(200, { translatedText: 'lt' }))) => new LibreTranslateEngine({ url: 'http://127.0.0.1:5000', fetch });

describe("the engine chain, in the reader's order", () => {
  it('with no engine at all, fails with no attempts (the UI says: set one up)', async () => {
    expect(await new TranslationSession([]).translate({ text: 'x', source: 'en', target: 'es' })).toEqual({ ok: false, attempts: [] });
  });

  it('uses the first engine that works and names it', async () => {
    const builtIn = new BuiltInEngine({ api: null });
    const outcome = await new TranslationSession([builtIn, apy(), libre()]).translate({ text: 'Good morning', source: 'en', target: 'es' });
    expect(outcome).toEqual({ ok: true, text: 'GOOD MORNING', format: 'text', source: 'en', engine: { id: 'apertium', label: 'Apertium (127.0.0.1:2737)' } });
  });

  it('falls back past a dead server, an unsupported pair and a missing model, and keeps every reason', async () => {
    const dead = new ApertiumEngine({ url: 'http://127.0.0.1:1', fetch: fakeFetch(() => 'network-error') });
    const builtIn = new BuiltInEngine({ api: new FakeTranslatorApi({}) });
    const outcome = await new TranslationSession([dead, builtIn, libre()]).translate({ text: 'Halo', source: 'id', target: 'ja' });
    expect(outcome.ok && outcome.engine.id).toBe('libretranslate');
  });

  it('reports every failure when all engines fail, the actionable one first', async () => {
    const builtIn = new BuiltInEngine({ api: null });
    const outcome = await new TranslationSession([builtIn, apy()]).translate({ text: 'Halo', source: 'id', target: 'ja' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.attempts.map((a) => [a.engine, a.error.code])).toEqual([['built-in', 'unavailable'], ['apertium', 'unsupported-pair']]);
    expect(mainAttempt(outcome)?.engine).toBe('apertium');
  });

  it('stops asking a server that is down for the rest of the session, until Retry resets it', async () => {
    let up = false;
    const fetch = fakeFetch((req) => (up ? fakeApyAnswer(req.url, req.body) : 'network-error'));
    const session = new TranslationSession([apy(fetch)]);
    expect((await session.translate({ text: 'one', source: 'en', target: 'es' })).ok).toBe(false);
    expect((await session.translate({ text: 'two', source: 'en', target: 'es' })).ok).toBe(false);
    expect(fetch.requests).toHaveLength(1); // the second paragraph did not wait on the dead server
    up = true;
    session.reset();
    expect(await session.translate({ text: 'three', source: 'en', target: 'es' })).toMatchObject({ ok: true, text: 'THREE' });
  });

  it('sends placeholder markup to engines that keep tags and plain text to the others', async () => {
    const fetch = fakeApy();
    const html = await new TranslationSession([apy(fetch)]).translate({ text: 'a link', markup: 'a <span data-j="0">link</span>', source: 'en', target: 'es' });
    expect(html).toMatchObject({ ok: true, format: 'html', text: 'A <SPAN DATA-J="0">LINK</SPAN>' });
    const api = new FakeTranslatorApi({ 'en>es': 'available' });
    const text = await new TranslationSession([new BuiltInEngine({ api })])
      .translate({ text: 'a link', markup: 'a <span data-j="0">link</span>', source: 'en', target: 'es' });
    expect(text).toMatchObject({ ok: true, format: 'text', text: '«a link»' });
  });

  it('stops at once when the reader aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    const second = libre();
    const outcome = await new TranslationSession([new ApertiumEngine({ url: 'http://x', fetch: fakeFetch(() => 'hang') }), second])
      .translate({ text: 'x', source: 'en', target: 'es', signal: controller.signal });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.attempts.map((a) => a.error.code)).toEqual(['aborted']);
  });
});

function fakeApyAnswer(url: string, body: string) {
  if (url.endsWith('/listPairs')) return response(200, { responseData: [{ sourceLanguage: 'eng', targetLanguage: 'spa' }], responseStatus: 200 });
  return response(200, { responseData: { translatedText: (new URLSearchParams(body).get('q') ?? '').toUpperCase() }, responseStatus: 200 });
}

describe('the source language', () => {
  const english = 'The minister said on Monday that the new road would open to traffic in the spring of next year.';

  it("is the page's lang when the text agrees or our detector is unsure", async () => {
    expect(await resolveSourceLanguage({ declared: 'en-GB', text: english })).toBe('en-GB');
    expect(await resolveSourceLanguage({ declared: 'de', text: 'OK' })).toBe('de');
  });

  it("is the detected language when a template's lang is clearly wrong", async () => {
    const indonesian = 'Presiden mengatakan bahwa jalan baru itu akan dibuka untuk umum pada tahun depan dan tidak ada yang bisa menghentikannya.';
    expect(await resolveSourceLanguage({ declared: 'en', text: indonesian })).toBe('id');
  });

  it("asks the browser's detector when the page declares nothing, then our own", async () => {
    expect(await resolveSourceLanguage({ declared: null, text: 'Bonjour', detect: async () => 'fr' })).toBe('fr');
    expect(await resolveSourceLanguage({ declared: null, text: english, detect: async () => null })).toBe('en');
    expect(await resolveSourceLanguage({ declared: null, text: 'OK' })).toBeNull();
  });
});
