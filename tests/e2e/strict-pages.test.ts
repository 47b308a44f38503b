/**
 * Pages that make life hard, in a real Chromium: a page served with
 * `Content-Security-Policy: default-src 'none'`, a page that overwrites the
 * built-ins scripts rely on, and a single-page app that moves to another
 * address under an open reader.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatchCommand, overlayText, READER_HOST, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { referenceCase } from '../helpers/pages';
import { openReader } from '../helpers/reader-page';

const { html, expected } = referenceCase('01-jurnal-soreang-putin');

/** Runs first in the page: every built-in a content script might lean on, broken. */
const BREAK_BUILTINS = `<script>
  Array.prototype.map = function () { throw new Error('page broke map'); };
  Array.prototype.forEach = function () { throw new Error('page broke forEach'); };
  Array.from = function () { throw new Error('page broke Array.from'); };
  JSON.parse = function () { throw new Error('page broke JSON.parse'); };
  JSON.stringify = function () { throw new Error('page broke JSON.stringify'); };
  window.fetch = function () { throw new Error('page broke fetch'); };
  Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
  Node.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
  Object.defineProperty = function () { throw new Error('page broke defineProperty'); };
  window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };
  String.prototype.replace = function () { return 'broken'; };
  RegExp.prototype.test = function () { return false; };
  window.__builtinsBroken = true;
</script>`;

const ROUTES = {
  '/csp.html': { status: 200, body: html, headers: { 'content-security-policy': "default-src 'none'" } },
  '/builtins.html': html.replace(/<head>/iu, `<head>${BREAK_BUILTINS}`),
  '/spa.html': html,
};

let browser: ExtensionBrowser;
let server: FixtureServer;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
}, { routes: ROUTES });

async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  return page;
}

async function popupState(page: Page): Promise<string | null> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser.worker, page)}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 15_000 });
  const state = await popup.locator('[data-state]').first().getAttribute('data-state');
  await popup.close();
  return state;
}

async function pollUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function articleFontSize(page: Page): Promise<string> {
  return page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!.shadowRoot!.querySelector('article')!).fontSize, READER_HOST);
}

describe('strict pages (real Chromium)', () => {
  it("reads a page served with Content-Security-Policy: default-src 'none', styled", async () => {
    const page = await openPage('/csp.html');
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/iu.test(message.text()) && /jernih|chrome-extension/iu.test(message.text())) violations.push(message.text());
    });
    await openReader(browser.worker, page);
    const text = await overlayText(page);
    expect(text).toContain(expected.title);
    for (const keep of expected.keep.slice(0, 3)) expect(text).toContain(keep);
    // Our stylesheet applied in spite of style-src 'none' (constructed sheets are not the page's styles).
    expect(await articleFontSize(page)).toBe('20px');
    expect(await popupState(page)).toBe('article');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('reads a page that overwrote Array.prototype.map, JSON.parse, fetch, attachShadow and more', async () => {
    const page = await openPage('/builtins.html');
    expect(await page.evaluate(() => (window as { __builtinsBroken?: boolean }).__builtinsBroken)).toBe(true);
    // Playwright's own waiting helpers use the page's MutationObserver, which this page broke: poll by hand.
    await dispatchCommand(browser.worker, page);
    await pollUntil(() => page.evaluate((sel) => {
      const reader = document.querySelector(sel)?.shadowRoot?.querySelector('.reader');
      return reader != null && !reader.hasAttribute('data-pending');
    }, READER_HOST));
    // Raw text, normalized here: the page broke String.prototype.replace in its own world.
    const raw = await page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.textContent ?? '', READER_HOST);
    expect(raw.replace(/\s+/gu, ' ')).toContain(expected.title);
    expect(await articleFontSize(page)).toBe('20px');
    expect(await popupState(page)).toBe('article');
    await page.keyboard.press('Escape');
    await pollUntil(async () => (await page.locator(READER_HOST).count()) === 0);
    await page.close();
  });

  it('closes the reader when a single-page app pushes another address, and opens fresh there', async () => {
    const page = await openPage('/spa.html');
    await openReader(browser.worker, page);
    await page.evaluate(() => {
      const paragraphs = Array.from(document.querySelectorAll('p')).filter((p) => (p.textContent ?? '').length > 100);
      for (const p of paragraphs) p.textContent = `${p.textContent} The app rendered this sentence for the new address.`;
      history.pushState({}, '', '/another-story.html');
    });
    await page.waitForSelector(READER_HOST, { state: 'detached', timeout: 5_000 });

    await openReader(browser.worker, page);
    expect(await overlayText(page)).toContain('The app rendered this sentence for the new address.');
    // Back to the first address (popstate): the reader shown belongs to the other story, so it closes.
    await page.evaluate(() => history.back());
    await page.waitForSelector(READER_HOST, { state: 'detached', timeout: 5_000 });
    expect(new URL(page.url()).pathname).toBe('/spa.html');
    await page.close();
  });

  it('stays open when only the #fragment changes (a footnote, a section link)', async () => {
    const page = await openPage(ARTICLE_PATH);
    await openReader(browser.worker, page);
    await page.evaluate(() => history.pushState({}, '', '#section-2'));
    await page.waitForTimeout(1_000); // several polls of the address
    expect(await page.locator(READER_HOST).count()).toBe(1);
    await page.close();
  });
});
