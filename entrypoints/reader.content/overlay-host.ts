/**
 * The overlay's home in the page: one custom element on <html> carrying
 * `data-jernih-reader`, with an open shadow root holding our styles and the
 * Preact tree. Removing the element removes every trace of us.
 */
import type { VNode } from 'preact';
import { render } from 'preact';
import { READER_CSS } from '../../components/reader-styles';
import { READER_ADDONS_CSS } from '../../components/reader/reader-addons-styles';

const CSS = READER_CSS + READER_ADDONS_CSS;

/**
 * A built-in element, not a custom one: a page can define `customElements` under any custom name, and Chromium
 * upgrades an element our content script creates with the page's class, running the page's code on our host
 * (found by the hostile pages). Built-in elements can't be redefined. The `data-…` attribute names it as ours.
 */
export const HOST_TAG = 'div';
export const HOST_ATTRIBUTE = 'data-jernih-reader';

export interface OverlayHost {
  element: HTMLElement;
  render(tree: VNode): void;
  remove(): void;
}

function applyStyles(root: ShadowRoot, doc: Document): void {
  // A constructed sheet is not subject to the page's CSP style-src; fall back to <style> where unsupported.
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

export function createOverlayHost(doc: Document): OverlayHost {
  const element = doc.createElement(HOST_TAG);
  element.setAttribute(HOST_ATTRIBUTE, '');
  const shadow = element.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc);
  const mount = doc.createElement('div');
  shadow.append(mount);
  doc.documentElement.append(element);
  return {
    element,
    render: (tree) => render(tree, mount),
    remove: () => {
      render(null, mount);
      element.remove();
    },
  };
}
