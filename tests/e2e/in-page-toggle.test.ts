/**
 * The always-on article check in a real Chromium: on an article the toolbar
 * badge says so and a floating "open in reader" button appears (labelled,
 * keyboard-operable, opening the reader); on a search-results page and a
 * portal home page nothing appears; the button can be switched off in the
 * options page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READER_HOST, SCREENSHOTS, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { badgeText, clearExtensionStorage, pageVerdict, storedValue, TOGGLE_HOST } from '../helpers/isolated-world';
import { readFixture } from '../helpers/pages';

const SEARCH_PATH = '/search-results.html';
const HOME_PATH = '/home.html';

let browser: ExtensionBrowser;
let server: FixtureServer;
const pages: Page[] = [];

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
}, {
  routes: {
    // Plain paths: the check must tell these from articles by their structure, not by "?q=" in the URL.
    [SEARCH_PATH]: readFixture('non-articles/search-results-id.html'),
    [HOME_PATH]: readFixture('non-articles/homepage-id.html'),
  },
});

beforeEach(async () => {
  await clearExtensionStorage(browser.worker);
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await page.goto(server.url(path), { waitUntil: 'load' });
  return page;
}

/** Waits until the always-on check has run on `page` and returns its verdict. */
async function verdict(page: Page): Promise<boolean> {
  await expect.poll(() => pageVerdict(browser.worker, page), { timeout: 15_000, interval: 100 }).not.toBeNull();
  return (await pageVerdict(browser.worker, page))!;
}

describe('in-page toggle (real Chromium)', () => {
  it('marks an article in the toolbar badge and shows a labelled floating button', async () => {
    const page = await open(ARTICLE_PATH);
    expect(await verdict(page)).toBe(true);
    await page.waitForSelector(TOGGLE_HOST, { state: 'attached', timeout: 10_000 });
    const button = page.locator(`${TOGGLE_HOST} button`);
    expect(await button.getAttribute('aria-label')).toBe('Open in reader mode (Jernih)');
    expect(await button.isVisible()).toBe(true);
    await expect.poll(() => badgeText(browser.worker, page)).toBe('✓');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'floating-toggle.png') });
  });

  it.each([
    ['a search-results page', SEARCH_PATH],
    ['a portal home page', HOME_PATH],
  ])('shows nothing on %s', async (_, path) => {
    const page = await open(path);
    expect(await verdict(page)).toBe(false);
    expect(await page.locator(TOGGLE_HOST).count()).toBe(0);
    expect(await badgeText(browser.worker, page)).toBe('');
  });

  it('opens the reader when the button is pressed with the keyboard, and again by click after closing', async () => {
    const page = await open(ARTICLE_PATH);
    const button = page.locator(`${TOGGLE_HOST} button`);
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 10_000 });
    // The overlay covers the button while open.
    const covered = await page.evaluate(() => {
      const host = document.querySelector('[data-jernih-toggle]')!;
      const box = host.getBoundingClientRect();
      return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.hasAttribute('data-jernih-reader') ?? false;
    });
    expect(covered).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    await button.click();
    await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 10_000 });
  });

  it('can be switched off in the options page; the badge still marks the article', async () => {
    const options = await browser.context.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const box = options.getByLabel('Show a reader mode button on article pages');
    await box.waitFor({ timeout: 10_000 });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => storedValue(browser.worker, 'site-reader')).toEqual({ floatingToggle: false, alwaysOpenSites: [] });

    const page = await open(ARTICLE_PATH);
    expect(await verdict(page)).toBe(true);
    await expect.poll(() => badgeText(browser.worker, page)).toBe('✓');
    expect(await page.locator(TOGGLE_HOST).count()).toBe(0);
  });
});
