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

/** A language's name in `displayLocale` ("Indonesian", "Bahasa Indonesia" …), or the tag itself where the runtime can't name it. */
export function languageName(tag: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
