/**
 * Browser steps the translation tests share (with the real APy, the
 * LibreTranslate stand-in, the privacy test): set an engine up in the options
 * page the way a reader does, select text, "click" a context-menu item
 * (dispatched to the real listener in the service worker), and read the
 * popover and the reader's translation through their open shadow roots.
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser, WorkerGlobal } from './browser';

export const POPOVER = '[data-jernih-translation]';
export const READER = '[data-jernih-reader]';

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.waitForSelector('#jernih-translation-heading');
  return page;
}

/** Types the address (and key), presses "Save and allow access", and returns what the page then says. */
export async function setUpServer(options: Page, engine: 'apertium' | 'libretranslate', url: string, apiKey?: string): Promise<{ status: string; text: string }> {
  const form = `[data-engine="${engine}"]`;
  await options.fill(`#jernih-${engine}-url`, url);
  if (apiKey !== undefined) await options.fill(`#jernih-${engine}-key`, apiKey);
  await options.click(`${form} button.save`);
  const status = options.locator(`${form} .status:not([data-status="idle"]):not([data-status="checking"])`);
  await status.waitFor({ timeout: 15_000 });
  return { status: (await status.getAttribute('data-status')) ?? '', text: (await status.textContent()) ?? '' };
}

/** Ticks or unticks "Use …" for an engine. */
export async function useEngine(options: Page, engine: 'built-in' | 'apertium' | 'libretranslate', on: boolean): Promise<void> {
  const box = options.locator(`[data-engine="${engine}"] input[type="checkbox"]`);
  if ((await box.isChecked()) !== on) await box.click();
}

export async function chooseTarget(options: Page, tag: string): Promise<void> {
  await options.selectOption('#jernih-target-language', tag);
}

export interface StoredTranslation {
  engines: string[];
  apertium: { url: string };
  libreTranslate: { url: string; apiKey: string };
  targetLanguage: string;
  webTranslator: string;
}

export async function storedTranslationSettings(worker: Worker): Promise<StoredTranslation | undefined> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get('translation')).translation as StoredTranslation | undefined;
  });
}

/** Waits until the stored settings satisfy `ok` (the options page saves asynchronously). */
export async function waitForSettings(worker: Worker, ok: (s: StoredTranslation | undefined) => boolean): Promise<StoredTranslation | undefined> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = await storedTranslationSettings(worker);
    if (ok(s)) return s;
    if (Date.now() > deadline) throw new Error(`settings never reached the expected state: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Selects the contents of the first element matching `selector` and returns the selection's text as the page sees it. */
export async function selectText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`nothing matches ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString().trim();
  }, selector);
}

/** Fires the real context-menu listener for one of translation's items on the tab showing `page`. */
export async function menuClick(worker: Worker, page: Page, item: 'selection' | 'article', selectionText = ''): Promise<void> {
  await worker.evaluate(async ({ url, menuItemId, selectionText }) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const [tab] = await chrome.tabs.query({ url });
    chrome.contextMenus.onClicked.dispatch({ menuItemId, editable: false, pageUrl: url, frameId: 0, ...(selectionText ? { selectionText } : {}) }, tab);
  }, { url: page.url(), menuItemId: item === 'selection' ? 'jernih-translate-selection' : 'jernih-translate-article', selectionText });
}

/** Waits for the popover to show `part` (.translation, .error, .note …) and returns its text. */
export async function popoverPart(page: Page, part: string, timeout = 20_000): Promise<string> {
  const locator = page.locator(`${POPOVER} ${part}`);
  await locator.first().waitFor({ timeout });
  return ((await locator.first().textContent()) ?? '').replace(/\s+/gu, ' ').trim();
}

export async function popoverCount(page: Page): Promise<number> {
  return page.evaluate((sel) => document.querySelectorAll(sel).length, POPOVER);
}

/** The reader's translation bar status once it matches `pattern`. */
export async function readerStatus(page: Page, pattern: RegExp, timeout = 30_000): Promise<string> {
  const status = page.locator(`${READER} .jt-status`);
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = (await status.count()) ? ((await status.textContent()) ?? '') : '';
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`reader translation status never matched ${pattern}; last: "${text}"`);
    await page.waitForTimeout(100);
  }
}

/** The text of every translated (or original) unit in the reader, in order. */
export async function readerUnits(page: Page, part: 'jt-trans' | 'jt-orig'): Promise<string[]> {
  return page.evaluate(({ sel, part }) => Array.from(document.querySelector(sel)!.shadowRoot!.querySelectorAll(`.${part}`), (el) => (el.textContent ?? '').replace(/\s+/gu, ' ').trim()), { sel: READER, part });
}
