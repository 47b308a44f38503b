/**
 * A three-page article served locally ("Halaman 1 2 3 Selanjutnya",
 * ?page=N), opened in reader mode in a real Chromium: pages 2 and 3 are
 * fetched and merged after page 1, every paragraph once and in order, with
 * progress shown; a page that fails gets a clear note and the rest still
 * comes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatchCommand, READER_HOST, SCREENSHOTS, type ExtensionBrowser } from '../helpers/browser';
import type { FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { installFakeSpeech } from '../helpers/fake-speech';
import { inIsolatedWorld } from '../helpers/isolated-world';
import { readFixture } from '../helpers/pages';

const PAGES = [1, 2, 3].map((n) => readFixture(`multipage/page-${n}.html`));

/** The paragraphs each page adds (the fixture's own text, minus what it repeats from earlier pages). */
function ownParagraphs(html: string): string[] {
  return Array.from(html.matchAll(/<p>([^<]+)<\/p>/gu), (m) => m[1]!).filter((p) => !p.startsWith('©'));
}
const PARAGRAPHS = [...new Set(PAGES.flatMap(ownParagraphs))];

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
}, {
  routes: {
    '/paged/story.html': PAGES[0]!,
    '/paged/story.html?page=2': PAGES[1]!,
    '/paged/story.html?page=3': PAGES[2]!,
    // The same story where page 3 is gone.
    '/broken/story.html': PAGES[0]!,
    '/broken/story.html?page=2': PAGES[1]!,
    '/broken/story.html?page=3': { status: 404, body: 'not found', type: 'text/plain' },
  },
});

afterEach(async () => {
  await page?.close();
});

async function openReader(path: string): Promise<void> {
  page = await browser.context.newPage();
  await page.goto(server.url(path), { waitUntil: 'domcontentloaded' });
  await dispatchCommand(browser.worker, page);
  await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 15_000 });
}

/** Waits for the multi-page load to finish; returns its final state attribute. */
async function pagesDone(): Promise<string> {
  const handle = await page.waitForFunction((sel) => {
    const state = document.querySelector(sel)?.shadowRoot?.querySelector('.pages-progress')?.getAttribute('data-state');
    return state && state !== 'loading' ? state : null;
  }, READER_HOST, { timeout: 30_000 });
  return (await handle.jsonValue()) as string;
}

async function readerParagraphs(): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    return Array.from(root.querySelectorAll('.article-body p'), (p) => (p.textContent ?? '').replace(/\s+/gu, ' ').trim());
  }, READER_HOST);
}

describe('multi-page articles (real Chromium)', () => {
  it('merges all three pages into one: every paragraph once, in order, lead image once', async () => {
    await openReader('/paged/story.html');
    expect(await pagesDone()).toBe('done');
    const shown = await readerParagraphs();
    expect(shown).toEqual(PARAGRAPHS);
    const { status, images, sections } = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!.shadowRoot!;
      return {
        status: root.querySelector('.pages-progress')?.textContent,
        images: root.querySelectorAll('.article-body img').length,
        sections: Array.from(root.querySelectorAll('.following-page'), (s) => s.getAttribute('aria-label')),
      };
    }, READER_HOST);
    expect(status).toBe('This article had 3 pages: all of them are shown here.');
    expect(images).toBe(1);
    expect(sections).toEqual(['Page 2', 'Page 3']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'multi-page.png') });
  });

  it('reads the following pages aloud too, in their language', async () => {
    page = await browser.context.newPage();
    await page.goto(server.url('/paged/story.html'), { waitUntil: 'load' });
    await page.waitForSelector('[data-jernih-toggle]', { state: 'attached', timeout: 15_000 });
    await inIsolatedWorld(browser.worker, page, installFakeSpeech);
    await dispatchCommand(browser.worker, page);
    await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 15_000 });
    expect(await pagesDone()).toBe('done');
    expect(await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelector('.following-pages')?.getAttribute('lang'), READER_HOST)).toBe('id');
    await page.locator(`${READER_HOST} .read-aloud-play`).click();
    // The title, then every paragraph of all three pages.
    await expect.poll(() => page.locator(`${READER_HOST} .read-aloud-progress`).textContent()).toBe(`Reading paragraph 1 of ${1 + PARAGRAPHS.length}`);
  });

  it('says which page is missing and why, and still shows the others', async () => {
    await openReader('/broken/story.html');
    expect(await pagesDone()).toBe('incomplete');
    const note = await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelector('.page-failure')?.textContent ?? '', READER_HOST);
    expect(note).toContain('Page 3 could not be loaded (the site answered HTTP 404), so the article is incomplete here.');
    const shown = await readerParagraphs();
    expect(shown).toEqual(PAGES.slice(0, 2).flatMap(ownParagraphs).filter((p, i, all) => all.indexOf(p) === i));
  });
});
