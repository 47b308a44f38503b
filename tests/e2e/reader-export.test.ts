/**
 * Export and audit in a real Chromium: "Copy as Markdown" puts the clean
 * article on the clipboard (title, source line, link, paragraphs, no promos),
 * printing while the reader is open prints the reader and not the page, and
 * "What was removed" lists the reference page's promos, ads and the rest.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READER_HOST, SCREENSHOTS, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { referenceCase } from '../helpers/pages';
import { clearSettings, openReader } from '../helpers/reader-page';

const { expected } = referenceCase('01-jurnal-soreang-putin');
const CANONICAL = 'https://jurnalsoreang.pikiran-rakyat.com/internasional/pr-1127159203/putin-pertemuan-korea-utara-dengan-rusia-tidak-melanggar-perjanjian';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

beforeEach(async () => {
  await clearSettings(browser.worker);
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(server.url(ARTICLE_PATH), { waitUntil: 'domcontentloaded' });
});

afterEach(async () => {
  await page?.close();
});

function shadowText(selector: string): Promise<string> {
  return page.evaluate(([host, sel]) => document.querySelector(host!)?.shadowRoot?.querySelector(sel!)?.textContent ?? '', [READER_HOST, selector]);
}

/** Number of pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? []).length;
}

describe('Copy as Markdown (real Chromium)', () => {
  it('copies the title, the source line, the link and every kept paragraph, and no promo', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await openReader(browser.worker, page);
    await page.locator(`${READER_HOST} .copy-markdown`).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.status')?.textContent !== '', READER_HOST);
    expect(await shadowText('.status')).toBe('Article copied as Markdown');

    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const lines = markdown.split('\n');
    expect(lines[0]).toBe(`# ${expected.title}`);
    expect(lines[2]).toBe('*Jurnal Soreang · 23 September 2023 · Source: ANTARA*');
    expect(lines[4]).toBe(`<${CANONICAL}>`);
    for (const keep of expected.keep) expect(markdown, keep).toContain(keep);
    for (const drop of expected.drop) expect(markdown, drop).not.toContain(drop);
    // Paragraphs stay paragraphs: blank-line separated blocks, the first of them the article's lead.
    const blocks = markdown.trim().split(/\n\n/u);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks[3]).toMatch(/^Pemimpin Rusia Vladimir Putin menyatakan/u);
  });
});

describe('printing (real Chromium)', () => {
  it('prints the reader view, paginated, without the page or the toolbar', async () => {
    await openReader(browser.worker, page);
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate((sel) => {
      const host = document.querySelector(sel)!;
      const root = host.shadowRoot!;
      return {
        body: getComputedStyle(document.body).display,
        host: getComputedStyle(host).position,
        reader: getComputedStyle(root.querySelector('.reader')!).overflowY,
        bar: getComputedStyle(root.querySelector('.bar')!).display,
        title: getComputedStyle(root.querySelector('.title')!).display,
        paper: getComputedStyle(root.querySelector('.article-body p')!).color,
      };
    }, READER_HOST);
    expect(print).toEqual({ body: 'none', host: 'static', reader: 'visible', bar: 'none', title: 'block', paper: 'rgb(31, 35, 40)' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-print.png'), fullPage: true });

    // The real print path: the article runs over several sheets, not one clipped viewport.
    const readerPdf = await page.pdf({ format: 'A4' });
    expect(pdfPageCount(readerPdf)).toBeGreaterThan(1);

    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  });

  it('prints in ink colours even when the screen theme is dark', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReader(browser.worker, page);
    const screenColour = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!.shadowRoot!.querySelector('.article-body p')!).color, READER_HOST);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printColour = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!.shadowRoot!.querySelector('.article-body p')!).color, READER_HOST);
    expect(screenColour).not.toBe(printColour);
    expect(printColour).toBe('rgb(31, 35, 40)');
  });
});

describe('What was removed (real Chromium)', () => {
  it("lists the reference page's promos, ads, share bars, related lists and comments, each with its kind", async () => {
    await openReader(browser.worker, page);
    const summary = page.locator(`${READER_HOST} details.removed summary`);
    const title = await shadowText('.removed-title');
    const total = Number(/\((\d+)\)/u.exec(title)?.[1]);
    expect(total).toBeGreaterThanOrEqual(10);
    expect(await shadowText('.removed-counts')).toMatch(/Promo: 4/u);
    expect(await shadowText('.removed-counts')).toMatch(/Ad: \d/u);

    await summary.focus();
    await page.keyboard.press('Enter'); // keyboard-operable: a native <details>
    await page.waitForFunction((sel) => (document.querySelector(sel)?.shadowRoot?.querySelectorAll('.removed-item').length ?? 0) > 0, READER_HOST);
    const items = await page.evaluate((sel) => [...document.querySelector(sel)!.shadowRoot!.querySelectorAll<HTMLElement>('.removed-item')].map((li) => ({
      kind: li.dataset.kind,
      label: li.querySelector('.removed-kind')?.textContent,
      text: li.querySelector('.removed-text')?.textContent ?? '',
      rule: li.querySelector('.removed-rule')?.textContent,
    })), READER_HOST);
    expect(items).toHaveLength(total);
    const kindOf = (fragment: string) => items.find((item) => item.text.includes(fragment));
    for (const promo of ['Jangan Ragu, Klik Link Siaran Langsung', 'Berbagai Macam Judi', 'Inilah Link Persebaya Vs Arema FC', '2 Rekomendasi Situs Kerja Freelance']) {
      expect(kindOf(promo), promo).toMatchObject({ kind: 'promo', label: 'Promo', rule: 'rule: promo-lead-in' });
    }
    expect(kindOf('ADVERTISEMENT')).toMatchObject({ kind: 'ad', label: 'Ad' });
    expect(kindOf('Bagikan ke Facebook')).toMatchObject({ kind: 'share', label: 'Share buttons' });
    expect(kindOf('Harga Beras di Soreang Naik Lagi')).toMatchObject({ kind: 'related', label: 'Related links' });
    expect(kindOf('Silakan login untuk berkomentar')).toMatchObject({ kind: 'comments', label: 'Comments' });
    // Nothing the article keeps is in the list.
    for (const keep of expected.keep) expect(items.some((item) => item.text.includes(keep)), keep).toBe(false);
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-removed-list.png') });
  });
});
