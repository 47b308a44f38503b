/**
 * Opens and closes reader mode in this page: analyzes on open (the core works
 * on a clone), renders the overlay, locks scrolling, and on close undoes
 * every change so the page is as the reader left it.
 */
import type { VNode } from 'preact';
import { analyze, sanitizeToFragment, type Analysis } from '../../core';
import type { Translate } from '../../components/i18n';
import type { OverlayArticle } from '../../components/ReaderOverlay';
import { TOGGLE_ATTRIBUTE } from '../../components/floating-toggle';
import { afterNextPaint } from './after-paint';
import { ConnectedReader } from './connected-reader';
import { findQuoteElement, revealAndFlash } from './highlight';
import { createOverlayHost, HOST_ATTRIBUTE, type OverlayHost } from './overlay-host';
import { lockPage, unlockPage, type PageSnapshot } from './page-lock';
import { readerAddons } from './reader-addons';

interface OpenReader {
  analysis: Analysis;
  host: OverlayHost;
  snapshot: PageSnapshot;
  onKeyDown: (event: KeyboardEvent) => void;
  stopWatchingUrl: () => void;
}

/** How often an open reader checks the address where the browser has no Navigation API (Firefox). */
const URL_POLL_MS = 400;

/** The page's address without its #fragment: a jump to a footnote is the same story, a new path is not. */
function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export class ReaderController {
  #open: OpenReader | null = null;
  /** The last analysis of this page while the page hasn't changed since: a second popup open answers at once. */
  #cached: { analysis: Analysis; url: string } | null = null;
  #watcher: MutationObserver | null = null;
  /** Lets a feature wrap the overlay's tree (translation provides its state this way). */
  #wrapOverlay: (tree: VNode, analysis: Analysis) => VNode = (tree) => tree;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly t: Translate,
    /** Waits until the page has painted (a fake in tests). */
    private readonly afterPaint: () => Promise<void> = () => afterNextPaint(win),
  ) {}

  wrapOverlayWith(wrap: (tree: VNode, analysis: Analysis) => VNode): void {
    this.#wrapOverlay = wrap;
  }

  get isOpen(): boolean {
    return this.#open !== null;
  }

  /** Never throws: a page that still breaks the core gets the "no article" notice, not a reader that won't open. */
  analyze(): Analysis {
    try {
      return analyze(this.win.document, this.win.location.href, { window: this.win });
    } catch (error) {
      console.warn('[jernih] could not read this page:', error);
      return { ok: false, error: { code: 'no-article', message: 'This page could not be read.' } };
    }
  }

  /**
   * The analysis on screen while open (no second pass over a page we're covering), else the last one if the
   * page hasn't changed since, else a fresh one.
   */
  currentAnalysis(): Analysis {
    if (this.#open) return this.#open.analysis;
    const url = this.win.location.href;
    if (this.#cached?.url === url) return this.#cached.analysis;
    const analysis = this.analyze();
    this.#remember(analysis);
    return analysis;
  }

  /**
   * Keeps an analysis until the page's DOM changes. The observer is connected only while something is cached
   * and disconnects on the first change, so a busy page costs one callback, not one per mutation.
   * Our own overlay host coming and going is not a change to the page.
   */
  #remember(analysis: Analysis): void {
    this.#cached = { analysis, url: this.win.location.href };
    const MutationObserverCtor = this.win.MutationObserver;
    if (!MutationObserverCtor) return;
    this.#watcher ??= new MutationObserverCtor((records) => {
      if (records.every(isOwnHostRecord)) return;
      this.#cached = null;
      this.#watcher?.disconnect();
    });
    this.#watcher.disconnect();
    this.#watcher.observe(this.win.document.documentElement, { subtree: true, childList: true, characterData: true });
  }

  /** Opens or closes; returns the analysis shown (or that was shown, when closing). */
  toggle(): Analysis {
    const shown = this.#closeIfOpen();
    if (shown) return shown;
    const analysis = this.currentAnalysis();
    this.open(analysis);
    return analysis;
  }

  /** Closes an open reader and gives the analysis it showed; null when none was open. */
  #closeIfOpen(): Analysis | null {
    const shown = this.#open?.analysis;
    if (shown) this.close();
    return shown ?? null;
  }

  /**
   * `toggle`, with a paint between the analysis and the overlay. On a very large page each is a long task (the
   * analysis, then the restyle of the whole page that the overlay's scroll lock causes); run back to back they
   * froze the page for their sum, over 200 ms on 50,000 elements.
   */
  async toggleInSteps(): Promise<Analysis> {
    const shown = this.#closeIfOpen();
    if (shown) return shown;
    const analysis = this.currentAnalysis();
    await this.afterPaint();
    if (this.#open) return this.#open.analysis; // opened meanwhile (another command during the wait)
    this.open(analysis);
    return analysis;
  }

  /** Scrolls the open reader, or else the page, to the block holding `quote` and flashes it; false if not found. */
  showQuote(quote: string): boolean {
    const shadow = this.#open?.host.element.shadowRoot;
    const root: ParentNode = shadow ? (shadow.querySelector('.article-body') ?? shadow) : this.win.document;
    const el = findQuoteElement(root, quote);
    if (!el) return false;
    revealAndFlash(el, this.win);
    return true;
  }

  open(analysis: Analysis): void {
    if (this.#open) return;
    const doc = this.win.document;
    const snapshot = lockPage(doc, this.win);
    const host = createOverlayHost(doc);
    const close = () => this.close();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation(); // the page's own Escape handlers shouldn't act on a page that's hidden
      this.close();
    };
    // Capture on window: Escape closes wherever focus is, before the page sees it.
    this.win.addEventListener('keydown', onKeyDown, true);
    const stopWatchingUrl = this.#closeOnNavigation();
    this.#open = { analysis, host, snapshot, onKeyDown, stopWatchingUrl };
    const article = analysis.ok ? toOverlayArticle(analysis, this.win) : null;
    host.render(this.#wrapOverlay(<ConnectedReader win={this.win} t={this.t} analysis={analysis} article={article} onClose={close} {...(article ? readerAddons(this.win, article, this.t) : {})} />, analysis));
  }

  /**
   * A single-page app that moves to another story (history.pushState, back/forward) leaves the page under the
   * overlay showing something else: the reader closes rather than show the old story over the new one, and the
   * cached analysis (keyed by URL) is not reused. pushState fires no event a content script can hear in every
   * browser, so: the Navigation API where there is one, popstate, and a light poll of the address.
   */
  #closeOnNavigation(): () => void {
    const win = this.win;
    const openedAt = pageAddress(win.location.href);
    const check = () => {
      if (pageAddress(win.location.href) !== openedAt) this.close();
    };
    const later = () => win.setTimeout(check, 0); // the Navigation API reports before the address changes
    const navigation = (win as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', check);
    navigation?.addEventListener('currententrychange', later);
    win.addEventListener('popstate', check);
    const poll = win.setInterval(check, URL_POLL_MS);
    return () => {
      navigation?.removeEventListener('navigatesuccess', check);
      navigation?.removeEventListener('currententrychange', later);
      win.removeEventListener('popstate', check);
      win.clearInterval(poll);
    };
  }

  close(): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    this.win.removeEventListener('keydown', open.onKeyDown, true);
    open.stopWatchingUrl();
    open.host.remove();
    unlockPage(this.win.document, this.win, open.snapshot);
  }
}

/** Our own elements in the page: the overlay, and the floating button the always-on script adds. */
const OWN_HOST_ATTRIBUTES = [HOST_ATTRIBUTE, TOGGLE_ATTRIBUTE];

function isOwnHost(node: Node): boolean {
  return node.nodeType === 1 && OWN_HOST_ATTRIBUTES.some((name) => (node as Element).hasAttribute(name));
}

function isOwnHostRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnHost);
}

function toOverlayArticle(analysis: Extract<Analysis, { ok: true }>, win: Window): OverlayArticle {
  return {
    title: analysis.title,
    lang: analysis.lang,
    dir: analysis.dir,
    byline: analysis.byline,
    siteName: analysis.attribution.siteName,
    source: analysis.attribution.source,
    publishedTime: analysis.attribution.publishedTime,
    readingTimeMinutes: analysis.readingTimeMinutes,
    body: sanitizeToFragment(win, analysis.html),
  };
}
