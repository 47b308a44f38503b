/** The reader's translation settings in extension storage (shape, parser and defaults in translation-schema.ts). */
import { defineSetting } from './define-setting';
import {
  DEFAULT_TRANSLATION_SETTINGS, parseTranslationSettings, TRANSLATION_SETTINGS_EXAMPLES, type TranslationSettings,
} from './translation-schema';

export const translationSetting = defineSetting<TranslationSettings>({
  key: 'local:translation',
  version: 1,
  defaults: DEFAULT_TRANSLATION_SETTINGS,
  parse: parseTranslationSettings,
  examples: TRANSLATION_SETTINGS_EXAMPLES,
});
