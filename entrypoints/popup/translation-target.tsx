/** The popup's "Translate into" choice, stored in the translation setting (the options page shows the same). */
import { useEffect, useState } from 'preact/hooks';
import { TargetLanguageSelect } from '../../components/translation/TargetLanguageSelect';
import { browserTranslate } from '../shared/browser-i18n';
import { translationSetting } from '../shared/settings/translation';

export function TranslationTarget() {
  const [value, setValue] = useState<string | null>(null);
  useEffect(() => {
    void translationSetting.get().then((s) => setValue(s.targetLanguage));
  }, []);
  if (value === null) return null;
  const change = async (targetLanguage: string) => {
    setValue(targetLanguage);
    await translationSetting.set({ ...(await translationSetting.get()), targetLanguage });
  };
  return (
    <footer class="translate-to">
      <TargetLanguageSelect id="jernih-popup-target" t={browserTranslate} locale={browser.i18n.getUILanguage()} value={value} onChange={(v) => void change(v)} />
    </footer>
  );
}
