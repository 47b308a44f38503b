/**
 * The overlay's stylesheet, applied inside its shadow root so page CSS can't
 * reach in and ours can't leak out. `:host` rules are !important because in
 * the cascade the shadow tree's important declarations beat the page's, which
 * keeps the overlay covering the viewport whatever the site's CSS says.
 *
 * Colours, fonts, widths and line heights come from the appearance tables
 * (components/reader/) as custom properties; nothing below names a colour.
 * Sizes are in em of the host, whose font size is the browser's default
 * (`all: initial`), so a reader's larger default font enlarges everything.
 */
import { appearanceRules, themeDeclarations } from './reader/theme-css';
import { PRINT_THEME, THEMES } from './reader/themes';

const UI_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif";

export const READER_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
}
*, *::before, *::after { box-sizing: border-box; }
${appearanceRules('.reader')}
.reader {
  position: absolute;
  inset: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: var(--jr-bg);
  color: var(--jr-text);
  font-family: ${UI_FONT};
  -webkit-font-smoothing: antialiased;
}
.reader[data-pending] { opacity: 0; }
:focus-visible { outline: 3px solid var(--jr-focus); outline-offset: 2px; }
.bar {
  position: sticky;
  top: 0;
  z-index: 1;
  background: var(--jr-bg);
  border-bottom: 1px solid var(--jr-border);
}
.toolbar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
  padding: 10px 16px;
}
.spacer { flex: 1 1 0; }
.tool, .close, .step {
  font: 600 0.9375em/1.2 ${UI_FONT};
  color: var(--jr-control);
  background: var(--jr-surface);
  border: 1px solid var(--jr-edge);
  border-radius: 999px;
  padding: 8px 14px;
  min-height: 36px;
  cursor: pointer;
}
.tool:hover, .close:hover, .step:hover { border-color: var(--jr-control); }
.tool[aria-expanded="true"], .tool[aria-pressed="true"] { background: var(--jr-control); color: var(--jr-surface); border-color: var(--jr-control); }
.step[aria-disabled="true"] { cursor: default; opacity: 0.55; }
.tool-icon { font-family: Georgia, serif; font-weight: 700; margin-inline-end: 2px; }
/* Never display:none, even when empty: a live region must already be in the accessibility tree to be announced. */
.status { margin: 0; padding: 0 16px; font-size: 0.875em; color: var(--jr-muted); }
.status:not(:empty) { padding-bottom: 8px; }
.panel {
  border-top: 1px solid var(--jr-border);
  padding: 12px 16px 14px;
  font-size: 0.9375em;
}
.appearance-controls {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(15em, 1fr));
  gap: 12px 24px;
}
.panel-inner { max-width: 64em; margin: 0 auto; }
.choice-group { border: 0; margin: 0; padding: 0; min-width: 0; }
.choice-group legend, .choice-group .legend {
  display: block;
  padding: 0;
  margin-bottom: 6px;
  font-size: 0.8em;
  font-weight: 700;
  letter-spacing: 0.05em;
  text-transform: uppercase;
  color: var(--jr-muted);
}
.choices { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.choice { position: relative; display: inline-flex; }
/* The radio itself stays in the accessibility tree and the tab order; its label is what shows. */
.choice input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
.choice span {
  display: inline-block;
  padding: 6px 12px;
  border: 1px solid var(--jr-edge);
  border-radius: 999px;
  background: var(--jr-surface);
  color: var(--jr-control);
  font-weight: 600;
}
.choice input:checked + span { background: var(--jr-control); color: var(--jr-surface); border-color: var(--jr-control); }
.choice input:focus-visible + span { outline: 3px solid var(--jr-focus); outline-offset: 2px; }
.stepper .step { padding: 6px 12px; min-width: 3em; }
.size-value { min-width: 4em; text-align: center; font-variant-numeric: tabular-nums; font-weight: 600; }
.hint { margin: 12px 0 0; font-size: 0.875em; color: var(--jr-muted); }
.column {
  font-family: var(--jr-font);
  font-size: calc(var(--jr-scale, 1.25) * 1em);
  line-height: var(--jr-leading);
  max-width: calc(var(--jr-width) + 48px);
  margin: 0 auto;
  padding: 24px 24px 96px;
}
.article { max-width: var(--jr-width); }
.article-header { margin-bottom: 1.6em; border-bottom: 1px solid var(--jr-border); padding-bottom: 1em; }
.site {
  margin: 0 0 0.4em;
  font: 600 0.7em/1.4 ${UI_FONT};
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--jr-accent);
}
.title { font-size: 1.8em; line-height: 1.2; margin: 0 0 0.5em; font-weight: 700; }
.meta, .source {
  margin: 0.2em 0 0;
  font: 0.75em/1.5 ${UI_FONT};
  color: var(--jr-muted);
}
.article-body p { margin: 0 0 1em; }
.article-body h2, .article-body h3, .article-body h4 { line-height: 1.3; margin: 1.6em 0 0.5em; }
.article-body img, .article-body picture, .article-body video { max-width: 100%; height: auto; }
.article-body figure { margin: 1.5em 0; }
.article-body figcaption { font-size: 0.8em; color: var(--jr-muted); margin-top: 0.4em; }
.article-body blockquote { margin: 1.2em 0; padding: 0 0 0 1em; border-inline-start: 3px solid var(--jr-focus); color: var(--jr-quote); }
.article-body a { color: var(--jr-link); text-underline-offset: 0.15em; }
.article-body pre, .article-body code { font-size: 0.85em; }
.article-body pre { overflow-x: auto; }
.article-body table { border-collapse: collapse; max-width: 100%; }
.article-body td, .article-body th { border: 1px solid var(--jr-border); padding: 0.3em 0.5em; }
.notice { padding-top: 15vh; text-align: center; }
.notice .title { font-size: 1.4em; }
.removed {
  margin-top: 2.5em;
  border-top: 1px solid var(--jr-border);
  padding-top: 0.8em;
  font: 0.75em/1.5 ${UI_FONT};
}
.removed summary { cursor: pointer; padding: 6px 0; color: var(--jr-control); }
.removed-title { font-weight: 700; }
.removed-counts { display: block; color: var(--jr-muted); margin-inline-start: 1.2em; }
.removed-note { color: var(--jr-muted); margin: 0.5em 0; }
.removed-list { list-style: none; margin: 0; padding: 0; }
.removed-item { display: grid; gap: 2px; padding: 8px 0; border-top: 1px solid var(--jr-border); }
.removed-kind { font-weight: 700; font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--jr-accent); }
.removed-text { overflow-wrap: anywhere; }
.removed-empty { font-style: italic; color: var(--jr-muted); }
.removed-rule { font: 0.85em/1.4 ui-monospace, Menlo, Consolas, monospace; color: var(--jr-muted); }
/* Printing while the reader is open prints the reader: static flow so it paginates, no controls, ink on paper. */
@media print {
  :host { position: static !important; inset: auto !important; display: block !important; }
  /* [data-theme] outranks the theme rules, "auto" under a dark system preference included. */
  .reader[data-theme] { position: static; overflow: visible; ${themeDeclarations(THEMES[PRINT_THEME])} background: transparent; }
  .bar, .removed { display: none !important; }
  .column { max-width: none; padding: 0; }
  .article { max-width: none; }
  .article-body a { color: inherit; }
  .article-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; overflow-wrap: anywhere; }
  .article-body figure, .article-body img, .article-body blockquote { break-inside: avoid; }
  .title, .article-body h2, .article-body h3, .article-body h4 { break-after: avoid; }
  .article-body p { orphans: 3; widows: 3; }
}
`;
