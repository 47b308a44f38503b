/**
 * DOMs for running the core under Node: happy-dom (fast, the CLI's default)
 * and jsdom (a second, independent DOM for tests). Scripts never run.
 */
import { Window } from 'happy-dom';
import { specParse } from './spec-parse';

export type DomName = 'happy-dom' | 'jsdom';

export interface ParsedPage {
  document: Document;
  window: Window;
  close(): void;
}

export async function parseHtml(html: string, url: string, dom: DomName = 'happy-dom'): Promise<ParsedPage> {
  if (dom === 'jsdom') {
    const { JSDOM } = await import('jsdom');
    const jsdom = new JSDOM(html, { url: safeUrl(url), contentType: 'text/html' });
    const window = jsdom.window as unknown as Window;
    return { document: jsdom.window.document as unknown as Document, window, close: () => jsdom.window.close() };
  }
  const window = new Window({
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
  return { document, window: window as unknown as Window, close: () => void window.happyDOM.abort().then(() => window.close()) };
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : 'https://example.invalid/';
  } catch {
    return 'https://example.invalid/';
  }
}
