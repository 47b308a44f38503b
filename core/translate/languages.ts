/**
 * Languages a reader can pick as the target, as data. The list is not a
 * promise that an engine has the pair: the engines say so when asked. Names
 * come from Intl.DisplayNames in the reader's own language, so no table of
 * names is kept here.
 */
export const TARGET_LANGUAGES: readonly string[] = [
  'ar', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'gl', 'he', 'hi', 'hr', 'hu', 'id',
  'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th',
  'tl', 'tr', 'uk', 'ur', 'vi', 'zh-Hans', 'zh-Hant',
];

/**
 * One `Intl.DisplayNames` per display locale: building one costs about a millisecond in Chromium, and the
 * language menu names every target language several times while sorting (43 ms per popup open before).
 */
const displayNames = new Map<string, Intl.DisplayNames | null>();

function namerFor(displayLocale: string): Intl.DisplayNames | null {
  let namer = displayNames.get(displayLocale);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([displayLocale], { type: 'language' });
    } catch {
      namer = null; // a locale the runtime refuses: tags are shown as they are
    }
    displayNames.set(displayLocale, namer);
  }
  return namer;
}

/** A language's name in `displayLocale` ("Indonesian", "Bahasa Indonesia" …), or the tag itself where the runtime can't name it. */
export function languageName(tag: string, displayLocale: string): string {
  try {
    return namerFor(displayLocale)?.of(tag) ?? tag;
  } catch {
    return tag; // a malformed tag
  }
}

/** The target languages sorted by their names in `displayLocale`, with those names. */
export function targetLanguagesByName(displayLocale: string): { tag: string; name: string }[] {
  return TARGET_LANGUAGES.map((tag) => ({ tag, name: languageName(tag, displayLocale) }))
    .sort((a, b) => a.name.localeCompare(b.name, displayLocale));
}
