import type { ComponentChildren } from 'preact';
import type { Translate } from '../i18n';

/** The options page frame: a heading and the features' sections, each a labelled <section>. */
export function OptionsPage({ t, children }: { t: Translate; children: ComponentChildren }) {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {children}
    </main>
  );
}
