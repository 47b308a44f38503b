/**
 * The overlay wired to the extension: the stored appearance (live across
 * tabs), the size keys, Markdown copy, printing, and the removed items. The
 * controller renders this; other features pass their toolbar controls in
 * `actions` and their extra content in `afterBody`.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Analysis } from '../../core';
import type { Translate } from '../../components/i18n';
import { ReaderNotice } from '../../components/ReaderNotice';
import { ReaderOverlay, type OverlayArticle } from '../../components/ReaderOverlay';
import { useReaderAppearance, useTextSizeKeys } from './appearance';
import { articleMarkdown, copyText } from './export';
import { HOST_ATTRIBUTE } from './overlay-host';
import { printReaderOnly } from './print-guard';

interface ConnectedReaderProps {
  win: Window & typeof globalThis;
  t: Translate;
  analysis: Analysis;
  /** The display data for an article (null when the page has none). */
  article: OverlayArticle | null;
  onClose: () => void;
  actions?: ComponentChildren;
  controls?: ComponentChildren;
  afterBody?: ComponentChildren;
}

export function ConnectedReader({ win, t, analysis, article, onClose, actions, controls, afterBody }: ConnectedReaderProps) {
  const appearance = useReaderAppearance();
  useTextSizeKeys(win, appearance);
  const hasArticle = analysis.ok && article !== null;
  // Only an article replaces the page on paper; a "no article" notice leaves printing the page alone.
  useEffect(() => (hasArticle ? printReaderOnly(win.document) : undefined), [win, hasArticle]);

  if (!analysis.ok || !article) {
    return <ReaderNotice t={t} onClose={onClose} appearance={appearance.value} appearancePending={appearance.pending} tooLarge={!analysis.ok && analysis.error.code === 'too-large'} />;
  }
  const copyMarkdown = () => copyText(win, articleMarkdown(analysis, win, t), shadowOf(win));
  return (
    <ReaderOverlay
      article={article}
      t={t}
      onClose={onClose}
      appearance={appearance.value}
      appearancePending={appearance.pending}
      onAppearanceChange={appearance.change}
      locale={win.navigator.language}
      removed={analysis.removed}
      onCopyMarkdown={copyMarkdown}
      onPrint={() => win.print()}
      actions={actions}
      controls={controls}
      afterBody={afterBody}
    />
  );
}

function shadowOf(win: Window): ShadowRoot | null {
  return win.document.querySelector(`[${HOST_ATTRIBUTE}]`)?.shadowRoot ?? null;
}
