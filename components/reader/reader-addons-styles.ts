/**
 * Styles for what this feature adds to the overlay (read aloud, following
 * pages), appended to the overlay's sheet. Colours are the theme's own
 * (components/reader/themes.ts: --jr-surface, --jr-text, --jr-focus), so
 * every theme keeps them readable; the reading highlight is a translucent
 * yellow that keeps the text above 4.5:1 on light, sepia and dark.
 */
export const READER_ADDONS_CSS = `
.read-aloud {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  margin: 0.8em 0 0;
  font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.read-aloud button {
  font: inherit;
  font-weight: 600;
  color: inherit;
  background: transparent;
  border: 1px solid currentColor;
  border-radius: 999px;
  padding: 6px 14px;
  cursor: pointer;
}
.read-aloud button:focus-visible { outline: 3px solid var(--jr-focus, #0d9488); outline-offset: 2px; }
.read-aloud-active {
  position: fixed;
  left: 50%;
  bottom: 16px;
  transform: translateX(-50%);
  z-index: 1;
  max-width: calc(100vw - 32px);
  margin: 0;
  padding: 8px 12px;
  border-radius: 999px;
  background: var(--jr-surface, Canvas);
  color: var(--jr-text, CanvasText);
  box-shadow: 0 2px 12px rgba(0, 0, 0, 0.3);
}
.read-aloud-error { font-weight: 600; }
[data-jernih-reading] {
  background: rgba(250, 204, 21, 0.28);
  box-shadow: 0 0 0 6px rgba(250, 204, 21, 0.28);
  border-radius: 2px;
}
.pages-progress { margin: 1.5em 0; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.pages-progress:empty { display: none; }
.page-failure {
  margin: 1.5em 0;
  padding: 0.8em 1em;
  border: 1px solid #b45309;
  border-radius: 8px;
  background: rgba(245, 158, 11, 0.12);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.page-failure a { color: inherit; font-weight: 600; }
@media print { .read-aloud, .pages-progress { display: none !important; } }
`;
