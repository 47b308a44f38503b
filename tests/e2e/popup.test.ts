/**
 * The popup in a real Chromium, opened as a tab with `?tabId=N` (the same
 * page the toolbar shows, pointed at a given tab): article facts, the Reader
 * mode button, and plain explanations where there's no article or no access.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READER_HOST, SCREENSHOTS, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, SHORT_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { closeTab, createTab } from '../helpers/worker-tabs';
import { referenceCase } from '../helpers/pages';

const { expected } = referenceCase('01-jurnal-soreang-putin');

let browser: ExtensionBrowser;
let server: FixtureServer;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  return page;
}

/** The popup as a tab about `tabId`, once it has left its loading state. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 10_000 });
  return popup;
}

describe('popup (real Chromium)', () => {
  it('shows title, site, reading time and clutter removed, and its button opens the reader in that tab', async () => {
    const article = await openPage(ARTICLE_PATH);
    const popup = await openPopup(await tabIdOf(browser.worker, article));

    const card = popup.locator('[data-state="article"]');
    expect(await card.locator('.title').textContent()).toBe(expected.title);
    expect(await card.locator('.site').textContent()).toBe('Jurnal Soreang');
    expect(await card.locator('.reading-time').textContent()).toBe('3 min read');
    const removed = (await card.locator('.removed').textContent()) ?? '';
    expect(removed).toMatch(/^\d+ clutter items removed$/u);
    expect(Number.parseInt(removed, 10)).toBeGreaterThan(0);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });

    await popup.getByRole('button', { name: 'Reader mode' }).click();
    await article.waitForSelector(READER_HOST, { state: 'attached', timeout: 10_000 });
    // The popup now offers to close the reader it opened.
    await popup.getByRole('button', { name: 'Close reader mode' }).click();
    await article.waitForSelector(READER_HOST, { state: 'detached' });

    await popup.close();
    await article.close();
  });

  it('says plainly when the page has no article', async () => {
    const page = await openPage(SHORT_PATH);
    const popup = await openPopup(await tabIdOf(browser.worker, page));
    const message = popup.locator('[data-state="no-article"]');
    expect(await message.locator('.title').textContent()).toBe('No article found');
    expect(await message.textContent()).toContain("doesn't look like an article");
    expect(await popup.getByRole('button').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  for (const url of ['chrome://version', 'about:blank']) {
    it(`explains that it can't run on ${url}`, async () => {
      const tabId = await createTab(browser, url);
      const popup = await openPopup(tabId);
      const message = popup.locator('[data-state="restricted"]');
      expect(await message.locator('.title').textContent()).toBe("Jernih can't run on this page");
      expect((await message.locator('p').textContent())?.length).toBeGreaterThan(20);
      await popup.close();
      await closeTab(browser, tabId);
    });
  }

  it('says what went wrong, in the browser\'s words, for a tab that is gone', async () => {
    const tabId = await createTab(browser, 'about:blank');
    await closeTab(browser, tabId);
    const popup = await openPopup(tabId);
    const message = popup.locator('[data-state="error"]');
    expect(await message.textContent()).toContain(String(tabId));
    await popup.close();
  });

  it('explains that it can\'t run on its own extension pages', async () => {
    const tabId = await createTab(browser, `chrome-extension://${browser.extensionId}/popup.html?tabId=0`);
    const popup = await openPopup(tabId);
    expect(await popup.locator('[data-state="restricted"] .title').textContent()).toBe("Jernih can't run on this page");
    await popup.close();
    await closeTab(browser, tabId);
  });
});
