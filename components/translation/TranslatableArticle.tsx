/**
 * The reader overlay's title and body, translatable. The content script
 * provides a store through ArticleTranslationContext; without one (or before
 * the reader asks for a translation) they render exactly what the overlay
 * always did, so the overlay needs no other change.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ArticleBody } from '../ArticleBody';
import type { Translate } from '../i18n';
import type { ArticleTranslationState, ArticleTranslationStore } from './article-translation-store';
import { ArticleTranslationView } from './article-view';
import { ARTICLE_TRANSLATION_CSS, useAdoptedStyles } from './styles';
import { TranslationBar } from './TranslationBar';

export const ArticleTranslationContext = createContext<ArticleTranslationStore | null>(null);

function useStoreState(store: ArticleTranslationStore | null): ArticleTranslationState | null {
  const [state, setState] = useState(store?.state ?? null);
  useEffect(() => {
    if (!store) return;
    setState(store.state);
    return store.subscribe(setState);
  }, [store]);
  return state;
}

function TranslatedBody({ content, state, store, t }: { content: Node; state: ArticleTranslationState; store: ArticleTranslationStore; t: Translate }) {
  const box = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const view = useRef<ArticleTranslationView | null>(null);
  useAdoptedStyles(box, ARTICLE_TRANSLATION_CSS);
  // The view's DOM lives in .jt-body, which has no Preact children, so Preact's diff never touches it.
  useLayoutEffect(() => {
    const made = new ArticleTranslationView(body.current!.ownerDocument, content);
    body.current!.replaceChildren(made.root);
    view.current = made;
  }, [content]);
  useLayoutEffect(() => {
    view.current?.apply(state);
  }, [content, state]);
  return (
    <div class="jt-article" ref={box}>
      <TranslationBar state={state} actions={store.actions} t={t} />
      <div class="jt-body" ref={body} />
    </div>
  );
}

/** The article body: as always, or with its translation once the reader asked for one. */
export function TranslatableArticleBody({ content, t }: { content: Node; t: Translate }) {
  const store = useContext(ArticleTranslationContext);
  const state = useStoreState(store);
  if (!store || !state || state.status === 'idle') return <ArticleBody content={content} />;
  return <TranslatedBody content={content} state={state} store={store} t={t} />;
}

/** The article title: with its translation (or both, side by side) once there is one. */
export function TranslatableTitle({ text }: { text: string }) {
  const store = useContext(ArticleTranslationContext);
  const state = useStoreState(store);
  const translated = useMemo(() => (state?.title.status === 'done' ? state.title.text : null), [state?.title]);
  if (!state || state.status === 'idle' || translated === null || state.mode === 'original') return <>{text}</>;
  if (state.mode === 'translation') return <span class="jt-title-trans" lang={state.target}>{translated}</span>;
  return (
    <>
      {text}
      <span class="jt-title-side" lang={state.target}>{translated}</span>
    </>
  );
}
