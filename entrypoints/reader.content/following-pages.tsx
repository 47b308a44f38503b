/**
 * Connects the overlay's following-pages area to the loader: starts loading
 * when the reader opens (only if the page has a pager), stops when it closes.
 */
import { useEffect, useState } from 'preact/hooks';
import { shownKeys } from '../../core/pages/merge';
import type { Translate } from '../../components/i18n';
import { FollowingPages } from '../../components/reader/FollowingPages';
import type { PagesState } from '../../components/reader/pages-view';
import { loadFollowingPages } from './pages';

interface ConnectedFollowingPagesProps {
  win: Window & typeof globalThis;
  t: Translate;
  /** The first page's sanitized body and title: what the following pages must not repeat. */
  firstBody: Node;
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function ConnectedFollowingPages({ win, t, firstBody, title, lang, dir }: ConnectedFollowingPagesProps) {
  const [state, setState] = useState<PagesState | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const seen = shownKeys(firstBody as ParentNode, [title]);
    loadFollowingPages({ win, seen, signal: controller.signal, onChange: setState }).catch((error: unknown) => {
      console.info('[jernih] following pages:', error);
    });
    return () => controller.abort();
  }, [win, firstBody, title]);
  return <FollowingPages state={state} t={t} lang={lang} dir={dir} />;
}
