import type { Translate } from '../i18n';
import { AppearanceControls } from '../reader/AppearanceControls';
import type { ReaderAppearance } from '../reader/appearance';
import { appearanceAttributes, appearanceRules } from '../reader/theme-css';

interface ReaderSectionProps {
  t: Translate;
  /** null while the stored value loads. */
  value: ReaderAppearance | null;
  onChange: (next: ReaderAppearance) => void;
  locale?: string;
}

const PREVIEW = '.jernih-preview';

/** Preview styles from the same tables as the overlay's, so what is shown here is what the reader gets. */
const PREVIEW_CSS = `${appearanceRules(PREVIEW)}
${PREVIEW} { background: var(--jr-bg); color: var(--jr-text); border: 1px solid var(--jr-border); border-radius: 8px; padding: 16px 20px; }
${PREVIEW} p { margin: 0 auto; max-width: var(--jr-width); font-family: var(--jr-font); line-height: var(--jr-leading); font-size: calc(var(--jr-scale) * 1rem); }
${PREVIEW} a { color: var(--jr-link); }
.reader-options .choice-group { border: 0; padding: 0; margin: 0 0 12px; }
.reader-options legend, .reader-options .legend { font-weight: 600; display: block; margin-bottom: 4px; padding: 0; }
.reader-options .choices { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; }
.reader-options .step { min-width: 3em; }
.reader-options .size-value { min-width: 4em; text-align: center; }
.reader-options :focus-visible { outline: 3px solid #0d9488; outline-offset: 2px; }`;

/** Options page: the reader's appearance, the same controls as in the overlay, with a live preview. */
export function ReaderSection({ t, value, onChange, locale }: ReaderSectionProps) {
  return (
    <section class="reader-options" aria-labelledby="reader-options-heading">
      <style>{PREVIEW_CSS}</style>
      <h2 id="reader-options-heading">{t('optionsReaderHeading')}</h2>
      <p>{t('optionsReaderNote')}</p>
      {value && (
        <>
          <AppearanceControls t={t} value={value} onChange={onChange} idPrefix="options-reader" locale={locale} />
          <figure class="jernih-preview-figure">
            <figcaption>{t('optionsReaderPreview')}</figcaption>
            <div class="jernih-preview" {...appearanceAttributes(value)}>
              <p>{t('optionsPreviewText')}</p>
            </div>
          </figure>
        </>
      )}
    </section>
  );
}
