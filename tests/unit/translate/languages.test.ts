/**
 * The target-language menu: every language once, sorted by its name in the reader's language, and named by one
 * Intl.DisplayNames per locale (building one per name cost the popup 43 ms per open in Chromium).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageName, TARGET_LANGUAGES, targetLanguagesByName } from '../../../core/translate/languages';

afterEach(() => vi.restoreAllMocks());

describe('targetLanguagesByName', () => {
  it('lists every target language once, in the order of their names in the given locale', () => {
    for (const locale of ['en', 'id', 'de']) {
      const menu = targetLanguagesByName(locale);
      expect(menu.map((c) => c.tag).sort()).toEqual([...TARGET_LANGUAGES].sort());
      const names = menu.map((c) => c.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, locale)));
    }
  });

  it('names languages in the reader’s language', () => {
    const en = new Map(targetLanguagesByName('en').map((c) => [c.tag, c.name]));
    const id = new Map(targetLanguagesByName('id').map((c) => [c.tag, c.name]));
    expect(en.get('de')).toBe('German');
    expect(id.get('de')).toBe('Jerman');
    expect(id.get('id')).toBe('Indonesia');
  });
});

describe('languageName', () => {
  it('builds one Intl.DisplayNames per display locale, however many names it gives', () => {
    const Real = Intl.DisplayNames;
    let built = 0;
    vi.spyOn(Intl, 'DisplayNames').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.DisplayNames>) {
      built += 1;
      return new Real(...args);
    } as unknown as typeof Intl.DisplayNames);
    for (let i = 0; i < 3; i++) targetLanguagesByName('fr');
    expect(languageName('ja', 'fr')).toBe('japonais');
    expect(built).toBe(1); // no earlier test in this file names languages in French
  });

  it('gives the tag back where it cannot be named', () => {
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
    expect(languageName('id', 'not a locale!')).toBe('id');
  });
});
