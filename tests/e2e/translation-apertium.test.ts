/**
 * Translation with a REAL translation server: Debian's Apertium APy, started
 * on 127.0.0.1 for this file and stopped after. The reader sets it up in the
 * options page, selects text and picks "Translate selection", or picks
 * "Translate article"; what the popover and the reader show must be what
 * APy itself answers for the same text. Stopping the server must give a clear
 * message, keep the original, and Retry must work once it is back.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { TOGGLE_HOST } from '../helpers/isolated-world';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import {
  chooseTarget, menuClick, openOptions, POPOVER, popoverCount, popoverPart, READER, readerStatus, readerUnits, selectText, setUpServer,
  storedTranslationSettings, useEngine, waitForSettings,
} from '../helpers/apertium-browser';
import { ARTICLE, ENGLISH_ARTICLE_PATH, LONG_LAST_SENTENCE, LONG_PAGE_PATH, startEnglishPages, type EnglishPages } from '../helpers/apertium-pages';
import { apertiumTranslate, startApertium, warmUp, type ApertiumServer } from '../helpers/apertium-server';

let browser: ExtensionBrowser;
let fixtures: FixtureServer;
let apy: ApertiumServer;
let pages: EnglishPages;
let setupError: unknown;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser, server: fixtures } = suite);
});

/** The reader's setup, through the options page: their APy server, Spanish, and the on-device engine off (headless Chromium can't download its models). */
let optionsOutcome: { status: string; text: string };

beforeAll(async () => {
  try {
    pages = await startEnglishPages();
    apy = await startApertium();
    await warmUp(apy.url);
    if (!browser) return; // the suite's own launch failed: its error is reported by every test
    const options = await openOptions(browser);
    optionsOutcome = await setUpServer(options, 'apertium', `${apy.url}/`);
    await useEngine(options, 'built-in', false);
    await chooseTarget(options, 'es');
    await waitForSettings(browser.worker, (s) => s?.targetLanguage === 'es' && s.engines.join() === 'apertium');
    await options.close();
  } catch (error) {
    setupError = error;
  }
}, 60_000);

afterAll(async () => {
  await apy?.stop();
  await pages?.close();
});

beforeEach(async () => {
  if (setupError) throw setupError;
  page = await browser.context.newPage();
});

afterEach(async () => {
  await page?.close();
});

async function setTarget(tag: string): Promise<void> {
  const options = await openOptions(browser);
  await chooseTarget(options, tag);
  await waitForSettings(browser.worker, (s) => s?.targetLanguage === tag);
  await options.close();
}

describe('translation with a real Apertium APy server', () => {
  it('is set up from the options page: the address is checked, saved, and the server used', async () => {
    expect(optionsOutcome).toEqual({ status: 'ready', text: 'Saved. The server answers and offers 5 language pairs.' });
    expect(await storedTranslationSettings(browser.worker)).toMatchObject({
      engines: ['apertium'],
      apertium: { url: apy.url }, // the trailing slash the reader typed is gone
      targetLanguage: 'es',
    });
  });

  it("shows the server's own translation of a selection in a popover, with languages and engine", async () => {
    await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
    const original = await selectText(page, 'article p:nth-of-type(3)');
    expect(original).toContain(ARTICLE.linkText);
    const expected = await apertiumTranslate(apy.url, original, 'eng|spa');
    expect(expected).not.toBe(original);

    await menuClick(browser.worker, page, 'selection');
    expect(await popoverPart(page, '.translation')).toBe(expected);
    expect(await popoverPart(page, '.langs')).toBe('English to Spanish');
    expect(await popoverPart(page, '.engine')).toBe(`by Apertium server (127.0.0.1:${apy.port})`);
    const host = await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      return { open: el.shadowRoot !== null, attribute: el.hasAttribute('data-jernih-translation') };
    }, POPOVER);
    expect(host).toEqual({ open: true, attribute: true });

    // The original is one click away, and back.
    await page.locator(`${POPOVER} button.toggle`).click();
    expect(await popoverPart(page, '.translation')).toBe(original);
    await page.locator(`${POPOVER} button.toggle`).click();
    expect(await popoverPart(page, '.translation')).toBe(expected);

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pages.origin });
    await page.locator(`${POPOVER} button.copy`).click();
    expect(await popoverPart(page, '.status')).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'translation-popover.png') });
  });

  it('closes on Escape and on a click outside, leaving the page as it was', async () => {
    await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
    // The in-page reader toggle arrives on its own once the article check runs;
    // wait for it so "before" is the settled page, not a race with our own toggle.
    await page.waitForSelector(TOGGLE_HOST, { state: 'attached', timeout: 15_000 });
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await selectText(page, 'article p');
    await menuClick(browser.worker, page, 'selection');
    await popoverPart(page, '.translation');
    await page.keyboard.press('Escape');
    await page.waitForSelector(POPOVER, { state: 'detached' });

    await selectText(page, 'article p');
    await menuClick(browser.worker, page, 'selection');
    await popoverPart(page, '.translation');
    await page.mouse.click(5, 5);
    await page.waitForSelector(POPOVER, { state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('translates a selection far over the ~40 kB APy silently drops, to its last sentence', async () => {
    await page.goto(pages.url(LONG_PAGE_PATH));
    const original = await selectText(page, '#long');
    expect(new URLSearchParams({ q: original }).toString().length).toBeGreaterThan(45_000);
    const lastTranslated = await apertiumTranslate(apy.url, LONG_LAST_SENTENCE, 'eng|spa');

    await menuClick(browser.worker, page, 'selection');
    const translation = await popoverPart(page, '.translation', 40_000);
    expect(translation.endsWith(lastTranslated)).toBe(true);
    expect(translation.length).toBeGreaterThan(original.length * 0.8);
  });

  it('translates the article in reader mode, paragraph by paragraph, keeping links, formatting, headings, captions and quotes', async () => {
    await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
    await menuClick(browser.worker, page, 'article');
    await page.waitForSelector(READER, { state: 'attached', timeout: 10_000 });
    expect(await readerStatus(page, /^Translated from English to Spanish by Apertium server/u)).toBe(
      `Translated from English to Spanish by Apertium server (127.0.0.1:${apy.port})`);

    const title = await page.locator(`${READER} .title`).textContent();
    expect(title).toBe(await apertiumTranslate(apy.url, ARTICLE.title, 'eng|spa'));
    const translated = await readerUnits(page, 'jt-trans');
    const originals = await readerUnits(page, 'jt-orig');
    expect(originals).toContain(ARTICLE.firstParagraph);
    expect(originals).toEqual(expect.arrayContaining([ARTICLE.heading, ARTICLE.quote, ARTICLE.caption]));
    for (const plain of [ARTICLE.firstParagraph, ARTICLE.heading, ARTICLE.quote, ARTICLE.caption]) {
      expect(translated[originals.indexOf(plain)]).toBe(await apertiumTranslate(apy.url, plain, 'eng|spa'));
    }
    // The paragraph with a link, bold and italic: the same elements, around translated words.
    const rich = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const unit = Array.from(root.querySelectorAll('.jt-unit')).find((u) => u.querySelector('.jt-orig a'))!;
      const link = unit.querySelector('.jt-trans a')!;
      return {
        href: link.getAttribute('href'), target: link.getAttribute('target'), linkText: link.textContent,
        bold: unit.querySelector('.jt-trans b')?.textContent ?? null, italic: unit.querySelector('.jt-trans i')?.textContent ?? null,
        visible: getComputedStyle(unit.querySelector('.jt-trans')!).display !== 'none',
        origHidden: getComputedStyle(unit.querySelector('.jt-orig')!).display === 'none',
      };
    }, READER);
    expect(rich).toMatchObject({ href: ARTICLE.linkHref, target: '_blank', visible: true, origHidden: true });
    expect(rich.linkText).not.toBe(ARTICLE.linkText);
    expect(rich.bold && rich.italic).toBeTruthy();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'translation-article.png') });

    // Original, then side by side.
    const shown = () => page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      const unit = root.querySelector('.jt-unit')!;
      return [getComputedStyle(unit.querySelector('.jt-orig')!).display, getComputedStyle(unit.querySelector('.jt-trans')!).display];
    }, READER);
    await page.locator(`${READER} .jt-modes button`, { hasText: 'Original' }).click();
    expect(await shown()).toEqual(['inline', 'none']);
    expect(await page.locator(`${READER} .title`).textContent()).toBe(ARTICLE.title);
    await page.locator(`${READER} .jt-modes button`, { hasText: 'Side by side' }).click();
    expect(await shown()).toEqual(['block', 'block']);
    await page.screenshot({ path: join(SCREENSHOTS, 'translation-side-by-side.png') });
  });

  it('translates the Indonesian reference article into Malay chosen in the popup (ind → zlm)', async () => {
    await page.goto(fixtures.url(ARTICLE_PATH));
    const tabId = await tabIdOf(browser.worker, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.selectOption('#jernih-popup-target', 'ms');
    await waitForSettings(browser.worker, (s) => s?.targetLanguage === 'ms');
    await popup.close();
    try {
      await menuClick(browser.worker, page, 'article');
      await page.waitForSelector(READER, { state: 'attached', timeout: 10_000 });
      expect(await readerStatus(page, /^Translated from/u)).toMatch(/^Translated from Indonesian to Malay by Apertium server/u);
      const originals = await readerUnits(page, 'jt-orig');
      const translated = await readerUnits(page, 'jt-trans');
      expect(originals.length).toBeGreaterThan(5);
      expect(translated.every((text) => text.length > 0)).toBe(true);
      const plain = originals.find((text) => text.length > 80)!;
      expect(translated[originals.indexOf(plain)]).toBe(await apertiumTranslate(apy.url, plain, 'ind|zlm', 'html'));
    } finally {
      await setTarget('es');
    }
  });

  it('says a pair the server lacks plainly, and translates nothing', async () => {
    await setTarget('ja');
    try {
      await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
      const original = await selectText(page, 'article p');
      await menuClick(browser.worker, page, 'selection');
      expect(await popoverPart(page, '.error')).toContain(
        `Apertium server (127.0.0.1:${apy.port}) can't translate from English to Japanese. Pick another language or engine in Jernih's options.`);
      expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(original);
    } finally {
      await setTarget('es');
    }
  });

  it('when the server is down: a clear message, the original untouched, and Retry works once it is back', async () => {
    await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
    const original = await selectText(page, 'article p');
    const expected = await apertiumTranslate(apy.url, original, 'eng|spa');
    const port = apy.port;
    await apy.stop();
    try {
      await menuClick(browser.worker, page, 'selection');
      const error = await popoverPart(page, '.error');
      expect(error).toContain(`Apertium server (127.0.0.1:${port}) didn't answer. Is the server running at that address?`);
      expect(error).toContain('The original text is unchanged.');
      expect(await popoverCount(page)).toBe(1);

      // The article too: the reader opens with the original, and says why it isn't translated.
      await page.keyboard.press('Escape');
      await menuClick(browser.worker, page, 'article');
      await page.waitForSelector(READER, { state: 'attached', timeout: 10_000 });
      expect(await readerStatus(page, /translated; the rest is still in the original/u)).toBe('0 of 10 translated; the rest is still in the original.');
      expect(await page.locator(`${READER} .jt-error`).textContent()).toContain("didn't answer");
      expect(await readerUnits(page, 'jt-orig')).toContain(ARTICLE.firstParagraph);
    } finally {
      apy = await startApertium(port);
      await warmUp(apy.url);
    }
    await page.locator(`${READER} .jt-action`, { hasText: 'Try again' }).click();
    expect(await readerStatus(page, /^Translated from/u)).toMatch(/^Translated from English to Spanish/u);
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER, { state: 'detached' });

    await selectText(page, 'article p');
    await menuClick(browser.worker, page, 'selection');
    expect(await popoverPart(page, '.translation')).toBe(expected);
  });
});
