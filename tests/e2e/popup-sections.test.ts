/**
 * The popup's Summary, Quotes and Source sections in a real Chromium, for the
 * reference page: the data the reader script sends, a quote click that
 * scrolls to and flashes the quote (in the page and in the open reader), and
 * screenshots in light and dark for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READER_HOST, SCREENSHOTS, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { referenceCase } from '../helpers/pages';

const { expected } = referenceCase('01-jurnal-soreang-putin');
const HIGHLIGHT = '[data-jernih-highlight]';

let browser: ExtensionBrowser;
let server: FixtureServer;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

let opened = 0;

/** The reference page in a new tab, at a URL of its own so tabIdOf finds this tab even if an earlier test left one open. */
async function openArticle(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url(ARTICLE_PATH)}?tab=${++opened}`, { waitUntil: 'domcontentloaded' });
  return page;
}

/** The popup as a tab about `tabId`, at toolbar-popup width, once its article card is there. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-state="article"]', { timeout: 15_000 });
  return popup;
}

interface FlashRecord {
  text: string;
  inView: boolean;
}

/**
 * Records, in the page, every element that gets the highlight mark, with its text and whether it was in the
 * viewport at that moment. A record survives the flash, so the test doesn't race the 2 s highlight on a
 * loaded machine. Reduced motion makes the scroll instant, so "in view when marked" is exact, not timed.
 */
async function recordFlashes(page: Page, host: string | null): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(([selector, hostSelector]) => {
    const records: { text: string; inView: boolean }[] = [];
    (window as unknown as { __flashes: typeof records }).__flashes = records;
    const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
    if (!root) throw new Error(`no root to watch: ${hostSelector}`);
    const attribute = selector.slice(1, -1);
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const el = m.target as Element;
        if (m.attributeName !== attribute || !el.hasAttribute(attribute)) continue;
        const rect = el.getBoundingClientRect();
        records.push({ text: el.textContent ?? '', inView: rect.bottom > 0 && rect.top < window.innerHeight && rect.height > 0 });
      }
    }).observe(root, { subtree: true, attributes: true, attributeFilter: [attribute] });
  }, [HIGHLIGHT, host] as const);
}

async function firstFlash(page: Page): Promise<FlashRecord> {
  await page.waitForFunction(() => (window as unknown as { __flashes: unknown[] }).__flashes.length > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => (window as unknown as { __flashes: FlashRecord[] }).__flashes[0]!);
}

describe('popup sections (real Chromium)', () => {
  it('shows the six quotes with speakers, the source facts and a clean summary, in light and dark', async () => {
    const article = await openArticle();
    const popup = await openPopup(await tabIdOf(browser.worker, article));

    // Headings a screen reader announces, one per section.
    expect(await popup.getByRole('region', { name: 'Summary' }).count()).toBe(1);
    expect(await popup.getByRole('region', { name: 'Quotes' }).count()).toBe(1);
    expect(await popup.getByRole('region', { name: 'Source' }).count()).toBe(1);
    expect(await popup.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Summary', 'Quotes', 'Source']);

    const speakers = await popup.locator('[data-section="quotes"] .quote .speaker').allTextContents();
    expect(speakers).toHaveLength(6);
    expect(speakers.filter((s) => s.includes('Putin'))).toHaveLength(5);
    expect(speakers.filter((s) => s.includes('Kim Jong Un'))).toHaveLength(1);
    const quoteTexts = await popup.locator('[data-section="quotes"] .quote-text').allTextContents();
    expect(quoteTexts[0]).toContain('Korea adalah tetangga kami');

    const field = (name: string) => popup.locator(`[data-section="source"] [data-field="${name}"] dd`).textContent();
    expect(await field('site')).toBe('Jurnal Soreang');
    expect(await field('editor')).toBe('Yoga Mulyana');
    expect(await field('source')).toBe('ANTARA');
    const published = popup.locator('[data-field="published"] time');
    expect(await published.getAttribute('datetime')).toBe(expected.attribution.publishedTime);
    expect(await published.textContent()).toMatch(/2023.*UTC\+07:00/u);
    const link = popup.locator('[data-field="link"] a');
    expect(await link.getAttribute('href')).toBe(expected.attribution.canonicalUrl);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await popup.locator('.citation-text').textContent()).toContain('Jurnal Soreang');

    const summary = await popup.locator('[data-section="summary"] .summary-list li').allTextContents();
    expect(summary.length).toBeGreaterThanOrEqual(3);
    for (const sentence of summary) {
      for (const promo of expected.drop) expect(sentence, `summary sentence holds promo text "${promo}"`).not.toContain(promo);
    }
    // Headless Chromium has no built-in Summarizer: no on-device button.
    expect(await popup.locator('.key-points-button').count()).toBe(0);

    // Nothing overflows the popup's width.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-light.png'), fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe('rgb(251, 250, 247)');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-dark.png'), fullPage: true });

    await popup.close();
    await article.close();
  });

  it('scrolls the page to a clicked quote and flashes it for a moment', async () => {
    const article = await openArticle();
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    const popup = await openPopup(await tabIdOf(browser.worker, article));
    await recordFlashes(article, null);

    // The fifth quote sits well below the first screen of the page.
    await popup.locator('[data-section="quotes"] button.quote-text').nth(4).click();
    const flash = await firstFlash(article);
    expect(flash.text).toContain('menebus kematian');
    expect(flash.inView).toBe(true);
    expect(await article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await popup.locator('[data-section="quotes"] .note').count()).toBe(0);
    // The flash is brief: the mark (and the inline style it came with) goes away again.
    await article.waitForSelector(HIGHLIGHT, { state: 'detached', timeout: 10_000 });

    await popup.close();
    await article.close();
  });

  it('scrolls the open reader overlay to a clicked quote, inside its shadow root', async () => {
    const article = await openArticle();
    const popup = await openPopup(await tabIdOf(browser.worker, article));
    await popup.getByRole('button', { name: 'Reader mode', exact: true }).click();
    await article.waitForSelector(READER_HOST, { state: 'attached', timeout: 10_000 });
    await popup.waitForSelector('button[aria-pressed="true"].primary');

    await recordFlashes(article, READER_HOST);
    await popup.locator('[data-section="quotes"] button.quote-text').last().click();
    const flash = await firstFlash(article);
    expect(flash.text).toContain('kontak erat');
    expect(flash.inView).toBe(true);
    // Nothing was marked in the page under the overlay (document.querySelectorAll doesn't pierce shadow roots; locators would).
    expect(await article.evaluate((selector) => document.querySelectorAll(selector).length, HIGHLIGHT)).toBe(0);

    await popup.close();
    await article.close();
  });
});
