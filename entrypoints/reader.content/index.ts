/**
 * Reader mode's page side. Not listed in the manifest: the background injects
 * it with scripting.executeScript only when the reader, the popup, the
 * command or the menu is used, so pages never opened in Jernih pay nothing.
 * Injecting it again is harmless: the first copy keeps the page; later ones
 * see the marker and stop before adding listeners.
 */
import { readerMessenger } from '../shared/protocol';
import { browserTranslate } from '../shared/browser-i18n';
import { ReaderController } from './reader-controller';
import { summarize } from './summary';
import { installTranslation } from './translation';
import { SUMMARIZE_KEY, type PageSummary } from '../shared/protocol';

// Lives in the extension's isolated world, which every injection of this script shares (the page can't see it).
const INSTALLED = Symbol.for('jernih.reader.installed');

function isFromThisExtension(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

function isPdf(doc: Document): boolean {
  return doc.contentType === 'application/pdf';
}

function install(): void {
  const reader = new ReaderController(window, browserTranslate);
  installTranslation(reader, window, browserTranslate);
  const pdf: PageSummary = { ok: false, reason: 'pdf', readerOpen: false };

  // Called by the extension through scripting.executeScript (see SUMMARIZE_KEY); nothing in the page can reach it.
  (globalThis as Record<symbol, () => PageSummary>)[Symbol.for(SUMMARIZE_KEY)] = () =>
    isPdf(document) ? pdf : summarize(reader.currentAnalysis(), reader.isOpen);

  readerMessenger.onMessage('reader:toggle', async ({ sender }) => {
    if (!isFromThisExtension(sender)) throw new Error('Unexpected sender');
    if (isPdf(document)) return pdf;
    const analysis = await reader.toggleInSteps();
    return summarize(analysis, reader.isOpen);
  });

  readerMessenger.onMessage('reader:open', async ({ sender }) => {
    if (!isFromThisExtension(sender)) throw new Error('Unexpected sender');
    if (isPdf(document)) return pdf;
    if (!reader.isOpen) await reader.toggleInSteps();
    return summarize(reader.currentAnalysis(), reader.isOpen);
  });

  readerMessenger.onMessage('reader:showQuote', ({ sender, data: quote }) => {
    if (!isFromThisExtension(sender)) throw new Error('Unexpected sender');
    return typeof quote === 'string' && quote.length > 0 && reader.showQuote(quote);
  });
}

export default defineContentScript({
  registration: 'runtime',
  // No page-visible postMessage on start: WXT's "newer script started" signal would leak our presence to the page.
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as { [INSTALLED]?: true };
    if (scope[INSTALLED]) return;
    scope[INSTALLED] = true;
    install();
  },
});
