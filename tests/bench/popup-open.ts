/**
 * npm run bench:popup — time to first content in the popup (issue #3).
 *
 * Uses the e2e build as it is (`npm run build:e2e` first; this builds
 * nothing), launches headless Chromium with the extension, serves the
 * reference page on 127.0.0.1 and, RUNS times (after one warm-up), reloads
 * it and opens `popup.html?tabId=N` twice:
 *  - cold: the first open on a freshly loaded page (reader script injected,
 *    page analysed), as a reader's first click;
 *  - warm: a second open on the unchanged page (the reader script keeps its
 *    analysis until the page's DOM changes).
 * For each open it reads back, from the popup's own Performance timeline
 * (times from navigation start):
 *  - first content: the `jernih:first-content` mark the popup sets on the
 *    frame after the article card renders;
 *  - the describeTab round trip (popup -> background -> reader script), from
 *    the `jernih:describe-start/end` marks;
 *  - baseline: first paint of the same extension page before it has any data
 *    (`first-contentful-paint`, the "Reading this page…" shell), i.e. what an
 *    empty extension page costs on this machine in this run.
 * Prints median / p90 beside the 150 ms target. A measurement, not a test:
 * exits non-zero only on errors (no build, no Chromium, the popup never
 * showing an article), never on the numbers.
 *
 * Caveat: a tab, not the toolbar popup window (no popup-window chrome).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_BUILD, launchWithExtension, ROOT, tabIdOf, type ExtensionBrowser } from '../helpers/browser';
import { ARTICLE_PATH, startFixtureServer, type FixtureServer } from '../helpers/browser-server';

const RUNS = 15;
const TARGET_MS = 150;
const MARK = 'jernih:first-content';

interface Sample {
  firstContent: number;
  firstPaint: number | null;
  /** popup -> background -> reader script and back. */
  roundTrip: number | null;
}

function percentile(sorted: number[], p: number): number {
  // Nearest rank: the smallest value with at least p % of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p90: percentile(sorted, 90), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

async function openOnce(browser: ExtensionBrowser, tabId: number): Promise<Sample> {
  const popup: Page = await browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 30_000 });
    const state = await popup.locator('[data-state]').first().getAttribute('data-state');
    if (state !== 'article') throw new Error(`the popup showed "${state}" instead of the article`);
    // Runs in the popup; no local helper functions (tsx would wrap them in a __name() the page doesn't have).
    const names = [MARK, 'first-contentful-paint', 'first-paint', 'jernih:describe-start', 'jernih:describe-end'];
    const [content, fcp, fp, start, end] = await popup.evaluate(
      (list) => list.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
      names,
    );
    return {
      firstContent: content!,
      firstPaint: fcp ?? fp ?? null,
      roundTrip: start != null && end != null ? end - start : null,
    };
  } finally {
    await popup.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(E2E_BUILD, 'manifest.json'))) {
    throw new Error(`No e2e build at ${E2E_BUILD}. Run \`npm run build:e2e\` first (this benchmark builds nothing).`);
  }
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    server = await startFixtureServer();
    browser = await launchWithExtension();
    const article = await browser.context.newPage();
    await article.goto(server.url(ARTICLE_PATH), { waitUntil: 'load' });
    const tabId = await tabIdOf(browser.worker, article);

    const warmUp = await openOnce(browser, tabId); // browser and extension caches, first compile of the scripts
    const cold: Sample[] = [];
    const warm: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      await article.reload({ waitUntil: 'load' });
      cold.push(await openOnce(browser, tabId));
      warm.push(await openOnce(browser, tabId));
    }

    const values = (samples: Sample[], key: keyof Sample) => samples.map((s) => s[key]).filter((v): v is number => v !== null);
    const paint = stats(values([...cold, ...warm], 'firstPaint'));
    const summary = {
      cold: { firstContent: stats(values(cold, 'firstContent')), roundTrip: stats(values(cold, 'roundTrip')) },
      warm: { firstContent: stats(values(warm, 'firstContent')), roundTrip: stats(values(warm, 'roundTrip')) },
      baselineFirstPaint: paint,
    };

    console.log(`Popup time to first content: reference page (01-jurnal-soreang-putin), ${RUNS} cold + ${RUNS} warm opens after 1 warm-up, headless Chromium`);
    console.log('Times from navigation start of popup.html?tabId=N. Cold = first open after a page load; warm = second open.\n');
    console.log(`${''.padEnd(50)}${'median'.padStart(10)}${'p90'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}`);
    const row = (label: string, s: ReturnType<typeof stats>) =>
      console.log(`${label.padEnd(50)}${ms(s.median)}${ms(s.p90)}${ms(s.min)}${ms(s.max)}`);
    row('cold: first content (article card on screen)', summary.cold.firstContent);
    row('  of which describeTab round trip (+ analysis)', summary.cold.roundTrip);
    row('warm: first content', summary.warm.firstContent);
    row('  of which describeTab round trip', summary.warm.roundTrip);
    row('baseline: first paint, no data (page shell)', paint);
    const verdict = (n: number) => (n <= TARGET_MS ? 'within' : 'OVER');
    console.log(`\ntarget ${TARGET_MS} ms — cold: median ${verdict(summary.cold.firstContent.median)}, p90 ${verdict(summary.cold.firstContent.p90)}; `
      + `warm: median ${verdict(summary.warm.firstContent.median)}, p90 ${verdict(summary.warm.firstContent.p90)}`);
    console.log(`the empty page alone: median first paint ${paint.median.toFixed(1)} ms (${verdict(paint.median)} the target on this machine)`);
    console.log(`warm-up open (not counted): first content ${warmUp.firstContent.toFixed(1)} ms`);

    const out = join(ROOT, 'test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'bench-popup-open.json'), `${JSON.stringify({ runs: RUNS, targetMs: TARGET_MS, summary, warmUp, cold, warm }, null, 2)}\n`);
    console.log('written: test-output/bench-popup-open.json');
  } finally {
    await browser?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
