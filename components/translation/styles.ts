/**
 * Translation's stylesheets, adopted into the shadow root they render in
 * (the reader overlay's, or the popover's own), as constructed sheets: those
 * are not subject to a page's CSP style-src. Colours are drawn from
 * `currentColor` so they follow whatever theme the reader chose.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const UI_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const ARTICLE_TRANSLATION_CSS = `
.jt-bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px;
  margin: 0 0 1.2em; padding: 10px 12px;
  font: 14px/1.4 ${UI_FONT};
  border: 1px solid rgba(127, 127, 127, 0.35); border-radius: 10px;
}
.jt-status { margin: 0; flex: 1 1 16em; }
.jt-modes { display: inline-flex; border: 1px solid rgba(127, 127, 127, 0.5); border-radius: 999px; overflow: hidden; }
.jt-modes button, .jt-action {
  font: 600 13px/1.2 ${UI_FONT}; color: inherit; background: transparent;
  border: 0; padding: 6px 12px; cursor: pointer;
}
.jt-action { border: 1px solid rgba(127, 127, 127, 0.5); border-radius: 999px; }
.jt-modes button[aria-pressed="true"] { background: #0f5f58; color: #fff; }
.jt-modes button:focus-visible, .jt-action:focus-visible { outline: 3px solid #0d9488; outline-offset: 2px; }
.jt-error { flex-basis: 100%; margin: 0; }
.jt-error p { margin: 0.2em 0; }
.jt-said { opacity: 0.8; font-style: italic; }
.jt-actions { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 8px; }
.jt-progress { width: 8em; }
.jt-trans { display: none; }
.jt-mode-translation .jt-unit.jt-done > .jt-orig { display: none; }
.jt-mode-translation .jt-unit.jt-done > .jt-trans { display: inline; }
.jt-mode-translation .jt-unit.jt-pending > .jt-orig { opacity: 0.55; }
.jt-mode-side .jt-unit.jt-whole { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.5em; }
.jt-mode-side .jt-unit > .jt-trans, .jt-mode-side .jt-unit > .jt-orig { display: block; }
.jt-mode-side .jt-unit > .jt-trans { color: inherit; }
.jt-mode-side .jt-unit.jt-whole > .jt-orig { opacity: 0.75; }
.jt-mode-side .jt-unit:not(.jt-whole) > .jt-trans { margin-top: 0.3em; }
.article:has(.jt-mode-side) { max-width: calc(2 * var(--jr-width, 38em) + 1.5em); }
.column:has(.jt-mode-side) { max-width: calc(2 * var(--jr-width, 38em) + 1.5em + 48px); }
.jt-title-trans { display: block; }
.jt-title-side { display: block; font-size: 0.6em; font-weight: 400; opacity: 0.75; margin-top: 0.3em; }
`;

export const POPOVER_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  z-index: 2147483647 !important;
  display: block !important;
  /* Placed by the page script through custom properties: "all" leaves those alone, and our !important beats the page's. */
  left: var(--jernih-left, 8px) !important;
  top: var(--jernih-top, auto) !important;
  bottom: var(--jernih-bottom, auto) !important;
}
*, *::before, *::after { box-sizing: border-box; }
.popover {
  width: min(420px, calc(100vw - 16px));
  max-height: min(60vh, 480px);
  display: flex; flex-direction: column;
  font: 15px/1.5 ${UI_FONT};
  color: #1f2328; background: #fff; color-scheme: light;
  border: 1px solid #c9d6d4; border-radius: 12px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.18);
}
.head { display: flex; align-items: center; gap: 8px; padding: 8px 8px 4px 14px; font-size: 13px; color: #57606a; }
.langs { flex: 1; font-weight: 600; }
.close { font: 600 18px/1 ${UI_FONT}; color: #57606a; background: transparent; border: 0; border-radius: 999px; padding: 4px 9px; cursor: pointer; }
.text { padding: 4px 14px 8px; overflow-y: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.text.working { color: #57606a; }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; padding: 8px 14px 12px; border-top: 1px solid #eceae4; }
.engine { flex: 1 1 100%; font-size: 12px; color: #57606a; }
button.action {
  font: 600 13px/1.2 ${UI_FONT}; color: #0f5f58; background: #fff;
  border: 1px solid #c9d6d4; border-radius: 999px; padding: 6px 12px; cursor: pointer;
}
button.action:hover, .close:hover { background: #eef6f5; }
button:focus-visible { outline: 3px solid #0d9488; outline-offset: 2px; }
.error p { margin: 0 0 0.4em; }
.said { color: #57606a; font-style: italic; }
.note { font-size: 12px; color: #57606a; flex: 1 1 100%; margin: 0; }
.status { font-size: 12px; color: #0f5f58; }
progress { width: 100%; }
`;

/** Adds `css` to the shadow root `ref`'s element lives in, for as long as the component is mounted. */
export function useAdoptedStyles(ref: RefObject<Element | null>, css: string): void {
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode();
    if (!root || !('adoptedStyleSheets' in root)) return;
    const shadow = root as ShadowRoot;
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return () => {
        shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      const style = (ref.current!.ownerDocument).createElement('style');
      style.textContent = css;
      shadow.append(style);
      return () => style.remove();
    }
  }, [ref, css]);
}
