/**
 * npm run bench:readerable — how often the always-on article check
 * (core/readerable.ts) is right, beside Readability's isProbablyReaderable on
 * the same parsed pages in the same run, and what each costs per page.
 *
 * Sets: our labelled article fixtures and hand-written non-articles (search
 * results, home and section pages, a form, a shop; in tests/fixtures), then
 * every corpus in ../shared/corpus that is there (all of them articles; the
 * readability-test-pages set is scored against Readability's own `readerable`
 * labels). Trees come from the CLI's parser (parse5 → happy-dom), so timings
 * are Node figures, for comparing the two checks, not browser milliseconds.
 * Pages are scored in child processes of 40 pages each: happy-dom windows
 * don't give all their memory back, and 700 pages in one process run out.
 * `-- --every N` scores every N-th page of each corpus (default 1: all).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHtml } from '../../core/node/dom';
import { readerableVerdict } from '../../core/readerable';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = path.resolve(ROOT, '../shared/corpus');

interface Page {
  name: string;
  url: string;
  file: string;
  article: boolean;
}

const CHUNK = 40;
const everyArg = process.argv.indexOf('--every');
const EVERY = everyArg > 0 ? Math.max(1, Number(process.argv[everyArg + 1]) || 1) : 1;

function read(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function fixtureSets(): [string, Page[]][] {
  const casesDir = path.join(ROOT, 'tests/fixtures/cases');
  const cases = readdirSync(casesDir).map((name) => ({
    name,
    url: readFileSync(path.join(casesDir, name, 'origin.txt'), 'utf8').split('\n')[0]!.trim(),
    file: path.join(casesDir, name, 'page.html'),
    article: true,
  }));
  const nonDir = path.join(ROOT, 'tests/fixtures/non-articles');
  const non = readdirSync(nonDir).filter((f) => f.endsWith('.html')).map((file) => ({
    name: file,
    // A plain path: the structure must give these away, not a ?q= in the URL.
    url: `https://site.example/${file.replace(/\.html$/u, '')}`,
    file: path.join(nonDir, file),
    article: false,
  }));
  return [['fixtures: articles', cases], ['fixtures: non-articles', non]];
}

function htmlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.html?(?:\.gz)?$/u.test(f)).sort() : [];
}

function corpusSets(): [string, Page[]][] {
  if (!existsSync(CORPUS)) {
    console.log(`(${CORPUS} not found: fixture sets only)`);
    return [];
  }
  const sets: [string, Page[]][] = [];
  const rtp = path.join(CORPUS, 'readability-test-pages');
  if (existsSync(rtp)) {
    const pages = readdirSync(rtp).filter((d) => existsSync(path.join(rtp, d, 'expected-metadata.json'))).map((d) => ({
      name: d,
      url: `https://${d}.example/article`,
      file: path.join(rtp, d, 'source.html'),
      article: (JSON.parse(read(path.join(rtp, d, 'expected-metadata.json'))) as { readerable?: boolean }).readerable !== false,
    }));
    sets.push(['readability-test-pages (its labels)', pages]);
  }
  for (const name of ['article-extraction-benchmark', 'trafilatura-eval', 'postlight-parser-fixtures', 'id-news-anpandu', 'id-news-slasher', 'promo-pages']) {
    const dir = path.join(CORPUS, name, 'html');
    const pages = htmlFiles(dir).filter((_, i) => i % EVERY === 0)
      .map((file) => ({ name: `${name}/${file}`, url: 'https://news.example/story/1', file: path.join(dir, file), article: true }));
    if (pages.length) sets.push([`${name} (articles)`, pages]);
  }
  return sets;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

interface Scored {
  name: string;
  article: boolean;
  ours: boolean;
  readability: boolean;
  oursMs: number;
  readabilityMs: number;
  why: string;
}

/** Child process: scores the pages given as JSON on stdin, prints the results as JSON. */
async function scorePages(pages: Page[]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const page of pages) {
    const parsed = await parseHtml(read(page.file), page.url);
    try {
      let t = performance.now();
      const verdict = readerableVerdict(parsed.document, page.url);
      const oursMs = performance.now() - t;
      t = performance.now();
      const readability = isProbablyReaderable(parsed.document);
      const readabilityMs = performance.now() - t;
      const why = `${verdict.chars} chars in ${verdict.blocks} blocks${verdict.metadata ? ', metadata' : ''}`;
      out.push({ name: page.name, article: page.article, ours: verdict.article, readability, oursMs, readabilityMs, why });
    } finally {
      parsed.close();
    }
  }
  return out;
}

function scoreInChildren(pages: Page[]): Scored[] {
  const out: Scored[] = [];
  for (let i = 0; i < pages.length; i += CHUNK) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], {
      input: JSON.stringify(pages.slice(i, i + CHUNK)),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (child.status !== 0) throw new Error(`scoring pages ${i}-${i + CHUNK} failed:\n${child.stderr}`);
    out.push(...(JSON.parse(child.stdout) as Scored[]));
  }
  return out;
}

interface Row {
  set: string;
  pages: number;
  ours: number;
  readability: number;
  oursMs: number;
  readabilityMs: number;
  oursWrong: string[];
}

function summarize(set: string, scored: Scored[]): Row {
  return {
    set,
    pages: scored.length,
    ours: scored.filter((s) => s.ours === s.article).length,
    readability: scored.filter((s) => s.readability === s.article).length,
    oursMs: median(scored.map((s) => s.oursMs)),
    readabilityMs: median(scored.map((s) => s.readabilityMs)),
    oursWrong: scored.filter((s) => s.ours !== s.article).map((s) => `${s.name} (${s.why})`),
  };
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)} %`;

if (process.argv.includes('--child')) {
  const input = readFileSync(0, 'utf8');
  process.stdout.write(JSON.stringify(await scorePages(JSON.parse(input) as Page[])));
  process.exit(0);
}

const rows: Row[] = [];
for (const [set, pages] of [...fixtureSets(), ...corpusSets()]) {
  rows.push(summarize(set, scoreInChildren(pages)));
  console.log(`scored ${set}`);
}

console.log('\nArticle check: share of pages judged right (ours vs isProbablyReaderable, same parsed tree), median ms per page\n');
console.log(`${'set'.padEnd(42)} ${'pages'.padStart(5)}  ${'ours'.padStart(8)}  ${'Readability'.padStart(11)}  ${'ours ms'.padStart(8)}  ${'R. ms'.padStart(8)}`);
for (const r of rows) {
  console.log(`${r.set.padEnd(42)} ${String(r.pages).padStart(5)}  ${pct(r.ours, r.pages).padStart(8)}  ${pct(r.readability, r.pages).padStart(11)}  ${r.oursMs.toFixed(2).padStart(8)}  ${r.readabilityMs.toFixed(2).padStart(8)}`);
}
const wrong = rows.flatMap((r) => r.oursWrong.map((w) => `${r.set}: ${w}`));
if (wrong.length) {
  console.log(`\nOurs wrong on ${wrong.length} page(s):`);
  for (const w of wrong.slice(0, 40)) console.log(`  ${w}`);
}
