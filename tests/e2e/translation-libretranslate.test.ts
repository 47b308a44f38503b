/**
 * LibreTranslate's protocol in a real browser. LibreTranslate itself can't be
 * installed here (not in Debian; it downloads its models when it starts), so
 * the server is tests/helpers/libretranslate-fake.ts: a small local server
 * that answers exactly as LibreTranslate's API does (request and response
 * shapes, error bodies and statuses). Its "translation" upper-cases the text
 * and prefixes the target language, so what the browser shows can be checked
 * letter for letter.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../helpers/browser';
import { useExtensionSuite } from '../helpers/browser-suite';
import {
  chooseTarget, menuClick, openOptions, POPOVER, popoverPart, READER, readerStatus, selectText, setUpServer, useEngine, waitForSettings,
} from '../helpers/apertium-browser';
import { ARTICLE, ENGLISH_ARTICLE_PATH, startEnglishPages, type EnglishPages } from '../helpers/apertium-pages';
import { startFakeLibreTranslate, type FakeLibreTranslate } from '../helpers/libretranslate-fake';

const API_KEY = 'reader-key-1234';

let browser: ExtensionBrowser;
let lt: FakeLibreTranslate;
let pages: EnglishPages;
let setupError: unknown;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser } = suite);
});

beforeAll(async () => {
  try {
    pages = await startEnglishPages();
    lt = await startFakeLibreTranslate({ apiKey: API_KEY });
    if (!browser) return;
    const options = await openOptions(browser);
    const outcome = await setUpServer(options, 'libretranslate', lt.url, API_KEY);
    if (outcome.status !== 'ready') throw new Error(`LibreTranslate setup said: ${outcome.text}`);
    await useEngine(options, 'built-in', false);
    await chooseTarget(options, 'es');
    await waitForSettings(browser.worker, (s) => s?.targetLanguage === 'es' && s.engines.join() === 'libretranslate');
    await options.close();
  } catch (error) {
    setupError = error;
  }
}, 60_000);

afterAll(async () => {
  await lt?.close();
  await pages?.close();
});

beforeEach(async () => {
  if (setupError) throw setupError;
  lt.mode = 'normal';
  page = await browser.context.newPage();
  await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
});

afterEach(async () => {
  await page?.close();
});

async function translateFirstParagraph(): Promise<string> {
  const original = await selectText(page, 'article p');
  lt.requests.length = 0;
  await menuClick(browser.worker, page, 'selection');
  return original;
}

describe('translation with a LibreTranslate server (a local stand-in that follows its API)', () => {
  it('posts {q, source, target, format, api_key} as JSON and shows translatedText', async () => {
    const original = await translateFirstParagraph();
    expect(await popoverPart(page, '.translation')).toBe(`[es] ${original.toUpperCase()}`);
    expect(await popoverPart(page, '.engine')).toBe(`by LibreTranslate server (${new URL(lt.url).host})`);
    const posts = lt.requests.filter((r) => r.path === '/translate');
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0]!.body)).toEqual({ q: original, source: 'en', target: 'es', format: 'text', api_key: API_KEY });
  });

  it('sends article paragraphs with markup as format "html" and keeps the links', async () => {
    lt.requests.length = 0;
    await menuClick(browser.worker, page, 'article');
    await page.waitForSelector(READER, { state: 'attached', timeout: 10_000 });
    expect(await readerStatus(page, /^Translated from/u)).toMatch(/^Translated from English to Spanish by LibreTranslate server/u);
    const bodies = lt.requests.filter((r) => r.path === '/translate').map((r) => JSON.parse(r.body) as { q: string; format: string });
    expect(bodies.find((b) => b.q.includes(ARTICLE.linkText))?.format).toBe('html');
    expect(bodies.find((b) => b.q === ARTICLE.firstParagraph)?.format).toBe('text');
    const link = await page.evaluate((sel) => {
      const a = document.querySelector(sel)!.shadowRoot!.querySelector('.jt-trans a')!;
      return { href: a.getAttribute('href'), text: a.textContent };
    }, READER);
    expect(link).toEqual({ href: ARTICLE.linkHref, text: ARTICLE.linkText.toUpperCase() });
  });

  it("says a refused API key is the problem, in the server's own words too", async () => {
    const options = await openOptions(browser);
    await setUpServer(options, 'libretranslate', lt.url, 'wrong-key');
    await options.close();
    try {
      await translateFirstParagraph();
      const error = await popoverPart(page, '.error');
      expect(error).toContain("refused the request: check the API key in Jernih's options.");
      expect(error).toContain('The server said: Invalid API key');
    } finally {
      const again = await openOptions(browser);
      await setUpServer(again, 'libretranslate', lt.url, API_KEY);
      await again.close();
    }
  });

  it.each([
    ['rate-limit', 'asks to slow down. Try again in a minute.'],
    ['garbage', "sent an answer that isn't a translation. Is that address really a translation server?"],
  ] as const)('explains a %s answer and keeps the original', async (mode, message) => {
    lt.mode = mode;
    await translateFirstParagraph();
    const error = await popoverPart(page, '.error');
    expect(error).toContain(message);
    expect(error).toContain('The original text is unchanged.');
    lt.mode = 'normal';
    await page.locator(`${POPOVER} button.retry`).click();
    expect(await popoverPart(page, '.translation')).toMatch(/^\[es\] /u);
  });

  it('gives up on a server that does not answer within 10 seconds, says so, and Retry works', async () => {
    lt.mode = 'slow';
    const started = Date.now();
    await translateFirstParagraph();
    const error = await popoverPart(page, '.error', 30_000);
    expect(error).toContain('took too long to answer (over 10 seconds)');
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    lt.mode = 'normal';
    await page.locator(`${POPOVER} button.retry`).click();
    expect(await popoverPart(page, '.translation')).toMatch(/^\[es\] /u);
  });

  it('says which pair the server lacks', async () => {
    const options = await openOptions(browser);
    await chooseTarget(options, 'ja');
    await waitForSettings(browser.worker, (s) => s?.targetLanguage === 'ja');
    try {
      await translateFirstParagraph();
      const error = await popoverPart(page, '.error');
      expect(error).toContain("can't translate from English to Japanese");
      expect(error).toContain('The server said: ja is not supported');
    } finally {
      await chooseTarget(options, 'es');
      await waitForSettings(browser.worker, (s) => s?.targetLanguage === 'es');
      await options.close();
    }
  });
});
