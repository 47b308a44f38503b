/**
 * bench:perf, part 5 — reader mode on pages far larger than any news story: one generated with 50,000 elements,
 * one holding a single 10 MB text node. For each, in Chromium with the e2e build: the time from the keyboard
 * command to the overlay showing something (the article, or the message that the page is too large), what it
 * shows, and the page's longest main-thread block in that time, seen two ways from the page itself: the
 * longest `longtask` entry (PerformanceObserver) and the longest gap between animation frames.
 */
import type { Page } from 'playwright-core';
import { dispatchCommand, E2E_BUILD, launchWithExtension, overlayText, READER_HOST } from '../helpers/browser';
import { startFixtureServer } from '../helpers/browser-server';

export interface HugeResult {
  page: string;
  elements: number;
  chars: number;
  openMs: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
  shown: string;
}

function manyElementsPage(): string {
  // 10,000 story-like blocks of five elements: paragraphs, links and emphasis, as a endless feed would have.
  const blocks: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    blocks.push(`<div class="item"><p>Paragraph ${i} of a very long page, with <a href="/s/${i}">a link</a> and <em>some emphasis</em> in it.</p><span>note</span></div>`);
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fifty thousand elements</title></head><body><main><h1>A very long page</h1>${blocks.join('')}</main></body></html>`;
}

function hugeTextPage(): string {
  const sentence = 'This sentence repeats until the page holds ten megabytes of text in one single text node. ';
  const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length)).slice(0, 10_000_000);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ten megabytes of text</title></head><body><article><h1>One huge text node</h1><p>${text}</p></article></body></html>`;
}

/** Installed before the page's own scripts: records long tasks and frame gaps in the page's main world. */
const PROBE = `(() => {
  const probe = window.__jernihProbe = { longest: 0, gap: 0, last: 0, since: 0 };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= probe.since) probe.longest = Math.max(probe.longest, e.duration);
    }).observe({ type: 'longtask' });
  } catch {}
  const frame = (t) => {
    if (probe.last && probe.last >= probe.since) probe.gap = Math.max(probe.gap, t - probe.last);
    probe.last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function openOn(page: Page, worker: Parameters<typeof dispatchCommand>[0]): Promise<Omit<HugeResult, 'page'>> {
  const [elements, chars] = (await page.evaluate(`[document.getElementsByTagName('*').length, document.body.textContent.length]`)) as [number, number];
  // Measure from here: the load itself is not the reader's doing.
  await page.evaluate(`(() => { const p = window.__jernihProbe; p.since = performance.now(); p.longest = 0; p.gap = 0; })()`);
  const start = Date.now();
  await dispatchCommand(worker, page);
  await page.waitForFunction((host) => (document.querySelector(host)?.shadowRoot?.textContent ?? '').trim().length > 0, READER_HOST, { timeout: 120_000, polling: 50 });
  const openMs = Date.now() - start;
  await page.waitForTimeout(300); // let a frame or two pass so the probe sees the end of the last block
  const probe = (await page.evaluate(`({ longest: window.__jernihProbe.longest, gap: window.__jernihProbe.gap })`)) as { longest: number; gap: number };
  const shown = (await overlayText(page)).slice(0, 120);
  return { elements, chars, openMs, longestTaskMs: probe.longest, longestFrameGapMs: probe.gap, shown };
}

export async function benchHuge(log: (line: string) => void = () => {}): Promise<HugeResult[]> {
  const pages: Record<string, string> = { '/many-elements.html': manyElementsPage(), '/huge-text.html': hugeTextPage() };
  const server = await startFixtureServer(pages);
  const browser = await launchWithExtension(E2E_BUILD);
  await browser.context.addInitScript({ content: PROBE });
  const results: HugeResult[] = [];
  try {
    for (const route of Object.keys(pages)) {
      const page = await browser.context.newPage();
      await page.goto(server.url(route), { waitUntil: 'load', timeout: 120_000 });
      await page.waitForTimeout(3000); // the always-on check runs in an idle moment after load: not part of opening
      const r = { page: route, ...(await openOn(page, browser.worker)) };
      results.push(r);
      log(`  ${route.padEnd(22)} ${r.elements} elements, ${r.chars} chars: shown in ${r.openMs} ms, longest task ${r.longestTaskMs.toFixed(0)} ms, longest frame gap ${r.longestFrameGapMs.toFixed(0)} ms — "${r.shown.slice(0, 60)}…"`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchHuge(console.log), null, 2));
