/**
 * The overlay's stylesheet, applied inside its shadow root so page CSS can't
 * reach in and ours can't leak out. `:host` rules are !important because in
 * the cascade the shadow tree's important declarations beat the page's, which
 * keeps the overlay covering the viewport whatever the site's CSS says.
 */
export const READER_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
}
*, *::before, *::after { box-sizing: border-box; }
.reader {
  position: absolute;
  inset: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  background: #fbfaf7;
  color: #1f2328;
  color-scheme: light;
  font-family: Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'Noto Serif', 'DejaVu Serif', serif;
  font-size: 20px;
  line-height: 1.6;
  -webkit-font-smoothing: antialiased;
}
.toolbar {
  position: sticky;
  top: 0;
  display: flex;
  justify-content: flex-end;
  padding: 12px 16px;
  background: linear-gradient(#fbfaf7 70%, rgba(251, 250, 247, 0));
}
.close {
  font: 600 15px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #0f5f58;
  background: #fff;
  border: 1px solid #c9d6d4;
  border-radius: 999px;
  padding: 8px 16px;
  cursor: pointer;
}
.close:hover { background: #eef6f5; }
.close:focus-visible { outline: 3px solid #0d9488; outline-offset: 2px; }
.article, .notice {
  max-width: 38em;
  margin: 0 auto;
  padding: 8px 24px 96px;
}
.article-header { margin-bottom: 1.6em; border-bottom: 1px solid #e4e1d8; padding-bottom: 1em; }
.site {
  margin: 0 0 0.4em;
  font: 600 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: #0f766e;
}
.title { font-size: 1.8em; line-height: 1.2; margin: 0 0 0.5em; font-weight: 700; }
.meta, .source {
  margin: 0.2em 0 0;
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #57606a;
}
.article-body p { margin: 0 0 1em; }
.article-body h2, .article-body h3, .article-body h4 { line-height: 1.3; margin: 1.6em 0 0.5em; }
.article-body img, .article-body picture, .article-body video { max-width: 100%; height: auto; }
.article-body figure { margin: 1.5em 0; }
.article-body figcaption { font-size: 0.8em; color: #57606a; margin-top: 0.4em; }
.article-body blockquote { margin: 1.2em 0; padding: 0 0 0 1em; border-inline-start: 3px solid #0d9488; color: #3b4249; }
.article-body a { color: #0f5f58; text-underline-offset: 0.15em; }
.article-body pre, .article-body code { font-size: 0.85em; }
.article-body pre { overflow-x: auto; }
.article-body table { border-collapse: collapse; max-width: 100%; }
.article-body td, .article-body th { border: 1px solid #e4e1d8; padding: 0.3em 0.5em; }
.notice { padding-top: 15vh; text-align: center; }
.notice .title { font-size: 1.4em; }
`;
