/**
 * npm run bench:toggle — what the always-on article check costs in a real
 * Chromium: the minified size of toggle.js (production and e2e builds) and,
 * for every fixture page (29 articles, 6 non-articles) served locally, the
 * time the check itself took (recorded by the script in its isolated world),
 * beside the time Readability's isProbablyReaderable takes on the same page
 * in the same browser (run in the page, measured the same way). The check
 * runs after the page's load event, in an idle moment, so it adds nothing to
 * load time itself; these figures say how long that idle task is.
 *
 * Needs `npm run build:e2e` (and `npm run build` for the production size).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_BUILD, launchWithExtension, ROOT } from '../helpers/browser';
import { startFixtureServer } from '../helpers/browser-server';
import { pageVerdict, inIsolatedWorld } from '../helpers/isolated-world';

const BUDGET_KB = 8;
const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Readability's check as a script for the page: its CommonJS file, given a `module` to export through. */
function readabilityCheckSource(): string {
  const source = readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability-readerable.js'), 'utf8');
  return `(function () { var module = { exports: {} }; ${source}\n; window.R = module.exports; })();`;
}

const sizes: [string, string][] = [];
for (const dir of ['.output/chrome-mv3', '.output/chrome-mv3-e2e']) {
  const file = path.join(ROOT, dir, 'toggle.js');
  if (existsSync(file)) sizes.push([dir, (statSync(file).size / 1024).toFixed(2)]);
}

const pages: Record<string, string> = {};
for (const name of readdirSync(path.join(ROOT, 'tests/fixtures/cases'))) pages[`/a/${name}.html`] = readFileSync(path.join(ROOT, 'tests/fixtures/cases', name, 'page.html'), 'utf8');
for (const file of readdirSync(path.join(ROOT, 'tests/fixtures/non-articles')).filter((f) => f.endsWith('.html'))) pages[`/n/${file}`] = readFileSync(path.join(ROOT, 'tests/fixtures/non-articles', file), 'utf8');

const readability = readabilityCheckSource();
const server = await startFixtureServer(pages);
const browser = await launchWithExtension(E2E_BUILD);
const ours: number[] = [];
const theirs: number[] = [];
let right = 0;
try {
  for (const route of Object.keys(pages)) {
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(server.url(route), { waitUntil: 'load' });
      for (let i = 0; i < 200 && (await pageVerdict(browser.worker, page)) === null; i++) await page.waitForTimeout(25);
      const state = await inIsolatedWorld(browser.worker, page, () => (globalThis as Record<symbol, { article?: boolean; ms?: number }>)[Symbol.for('jernih.toggle.state')]);
      ours.push(state?.ms ?? NaN);
      if (run === 0 && state?.article === route.startsWith('/a/')) right++;
      await page.addScriptTag({ content: readability });
      theirs.push(await page.evaluate(() => {
        const start = performance.now();
        (globalThis as unknown as { R: (doc: Document) => boolean }).R(document);
        return performance.now() - start;
      }));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

console.log('\ntoggle.js, minified:');
for (const [dir, kb] of sizes) console.log(`  ${dir.padEnd(24)} ${kb.padStart(6)} kB   (budget ${BUDGET_KB} kB)`);
console.log(`\nThe check in Chromium, ${Object.keys(pages).length} fixture pages × ${RUNS} loads (after load, in an idle callback):`);
console.log(`  ours (core/readerable.ts)        median ${median(ours).toFixed(3)} ms   max ${Math.max(...ours).toFixed(3)} ms   right on ${right}/${Object.keys(pages).length} pages`);
console.log(`  Readability isProbablyReaderable median ${median(theirs).toFixed(3)} ms   max ${Math.max(...theirs).toFixed(3)} ms (same pages, same run)`);

// For `npm run bench:perf`, which prints these beside the other budgets.
mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
writeFileSync(path.join(ROOT, 'test-output/bench-toggle.json'), `${JSON.stringify({
  budgetKB: BUDGET_KB,
  sizesKB: Object.fromEntries(sizes),
  checkMedianMs: median(ours),
  checkMaxMs: Math.max(...ours),
  readabilityMedianMs: median(theirs),
  right: `${right}/${Object.keys(pages).length}`,
}, null, 2)}\n`);
