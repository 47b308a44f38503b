import type { Translate } from './i18n';
import { ReaderDialog } from './ReaderDialog';
import type { ReaderAppearance } from './reader/appearance';

interface ReaderNoticeProps {
  t: Translate;
  onClose: () => void;
  /** The reader's theme and text size apply here too: a dark-theme reader is not flashed with white. */
  appearance?: ReaderAppearance;
  appearancePending?: boolean;
  /** The page is far bigger than any story and was not analysed: say that, not "no article". */
  tooLarge?: boolean;
}

/** Shown instead of the article when the page has none: says so plainly rather than rendering junk. */
export function ReaderNotice({ t, onClose, appearance, appearancePending, tooLarge = false }: ReaderNoticeProps) {
  return (
    <ReaderDialog t={t} onClose={onClose} appearance={appearance} pending={appearancePending}>
      <div class="column">
        <section class="notice" role="status">
          <h1 class="title">{t(tooLarge ? 'pageTooLargeTitle' : 'noArticleTitle')}</h1>
          <p>{t(tooLarge ? 'pageTooLargeBody' : 'noArticleBody')}</p>
        </section>
      </div>
    </ReaderDialog>
  );
}
