import { languageName, targetLanguagesByName } from '../../core/translate/languages';
import type { Translate } from '../i18n';

interface TargetLanguageSelectProps {
  id: string;
  t: Translate;
  /** The browser's UI language: the default, and the language names are in it. */
  locale: string;
  /** '' follows the browser. */
  value: string;
  onChange(value: string): void;
}

/** "Translate into": the browser's language, or one the reader picks. */
export function TargetLanguageSelect({ id, t, locale, value, onChange }: TargetLanguageSelectProps) {
  const choices = targetLanguagesByName(locale);
  return (
    <>
      <label for={id}>{t('popupTranslateTo')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('optionsTargetBrowser', [languageName(locale, locale)])}</option>
        {choices.map(({ tag, name }) => <option key={tag} value={tag}>{name}</option>)}
      </select>
    </>
  );
}
