import { describe, expect, it } from 'vitest';
import { BuiltInEngine, detectWithBuiltIn, type LanguageDetectorApiLike } from '../../../core/translate/built-in';
import { TranslationError } from '../../../core/translate/errors';
import { FakeTranslatorApi } from './fakes';

async function failure(promise: Promise<unknown>): Promise<TranslationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TranslationError) return error;
    throw error;
  }
  throw new Error('expected a TranslationError');
}

describe("the browser's built-in Translator", () => {
  it('translates with a model that is already there', async () => {
    const api = new FakeTranslatorApi({ 'id>en': 'available' });
    const engine = new BuiltInEngine({ api });
    expect(await engine.translate({ text: 'Halo', source: 'id-ID', target: 'en-US', format: 'text' })).toEqual({ text: '«Halo»', source: 'id-ID' });
    expect(api.created).toEqual([{ sourceLanguage: 'id', targetLanguage: 'en' }]);
  });

  it('reuses one translator per pair', async () => {
    const api = new FakeTranslatorApi({ 'id>en': 'available' });
    const engine = new BuiltInEngine({ api });
    await engine.translate({ text: 'a', source: 'id', target: 'en', format: 'text' });
    await engine.translate({ text: 'b', source: 'id', target: 'en', format: 'text' });
    expect(api.created).toHaveLength(1);
  });

  it('never starts a download by itself, even with a fresh gesture: it asks for the download click instead', async () => {
    const api = new FakeTranslatorApi({ 'ja>en': 'downloadable' });
    api.userActivation = true;
    const engine = new BuiltInEngine({ api });
    const error = await failure(engine.translate({ text: 'こんにちは', source: 'ja', target: 'en', format: 'text' }));
    expect(error.code).toBe('needs-download');
    expect(api.created).toHaveLength(0);
  });

  it('downloads from the click, reporting progress, then translates', async () => {
    const api = new FakeTranslatorApi({ 'ja>en': 'downloadable' });
    const progress: number[] = [];
    const engine = new BuiltInEngine({ api, onProgress: (f) => progress.push(f) });
    api.userActivation = true; // the click
    await engine.prepare('ja', 'en');
    api.userActivation = false; // long gone by the time the text is translated
    expect(progress).toEqual([0, 0.5, 1]);
    expect((await engine.translate({ text: 'こんにちは', source: 'ja', target: 'en', format: 'text' })).text).toBe('«こんにちは»');
  });

  it('maps a download refused for lack of a gesture (NotAllowedError) to needs-download', async () => {
    const api = new FakeTranslatorApi({ 'ja>en': 'downloadable' });
    const engine = new BuiltInEngine({ api });
    // The click's activation had expired by the time create() ran.
    await expect(engine.prepare('ja', 'en')).rejects.toMatchObject({ code: 'needs-download' });
  });

  it('does not wait forever on a browser whose model service never answers', async () => {
    const api = new FakeTranslatorApi({ 'en>es': 'available' });
    api.availability = () => new Promise(() => {});
    const engine = new BuiltInEngine({ api, timeoutMs: 50 });
    expect((await failure(engine.translate({ text: 'x', source: 'en', target: 'es', format: 'text' }))).code).toBe('timeout');
  });

  it('says a pair the browser cannot do is unsupported, and a browser without the API unavailable', async () => {
    const engine = new BuiltInEngine({ api: new FakeTranslatorApi({}) });
    expect((await failure(engine.translate({ text: 'x', source: 'id', target: 'ms', format: 'text' }))).code).toBe('unsupported-pair');
    const none = new BuiltInEngine({ api: null });
    expect((await failure(none.translate({ text: 'x', source: 'id', target: 'en', format: 'text' }))).code).toBe('unavailable');
  });

  it('maps the QuotaExceededError of a too-long text to too-long', async () => {
    const api = new FakeTranslatorApi({ 'en>es': 'available' }, () => {
      throw new DOMException('The input is too large.', 'QuotaExceededError');
    });
    const engine = new BuiltInEngine({ api });
    expect((await failure(engine.translate({ text: 'x', source: 'en', target: 'es', format: 'text' }))).code).toBe('too-long');
  });

  it('asks for Chinese by script', async () => {
    const api = new FakeTranslatorApi({ 'zh-Hant>en': 'available' });
    const engine = new BuiltInEngine({ api });
    await engine.translate({ text: '你好', source: 'zh-TW', target: 'en', format: 'text' });
    expect(api.created[0]).toEqual({ sourceLanguage: 'zh-Hant', targetLanguage: 'en' });
  });
});

describe("the browser's LanguageDetector", () => {
  const detector = (availability: 'available' | 'downloadable', results: { detectedLanguage: string; confidence: number }[]): LanguageDetectorApiLike & { creates: number } => {
    const api = {
      creates: 0,
      availability: async () => availability,
      create: async () => {
        api.creates++;
        return { detect: async () => results };
      },
    };
    return api;
  };

  it('gives its best guess when it is confident', async () => {
    expect(await detectWithBuiltIn(detector('available', [{ detectedLanguage: 'de', confidence: 0.93 }, { detectedLanguage: 'nl', confidence: 0.04 }]), 'Guten Tag')).toBe('de');
  });

  it('gives nothing when unsure, undetermined, absent, or not downloaded (it never starts a download)', async () => {
    expect(await detectWithBuiltIn(detector('available', [{ detectedLanguage: 'de', confidence: 0.3 }]), 'x')).toBeNull();
    expect(await detectWithBuiltIn(detector('available', [{ detectedLanguage: 'und', confidence: 0.9 }]), 'x')).toBeNull();
    expect(await detectWithBuiltIn(null, 'x')).toBeNull();
    const notHere = detector('downloadable', [{ detectedLanguage: 'de', confidence: 1 }]);
    expect(await detectWithBuiltIn(notHere, 'x')).toBeNull();
    expect(notHere.creates).toBe(0);
  });
});
