import { describe, expect, it } from 'vitest';
import { parseKeyPoints, summarizeWithBuiltIn, type DownloadMonitorLike, type SummarizerApiLike, type SummarizerAvailability, type SummarizerOptionsLike } from '../../../core/summary/built-in';

/** A fake with the shape of Chrome's `Summarizer` global. */
function fakeApi(availability: SummarizerAvailability, output = '- First point.\n- Second point.\n* Third point.') {
  const calls: { availability: SummarizerOptionsLike[]; create: SummarizerOptionsLike[]; summarize: { text: string; context?: string }[]; destroyed: number } = {
    availability: [],
    create: [],
    summarize: [],
    destroyed: 0,
  };
  const api: SummarizerApiLike = {
    async availability(options) {
      calls.availability.push(options ?? {});
      return availability;
    },
    async create(options) {
      const { monitor, ...rest } = options ?? {};
      calls.create.push(rest);
      const listeners: ((e: { loaded: number }) => void)[] = [];
      const m: DownloadMonitorLike = { addEventListener: (_type, listener) => listeners.push(listener) };
      monitor?.(m);
      if (availability === 'downloadable' || availability === 'downloading') for (const loaded of [0, 0.5, 1]) listeners.forEach((l) => l({ loaded }));
      return {
        inputQuota: 40,
        async summarize(text, opts) {
          calls.summarize.push({ text, ...(opts?.context ? { context: opts.context } : {}) });
          return output;
        },
        destroy() {
          calls.destroyed++;
        },
      };
    },
  };
  return { api, calls };
}

describe('summarizeWithBuiltIn', () => {
  it('returns key points from an available model and frees it', async () => {
    const { api, calls } = fakeApi('available');
    const progress: number[] = [];
    const points = await summarizeWithBuiltIn(api, 'Short article text.', 'en-US', (f) => progress.push(f), { title: 'A title' });
    expect(points).toEqual(['First point.', 'Second point.', 'Third point.']);
    expect(calls.availability[0]).toMatchObject({ type: 'key-points', format: 'plain-text', expectedInputLanguages: ['en'], outputLanguage: 'en' });
    expect(calls.summarize[0]).toEqual({ text: 'Short article text.', context: 'A title' });
    expect(progress).toEqual([]);
    expect(calls.destroyed).toBe(1);
  });

  it('reports download progress through the monitor', async () => {
    const { api } = fakeApi('downloadable');
    const progress: number[] = [];
    expect(await summarizeWithBuiltIn(api, 'Texto breve.', 'es', (f) => progress.push(f))).toHaveLength(3);
    expect(progress).toEqual([0, 0.5, 1]);
  });

  it('is null when the model is unavailable, and for a language it does not handle (without asking)', async () => {
    const unavailable = fakeApi('unavailable');
    expect(await summarizeWithBuiltIn(unavailable.api, 'Text.', 'en')).toBeNull();
    expect(unavailable.calls.create).toEqual([]);
    const indonesian = fakeApi('available');
    expect(await summarizeWithBuiltIn(indonesian.api, 'Teks.', 'id')).toBeNull();
    expect(indonesian.calls.availability).toEqual([]);
  });

  it('cuts the input at a paragraph boundary to fit the input quota', async () => {
    const { api, calls } = fakeApi('available');
    await summarizeWithBuiltIn(api, 'First paragraph here.\n\nSecond paragraph is longer than the quota.', 'ja');
    expect(calls.summarize[0]!.text).toBe('First paragraph here.');
  });

  it('parses bullets, numbers and markdown emphasis into plain points', () => {
    expect(parseKeyPoints('* **Bold** point\n\n1. Numbered\n• Dot\nplain')).toEqual(['Bold point', 'Numbered', 'Dot', 'plain']);
  });
});
