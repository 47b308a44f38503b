import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RemovedItem } from '../core/types';
import { TranslatableArticleBody, TranslatableTitle } from './translation/TranslatableArticle';
import { formatArticleDate } from './format-date';
import type { Translate } from './i18n';
import { ReaderDialog } from './ReaderDialog';
import { AppearanceControls } from './reader/AppearanceControls';
import { DEFAULT_APPEARANCE, type ReaderAppearance } from './reader/appearance';
import { ReaderTools } from './reader/ReaderTools';
import { RemovedList } from './reader/RemovedList';

/** What the overlay shows about an article: display data only, plus sanitized body nodes. */
export interface OverlayArticle {
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  byline: string | null;
  siteName: string | null;
  source: string | null;
  publishedTime: string | null;
  readingTimeMinutes: number;
  body: Node;
}

interface ReaderOverlayProps {
  article: OverlayArticle;
  t: Translate;
  onClose: () => void;
  /** The current look; defaults apply when absent. */
  appearance?: ReaderAppearance;
  /** Present when the reader may change the look: shows the Appearance button and panel. */
  onAppearanceChange?: (next: ReaderAppearance) => void;
  /** True until the stored appearance has loaded. */
  appearancePending?: boolean;
  /** UI language, for number formats in the controls. */
  locale?: string;
  /** What the cleaning took out; shown as "What was removed" under the article. */
  removed?: readonly RemovedItem[];
  /** Copies the article as Markdown; resolves false if the clipboard refused. */
  onCopyMarkdown?: () => Promise<boolean>;
  onPrint?: () => void;
  /** Other features' toolbar controls (read aloud, translation …), placed after ours and before Close. */
  actions?: ComponentChildren;
  /** Other features' controls under the article's meta line (read aloud). */
  controls?: ComponentChildren;
  /** Other features' content after the article body (e.g. progress of further pages, notes). */
  afterBody?: ComponentChildren;
}

const PANEL_ID = 'jernih-appearance-panel';

/** Reader mode: the clean article with its attribution, in the reader's chosen typography. */
export function ReaderOverlay(props: ReaderOverlayProps) {
  const { article, t, onClose, appearance, onAppearanceChange, onCopyMarkdown, onPrint, removed } = props;
  const [panelOpen, setPanelOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The panel sits after the whole toolbar: take focus to its first choice so the keyboard needn't tab past Close.
    const first = panel.current?.querySelector<HTMLElement>('input:checked') ?? panel.current?.querySelector<HTMLElement>('input, button');
    if (panelOpen) first?.focus({ preventScroll: true });
  }, [panelOpen]);
  const [status, setStatus] = useState('');
  const date = formatArticleDate(article.publishedTime, article.lang);
  const meta = [
    article.byline ? t('overlayBy', [article.byline]) : null,
    date ? t('overlayPublished', [date]) : null,
    t('readingTime', [String(article.readingTimeMinutes)]),
  ].filter((part): part is string => part !== null);
  const copy = onCopyMarkdown && (async () => {
    setStatus('');
    setStatus((await onCopyMarkdown()) ? t('markdownCopied') : t('copyFailed'));
  });
  return (
    <ReaderDialog
      t={t}
      onClose={onClose}
      appearance={appearance}
      pending={props.appearancePending}
      status={status}
      tools={
        <>
          <ReaderTools
            t={t}
            appearancePanel={onAppearanceChange && { id: PANEL_ID, open: panelOpen, onToggle: () => setPanelOpen(!panelOpen) }}
            onCopyMarkdown={copy}
            onPrint={onPrint}
          />
          {props.actions}
        </>
      }
      panel={onAppearanceChange && panelOpen && (
        <div class="panel" id={PANEL_ID} role="group" aria-label={t('appearanceLabel')} ref={panel}>
          <div class="panel-inner">
            <AppearanceControls t={t} value={appearance ?? DEFAULT_APPEARANCE} onChange={onAppearanceChange} idPrefix="jernih-reader" locale={props.locale} />
            <p class="hint">{t('readerKeysHint')}</p>
          </div>
        </div>
      )}
    >
      <div class="column">
        <article class="article" lang={article.lang} dir={article.dir}>
          <header class="article-header">
            {article.siteName && <p class="site">{article.siteName}</p>}
            <h1 class="title"><TranslatableTitle text={article.title} /></h1>
            <p class="meta">
              {meta.map((part, i) => (
                <span key={part} class="meta-item">{i > 0 && <span aria-hidden="true"> · </span>}{part}</span>
              ))}
            </p>
            {article.source && <p class="source">{t('overlaySource', [article.source])}</p>}
            {props.controls}
          </header>
          <TranslatableArticleBody content={article.body} t={t} />
        </article>
        {props.afterBody}
        {removed && <RemovedList t={t} removed={removed} lang={article.lang} />}
      </div>
    </ReaderDialog>
  );
}
