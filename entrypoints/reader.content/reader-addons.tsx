/**
 * What multi-page loading and read aloud add to an open reader: the
 * read-aloud controls (in the article header) and the following pages
 * (after the first page's body). One call from the reader controller.
 */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../../components/i18n';
import type { OverlayArticle } from '../../components/ReaderOverlay';
import { ConnectedFollowingPages } from './following-pages';
import { ConnectedReadAloud } from './read-aloud-connected';

export function readerAddons(win: Window & typeof globalThis, article: OverlayArticle, t: Translate): { controls: ComponentChildren; afterBody: ComponentChildren } {
  return {
    controls: <ConnectedReadAloud win={win} t={t} lang={article.lang} />,
    afterBody: <ConnectedFollowingPages win={win} t={t} firstBody={article.body} title={article.title} lang={article.lang} dir={article.dir} />,
  };
}
