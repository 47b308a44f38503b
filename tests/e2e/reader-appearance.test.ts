/**
 * Reader appearance in a real Chromium with the built extension: each theme
 * (a screenshot per theme, and computed colours that differ and pass AA),
 * settings surviving a reload and shown on the options page, a change in one
 * tab reaching another open reader, and the keyboard: + and -, the toolbar.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READER_HOST, SCREENSHOTS, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, type FixtureServer } from '../helpers/browser-server';
import { useExtensionSuite } from '../helpers/browser-suite';
import { contrastRatio } from '../helpers/contrast';
import { choose, clearSettings, openReader, readerLook, type ReaderLook } from '../helpers/reader-page';

let browser: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
const extraPages: Page[] = [];

useExtensionSuite((suite) => {
  ({ browser, server } = suite);
});

let pagesOpened = 0;

/** The reference article in a new tab; each tab gets its own query string, as the command finds its tab by URL. */
async function newArticlePage(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.setViewportSize({ width: 1100, height: 800 });
  await p.goto(server.url(`${ARTICLE_PATH}?tab=${++pagesOpened}`), { waitUntil: 'domcontentloaded' });
  return p;
}

beforeEach(async () => {
  await clearSettings(browser.worker);
  page = await newArticlePage();
});

afterEach(async () => {
  for (const p of extraPages.splice(0)) await p.close();
  await page?.close();
});

async function closePanel(p: Page): Promise<void> {
  const toggle = p.locator(`${READER_HOST} .appearance-toggle`);
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  extraPages.push(options);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('input[name="options-reader-theme"]', { timeout: 10_000 });
  return options;
}

describe('reader themes (real Chromium)', () => {
  it('renders each theme with its own colours, all at WCAG AA, with a screenshot of each', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await openReader(browser.worker, page);
    const looks: Record<string, ReaderLook> = {};
    for (const theme of ['light', 'sepia', 'dark']) {
      await choose(page, 'theme', theme);
      await closePanel(page);
      looks[theme] = await readerLook(page);
      await page.screenshot({ path: join(SCREENSHOTS, `reader-theme-${theme}.png`) });
    }
    const backgrounds = new Set(Object.values(looks).map((l) => l.background));
    const texts = new Set(Object.values(looks).map((l) => l.text));
    expect(backgrounds.size, JSON.stringify(looks)).toBe(3);
    expect(texts.size, JSON.stringify(looks)).toBe(3);
    for (const [theme, look] of Object.entries(looks)) {
      for (const role of ['text', 'muted', 'link'] as const) {
        const ratio = contrastRatio(look[role], look.background);
        expect(ratio, `${theme} ${role} ${look[role]} on ${look.background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    // Auto follows the system: dark colours under a dark preference, light ones under a light preference.
    await choose(page, 'theme', 'auto');
    await closePanel(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect((await readerLook(page)).background).toBe(looks.dark!.background);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-theme-auto-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await readerLook(page)).background).toBe(looks.light!.background);
  });
});

describe('reader settings (real Chromium)', () => {
  it('keeps the toolbar choices across a reload and shows them on the options page', async () => {
    await openReader(browser.worker, page);
    const before = await readerLook(page);
    expect(before).toMatchObject({ theme: 'auto', font: 'serif', width: 'medium', lineHeight: 'normal', fontSize: 20, maxWidth: '760px' });

    await choose(page, 'theme', 'sepia');
    await choose(page, 'font', 'sans');
    await choose(page, 'width', 'wide');
    await choose(page, 'lineHeight', 'relaxed');
    await page.locator(`${READER_HOST} button[aria-label="Larger text"]`).click();
    await page.locator(`${READER_HOST} button[aria-label="Larger text"]`).click();
    await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('output')?.textContent?.includes('150'), READER_HOST);
    const chosen = await readerLook(page);
    expect(chosen).toMatchObject({ theme: 'sepia', font: 'sans', width: 'wide', lineHeight: 'relaxed', fontSize: 24, maxWidth: `${48 * 24}px` });
    expect(chosen.fontFamily).toMatch(/Source Sans 3/u);
    expect(chosen.lineHeightPx).toBeCloseTo(24 * 1.9, 0);
    expect(chosen.background).not.toBe(before.background);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-appearance-panel.png') });

    await page.reload({ waitUntil: 'domcontentloaded' });
    await openReader(browser.worker, page);
    const after = await readerLook(page);
    expect(after).toEqual(chosen);

    const options = await openOptions();
    const checked = await options.$$eval('input[type="radio"]:checked', (inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`));
    expect(checked).toEqual(['options-reader-theme=sepia', 'options-reader-font=sans', 'options-reader-width=wide', 'options-reader-lineHeight=relaxed']);
    expect(await options.textContent('output')).toMatch(/150/u);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-reader-section.png'), fullPage: true });
  });

  it('brings a change in one tab, or on the options page, to a reader open in another tab', async () => {
    const other = await newArticlePage();
    extraPages.push(other);
    await openReader(browser.worker, page);
    await openReader(browser.worker, other);
    expect(other.url()).not.toBe(page.url()); // the command finds its tab by URL
    await choose(page, 'theme', 'dark');
    await other.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector<HTMLElement>('.reader')?.dataset.theme === 'dark', READER_HOST, { timeout: 10_000 });

    const options = await openOptions();
    await options.locator('input[name="options-reader-font"][value="mono"]').click();
    for (const p of [page, other]) {
      await p.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector<HTMLElement>('.reader')?.dataset.font === 'mono', READER_HOST, { timeout: 10_000 });
    }
    expect((await readerLook(other)).fontFamily).toMatch(/monospace/u);
  });
});

describe('reader keyboard (real Chromium)', () => {
  async function fontSize(): Promise<number> {
    return (await readerLook(page)).fontSize;
  }

  it('makes the text larger with + and smaller with -, in steps, and remembers it', async () => {
    await openReader(browser.worker, page);
    expect(await fontSize()).toBe(20);
    await page.keyboard.press('+');
    expect(await fontSize()).toBe(22);
    await page.keyboard.press('+');
    expect(await fontSize()).toBe(24);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await fontSize()).toBe(18);
    await page.keyboard.press('Escape');
    await page.waitForSelector(READER_HOST, { state: 'detached' });
    await openReader(browser.worker, page);
    expect(await fontSize()).toBe(18);
  });

  it('leaves + and - to a text field that has focus', async () => {
    await openReader(browser.worker, page);
    // A field as another feature might add to the toolbar (a search or translation box).
    await page.evaluate((sel) => {
      const input = document.createElement('input');
      input.className = 'probe-field';
      document.querySelector(sel)!.shadowRoot!.querySelector('[role="toolbar"]')!.prepend(input);
      input.focus();
    }, READER_HOST);
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    expect(await page.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelector<HTMLInputElement>('.probe-field')!.value, READER_HOST)).toBe('+-');
    expect(await fontSize()).toBe(20);
  });

  it('can be tuned without a mouse: Tab to Appearance, Enter, arrows through the themes, with a visible focus ring', async () => {
    await openReader(browser.worker, page);
    const focused = () => page.evaluate((sel) => {
      const el = document.querySelector(sel)!.shadowRoot!.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el.matches('input') ? el.nextElementSibling! : el) : null;
      return { cls: el?.className ?? null, name: (el as HTMLInputElement | null)?.name ?? null, value: (el as HTMLInputElement | null)?.value ?? null, outline: style?.outlineStyle ?? null, role: el?.closest('[role="toolbar"]') ? 'toolbar' : null };
    }, READER_HOST);
    expect((await focused()).cls).toBe('close');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toMatchObject({ cls: 'tool print', role: 'toolbar', outline: 'solid' });
    await page.keyboard.press('Home');
    expect(await focused()).toMatchObject({ cls: 'tool appearance-toggle', role: 'toolbar', outline: 'solid' });
    await page.keyboard.press('Enter');
    // The panel renders, then takes focus, after the key event: wait for it rather than read focus at once.
    await expect.poll(focused).toMatchObject({ name: 'jernih-reader-theme', value: 'auto', outline: 'solid' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ name: 'jernih-reader-theme', value: 'sepia' });
    expect((await readerLook(page)).theme).toBe('sepia');
  });
});
