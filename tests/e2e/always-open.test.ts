/**
 * "Always open in reader" for a site, in a real Chromium: set from the
 * options page or from the popup's switch, an article of that site reloads
 * straight into reader mode; taken off the list, it does not.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overlayText, READER_HOST, readerHostCount, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { clearExtensionStorage, pageVerdict, storedValue, TOGGLE_HOST } from '../helpers/isolated-world';
import { referenceCase } from '../helpers/pages';

const { expected } = referenceCase('01-jurnal-soreang-putin');

let browser: ExtensionBrowser;
let server: FixtureServer;
const pages: Page[] = [];

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

beforeEach(async () => {
  await clearExtensionStorage(browser.worker);
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function newPage(url: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(url, { waitUntil });
  return page;
}

async function expectReaderOpensByItself(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 15_000 });
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.article-body') != null, READER_HOST);
  expect(await overlayText(page)).toContain(expected.title);
  expect(await readerHostCount(page)).toBe(1);
}

describe('always open in reader (real Chromium)', () => {
  it('a site added in the options page opens its articles in reader mode', async () => {
    const article = await newPage(server.url(ARTICLE_PATH));
    // Not listed yet: the check runs, the button appears, the reader stays closed.
    await article.waitForSelector(TOGGLE_HOST, { state: 'attached', timeout: 15_000 });
    expect(await readerHostCount(article)).toBe(0);

    const options = await newPage(`chrome-extension://${browser.extensionId}/options.html`);
    const field = options.getByLabel('Site to add, e.g. kompas.com');
    await field.fill(`${server.origin}/some/article`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).waitFor();
    expect(await storedValue(browser.worker, 'site-reader')).toEqual({ floatingToggle: true, alwaysOpenSites: ['127.0.0.1'] });

    await expectReaderOpensByItself(article);

    // Removed again: the setting says so, and a reload leaves the page as it is.
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => storedValue(browser.worker, 'site-reader')).toEqual({ floatingToggle: true, alwaysOpenSites: [] });
    await article.reload({ waitUntil: 'load' });
    await article.waitForSelector(TOGGLE_HOST, { state: 'attached', timeout: 15_000 });
    expect(await pageVerdict(browser.worker, article)).toBe(true);
  });

  it('the popup\'s switch lists the tab\'s site, and the article reloads into reader mode', async () => {
    const article = await newPage(server.url(ARTICLE_PATH));
    const popup = await newPage(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser.worker, article)}`, 'domcontentloaded');
    const toggle = popup.getByRole('switch', { name: 'Always open 127.0.0.1 in reader mode' });
    await toggle.waitFor({ timeout: 15_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(() => storedValue(browser.worker, 'site-reader')).toEqual({ floatingToggle: true, alwaysOpenSites: ['127.0.0.1'] });

    await expectReaderOpensByItself(article);
  });

  it('does not open a non-article page of a listed site', async () => {
    await newPage(`chrome-extension://${browser.extensionId}/options.html`).then(async (options) => {
      await options.getByLabel('Site to add, e.g. kompas.com').fill('127.0.0.1');
      await options.getByRole('button', { name: 'Add', exact: true }).click();
      await options.getByRole('button', { name: 'Remove 127.0.0.1' }).waitFor();
    });
    const short = await newPage(server.url('/short.html'));
    await expect.poll(() => pageVerdict(browser.worker, short), { timeout: 15_000 }).toBe(false);
    expect(await readerHostCount(short)).toBe(0);
  });
});
