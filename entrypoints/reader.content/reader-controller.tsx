/**
 * Opens and closes reader mode in this page: analyzes on open (the core works
 * on a clone), renders the overlay, locks scrolling, and on close undoes
 * every change so the page is as the reader left it.
 */
import { analyze, sanitizeToFragment, type Analysis } from '../../core';
import type { Translate } from '../../components/i18n';
import { ReaderNotice } from '../../components/ReaderNotice';
import { ReaderOverlay, type OverlayArticle } from '../../components/ReaderOverlay';
import { findQuoteElement, revealAndFlash } from './highlight';
import { createOverlayHost, type OverlayHost } from './overlay-host';
import { lockPage, unlockPage, type PageSnapshot } from './page-lock';

interface OpenReader {
  analysis: Analysis;
  host: OverlayHost;
  snapshot: PageSnapshot;
  onKeyDown: (event: KeyboardEvent) => void;
}

export class ReaderController {
  #open: OpenReader | null = null;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly t: Translate,
  ) {}

  get isOpen(): boolean {
    return this.#open !== null;
  }

  analyze(): Analysis {
    return analyze(this.win.document, this.win.location.href, { window: this.win });
  }

  /** The analysis on screen while open (no second pass over a page we're covering), else a fresh one. */
  currentAnalysis(): Analysis {
    return this.#open?.analysis ?? this.analyze();
  }

  /** Opens or closes; returns the analysis shown (or that was shown, when closing). */
  toggle(): Analysis {
    const shown = this.#open?.analysis;
    if (shown) {
      this.close();
      return shown;
    }
    const analysis = this.analyze();
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
    this.#open = { analysis, host, snapshot, onKeyDown };
    host.render(analysis.ok
      ? <ReaderOverlay article={toOverlayArticle(analysis, this.win)} t={this.t} onClose={close} />
      : <ReaderNotice t={this.t} onClose={close} />);
  }

  close(): void {
    const open = this.#open;
    if (!open) return;
    this.#open = null;
    this.win.removeEventListener('keydown', open.onKeyDown, true);
    open.host.remove();
    unlockPage(this.win.document, this.win, open.snapshot);
  }
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
