/**
 * The selection popover's home in the page: one element carrying
 * `data-jernih-translation`, with an open shadow root holding its styles and
 * the Preact tree, fixed next to the selection. Removing it removes every trace.
 */
import type { VNode } from 'preact';
import { render } from 'preact';
import { POPOVER_CSS } from '../../components/translation/styles';

/**
 * A built-in element, not a custom one: a page can define `customElements` under any custom name, and Chromium
 * upgrades an element our content script creates with the page's class, running the page's code on our host
 * (found by the hostile pages). Built-in elements can't be redefined. The `data-…` attribute names it as ours.
 */
export const POPOVER_TAG = 'div';
export const POPOVER_ATTRIBUTE = 'data-jernih-translation';

const WIDTH = 420;
const GAP = 8;

export interface PopoverHost {
  element: HTMLElement;
  render(tree: VNode): void;
  /** Places the popover under the rectangle (above it when there is more room there). */
  place(rect: { left: number; top: number; bottom: number }): void;
  remove(): void;
}

function applyStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(POPOVER_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = POPOVER_CSS;
    root.append(style);
  }
}

export function createPopoverHost(doc: Document, win: Window): PopoverHost {
  const element = doc.createElement(POPOVER_TAG);
  element.setAttribute(POPOVER_ATTRIBUTE, '');
  const shadow = element.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc);
  const mount = doc.createElement('div');
  shadow.append(mount);
  doc.documentElement.append(element);
  const set = (name: 'left' | 'top' | 'bottom', value: string) => element.style.setProperty(`--jernih-${name}`, value);
  return {
    element,
    render: (tree) => render(tree, mount),
    place(rect) {
      const width = Math.min(WIDTH, win.innerWidth - 2 * GAP);
      set('left', `${Math.max(GAP, Math.min(rect.left, win.innerWidth - width - GAP))}px`);
      if (rect.bottom > win.innerHeight * 0.6 && rect.top > win.innerHeight - rect.bottom) {
        set('top', 'auto');
        set('bottom', `${Math.max(GAP, win.innerHeight - rect.top + GAP)}px`);
      } else {
        set('bottom', 'auto');
        set('top', `${Math.max(GAP, Math.min(rect.bottom + GAP, win.innerHeight - 120))}px`);
      }
    },
    remove() {
      render(null, mount);
      element.remove();
    },
  };
}
