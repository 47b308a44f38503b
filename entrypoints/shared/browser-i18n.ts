import type { Translate } from '../../components/i18n';

/** The real `Translate` for components: the browser's i18n with the UI language's messages. */
export const browserTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
