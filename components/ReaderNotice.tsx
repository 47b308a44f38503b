import type { Translate } from './i18n';
import { ReaderDialog } from './ReaderDialog';

interface ReaderNoticeProps {
  t: Translate;
  onClose: () => void;
}

/** Shown instead of the article when the page has none: says so plainly rather than rendering junk. */
export function ReaderNotice({ t, onClose }: ReaderNoticeProps) {
  return (
    <ReaderDialog t={t} onClose={onClose}>
      <section class="notice" role="status">
        <h1 class="title">{t('noArticleTitle')}</h1>
        <p>{t('noArticleBody')}</p>
      </section>
    </ReaderDialog>
  );
}
