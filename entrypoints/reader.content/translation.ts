/**
 * Translation's page side, installed with the reader script: answers the
 * background's "translate the selection" and "translate the article".
 */
import type { Translate } from '../../components/i18n';
import { translationPageMessenger } from '../shared/translation-protocol';
import { ArticleTranslation } from './translation-article';
import { SelectionTranslation } from './translation-selection';
import type { ReaderController } from './reader-controller';

function isFromThisExtension(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

export function installTranslation(reader: ReaderController, win: Window & typeof globalThis, t: Translate): void {
  const selection = new SelectionTranslation(win, t);
  const article = new ArticleTranslation(win);
  reader.wrapOverlayWith(article.wrapOverlay);

  translationPageMessenger.onMessage('translation:selection', ({ sender, data }) => {
    if (!isFromThisExtension(sender)) throw new Error('Unexpected sender');
    const fallback = typeof data?.selectionText === 'string' ? data.selectionText : '';
    void selection.start(fallback);
    return true;
  });

  translationPageMessenger.onMessage('translation:article', ({ sender }) => {
    if (!isFromThisExtension(sender)) throw new Error('Unexpected sender');
    selection.close();
    if (!reader.isOpen) reader.toggle();
    void article.start();
    return true;
  });
}
