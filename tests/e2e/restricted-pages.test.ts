/**
 * Pages where Jernih cannot run, in a real Chromium: the popup says so in
 * plain words, and the keyboard command and the context menu leave the tab
 * alone (same address, no new tab) and say why on the toolbar button
 * (a "!" badge and the reason as its tooltip), without a notification.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser, WorkerGlobal } from '../helpers/browser';
import type { FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { closeTab, createTab } from '../helpers/worker-tabs';

let browser: ExtensionBrowser;
let server: FixtureServer;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

interface ActionChrome {
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  tabs: { get(id: number): Promise<{ url?: string; pendingUrl?: string }>; query(q: object): Promise<unknown[]> };
}

/** A tab opened by the worker, once the browser has committed the page (or its error page). */
async function openTab(url: string): Promise<number> {
  const id = await createTab(browser, url);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return id;
}

async function popupMessage(tabId: number): Promise<{ state: string | null; title: string | null; text: string }> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 15_000 });
  const card = popup.locator('[data-state]').first();
  const result = { state: await card.getAttribute('data-state'), title: await card.locator('.title').textContent(), text: (await card.textContent()) ?? '' };
  await popup.close();
  return result;
}

const PAGES: [string, () => string, RegExp][] = [
  ['a browser page', () => 'chrome://version', /browser's own pages/u],
  // Its address is hidden from us and Chromium never settles the injection: the bounded wait ends in a reason.
  ['view-source:', () => `view-source:${server.url('/article.html')}`, /browser's own pages|didn't let Jernih read this page/u],
  ['the web store', () => 'https://chromewebstore.google.com/detail/example/abcdefghijklmnopabcdefghijklmnop', /stores are protected/u],
  // Without file access Chromium hides a file:// tab's address from us, so only the general reason can be given.
  ['a file without file access', () => 'file:///etc/hostname', /Allow access to file URLs|didn't let Jernih read this page/u],
  ['a PDF', () => server.url('/report.pdf'), /PDF|didn't let Jernih/u],
  ['an error page', () => 'http://127.0.0.1:9/', /didn't let Jernih read this page/u],
];

describe('pages where Jernih cannot run (real Chromium)', () => {
  it.each(PAGES)('the popup explains %s in plain words', async (_, url, reason) => {
    const tabId = await openTab(url());
    const message = await popupMessage(tabId);
    expect(message.state).toBe('restricted');
    expect(message.title).toBe("Jernih can't run on this page");
    expect(message.text).toMatch(reason);
    await closeTab(browser, tabId);
  });

  it.each([['keyboard command', 'command'], ['context menu', 'menu']] as const)('the %s does nothing to a browser page and says why on the icon', async (_, via) => {
    const tabId = await openTab('chrome://version');
    const tabsBefore = await browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: ActionChrome }).chrome.tabs.query({})).length);
    await browser.worker.evaluate(async ({ id, how }) => {
      const { chrome } = globalThis as unknown as WorkerGlobal & { chrome: { tabs: { get(id: number): Promise<unknown> } } };
      const tab = await chrome.tabs.get(id);
      if (how === 'command') chrome.commands.onCommand.dispatch('toggle-reader', tab);
      else chrome.contextMenus.onClicked.dispatch({ menuItemId: 'jernih-reader', editable: false, pageUrl: 'chrome://version/' }, tab);
    }, { id: tabId, how: via });

    const said = await browser.worker.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as { chrome: ActionChrome };
      for (let i = 0; i < 50; i++) {
        const badge = await chrome.action.getBadgeText({ tabId: id });
        if (badge) return { badge, title: await chrome.action.getTitle({ tabId: id }), tabs: (await chrome.tabs.query({})).length };
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    }, tabId);
    expect(said).not.toBeNull();
    expect(said!.badge).toBe('!');
    expect(said!.title).toMatch(/Jernih can't run on this page: This is one of the browser's own pages/u);
    expect(said!.tabs).toBe(tabsBefore);
    await closeTab(browser, tabId);
  });
});
