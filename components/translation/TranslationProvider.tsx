import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ArticleTranslationStore } from './article-translation-store';
import { ArticleTranslationContext } from './TranslatableArticle';

/** Gives the overlay's title and body this open's translation store; `onGone` runs when the overlay closes. */
export function TranslationProvider({ store, onGone, children }: { store: ArticleTranslationStore; onGone: () => void; children: ComponentChildren }) {
  useEffect(() => onGone, [onGone]);
  return <ArticleTranslationContext.Provider value={store}>{children}</ArticleTranslationContext.Provider>;
}
