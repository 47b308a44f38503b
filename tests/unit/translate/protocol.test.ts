import { describe, expect, it } from 'vitest';
import { MAX_PIECE_CHARS, validServerRequest, validWebRequest } from '../../../entrypoints/shared/translation-protocol';

describe("what a page script may ask the background to send", () => {
  const good = { engine: 'apertium', text: 'Halo', source: 'id', target: 'ms', format: 'html' };

  it('accepts exactly the shape of a translation request', () => {
    expect(validServerRequest(good)).toEqual(good);
    expect(validServerRequest({ ...good, source: null, format: 'text' })).toEqual({ ...good, source: null, format: 'text' });
  });

  it.each([
    ['another engine', { ...good, engine: 'google' }],
    ['an empty text', { ...good, text: '' }],
    ['a text longer than one request', { ...good, text: 'x'.repeat(MAX_PIECE_CHARS + 1) }],
    ['a language that is not a tag', { ...good, target: 'es|eng' }],
    ['an unknown format', { ...good, format: 'xml' }],
    ['not an object', 'translate this'],
  ])('refuses %s', (_, raw) => {
    expect(validServerRequest(raw)).toBeNull();
  });

  it('drops a URL a page adds: the server address only ever comes from the settings', () => {
    expect(validServerRequest({ ...good, url: 'http://evil.example' })).toEqual(good);
  });

  it('accepts a web-translator request with text and tags only', () => {
    expect(validWebRequest({ text: 'Halo', source: null, target: 'en' })).toEqual({ text: 'Halo', source: null, target: 'en' });
    expect(validWebRequest({ text: '   ', source: null, target: 'en' })).toBeNull();
    expect(validWebRequest({ text: 'Halo', source: 'javascript:', target: 'en' })).toBeNull();
  });
});
