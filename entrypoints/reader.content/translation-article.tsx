/**
 * "Translate article": reader mode opens (if it isn't open) and its
 * paragraphs are translated one after another, in reading order, each shown
 * as it arrives; headings, captions, quotes, list items and table cells
 * too. A failure stops the run where it is, keeps every paragraph already
 * translated and the rest in the original, and says what to do; Retry goes
 * on from there. Closing the reader stops everything.
 */
import type { VNode } from 'preact';
import { sanitizeToFragment, type Analysis } from '../../core';
import { articleUnits } from '../../core/translate/article-units';
import { detectWithBuiltIn } from '../../core/translate/built-in';
import { TranslationSession, type ChainFailure } from '../../core/translate/chain';
import { sameLanguage } from '../../core/translate/language-codes';
import { normalizeLangTag } from '../../core/language';
import { resolveSourceLanguage } from '../../core/translate/source-language';
import { webTranslatorById } from '../../core/translate/web-translators';
import { ArticleTranslationStore, initialArticleState } from '../../components/translation/article-translation-store';
import { needsDownload } from '../../components/translation/failure';
import { TranslationProvider } from '../../components/translation/TranslationProvider';
import { translationSetting } from '../shared/settings/translation';
import { effectiveTarget } from '../shared/settings/translation-schema';
import { MAX_WEB_TEXT_CHARS, translationBackgroundMessenger } from '../shared/translation-protocol';
import { pageEngines, windowLanguageDetector, type PageEngines } from './translation-engines';

/** Requests in flight at once while translating an article. */
const IN_FLIGHT = 3;

interface OpenTranslation {
  store: ArticleTranslationStore;
  analysis: Analysis;
  /** Set once the reader asked to translate. */
  run: ArticleRun | null;
  closed: boolean;
}

interface ArticleRun {
  session: TranslationSession;
  engines: PageEngines;
  units: { text: string; markup?: string }[];
  title: string;
  source: string | null;
  target: string;
  controller: AbortController;
}

export class ArticleTranslation {
  #open: OpenTranslation | null = null;

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Wraps each new overlay with a fresh store, so the title and body can show a translation. */
  wrapOverlay = (tree: VNode, analysis: Analysis): VNode => {
    const locale = browser.i18n.getUILanguage();
    const open: OpenTranslation = { store: null!, analysis, run: null, closed: false };
    open.store = new ArticleTranslationStore(initialArticleState(locale), {
      retry: () => void this.#resume(open, true),
      setMode: (mode) => open.store.update({ mode }),
      download: () => this.#download(open),
      openOptions: () => void translationBackgroundMessenger.sendMessage('translation:openOptions', undefined),
      openWeb: () => {
        if (!open.analysis.ok || !open.run) return;
        void translationBackgroundMessenger.sendMessage('translation:openWeb', { text: open.analysis.text.slice(0, MAX_WEB_TEXT_CHARS), source: open.run.source, target: open.run.target });
      },
    });
    this.#open = open;
    const gone = () => {
      open.closed = true;
      open.run?.controller.abort();
      if (this.#open === open) this.#open = null;
    };
    return <TranslationProvider store={open.store} onGone={gone}>{tree}</TranslationProvider>;
  };

  /** Starts (or restarts) translating the open reader's article. False when there is no article to translate. */
  async start(): Promise<boolean> {
    const open = this.#open;
    if (!open || !open.analysis.ok) return false;
    const analysis = open.analysis;
    if (open.run) {
      // Asked again: carry on where it stopped (a no-op when it is running or done).
      if (open.store.state.status === 'failed') void this.#resume(open, true);
      return true;
    }
    const win = this.win;
    const settings = await translationSetting.get();
    const target = effectiveTarget(settings, browser.i18n.getUILanguage());
    const declared = normalizeLangTag(analysis.lang);
    const source = await resolveSourceLanguage({
      declared,
      text: analysis.text.slice(0, 5000),
      detect: (sample) => detectWithBuiltIn(windowLanguageDetector(win), sample),
    });
    const { units } = articleUnits(sanitizeToFragment(win, analysis.html), win.document);
    const web = webTranslatorById(settings.webTranslator);
    const engines = pageEngines(settings, win, (fraction) => open.store.update({ downloadProgress: fraction }));
    open.run = {
      session: new TranslationSession(engines.engines),
      engines,
      units: units.map((u) => ({ text: u.text, ...(u.hasMarkup ? { markup: u.markup } : {}) })),
      title: analysis.title,
      source,
      target,
      controller: new AbortController(),
    };
    open.store.update({
      status: 'working', source, target, engine: null, failure: null, downloadProgress: null,
      title: { status: 'pending' }, units: units.map(() => ({ status: 'pending' })), web: { name: web.name, host: web.host },
    });
    if (source && sameLanguage(source, target)) {
      open.store.update({ status: 'same-language', mode: 'original' });
      return true;
    }
    void this.#resume(open, false);
    return true;
  }

  /** Translates every unit not yet done, in order; the title first. */
  async #resume(open: OpenTranslation, reset: boolean): Promise<void> {
    const run = open.run;
    if (!run || open.closed) return;
    if (reset) run.session.reset();
    run.controller.abort();
    const controller = new AbortController();
    run.controller = controller;
    const { store } = open;
    store.update({ status: 'working', failure: null, downloadProgress: null });
    const todo: { index: number; text: string; markup?: string }[] = [];
    if (store.state.title.status !== 'done' && run.title.trim()) todo.push({ index: -1, text: run.title });
    run.units.forEach((unit, index) => {
      if (store.state.units[index]?.status !== 'done') todo.push({ index, ...unit });
    });
    // A few requests in flight, asked in reading order: the server's pipeline never idles between paragraphs,
    // and each one is shown as it arrives. The first failure stops new requests; those in flight still land.
    let next = 0;
    let failure: ChainFailure | null = null;
    const worker = async (): Promise<void> => {
      while (next < todo.length && !failure) {
        const item = todo[next++]!;
        const outcome = await run.session.translate({
          text: item.text,
          ...(item.markup !== undefined ? { markup: item.markup } : {}),
          source: run.source,
          target: run.target,
          signal: controller.signal,
        });
        if (controller.signal.aborted || open.closed) return;
        if (!outcome.ok) {
          if (item.index >= 0) store.setUnit(item.index, { status: 'failed' });
          failure ??= outcome;
          return;
        }
        store.setUnit(item.index, { status: 'done', text: outcome.text, format: outcome.format });
        if (!store.state.engine) store.update({ engine: outcome.engine, source: run.source ?? outcome.source });
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, todo.length) }, worker));
    if (controller.signal.aborted || open.closed) return;
    if (failure) {
      store.update(needsDownload(failure) ? { status: 'needs-download', downloadProgress: null } : { status: 'failed', failure });
      return;
    }
    store.update({ status: 'done' });
  }

  /** The download button's click: start the on-device download while the gesture is fresh, then go on. */
  #download(open: OpenTranslation): void {
    const run = open.run;
    const builtIn = run?.engines.builtIn;
    if (!run || !builtIn || !run.source) return;
    open.store.update({ downloadProgress: 0 });
    builtIn.prepare(run.source, run.target).then(
      () => this.#resume(open, true),
      () => this.#resume(open, true),
    );
  }
}
