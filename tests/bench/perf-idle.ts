/**
 * bench:perf, part 2 — what the always-on script (toggle.js) adds to every page a person opens. The same
 * fixture pages load, in turn, in three Chromiums launched alike: without any extension; with the production
 * build minus its always-on script (the rest of the extension, for the script's own share); with the production
 * build. Per load: the load event's end (navigation start → loadEventEnd), and the renderer main thread's busy
 * time (CDP Performance.getMetrics TaskDuration) from just before navigation until 500 ms after load, by which
 * time the script's idle-time check has run.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, launchWithExtension, ROOT, type ExtensionBrowser } from '../helpers/browser';
import { startFixtureServer } from '../helpers/browser-server';
import { pageVerdict } from '../helpers/isolated-world';
import { fixtureRoutes } from './perf-fixture-pages';
import { median } from './perf-stats';

const RUNS = Number(process.env.PERF_IDLE_RUNS ?? 3);
const SETTLE_MS = 500;
export const PRODUCTION_BUILD = join(ROOT, '.output/chrome-mv3');
const VARIANTS = ['none', 'noScript', 'full'] as const;
type Variant = (typeof VARIANTS)[number];

export interface IdleResult {
  loads: number;
  /** Median load-event end and main-thread busy time per variant, ms. */
  load: Record<Variant, number>;
  busy: Record<Variant, number>;
  /** Pages where the check had run by the end of the settle time (of those checked). */
  checked: string;
}

async function measure(context: BrowserContext, url: string): Promise<{ load: number; busy: number; page: Page }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const before = await task();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const busy = (await task()) - before;
  const load = (await page.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)) as number;
  await cdp.detach();
  return { load, busy, page };
}

/**
 * The production build without its always-on script, in a temporary copy: no declared content script and no
 * toggle.js file (a background that injects it then fails to, quietly, as on any page it may not script).
 */
function buildWithoutContentScript(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jernih-perf-noscript-'));
  cpSync(PRODUCTION_BUILD, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.content_scripts;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  rmSync(join(dir, 'toggle.js'));
  return dir;
}

async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  // Launched like launchWithExtension in every way but the extension: a persistent profile, the same switches.
  const profile = mkdtempSync(join(tmpdir(), 'jernih-perf-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ['--no-first-run', '--disable-sync', '--disable-component-update', '--disable-background-networking', '--no-sandbox', '--disable-gpu'],
  });
  await context.route((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1', (route) => route.abort());
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

export async function benchIdle(log: (line: string) => void = () => {}): Promise<IdleResult> {
  if (!existsSync(join(PRODUCTION_BUILD, 'manifest.json'))) throw new Error('No production build: run `npm run build` first.');
  const routes = fixtureRoutes();
  const server = await startFixtureServer(routes);
  const noScriptDir = buildWithoutContentScript();
  const browsers: Record<Variant, { context: BrowserContext; close(): Promise<void> }> = {
    none: await launchPlain(),
    noScript: await launchWithExtension(noScriptDir),
    full: await launchWithExtension(PRODUCTION_BUILD),
  };
  const load: Record<Variant, number[]> = { none: [], noScript: [], full: [] };
  const busy: Record<Variant, number[]> = { none: [], noScript: [], full: [] };
  let ran = 0;
  let asked = 0;
  try {
    let turn = 0;
    for (const route of Object.keys(routes)) {
      for (let run = 0; run < RUNS; run++) {
        // Rotate which browser goes first, so none always gets the warmer (or busier) moment.
        const order = VARIANTS.map((_, i) => VARIANTS[(i + turn++) % VARIANTS.length]!);
        for (const which of order) {
          const m = await measure(browsers[which].context, server.url(route));
          load[which].push(m.load);
          busy[which].push(m.busy);
          if (which === 'full' && run === 0) {
            asked++;
            // The production build has host access to every http page, so the test helper can look in.
            if ((await pageVerdict((browsers.full as ExtensionBrowser).worker, m.page)) !== null) ran++;
          }
          await m.page.close();
        }
      }
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    rmSync(noScriptDir, { recursive: true, force: true });
    await server.close();
  }
  const medians = (xs: Record<Variant, number[]>) => ({ none: median(xs.none), noScript: median(xs.noScript), full: median(xs.full) });
  const result: IdleResult = { loads: load.full.length, load: medians(load), busy: medians(busy), checked: `${ran}/${asked}` };
  log(`  ${result.loads} loads per browser; median load event end / main-thread busy until 500 ms after load:`);
  for (const v of VARIANTS) log(`    ${v.padEnd(9)} ${result.load[v].toFixed(1).padStart(7)} ms / ${result.busy[v].toFixed(1).padStart(7)} ms`);
  log(`  the check had run on ${result.checked} pages`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchIdle(console.log), null, 2));
