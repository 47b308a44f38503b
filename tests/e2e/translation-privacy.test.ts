/**
 * Nothing leaves the browser for translation until the reader sets up an
 * engine or clicks the web translator. The browser records every request it
 * makes in a network log (Chromium's --log-net-log, which also sees the
 * service worker's fetches, unlike page-level request events); the test
 * uses every translation entry point with the settings a new reader has,
 * then reads the log. Requests Chromium makes for itself (its updater, its
 * account check) have no initiator and are not ours; every request with an
 * initiator must be the test page's own. The same log then shows the first
 * request to a server the moment the reader sets one up, so it would have
 * seen one before.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { menuClick, openOptions, POPOVER, popoverPart, READER, readerStatus, selectText, setUpServer, useEngine, waitForSettings } from '../helpers/apertium-browser';
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../helpers/libretranslate-fake';

const logDir = mkdtempSync(join(tmpdir(), 'jernih-netlog-'));
const NET_LOG = join(logDir, 'netlog.json');

let browser: ExtensionBrowser;
let fixtures: FixtureServer;
let lt: FakeLibreTranslate;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser, server: fixtures } = suite);
}, { browserArgs: [`--log-net-log=${NET_LOG}`, '--net-log-capture-mode=Default'] });

beforeAll(async () => {
  lt = await startFakeLibreTranslate();
});

afterAll(async () => {
  await lt?.close();
  rmSync(logDir, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.context.newPage();
});

afterEach(async () => {
  await page?.close();
});

interface LoggedRequest {
  url: string;
  initiator: string;
}

/** Every request the network stack started so far. The log is written as the browser runs: an unfinished one is closed here. */
function loggedRequests(): LoggedRequest[] {
  const raw = readFileSync(NET_LOG, 'utf8').trim();
  const log = JSON.parse(raw.endsWith('}') && raw.includes('"events"') && raw.endsWith(']}') ? raw : `${raw.replace(/,\s*$/u, '')}]}`) as {
    events: { params?: { url?: string; method?: string; initiator?: string } }[];
  };
  return log.events
    .filter((e) => typeof e.params?.url === 'string' && typeof e.params.method === 'string')
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? '' }));
}

/** Requests someone (a page, an extension) initiated, as opposed to Chromium's own ("not an origin"). */
function initiated(): LoggedRequest[] {
  return loggedRequests().filter((r) => r.initiator !== 'not an origin' && r.initiator !== '');
}

async function settle(): Promise<void> {
  await page.waitForTimeout(1500); // anything the clicks set off has started by now; the log is flushed as it goes
}

describe('privacy of translation (a new reader, nothing set up)', () => {
  it('sends nothing anywhere from any translation entry point, then opens a web translator only on a click', async () => {
    await page.goto(fixtures.url(ARTICLE_PATH));
    const original = await selectText(page, 'article p, .read__content p, p');
    await menuClick(browser.worker, page, 'selection');
    // Headless Chromium has the on-device Translator but can't download its models: the popover offers the download.
    const said = await popoverPart(page, '.text');
    expect(said).toMatch(/language pack|isn't available here|No translation engine/u);
    expect(await page.locator(`${POPOVER} .translation`).count()).toBe(0);

    await page.keyboard.press('Escape');
    await menuClick(browser.worker, page, 'article');
    await page.waitForSelector(READER, { state: 'attached', timeout: 10_000 });
    await readerStatus(page, /language pack|translated; the rest/u);

    const options = await openOptions(browser);
    await options.close();
    await settle();

    const ours = initiated().filter((r) => !r.url.startsWith(fixtures.origin));
    expect(ours).toEqual([]);
    expect(lt.requests).toEqual([]);

    // The web translator: only now, on the reader's click, a tab opens at the translator with the text.
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER, { state: 'detached' });
    await selectText(page, 'article p, .read__content p, p');
    await menuClick(browser.worker, page, 'selection');
    await popoverPart(page, '.text');
    // (The suite refuses every non-local request, so the tab shows an error page; its request is what counts.)
    const opened = browser.context.waitForEvent('request', (r) => r.url().startsWith('https://translate.google.com/'));
    await page.locator(`${POPOVER} button.web`).click();
    const request = await opened;
    const url = new URL(request.url());
    expect(url.searchParams.get('text')).toBe(original);
    expect(url.searchParams.get('sl')).toBe('id');
    expect(url.searchParams.get('tl')).toBe('en');
    await request.frame().page().close();
  });

  it('the same log shows the first request to a server the moment the reader sets one up and translates', async () => {
    const options = await openOptions(browser);
    await setUpServer(options, 'libretranslate', lt.url);
    await useEngine(options, 'built-in', false);
    await waitForSettings(browser.worker, (s) => s?.engines.join() === 'libretranslate');
    await options.close();
    await page.goto(fixtures.url(ARTICLE_PATH));
    await selectText(page, 'p');
    await menuClick(browser.worker, page, 'selection');
    await popoverPart(page, '.translation');
    await settle();
    const toServer = initiated().filter((r) => r.url.startsWith(lt.url));
    expect(toServer.map((r) => new URL(r.url).pathname)).toEqual(['/languages', '/translate']);
    expect(toServer.every((r) => r.initiator === `chrome-extension://${browser.extensionId}`)).toBe(true);
  });
});
