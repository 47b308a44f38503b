/**
 * The floating "open in reader" button that the always-on script shows on
 * article pages. Plain DOM, not Preact: it ships in the script that runs on
 * every page, whose budget is a few kilobytes. It lives in an open shadow
 * root on a custom element carrying `data-jernih-toggle`, so page CSS can't
 * restyle it and removing the element removes every trace of it. It sits
 * just under the reader overlay (which covers it while open), is a real
 * <button> (Tab reaches it, Enter and Space press it) and never prints.
 */
/** A built-in element: a page can't redefine it as a custom element to run its code on our host (see overlay-host.ts). */
export const TOGGLE_TAG = 'div';
export const TOGGLE_ATTRIBUTE = 'data-jernih-toggle';

// Without layout whitespace: this string ships as it is to every page.
const CSS = [
  ':host{all:initial!important;position:fixed!important;right:20px!important;bottom:20px!important;z-index:2147483646!important;display:block!important}',
  'button{display:grid;place-items:center;width:40px;height:40px;padding:0;border:1px solid rgba(255,255,255,.6);border-radius:50%;background:#0f766e;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3);opacity:.75;cursor:pointer}',
  'button:hover,button:focus-visible{opacity:1}',
  'button:focus-visible{outline:3px solid #0f766e;outline-offset:3px;box-shadow:0 0 0 3px #fff}',
  'svg{width:22px;height:22px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}',
  '@media print{:host{display:none!important}}',
].join('');

const SVG = 'http://www.w3.org/2000/svg';
/** An open book: two pages of lines. */
const ICON_PATHS = ['M3 5.5c3-1.5 6-1.5 9 0v14c-3-1.5-6-1.5-9 0z', 'M21 5.5c-3-1.5-6-1.5-9 0v14c3-1.5 6-1.5 9 0z'];

export interface FloatingToggle {
  element: HTMLElement;
  remove(): void;
}

function applyStyles(root: ShadowRoot, doc: Document): void {
  // A constructed sheet escapes the page's CSP style-src; fall back to <style> where unsupported.
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

function icon(doc: Document): SVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  for (const d of ICON_PATHS) {
    const path = doc.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

/** Adds the button to the page; `label` is its accessible name and tooltip, in the reader's language. */
export function mountFloatingToggle(doc: Document, label: string, onActivate: () => void): FloatingToggle {
  const element = doc.createElement(TOGGLE_TAG);
  element.setAttribute(TOGGLE_ATTRIBUTE, '');
  const shadow = element.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc);
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.title = label;
  button.append(icon(doc));
  button.addEventListener('click', (event) => {
    event.stopPropagation(); // the page's own click handlers (ad redirects, analytics) needn't see ours
    onActivate();
  });
  shadow.append(button);
  doc.documentElement.append(element);
  return { element, remove: () => element.remove() };
}
