import { describe, expect, it } from 'vitest';
import { APERTIUM_LIMIT } from '../../../core/translate/apertium';
import { joinPieces, splitForEngine } from '../../../core/translate/split';
import { characters } from '../../../core/translate/types';

const limit = (max: number) => ({ max, measure: characters });

describe('splitting long texts for an engine', () => {
  it('sends a text that fits as one piece, trimmed', () => {
    expect(splitForEngine('  Short text.  ', 'en', limit(100))).toEqual([{ text: 'Short text.', after: '' }]);
    expect(splitForEngine('   ', 'en', limit(100))).toEqual([]);
  });

  it('cuts between paragraphs first and puts the paragraph breaks back when joined', () => {
    const text = 'First paragraph here.\n\nSecond paragraph here.\n\nThird one.';
    const pieces = splitForEngine(text, 'en', limit(30));
    expect(pieces.map((p) => p.text)).toEqual(['First paragraph here.', 'Second paragraph here.', 'Third one.']);
    expect(joinPieces(pieces, pieces.map((p) => p.text.toUpperCase()))).toBe('FIRST PARAGRAPH HERE.\n\nSECOND PARAGRAPH HERE.\n\nTHIRD ONE.');
  });

  it('packs neighbouring paragraphs into one request while they fit', () => {
    const pieces = splitForEngine('One.\n\nTwo.\n\nThree is longer than the others.', 'en', limit(12));
    expect(pieces.map((p) => p.text)).toEqual(['One.\n\nTwo.', 'Three is', 'longer than', 'the others.']);
  });

  it('cuts a long paragraph between sentences, not after an abbreviation', () => {
    const text = 'Dr. Smith met the minister on Monday. They talked about the new road. The road opens in May.';
    const pieces = splitForEngine(text, 'en', limit(45));
    expect(pieces.map((p) => p.text)).toEqual(['Dr. Smith met the minister on Monday.', 'They talked about the new road.', 'The road opens in May.']);
    expect(joinPieces(pieces, pieces.map((p) => p.text))).toBe(text);
  });

  it('cuts a sentence longer than the limit between words, and a word longer than it between characters', () => {
    const sentence = 'alpha beta gamma delta epsilon zeta eta theta';
    const pieces = splitForEngine(sentence, 'en', limit(12));
    expect(pieces.every((p) => p.text.length <= 12)).toBe(true);
    expect(joinPieces(pieces, pieces.map((p) => p.text))).toBe(sentence);

    const word = 'x'.repeat(25);
    const cut = splitForEngine(word, 'en', limit(10));
    expect(cut.map((p) => p.text.length)).toEqual([10, 10, 5]);
    expect(joinPieces(cut, cut.map((p) => p.text))).toBe(word);
  });

  it('never cuts a character in two (emoji, CJK)', () => {
    const text = '😀'.repeat(7);
    const pieces = splitForEngine(text, 'ja', limit(4));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces) expect(p.text.length % 2).toBe(0);
  });

  it('measures APy pieces as they travel, form-encoded, so non-Latin text stays under its silent 40 kB cut', () => {
    const paragraph = 'Пример текста на русском языке. '.repeat(40).trim();
    const text = Array.from({ length: 20 }, () => paragraph).join('\n\n');
    expect(text.length).toBeLessThan(40_000); // in characters it would look like it fits …
    expect(APERTIUM_LIMIT.measure(text)).toBeGreaterThan(40_000); // … but not in bytes on the wire
    const pieces = splitForEngine(text, 'ru', APERTIUM_LIMIT);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(APERTIUM_LIMIT.measure(p.text)).toBeLessThanOrEqual(APERTIUM_LIMIT.max);
    expect(joinPieces(pieces, pieces.map((p) => p.text))).toBe(text);
  });
});
