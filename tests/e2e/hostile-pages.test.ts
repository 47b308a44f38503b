/**
 * Every hostile fixture page in a real Chromium with the built extension, one
 * browser, pages in sequence: open the page, open the reader with the real
 * command and the popup for its tab, then check that no payload ran (no flag
 * in the page, no request to /beacon, no dialog), that the reader's article
 * markup is inert, that the page was not navigated, and that the reader still
 * opens on the next page (each page is an article: the overlay must show it).
 */
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatchCommand, READER_HOST, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { dangerousMarkup, hostileFixtures } from '../helpers/hostile';

const FIXTURES = hostileFixtures();
const ROUTES = Object.fromEntries(FIXTURES.map((f) => [`/hostile/${f.name}.html`, f.html]));

let browser: ExtensionBrowser;
let server: FixtureServer;
const beacons: string[] = [];
const dialogs: string[] = [];

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
  browser.context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/beacon')) beacons.push(request.url());
  });
}, { routes: ROUTES });

const tally = { pages: 0, payloadsChecked: 0 };
afterAll(() => {
  console.info(`[hostile] ${tally.pages} pages opened in the reader and the popup`);
});

/**
 * Our overlay: the host with a shadow root (a page may put a look-alike `[data-jernih-reader]` of its own first).
 * Returns its article markup, whole shadow tree and text, for checking in Node.
 */
async function overlay(page: Page): Promise<{ body: string; all: string; text: string }> {
  return page.evaluate((sel) => {
    // The prototype's method: a hostile page may have clobbered document.querySelectorAll.
    const hosts = Document.prototype.querySelectorAll.call(document, sel);
    const root = Array.from(hosts).find((host) => host.shadowRoot)!.shadowRoot!;
    return { body: root.querySelector('.article-body')?.innerHTML ?? '', all: root.innerHTML, text: (root.textContent ?? '').replace(/\s+/gu, ' ') };
  }, READER_HOST);
}

async function openReader(page: Page): Promise<void> {
  await dispatchCommand(browser.worker, page);
  await page.waitForFunction((sel) => Array.from(Document.prototype.querySelectorAll.call(document, sel)).some((host) => {
    const reader = host.shadowRoot?.querySelector('.reader');
    return reader != null && !reader.hasAttribute('data-pending');
  }), READER_HOST, { timeout: 10_000 });
}

function findings(html: string): string[] {
  return dangerousMarkup(new JSDOM(`<div id="r">${html}</div>`).window.document.getElementById('r')!);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-state]:not([data-state="loading"])', { timeout: 15_000 });
  return popup;
}

describe('hostile pages (real Chromium)', () => {
  it.each(FIXTURES.map((f) => f.name))('%s: nothing runs, the reader and popup work', async (name) => {
    const page = await browser.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${name}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const url = server.url(`/hostile/${name}.html`);
    await page.goto(url, { waitUntil: 'load' });
    // The page's own loads (its CSS backgrounds, <object>, a <link rel=prefetch> Chromium fetches once the page is
    // idle, after 'load') happen before we act: let them finish, then count only what follows.
    await page.waitForLoadState('networkidle');
    beacons.length = 0;
    dialogs.length = 0;

    await openReader(page);
    expect((await overlay(page)).text).toContain('council report');
    const popup = await openPopup(await tabIdOf(browser.worker, page));
    const popupState = await popup.locator('[data-state]').first().getAttribute('data-state');
    expect(popupState).toBe('article');
    const popupHtml = await popup.locator('[data-state]').first().innerHTML();
    // Give event handlers, timers and lazy loads a moment to fire if anything was copied live.
    await page.waitForTimeout(400);

    const markup = await overlay(page);
    expect(findings(markup.body), 'article markup').toEqual([]);
    expect(findings(popupHtml).filter((f) => !/^<(?:button|svg)>$/u.test(f)), 'popup markup').toEqual([]);
    expect(markup.all, 'handler attributes in the overlay').not.toMatch(/\son[a-z]+=/u);
    expect(await page.evaluate(() => (window as { __jernihHits?: string[] }).__jernihHits ?? ['guard missing'])).toEqual([]);
    expect(beacons).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(url);
    tally.pages++;
    await popup.close();
    await page.close();
  });

  it('still opens the reader on an ordinary article after all of them', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url(ARTICLE_PATH), { waitUntil: 'domcontentloaded' });
    await openReader(page);
    expect((await overlay(page)).text).toContain('Putin');
    await page.close();
  });
});
