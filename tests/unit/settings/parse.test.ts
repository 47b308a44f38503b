import { describe, expect, it } from 'vitest';
import { bool, listOf, numberIn, objectOf, oneOf, recordOf, text } from '../../../entrypoints/shared/settings/parse';

describe('stored-setting parsers', () => {
  const appearance = objectOf<{ theme: 'light' | 'dark'; size: number; floating: boolean }>({
    theme: oneOf(['light', 'dark'] as const),
    size: numberIn(12, 32),
    floating: bool,
  });
  const defaults = { theme: 'light' as const, size: 18, floating: true };

  it('keeps the valid fields and falls back only for the corrupted one', () => {
    expect(appearance({ theme: 'dark', size: 'huge', floating: false }, defaults)).toEqual({ theme: 'dark', size: 18, floating: false });
  });

  it('falls back entirely for a value that is not an object', () => {
    for (const raw of [null, undefined, 'dark', 42, [1, 2]]) expect(appearance(raw, defaults)).toEqual(defaults);
  });

  it('drops unknown fields and ignores inherited ones', () => {
    const polluted = JSON.parse('{"__proto__": {"theme": "dark"}, "extra": 1}');
    const parsed = appearance(polluted, defaults);
    expect(parsed).toEqual(defaults);
    expect(Object.keys(parsed)).toEqual(['theme', 'size', 'floating']);
  });

  it('clamps numbers into range and refuses NaN', () => {
    expect(numberIn(12, 32)(99, 18)).toBe(32);
    expect(numberIn(12, 32)(Number.NaN, 18)).toBe(18);
  });

  it('keeps the good items of a list and of a map, dropping the bad ones', () => {
    const host = (raw: unknown) => (typeof raw === 'string' && /^[a-z0-9.-]+$/.test(raw) ? raw : undefined);
    expect(listOf(host)(['kompas.com', 7, '<script>', 'bbc.co.uk'], [])).toEqual(['kompas.com', 'bbc.co.uk']);
    expect(recordOf((raw) => (typeof raw === 'string' ? raw : undefined))({ id: 'Damayanti', en: 3 }, {})).toEqual({ id: 'Damayanti' });
  });

  it('refuses over-long strings', () => {
    expect(text(5)('abcdefgh', 'x')).toBe('x');
    expect(text(5)('abc', 'x')).toBe('abc');
  });
});
