import type { Translate } from '../i18n';

interface ReaderToolsProps {
  t: Translate;
  /** Present when the appearance can be changed: the button that shows and hides the appearance panel. */
  appearancePanel?: { id: string; open: boolean; onToggle: () => void };
  onCopyMarkdown?: () => void;
  onPrint?: () => void;
}

/** The reader's own toolbar buttons; each appears only when its action is wired. */
export function ReaderTools({ t, appearancePanel, onCopyMarkdown, onPrint }: ReaderToolsProps) {
  return (
    <>
      {appearancePanel && (
        <button
          type="button"
          class="tool appearance-toggle"
          aria-expanded={appearancePanel.open}
          aria-controls={appearancePanel.id}
          onClick={appearancePanel.onToggle}
        >
          <span aria-hidden="true" class="tool-icon">Aa</span> {t('appearanceButton')}
        </button>
      )}
      {onCopyMarkdown && (
        <button type="button" class="tool copy-markdown" onClick={onCopyMarkdown}>
          {t('copyMarkdown')}
        </button>
      )}
      {onPrint && (
        <button type="button" class="tool print" onClick={onPrint}>
          {t('printArticle')}
        </button>
      )}
    </>
  );
}
