/**
 * bench:perf, part 1 — our whole pipeline (clone, clean, Readability, clean again, attribution, quotes,
 * summary, sanitizing: core/analyze) against raw Readability on a clone (`new Readability(doc.cloneNode(true))
 * .parse()`), both in Debian Chromium on the page's live DOM, alternating on the same page (raw, ours, raw,
 * ours, …) so machine load hits both alike. Pages: the first PAGES_PER_CORPUS of each dev corpus (sorted by
 * name), served from 127.0.0.1 with the page's own scripts refused (CSP); requests elsewhere are refused.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { decodeHtml, gunzipIfNeeded } from '../../core/node/decode';
import { findChromium, ROOT } from '../helpers/browser';
import { startFixtureServer } from '../helpers/browser-server';
import { pipelinePageScript } from './perf-page-bundle';
import { median } from './perf-stats';

const CORPORA = join(ROOT, '../shared/corpus');
const PAGES_PER_CORPUS = Number(process.env.PERF_PAGES ?? 8);
const RUNS = Number(process.env.PERF_RUNS ?? 5);

export interface PipelineResult {
  pages: number;
  runs: number;
  /** Medians over pages of each page's median time. */
  oursMs: number;
  rawMs: number;
  /** Median over pages of (ours / raw), and total ours / total raw. */
  medianRatio: number;
  totalRatio: number;
  failures: string[];
}

function corpusPages(): Map<string, string> {
  if (!existsSync(CORPORA)) throw new Error(`No dev corpus at ${CORPORA}: bench:perf needs ../shared beside the repository.`);
  const pages = new Map<string, string>();
  for (const corpus of readdirSync(CORPORA, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(CORPORA, corpus);
    const files = existsSync(join(dir, 'html'))
      ? readdirSync(join(dir, 'html')).filter((f) => /\.html?(\.gz)?$/u.test(f)).sort().map((f) => join(dir, 'html', f))
      : readdirSync(dir).sort().map((d) => join(dir, d, 'source.html')).filter((f) => existsSync(f));
    for (const file of files.slice(0, PAGES_PER_CORPUS)) {
      pages.set(`/${corpus}/${pages.size}.html`, decodeHtml(gunzipIfNeeded(new Uint8Array(readFileSync(file)))));
    }
  }
  return pages;
}

// Both measured the same way, in the page, by one expression each (strings: tsx would wrap functions in __name()).
const RAW = `(() => { const t = performance.now(); new __jernihBench.Readability(document.cloneNode(true)).parse(); return performance.now() - t; })()`;
const OURS = `(() => { const t = performance.now(); const a = __jernihBench.analyze(document, location.href); return [performance.now() - t, a.ok]; })()`;

export async function benchPipeline(log: (line: string) => void = () => {}): Promise<PipelineResult> {
  const pages = corpusPages();
  const script = await pipelinePageScript();
  const server = await startFixtureServer(Object.fromEntries(pages));
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const context = await browser.newContext();
  await context.route((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1', (route) => route.abort());
  // The page's own scripts off (a CSP; DevTools evaluation is exempt): saved pages redirect, rebuild or empty
  // themselves once their servers are gone. Turning JavaScript off outright would stop DOMPurify's policy too.
  await context.route((url) => url.hostname === '127.0.0.1', async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
    } catch {
      // The page closed while one of its images was still loading: nothing to answer.
      await route.abort().catch(() => {});
    }
  });
  const ours: number[] = [];
  const raw: number[] = [];
  const ratios: number[] = [];
  const failures: string[] = [];
  try {
    for (const route of pages.keys()) {
      const page = await context.newPage();
      try {
        await page.goto(server.url(route), { waitUntil: 'load', timeout: 30_000 });
        await page.evaluate(script); // not a <script> tag: the page's CSP would refuse it
        await page.evaluate(RAW); // warm-up: JIT and caches for both
        await page.evaluate(OURS);
        const r: number[] = [];
        const o: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          r.push((await page.evaluate(RAW)) as number);
          const [ms, ok] = (await page.evaluate(OURS)) as [number, boolean];
          o.push(ms);
          if (i === 0 && !ok) failures.push(route);
        }
        raw.push(median(r));
        ours.push(median(o));
        ratios.push(median(o) / median(r));
        log(`  ${route.padEnd(44)} raw ${median(r).toFixed(1).padStart(7)} ms   ours ${median(o).toFixed(1).padStart(7)} ms   ×${(median(o) / median(r)).toFixed(2)}`);
      } catch (error) {
        failures.push(`${route}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    pages: ratios.length,
    runs: RUNS,
    oursMs: median(ours),
    rawMs: median(raw),
    medianRatio: median(ratios),
    totalRatio: sum(ours) / sum(raw),
    failures,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchPipeline(console.log);
  console.log(JSON.stringify(result, null, 2));
}
