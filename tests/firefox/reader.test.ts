/**
 * The Firefox build in a real Firefox ESR (headless, WebDriver BiDi): installed as a temporary add-on, on the
 * reference page its always-on check shows the floating "open in reader" button; pressing it opens reader mode
 * with the article, and Escape closes it, leaving the page as it was. No Firefox or no build fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READER_HOST } from '../helpers/browser';
import { ARTICLE_PATH, startFixtureServer, type FixtureServer } from '../helpers/browser-server';
import { launchFirefoxWithAddon, type FirefoxWithAddon } from '../helpers/firefox';
import { TOGGLE_HOST } from '../helpers/isolated-world';
import { referenceCase } from '../helpers/pages';

const { expected } = referenceCase('01-jurnal-soreang-putin');

let firefox: FirefoxWithAddon;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithAddon();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The overlay's visible text through its open shadow root, whitespace-collapsed ('' when there is none). */
const OVERLAY_TEXT = `(() => {
  const host = document.querySelector(${JSON.stringify(READER_HOST)});
  return (host && host.shadowRoot ? host.shadowRoot.textContent : '').replace(/\\s+/g, ' ').trim();
})()`;

describe('Firefox ESR with the Firefox build', () => {
  it('installs the add-on, and its floating button opens and Escape closes reader mode on the reference page', async () => {
    expect(firefox.addonId).toBe('jernih@jernih.app');
    const page = await firefox.browser.newPage();
    await page.goto(server.url(ARTICLE_PATH), { waitUntil: 'load' });
    const pageTextBefore = await page.evaluate(() => document.body.innerText.length);

    // The always-on script found the article and the background said to show the button.
    await page.waitForSelector(TOGGLE_HOST, { timeout: 20_000 });
    const clicked = await page.evaluate((selector) => {
      const button = document.querySelector(selector)?.shadowRoot?.querySelector('button');
      button?.click();
      return button !== undefined && button !== null;
    }, TOGGLE_HOST);
    expect(clicked).toBe(true);

    await page.waitForFunction(`${OVERLAY_TEXT}.length > 0`, { timeout: 20_000 });
    const text = (await page.evaluate(OVERLAY_TEXT)) as string;
    expect(text).toContain(expected.title);
    for (const kept of expected.keep.slice(0, 3)) expect(text).toContain(kept);
    expect(await page.evaluate((s) => document.querySelectorAll(s).length, READER_HOST)).toBe(1);

    await page.keyboard.press('Escape');
    await page.waitForFunction((s) => document.querySelector(s) === null, { timeout: 10_000 }, READER_HOST);
    expect(await page.evaluate(() => document.body.innerText.length)).toBe(pageTextBefore);
    await page.close();
  });
});
