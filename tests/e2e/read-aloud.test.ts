/**
 * Read aloud in a real Chromium. Headless Chromium may have no voices, so
 * the test replaces speechSynthesis in the extension's isolated world (where
 * the reader script lives, invisible to the page) with an engine that lists
 * three voices and finishes an utterance only when the test says so. That
 * proves our wiring: the voice chosen for the article's language (and the
 * one preferred in options), the title then each paragraph highlighted and
 * scrolled into view in turn, pause and resume, stop.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchCommand, READER_HOST, SCREENSHOTS, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { installFakeSpeech } from '../helpers/fake-speech';
import { clearExtensionStorage, inIsolatedWorld, TOGGLE_HOST } from '../helpers/isolated-world';
import { referenceCase } from '../helpers/pages';

const { expected } = referenceCase('01-jurnal-soreang-putin');

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

beforeEach(async () => {
  await clearExtensionStorage(browser.worker);
  page = await browser.context.newPage();
  await page.goto(server.url(ARTICLE_PATH), { waitUntil: 'load' });
  // The always-on script has run in the isolated world once its button is there: the world exists to stub in.
  await page.waitForSelector(TOGGLE_HOST, { state: 'attached', timeout: 15_000 });
  await inIsolatedWorld(browser.worker, page, installFakeSpeech);
});

afterEach(async () => {
  await page?.close();
});

interface SpeechLog {
  spoken: { text: string; lang: string; voice: string | null; rate: number }[];
  cancels: number;
}

const speechLog = () => inIsolatedWorld(browser.worker, page, () => {
  const { log } = (globalThis as unknown as { __fakeSpeech: { log: SpeechLog } }).__fakeSpeech;
  return { spoken: log.spoken, cancels: log.cancels };
});

/** The engine finishes what it is saying (all chunks of the current block). */
async function finishBlock(): Promise<void> {
  const before = await highlighted();
  for (let i = 0; i < 20 && (await highlighted()).text === before.text && before.text !== null; i++) {
    await inIsolatedWorld(browser.worker, page, () => (globalThis as unknown as { __fakeSpeech: { end(): void } }).__fakeSpeech.end());
  }
}

/** The block marked as being read in the overlay, and whether it is inside the reader's visible area. */
async function highlighted(): Promise<{ text: string | null; count: number; inView: boolean }> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    const marked = Array.from(root.querySelectorAll('[data-jernih-reading]'));
    const el = marked[0];
    const box = el?.getBoundingClientRect();
    return {
      text: el ? (el.textContent ?? '').replace(/\s+/gu, ' ').trim() : null,
      count: marked.length,
      inView: box ? box.top >= 0 && box.bottom <= window.innerHeight : false,
    };
  }, READER_HOST);
}

async function openReader(): Promise<void> {
  await dispatchCommand(browser.worker, page);
  await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 15_000 });
  await page.locator(`${READER_HOST} .read-aloud-play`).waitFor();
}

const button = (name: string) => page.locator(`${READER_HOST} .read-aloud button`, { hasText: name });

describe('read aloud (real Chromium, stubbed speech engine)', () => {
  it('reads the title then each paragraph with an Indonesian voice, highlighting and scrolling to each in turn', async () => {
    await openReader();
    await button('Read aloud').click();
    await expect.poll(async () => (await highlighted()).text).toBe(expected.title);
    let log = await speechLog();
    expect(log.spoken[0]).toEqual({ text: expected.title, lang: 'id-ID', voice: 'Fake Indonesian', rate: 1 });

    const paragraphs = await page.evaluate((sel) => Array.from(document.querySelector(sel)!.shadowRoot!.querySelectorAll('.article-body p'), (p) => (p.textContent ?? '').replace(/\s+/gu, ' ').trim()), READER_HOST);
    for (const expectedText of paragraphs.slice(0, 5)) {
      await finishBlock();
      await expect.poll(async () => (await highlighted()).text).toBe(expectedText);
      const now = await highlighted();
      expect(now.count).toBe(1);
      await expect.poll(async () => (await highlighted()).inView).toBe(true);
    }
    log = await speechLog();
    const spokenText = log.spoken.map((u) => u.text).join(' ');
    for (const p of paragraphs.slice(0, 4)) expect(spokenText).toContain(p.slice(0, 40));
    expect(await page.locator(`${READER_HOST} .read-aloud-progress`).textContent()).toMatch(/^Reading paragraph 6 of \d+$/u);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'read-aloud.png') });
  });

  it('pauses, resumes the same paragraph, and stops with nothing left highlighted', async () => {
    await openReader();
    await button('Read aloud').click();
    await expect.poll(async () => (await highlighted()).text).toBe(expected.title);
    await finishBlock();
    const second = (await highlighted()).text;
    await button('Pause').click();
    await expect.poll(async () => page.locator(`${READER_HOST} .read-aloud-progress`).textContent()).toMatch(/^Paused at paragraph 2 of/u);
    const paused = await speechLog();
    expect(paused.cancels).toBeGreaterThan(0);

    await button('Resume').click();
    await expect.poll(async () => (await speechLog()).spoken.length).toBe(paused.spoken.length + 1);
    const resumed = await speechLog();
    expect(second!.startsWith(resumed.spoken.at(-1)!.text.slice(0, 30))).toBe(true);
    expect((await highlighted()).text).toBe(second);

    await button('Stop').click();
    await expect.poll(async () => (await highlighted()).count).toBe(0);
    expect(await button('Read aloud').count()).toBe(1);
  });

  it('uses the voice preferred for the language in the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The options page lists this browser's real voices (maybe none in headless): store the choice as it would.
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
      'read-aloud': { voices: { id: 'fake-id-online' }, rate: 1.5 },
      'read-aloud$': { v: 1 },
    }));
    await options.close();
    await openReader();
    await button('Read aloud').click();
    await expect.poll(async () => (await speechLog()).spoken.length).toBeGreaterThan(0);
    expect((await speechLog()).spoken[0]).toMatchObject({ voice: 'Fake Indonesian Online', rate: 1.5 });
  });
});
