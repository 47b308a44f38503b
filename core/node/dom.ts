/**
 * DOMs for running the core under Node: happy-dom (fast, the CLI's default)
 * and jsdom (a second, independent DOM for tests). Scripts never run.
 */
import { Window as HappyWindow } from 'happy-dom';
import { specParse } from './spec-parse';

export type DomName = 'happy-dom' | 'jsdom';

export interface ParsedPage {
  document: Document;
  /**
   * The window to pass to `analyze` (the sanitizer runs in it). For happy-dom
   * pages it is a shared jsdom window: DOMPurify does not support happy-dom.
   */
  window: Window;
  /** Frees the page's DOM; await it in loops (a happy-dom window not awaited stays in memory, ~0.5 MB a page). */
  close(): Promise<void>;
}

let sharedSanitizerWindow: Window | null = null;

/** One jsdom window per process for sanitizing: made once, reused for every page. */
async function sanitizerWindow(): Promise<Window> {
  if (!sharedSanitizerWindow) {
    const { JSDOM } = await import('jsdom');
    sharedSanitizerWindow = new JSDOM('<!DOCTYPE html>').window as unknown as Window;
  }
  return sharedSanitizerWindow;
}

export async function parseHtml(html: string, url: string, dom: DomName = 'happy-dom'): Promise<ParsedPage> {
  if (dom === 'jsdom') {
    const { JSDOM } = await import('jsdom');
    const jsdom = new JSDOM('', { url: safeUrl(url), contentType: 'text/html' });
    const window = jsdom.window as unknown as Window;
    // The same spec parser as for happy-dom (jsdom's is parse5 too), with its nesting cap: jsdom recurses per level.
    const document = specParse(html, jsdom.window.document as unknown as Document);
    return { document, window, close: async () => jsdom.window.close() };
  }
  const window = new HappyWindow({
    url: safeUrl(url),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  // The tree comes from the spec parser (see spec-parse.ts), not happy-dom's own.
  const document = specParse(html, window.document.implementation.createHTMLDocument() as unknown as Document);
  return { document, window: await sanitizerWindow(), close: () => window.happyDOM.close() };
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : 'https://example.invalid/';
  } catch {
    return 'https://example.invalid/';
  }
}
