/** Real-browser helpers for the reader overlay's toolbar, appearance and export tests. */
import type { Page, Worker } from 'playwright-core';
import { dispatchCommand, READER_HOST } from './browser';

/** Opens reader mode with the real command and waits until the stored appearance is applied. */
export async function openReader(worker: Worker, page: Page): Promise<void> {
  await dispatchCommand(worker, page);
  await page.waitForSelector(READER_HOST, { state: 'attached', timeout: 10_000 });
  await page.waitForFunction((sel) => {
    const reader = document.querySelector(sel)?.shadowRoot?.querySelector('.reader');
    return reader != null && !reader.hasAttribute('data-pending');
  }, READER_HOST, { timeout: 10_000 });
}

/** Clears extension storage so each test starts from the default appearance. */
export async function clearSettings(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } };
    await chrome.storage.local.clear();
  });
}

export interface ReaderLook {
  theme: string | null;
  font: string | null;
  width: string | null;
  lineHeight: string | null;
  background: string;
  text: string;
  muted: string;
  link: string;
  fontSize: number;
  fontFamily: string;
  lineHeightPx: number;
  maxWidth: string;
}

/** What the reader looks like now: its data attributes and the computed styles a reader sees. */
export async function readerLook(page: Page): Promise<ReaderLook> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    const reader = root.querySelector<HTMLElement>('.reader')!;
    const article = root.querySelector<HTMLElement>('article')!;
    const meta = root.querySelector<HTMLElement>('.meta')!;
    const paragraph = root.querySelector<HTMLElement>('.article-body p')!;
    // A probe link styled like the article's links (the reference article has none of its own after cleaning).
    const probe = document.createElement('a');
    probe.href = 'https://example.org/';
    root.querySelector('.article-body')!.append(probe);
    const link = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(reader);
    const text = getComputedStyle(paragraph);
    return {
      theme: reader.dataset.theme ?? null,
      font: reader.dataset.font ?? null,
      width: reader.dataset.width ?? null,
      lineHeight: reader.dataset.lineHeight ?? null,
      background: style.backgroundColor,
      text: text.color,
      muted: getComputedStyle(meta).color,
      link,
      fontSize: Number.parseFloat(getComputedStyle(article).fontSize),
      fontFamily: getComputedStyle(article).fontFamily,
      lineHeightPx: Number.parseFloat(text.lineHeight),
      maxWidth: getComputedStyle(article).maxWidth,
    };
  }, READER_HOST);
}

/** Clicks a choice in the open appearance panel (opening it first if needed). */
export async function choose(page: Page, field: 'theme' | 'font' | 'width' | 'lineHeight', value: string): Promise<void> {
  const toggle = page.locator(`${READER_HOST} .appearance-toggle`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator(`${READER_HOST} input[name="jernih-reader-${field}"][value="${value}"]`).click();
  await page.waitForFunction(([sel, attr, want]) => {
    const reader = document.querySelector(sel!)?.shadowRoot?.querySelector<HTMLElement>('.reader');
    return reader?.getAttribute(attr!) === want;
  }, [READER_HOST, `data-${field === 'lineHeight' ? 'line-height' : field}`, value]);
}
