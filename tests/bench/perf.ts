/**
 * npm run bench:perf — every budget of issue 7 beside its measured figure and a baseline measured in the same
 * run. Parts: perf-pipeline (pipeline vs raw Readability), perf-idle (the always-on script's cost on page
 * load), bench:toggle and bench:popup (run as they are, read back from their JSON), perf-sizes (bundles and
 * zips), perf-huge (50,000 elements, a 10 MB text node). Needs the builds and zips (`npm run bench:perf` makes
 * them first) and ../shared for the dev corpus. Prints; never fails on a number, only on errors.
 * Writes test-output/bench-perf.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/browser';
import { benchHuge } from './perf-huge';
import { benchIdle } from './perf-idle';
import { benchPipeline } from './perf-pipeline';
import { measureSizes } from './perf-sizes';
import { kB, msText } from './perf-stats';

const OUT = join(ROOT, 'test-output');
const log = (line: string) => console.log(line);
const section = (title: string) => console.log(`\n== ${title}`);

/** Runs another bench script as it is (its own output shown) and reads the JSON it writes. */
function runChild<T>(script: string, json: string): T {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/bench', script)], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`${script} failed (exit ${run.status})`);
  return JSON.parse(readFileSync(join(OUT, json), 'utf8')) as T;
}

interface Row {
  budget: string;
  target: string;
  measured: string;
  baseline: string;
  met: boolean | null;
}

const rows: Row[] = [];
const row = (budget: string, target: string, measured: string, baseline: string, met: boolean | null) => rows.push({ budget, target, measured, baseline, met });

section('1. Pipeline vs raw Readability, Debian Chromium, dev-corpus pages served locally');
const pipeline = await benchPipeline(log);
row('pipeline / raw Readability (median of per-page ratios)', '≤ 1.2×', `${pipeline.medianRatio.toFixed(2)}× (ours ${msText(pipeline.oursMs)})`, `raw Readability ${msText(pipeline.rawMs)} (${pipeline.pages} pages × ${pipeline.runs})`, pipeline.medianRatio <= 1.2);
row('pipeline / raw Readability (total time)', '≤ 1.2×', `${pipeline.totalRatio.toFixed(2)}×`, 'same pages, alternating', pipeline.totalRatio <= 1.2);
if (pipeline.failures.length) log(`  no article or error on: ${pipeline.failures.join(', ')}`);

section('2. Idle cost of the always-on script (toggle.js)');
const idle = await benchIdle(log);
const added = idle.load.full - idle.load.none;
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)} ms`;
row('page load added by the extension (median load event end)', '≤ 1 ms', `${msText(idle.load.full)} (${signed(added)})`, `no extension ${msText(idle.load.none)}; extension without toggle.js ${msText(idle.load.noScript)}`, added <= 1);
row('main-thread time to 500 ms after load (median)', 'info', `${msText(idle.busy.full)} (${signed(idle.busy.full - idle.busy.none)})`, `no extension ${msText(idle.busy.none)}; without toggle.js ${msText(idle.busy.noScript)}`, null);
const toggle = runChild<{ sizesKB: Record<string, string>; checkMedianMs: number; checkMaxMs: number; readabilityMedianMs: number; right: string }>('toggle-cost.ts', 'bench-toggle.json');
const toggleKB = Number(toggle.sizesKB['.output/chrome-mv3'] ?? NaN);
row('toggle.js minified (production)', '≤ 8 kB', `${toggleKB.toFixed(2)} kB`, 'n/a', toggleKB <= 8);
row('the article check itself (after load, idle callback)', 'info', `median ${msText(toggle.checkMedianMs)}, max ${msText(toggle.checkMaxMs)}`, `isProbablyReaderable ${msText(toggle.readabilityMedianMs)}`, null);

section('3. Popup: open → first content on the reference page');
type Stats = { median: number; p90: number };
const { summary: popup } = runChild<{ summary: { cold: { firstContent: Stats }; warm: { firstContent: Stats }; baselineFirstPaint: Stats } }>('popup-open.ts', 'bench-popup-open.json');
row('popup first content, cold (median)', '≤ 150 ms', msText(popup.cold.firstContent.median), `empty page first paint ${msText(popup.baselineFirstPaint.median)}`, popup.cold.firstContent.median <= 150);
row('popup first content, warm (median)', '≤ 150 ms', msText(popup.warm.firstContent.median), `empty page first paint ${msText(popup.baselineFirstPaint.median)}`, popup.warm.firstContent.median <= 150);

section('4. Sizes');
const sizes = measureSizes();
for (const [name, files] of [['chrome-mv3', sizes.chrome], ['firefox-mv2', sizes.firefox]] as const) {
  log(`  ${name}:`);
  for (const f of files) log(`    ${f.file.padEnd(44)} ${kB(f.bytes).padStart(10)}  gzip ${kB(f.gzip).padStart(9)}`);
}
for (const z of sizes.zips) log(`  ${z.file.padEnd(46)} ${kB(z.bytes).padStart(10)}`);
const chromeZip = sizes.zips.find((z) => z.file.endsWith('-chrome.zip'));
const unpacked = sizes.chrome.reduce((n, f) => n + f.bytes, 0);
row('Chrome zip', '≤ 250 kB', chromeZip ? kB(chromeZip.bytes) : 'missing (run npm run zip)', `unpacked code ${kB(unpacked)}`, chromeZip ? chromeZip.bytes <= 250 * 1024 : false);

section('5. Huge pages (reader opened with the keyboard command)');
const huge = await benchHuge(log);
for (const h of huge) {
  const freeze = Math.max(h.longestTaskMs, h.longestFrameGapMs);
  row(`huge page ${h.page}: longest main-thread block`, '≤ 200 ms', `${freeze.toFixed(0)} ms`, `shown in ${h.openMs} ms: "${h.shown.replace(/^.*?Close/u, '').slice(0, 40)}…"`, freeze <= 200);
}

section('Budgets (measured in this run)');
const widths = [58, 10, 34];
console.log(`${'budget'.padEnd(widths[0]!)}${'target'.padEnd(widths[1]!)}${'measured'.padEnd(widths[2]!)}baseline (same run)`);
for (const r of rows) {
  const mark = r.met === null ? '  ' : r.met ? '✓ ' : '✗ ';
  console.log(`${(mark + r.budget).padEnd(widths[0]!)}${r.target.padEnd(widths[1]!)}${r.measured.padEnd(widths[2]!)}${r.baseline}`);
}
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench-perf.json'), `${JSON.stringify({ rows, pipeline, idle, toggle, popup, sizes, huge }, null, 2)}\n`);
console.log('written: test-output/bench-perf.json');
