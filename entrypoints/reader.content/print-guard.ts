/**
 * While the reader is open, printing prints the reader, not the page under
 * it: a print-only sheet hides every child of <html> except our host. It is a
 * constructed sheet adopted by the document, so the page's markup is not
 * touched (and the page's CSP does not apply); where a browser refuses that,
 * a <style> element does the same and is removed on close.
 */
import { HOST_ATTRIBUTE } from './overlay-host';

const PRINT_CSS = `@media print {
  html > :not([${HOST_ATTRIBUTE}]) { display: none !important; }
  html { background: none !important; }
}`;

/** Installs the sheet; returns the function that removes it again. */
export function printReaderOnly(doc: Document): () => void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = view?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = doc.createElement('style');
    style.textContent = PRINT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
