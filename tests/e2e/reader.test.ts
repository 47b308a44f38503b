/**
 * Reader mode in a real Chromium with the built extension: the keyboard
 * command and the context menu open the overlay on the reference article, it
 * shows the clean text and attribution, and closing puts the page back exactly.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dispatchCommand, dispatchMenuClick, overlayText, READER_HOST, readerHostCount, SCREENSHOTS, tabIdOf,
  type ExtensionBrowser, type WorkerGlobal,
} from '../helpers/browser';
import { ARTICLE_PATH, SHORT_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { referenceCase } from '../helpers/pages';

const { expected } = referenceCase('01-jurnal-soreang-putin');

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

beforeEach(async () => {
  page = await browser.context.newPage();
  await page.goto(server.url(ARTICLE_PATH), { waitUntil: 'domcontentloaded' });
});

afterEach(async () => {
  await page?.close();
});

async function waitForOverlay(): Promise<void> {
  await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 10_000 });
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.close') != null, READER_HOST);
}

describe('reader overlay (real Chromium)', () => {
  it('opens with the toggle-reader command and shows only the clean article', async () => {
    await dispatchCommand(browser.worker, page);
    await waitForOverlay();

    const text = await overlayText(page);
    for (const keep of expected.keep) expect(text, keep).toContain(keep);
    for (const drop of expected.drop) expect(text, drop).not.toContain(drop);
    expect(text).toContain(expected.title);
    expect(text).toContain('Jurnal Soreang');
    expect(text).toContain('3 min read');
    expect(text).toContain('Source: ANTARA');
    expect(text).toMatch(/Published .*2023/u);

    const article = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const el = root.querySelector('article')!;
      const style = getComputedStyle(el);
      return { lang: el.lang, dir: el.dir, fontSize: style.fontSize, maxWidth: style.maxWidth, focused: root.activeElement?.className ?? null };
    }, READER_HOST);
    expect(article).toEqual({ lang: 'id', dir: 'ltr', fontSize: '20px', maxWidth: '760px', focused: 'close' });

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'overlay.png') });
  });

  it('closes on Escape and leaves the page, its scroll position and focus exactly as before', async () => {
    // The always-on check adds its floating button once the page has loaded: let it, so "before" is settled.
    await page.waitForSelector('[data-jernih-toggle]', { state: 'attached', timeout: 15_000 });
    await page.focus('a[href]');
    await page.evaluate(() => window.scrollTo(0, 700));
    const before = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      x: window.scrollX,
      y: window.scrollY,
      focused: document.activeElement?.outerHTML ?? null,
    }));
    expect(before.y).toBeGreaterThan(0);

    await dispatchCommand(browser.worker, page);
    await waitForOverlay();
    // While open, wheeling scrolls the reader, not the page underneath.
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.scrollY)).toBe(before.y);

    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    const after = await page.evaluate(() => ({
      html: document.documentElement.outerHTML,
      x: window.scrollX,
      y: window.scrollY,
      focused: document.activeElement?.outerHTML ?? null,
    }));
    expect(after).toEqual(before);
  });

  it('closes with its close button too', async () => {
    await dispatchCommand(browser.worker, page);
    await waitForOverlay();
    await page.locator(`${READER_HOST} .close`).click();
    await page.waitForSelector(READER_HOST, { state: 'detached' });
  });

  it('toggles from the page context menu item', async () => {
    await dispatchMenuClick(browser.worker, page);
    await waitForOverlay();
    expect(await overlayText(page)).toContain(expected.title);
    await dispatchMenuClick(browser.worker, page);
    await page.waitForSelector(READER_HOST, { state: 'detached' });
  });

  it('injects idempotently: a second injection adds no second listener or overlay', async () => {
    const tabId = await tabIdOf(browser.worker, page);
    for (let i = 0; i < 2; i++) {
      await browser.worker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as WorkerGlobal;
        await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/reader.js'] });
      }, tabId);
    }
    await dispatchCommand(browser.worker, page);
    await waitForOverlay();
    expect(await readerHostCount(page)).toBe(1);
    await dispatchCommand(browser.worker, page);
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    expect(await readerHostCount(page)).toBe(0);
  });

  it('says so in the overlay when the page has no article, and closes cleanly', async () => {
    await page.goto(server.url(SHORT_PATH), { waitUntil: 'domcontentloaded' });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await dispatchCommand(browser.worker, page);
    await waitForOverlay();
    const text = await overlayText(page);
    expect(text).toContain('No article found');
    expect(text).not.toContain('Write to us any time');
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('adds no reader to a page until reader mode is used, and declares no content script', async () => {
    const injected = await page.evaluate(() => document.querySelector('[data-jernih-reader]') !== null);
    expect(injected).toBe(false);
    const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest());
    // The small article check is injected by the background after each load (a declared one slows every page load).
    expect(manifest.content_scripts).toBeUndefined();
  });
});
