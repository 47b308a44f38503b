/** Paragraphs become utterances a speech engine handles: whole sentences, joined up to a size, nothing lost. */
import { describe, expect, it } from 'vitest';
import { MAX_UTTERANCE_CHARS, speechChunks } from '../../../core/speech/chunks';

const words = (s: string) => s.split(/\s+/u).filter(Boolean);

describe('speech chunks', () => {
  it('keeps a short paragraph whole', () => {
    expect(speechChunks('  Air mulai surut.\n Warga pulang.  ', 'id')).toEqual(['Air mulai surut. Warga pulang.']);
  });

  it('splits a long paragraph at sentence ends, each chunk within the limit, every word kept in order', () => {
    const sentence = 'Pemerintah kota menyatakan bahwa bantuan akan disalurkan kepada seluruh warga yang terdampak banjir rob pekan ini.';
    const text = Array.from({ length: 6 }, () => sentence).join(' ');
    const chunks = speechChunks(text, 'id');
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    for (const chunk of chunks) expect(chunk.endsWith('.')).toBe(true);
    expect(words(chunks.join(' '))).toEqual(words(text));
  });

  it('cuts an over-long sentence at a comma or a space, never inside a word', () => {
    const text = `${Array.from({ length: 30 }, (_, i) => `bagian ${i}`).join(', ')} selesai`;
    const chunks = speechChunks(text, 'id', 80);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(80);
    expect(words(chunks.join(' '))).toEqual(words(text));
  });

  it('splits Japanese at its full stops', () => {
    const text = '地方の鉄道路線の存続をめぐり協議が続いている。'.repeat(12);
    const chunks = speechChunks(text, 'ja', 60);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
  });

  it('gives nothing to say for an empty paragraph', () => {
    expect(speechChunks(' \n ', 'en')).toEqual([]);
  });
});
