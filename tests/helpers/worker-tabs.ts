/**
 * Tabs opened and closed by the extension's own service worker: the test learns
 * the id of a tab the extension has no access to (chrome://, view-source:, an
 * error page) without the `tabs` permission.
 */
import type { ExtensionBrowser, WorkerGlobal } from './browser';

export async function createTab(browser: ExtensionBrowser, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    return (await chrome.tabs.create({ url: target, active: false })).id;
  }, url);
  if (id === undefined) throw new Error(`could not open ${url}`);
  return id;
}

export async function closeTab(browser: ExtensionBrowser, tabId: number): Promise<void> {
  await browser.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    await chrome.tabs.remove(id);
  }, tabId);
}
