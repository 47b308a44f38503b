/**
 * npm run bench:extract — score our pipeline and raw Readability 0.6.0 over
 * every shared corpus with its own scorer, in one process and one run.
 *
 * Each page is parsed once (happy-dom) in a forked worker; our `analyze` and
 * `new Readability(copy).parse()` both run on that DOM. Predictions are then
 * scored: article-extraction-benchmark and readability-test-pages in-process
 * with eval-extraction.mjs's exported metric; the snippet, metadata and
 * realtext scorers as child processes with a replay extractor
 * (replay-extractor.mjs) that hands back the stored predictions.
 *
 * Prints a table corpus × metric × (ours, raw Readability, published best),
 * the 10 worst pages for us, and writes test-output/bench-extract.json.
 * Exits non-zero only on errors, never on scores.
 */
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { htmlKey, readJobHtml, type Job, type JobResult, type Prediction, type Reading } from './jobs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = path.resolve(ROOT, '../shared');
const CORPORA = path.join(SHARED, 'corpus');
const TOOLS = path.join(SHARED, 'tools');
const OUT_DIR = path.join(ROOT, 'test-output');
const WORK_DIR = path.join(OUT_DIR, 'bench');
const CASES = path.join(ROOT, 'tests/fixtures/cases');
const TEST_PAGE_URL = 'http://fakehost/test/page.html';
const EXTRACTORS = ['ours', 'raw'] as const;
type Extractor = (typeof EXTRACTORS)[number];

interface ExtractionModule {
  shingleMatching(t: string, p: string): [number, number, number];
  evaluatePages(pages: { tp: number; fp: number; fn: number; accuracy: boolean }[], o: { nBootstrap: number }): Record<string, number>;
  tokensEqual(a: string, b: string): boolean;
  tokenize(s: string): string[];
}

interface Row {
  corpus: string;
  metric: string;
  ours: number | null;
  raw: number | null;
  best?: string;
  target?: string;
  note?: string;
}

interface WorstPage {
  corpus: string;
  id: string;
  score: number;
  what: string[];
}

const PUBLISHED: Record<string, Record<string, string>> = {
  'article-extraction-benchmark': { F1: '0.970 rs_trafilatura (181 pages); 0.966 AutoExtract', precision: '0.984 AutoExtract', recall: '0.990 rs_trafilatura' },
  'trafilatura-eval': { F1: '0.924 trafilatura 2.2.0 (990 pages)' },
};

/** The issue's targets on the dev corpora, printed beside what we measure (corpus → metric → target). */
const TARGETS: Record<string, Record<string, string>> = {
  'article-extraction-benchmark': { F1: '≥ 0.975', precision: '≥ 0.96', recall: '≥ 0.98' },
  'readability-test-pages, less deliberate removals': { F1: '≥ 0.99' },
  'trafilatura-eval': { 'snippets F1': '≥ 0.93' },
  'promo-pages': { 'snippets F1': '≥ 0.95', 'promos leaked': '≤ 1' },
  'id-news-anpandu': { 'snippets F1': '≥ 0.98' },
  'id-news-slasher': { 'snippets F1': '≥ 0.98' },
  cases: { 'keep recall %': '≥ 99.5', 'drop leak %': '≤ 1', 'zero-leak pages %': '≥ 95' },
};
const target = (corpus: string, metric: string): string | undefined => TARGETS[corpus]?.[metric];

/**
 * `--corpus a,b` (or BENCH_CORPUS=a,b) limits the run to those corpora
 * (folder names under ../shared/corpus, or `cases` for tests/fixtures/cases):
 * the whole run takes many minutes on a shared machine.
 */
function corpusFilter(): ((name: string) => boolean) {
  const i = process.argv.indexOf('--corpus');
  const raw = (i >= 0 ? process.argv[i + 1] : undefined) ?? process.env.BENCH_CORPUS ?? '';
  const names = raw.split(',').map((x) => x.trim()).filter(Boolean);
  return names.length ? (name) => names.includes(name) : () => true;
}
const wanted = corpusFilter();

function fail(msg: string): never {
  process.stderr.write(`bench:extract: ${msg}\n`);
  process.exit(1);
}

// ------------------------------------------------------------------ jobs --
interface CorpusPages {
  extraction: { corpus: string; pages: { id: string; url: string; expected: string; key: string }[] }[];
  snippets: string[];
  metadata: { corpus: string; restore: boolean }[];
}

function collect(): { jobs: Map<string, Job>; corpora: CorpusPages } {
  const jobs = new Map<string, Job>();
  const add = (file: string, url: string, reading: Reading): string => {
    const key = `${reading}:${file}:${url}`;
    if (!jobs.has(key)) jobs.set(key, { key, file, url, reading });
    return key;
  };
  const corpora: CorpusPages = { extraction: [], snippets: [], metadata: [] };

  // article-extraction-benchmark layout
  const aeb = path.join(CORPORA, 'article-extraction-benchmark');
  if (wanted('article-extraction-benchmark') && existsSync(path.join(aeb, 'ground-truth.json'))) {
    const gt = JSON.parse(readFileSync(path.join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
    const pages = Object.keys(gt).sort().map((id) => {
      const gz = path.join(aeb, 'html', `${id}.html.gz`);
      const file = existsSync(gz) ? gz : path.join(aeb, 'html', `${id}.html`);
      const url = gt[id]!.url ?? '';
      return { id, url, expected: gt[id]!.articleBody ?? '', key: add(file, url, 'gzip-utf8') };
    });
    corpora.extraction.push({ corpus: 'article-extraction-benchmark', pages });
  }
  // readability-test-pages layout (expected text is filled in later with jsdom, as the scorer does)
  const rtp = path.join(CORPORA, 'readability-test-pages');
  if (wanted('readability-test-pages') && existsSync(rtp)) {
    const ids = readdirSync(rtp, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(rtp, d.name, 'source.html'))).map((d) => d.name).sort();
    corpora.extraction.push({
      corpus: 'readability-test-pages',
      pages: ids.map((id) => ({ id, url: TEST_PAGE_URL, expected: path.join(rtp, id, 'expected.html'), key: add(path.join(rtp, id, 'source.html'), TEST_PAGE_URL, 'trim-utf8') })),
    });
  }
  for (const name of readdirSync(CORPORA).sort()) {
    if (!wanted(name)) continue;
    const dir = path.join(CORPORA, name);
    const sn = path.join(dir, 'snippets.json');
    if (existsSync(sn)) {
      corpora.snippets.push(name);
      for (const it of (JSON.parse(readFileSync(sn, 'utf8')) as { items: { html: string; url: string }[] }).items) add(path.join(dir, it.html), it.url, 'sniff');
    }
    const md = path.join(dir, 'metadata.json');
    if (existsSync(md)) {
      const restore = name === 'postlight-parser-fixtures';
      corpora.metadata.push({ corpus: name, restore });
      for (const it of (JSON.parse(readFileSync(md, 'utf8')) as { items: { html: string; url: string }[] }).items) add(path.join(dir, it.html), it.url, restore ? 'sniff-restore-meta' : 'sniff');
    }
  }
  if (wanted('cases') && existsSync(CASES)) {
    for (const c of readdirSync(CASES).sort()) {
      const exp = path.join(CASES, c, 'expected.json');
      if (existsSync(exp) && existsSync(path.join(CASES, c, 'page.html'))) add(path.join(CASES, c, 'page.html'), (JSON.parse(readFileSync(exp, 'utf8')) as { url: string }).url, 'utf8');
    }
  }
  return { jobs, corpora };
}

// ---------------------------------------------------------------- extract --
/** Pages per worker process: a fresh process per chunk keeps DOM memory (happy-dom leaks across windows) bounded. */
const CHUNK = Number(process.env.BENCH_CHUNK) || 40;

function runChunk(chunk: Job[], results: Map<string, JobResult>, onDone: () => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let finished = false;
    child.on('message', (m: JobResult | { key: string; fatal: string } | { done: true }) => {
      if ('done' in m) {
        finished = true;
        child.disconnect();
        return;
      }
      if ('fatal' in m) {
        child.kill();
        reject(new Error(`worker failed on ${m.key}: ${m.fatal}`));
        return;
      }
      results.set(m.key, m);
      onDone();
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (finished && code === 0) resolve();
      else {
        const missing = chunk.filter((j) => !results.has(j.key)).map((j) => j.file);
        reject(new Error(`worker exited (${signal ?? `code ${code}`}) before finishing; pages left: ${missing.slice(0, 3).join(', ')}`));
      }
    });
    child.send({ jobs: chunk });
  });
}

async function extractAll(jobs: Job[]): Promise<Map<string, JobResult>> {
  const n = Math.max(1, Math.min(Number(process.env.BENCH_WORKERS) || availableParallelism(), 8));
  const chunks: Job[][] = [];
  for (let i = 0; i < jobs.length; i += CHUNK) chunks.push(jobs.slice(i, i + CHUNK));
  const results = new Map<string, JobResult>();
  let done = 0;
  const t0 = Date.now();
  const progress = (): void => {
    if (++done % 100 === 0) process.stderr.write(`  extracted ${done}/${jobs.length} pages (${Math.round((Date.now() - t0) / 1000)} s)\n`);
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < chunks.length) await runChunk(chunks[next++]!, results, progress);
    }),
  );
  return results;
}

// ---------------------------------------------------------------- scoring --
const pick = (r: JobResult, e: Extractor): Prediction => (e === 'ours' ? r.ours : r.raw);

/** Up to `max` runs of `a`'s tokens that do not occur in `b` (what was missed, or what is extra), with the share of `a` they make. */
function sampleDiff(tokenize: (s: string) => string[], a: string, b: string, n = 14, max = 2): string | null {
  const ta = tokenize(a);
  const tb = ` ${tokenize(b).join(' ')} `;
  const runs: string[] = [];
  let off = 0;
  let last = -Infinity;
  for (let i = 0; i + 4 <= ta.length; i += 4) {
    if (tb.includes(` ${ta.slice(i, i + 4).join(' ')} `)) continue;
    off += 4;
    if (runs.length < max && i >= last + 2 * n) {
      runs.push(ta.slice(i, i + n).join(' '));
      last = i;
    }
  }
  if (!runs.length) return null;
  return `${Math.round((100 * off) / Math.max(1, ta.length))} % of tokens: “${runs.join('…” “')}…”`;
}

async function scoreExtraction(corpora: CorpusPages['extraction'], results: Map<string, JobResult>, rows: Row[], worst: WorstPage[], report: Record<string, unknown>): Promise<void> {
  const ev = (await import(pathToFileURL(path.join(TOOLS, 'eval-extraction.mjs')).href)) as ExtractionModule;
  let JSDOM: typeof import('jsdom').JSDOM | null = null;
  for (const c of corpora) {
    if (c.corpus === 'readability-test-pages') {
      // Ground truth = textContent of expected.html parsed with jsdom, as eval-extraction.mjs does.
      JSDOM ??= (await import('jsdom')).JSDOM;
      const { ALLOWED_REMOVALS, NOT_ARTICLES } = await import('../corpus/allowed-removals');
      const { withoutAllowed } = await import('../corpus/test-pages');
      const deliberate: typeof c = { corpus: 'readability-test-pages, less deliberate removals', pages: [] };
      for (const p of c.pages) {
        const dom = new JSDOM(`<!DOCTYPE html><html><body>${readFileSync(p.expected, 'utf8').trim()}</body></html>`);
        const body = dom.window.document.body;
        p.expected = body.textContent ?? '';
        // What we take out on purpose: the listed promos and boilerplate, and captions (kept in the HTML, not in the plain text).
        const captions = Array.from(body.querySelectorAll('figcaption')).map((f) => ({ snippet: f.textContent ?? '', why: 'caption' })).filter((a) => /\w/u.test(a.snippet));
        if (!(p.id in NOT_ARTICLES)) {
          let expected = withoutAllowed(p.expected, ALLOWED_REMOVALS[p.id] ?? []);
          for (const cap of captions) {
            try {
              expected = withoutAllowed(expected, [cap]);
            } catch {
              // the caption's words went with a listed removal already
            }
          }
          deliberate.pages.push({ ...p, expected });
        }
        dom.window.close();
      }
      corpora.push(deliberate);
    }
    const perExtractor: Record<string, unknown> = {};
    for (const e of EXTRACTORS) {
      const pages = [];
      for (const p of c.pages) {
        const expected = p.expected;
        const r = results.get(p.key)!;
        const text = pick(r, e).text;
        const [tp, fp, fn] = ev.shingleMatching(expected, text);
        const precision = tp + fp > 0 ? (fp === 0 && fn === 0 ? 1 : tp / (tp + fp)) : null;
        const recall = tp + fn > 0 ? (fp === 0 && fn === 0 ? 1 : tp / (tp + fn)) : null;
        const pr = precision ?? 0, rc = recall ?? 0;
        const f1 = pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0;
        pages.push({ id: p.id, tp, fp, fn, precision, recall, f1, accuracy: ev.tokensEqual(expected, text), error: pick(r, e).error ?? null });
        if (e === 'ours' && f1 < 0.98 && c.corpus !== 'readability-test-pages') {
          const [rtp, rfp, rfn] = ev.shingleMatching(expected, r.raw.text);
          const rawF1 = rtp > 0 ? (2 * rtp) / (2 * rtp + rfp + rfn) : 0;
          const what: string[] = [`P ${pr.toFixed(3)} R ${rc.toFixed(3)} (raw Readability F1 ${rawF1.toFixed(3)})${pick(r, e).error ? ` (${pick(r, e).error})` : ''}`];
          const missed = sampleDiff(ev.tokenize, expected, text);
          const extra = sampleDiff(ev.tokenize, text, expected);
          if (missed) what.push(`missed ${missed}`);
          if (extra) what.push(`extra ${extra}`);
          worst.push({ corpus: c.corpus, id: p.id, score: f1, what });
        }
      }
      const m = ev.evaluatePages(pages, { nBootstrap: 200 });
      perExtractor[e] = { metrics: m, pages };
    }
    const mo = (perExtractor.ours as { metrics: Record<string, number> }).metrics;
    const mr = (perExtractor.raw as { metrics: Record<string, number> }).metrics;
    for (const k of ['F1', 'precision', 'recall', 'accuracy']) {
      const key = k === 'F1' ? 'f1' : k;
      rows.push({ corpus: `${c.corpus} (${c.pages.length})`, metric: k, ours: mo[key] ?? null, raw: mr[key] ?? null, best: PUBLISHED[c.corpus]?.[k], target: target(c.corpus, k) });
    }
    report[c.corpus] = perExtractor;
  }
}

function runScorer(script: string, args: string[], predFile: string): { ok: boolean; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(TOOLS, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PREDICTIONS: predFile },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr };
}

const REPLAY = fileURLToPath(new URL('./replay-extractor.mjs', import.meta.url));

interface SnippetsReport {
  corpora: { dataset: string; totals: { pages: number; tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number; accuracy: number }; errors: number; promo: { n: number; leaked: number }; pages: { id: string; tp: number; fp: number; fn: number; tn: number; missed: string[]; leaked: string[]; error?: string }[] }[];
}
interface MetadataReport {
  corpora: { dataset: string; fields: Record<string, { n: number; exact: number; normalized: number; relaxed: number; n_null: number; spurious: number }> }[];
}
interface RealtextReport {
  summary: { pages: number; keepRecall: number; dropLeak: number; zeroLeakPages: number; attribution: Record<string, { accuracy: number }> };
}

function scoreWithScorers(corpora: CorpusPages, predFiles: Record<Extractor, string>, rows: Row[], worst: WorstPage[], report: Record<string, unknown>, errors: string[]): void {
  for (const corpus of corpora.snippets) {
    const reps: Partial<Record<Extractor, SnippetsReport['corpora'][number]>> = {};
    for (const e of EXTRACTORS) {
      const out = path.join(WORK_DIR, `snippets-${corpus}-${e}.json`);
      const r = runScorer('eval-snippets.mjs', ['--corpus', path.join(CORPORA, corpus), '--extractor', REPLAY, '--out', out, '--quiet', '--warmup', '0'], predFiles[e]);
      if (!r.ok) {
        errors.push(`eval-snippets on ${corpus} (${e}) failed: ${r.stderr.slice(0, 500)}`);
        continue;
      }
      reps[e] = (JSON.parse(readFileSync(out, 'utf8')) as SnippetsReport).corpora[0];
    }
    const o = reps.ours, w = reps.raw;
    const n = o?.totals.pages ?? w?.totals.pages ?? 0;
    for (const k of ['F1', 'precision', 'recall'] as const) {
      const key = k === 'F1' ? 'f1' : k;
      rows.push({ corpus: `${corpus} (${n})`, metric: `snippets ${k}`, ours: o?.totals[key] ?? null, raw: w?.totals[key] ?? null, best: PUBLISHED[corpus]?.[k], target: target(corpus, `snippets ${k}`) });
    }
    if (o?.promo.n) rows.push({ corpus: `${corpus} (${n})`, metric: 'promos leaked', ours: o.promo.leaked, raw: w?.promo.leaked ?? null, note: `of ${o.promo.n}`, target: target(corpus, 'promos leaked') });
    for (const p of o?.pages ?? []) {
      const total = p.tp + p.fp + p.fn + p.tn;
      const bad = p.fn + p.fp;
      if (bad === 0 || total === 0) continue;
      const what: string[] = [];
      if (p.error) what.push(p.error);
      for (const m of p.missed.slice(0, 2)) what.push(`missed: “${m.slice(0, 90)}”`);
      for (const l of p.leaked.slice(0, 2)) what.push(`extra: “${l.slice(0, 90)}”`);
      worst.push({ corpus, id: p.id, score: 1 - bad / total, what });
    }
    report[`snippets:${corpus}`] = { ours: o?.totals, raw: w?.totals, promoOurs: o?.promo, promoRaw: w?.promo };
  }
  for (const { corpus, restore } of corpora.metadata) {
    const reps: Partial<Record<Extractor, MetadataReport['corpora'][number]>> = {};
    for (const e of EXTRACTORS) {
      const out = path.join(WORK_DIR, `metadata-${corpus}-${e}.json`);
      const args = ['--corpus', path.join(CORPORA, corpus), '--extractor', REPLAY, '--out', out, '--quiet', '--warmup', '0', ...(restore ? ['--restore-meta'] : [])];
      const r = runScorer('eval-metadata.mjs', args, predFiles[e]);
      if (!r.ok) {
        errors.push(`eval-metadata on ${corpus} (${e}) failed: ${r.stderr.slice(0, 500)}`);
        continue;
      }
      reps[e] = (JSON.parse(readFileSync(out, 'utf8')) as MetadataReport).corpora[0];
    }
    for (const f of ['title', 'author', 'site_name', 'date_published']) {
      const fo = reps.ours?.fields[f], fr = reps.raw?.fields[f];
      if (!fo?.n) continue;
      rows.push({ corpus: `${corpus}${restore ? ' (restore-meta)' : ''}`, metric: `${f} normalized`, ours: fo.normalized / fo.n, raw: fr ? fr.normalized / fr.n : null, note: `n=${fo.n}` });
    }
    report[`metadata:${corpus}`] = { ours: reps.ours?.fields, raw: reps.raw?.fields };
  }
  if (wanted('cases') && existsSync(CASES)) {
    const reps: Partial<Record<Extractor, RealtextReport['summary']>> = {};
    for (const e of EXTRACTORS) {
      const out = path.join(WORK_DIR, `realtext-${e}.json`);
      const r = runScorer('eval-realtext.mjs', ['--set', CASES, '--extractor', REPLAY, '--out', out, '--quiet'], predFiles[e]);
      if (!r.ok) {
        errors.push(`eval-realtext (${e}) failed: ${r.stderr.slice(0, 500)}`);
        continue;
      }
      reps[e] = (JSON.parse(readFileSync(out, 'utf8')) as RealtextReport).summary;
    }
    const o = reps.ours, w = reps.raw;
    const label = `fixtures/cases (${o?.pages ?? w?.pages ?? 0})`;
    rows.push({ corpus: label, metric: 'keep recall %', ours: o?.keepRecall ?? null, raw: w?.keepRecall ?? null, target: target('cases', 'keep recall %') });
    rows.push({ corpus: label, metric: 'drop leak %', ours: o?.dropLeak ?? null, raw: w?.dropLeak ?? null, target: target('cases', 'drop leak %') });
    const zero = (s?: RealtextReport['summary']): number | null => (s && s.pages ? (100 * s.zeroLeakPages) / s.pages : null);
    rows.push({ corpus: label, metric: 'zero-leak pages %', ours: zero(o), raw: zero(w), target: target('cases', 'zero-leak pages %') });
    for (const f of ['siteName', 'author', 'editor', 'source', 'publishedTime']) {
      rows.push({ corpus: label, metric: `attribution.${f} %`, ours: o?.attribution[f]?.accuracy ?? null, raw: w?.attribution[f]?.accuracy ?? null });
    }
    report.realtext = { ours: o, raw: w };
  }
}

// ------------------------------------------------------------------ print --
const fmt = (x: number | null): string => (x == null ? '-' : Number.isInteger(x) ? String(x) : x > 1 ? x.toFixed(1) : x.toFixed(3));

function printTable(rows: Row[]): void {
  const head = ['corpus', 'metric', 'target', 'ours', 'raw Readability', 'published best'];
  const body = rows.map((r) => [r.corpus, r.metric, r.target ?? '', fmt(r.ours) + (r.note ? ` ${r.note}` : ''), fmt(r.raw), r.best ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  let last = '';
  for (const b of body) {
    console.log(line([b[0] === last ? '' : b[0]!, ...b.slice(1)]));
    last = b[0]!;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(CORPORA) || !existsSync(TOOLS)) fail(`../shared not found (looked for ${CORPORA} and ${TOOLS}): the bench needs the shared corpus and scorers next to the repo`);
  mkdirSync(WORK_DIR, { recursive: true });
  const { jobs, corpora } = collect();
  process.stderr.write(`bench:extract: ${jobs.size} distinct pages; parsing each once, ours + raw Readability on the same DOM\n`);
  const results = await extractAll([...jobs.values()]);
  const extractSeconds = (Date.now() - started) / 1000;

  // Replay files for the scorers, keyed like replay-extractor.mjs does.
  const predFiles = {} as Record<Extractor, string>;
  for (const e of EXTRACTORS) {
    const preds: Record<string, Prediction> = {};
    for (const r of results.values()) preds[r.hash] = pick(r, e);
    predFiles[e] = path.join(WORK_DIR, `predictions-${e}.json`);
    writeFileSync(predFiles[e], JSON.stringify(preds));
  }
  // Sanity check: the scorers must read the same HTML we extracted from.
  for (const j of [...jobs.values()].slice(0, 3)) if (htmlKey(readJobHtml(j), j.url) !== results.get(j.key)?.hash) fail(`page key mismatch for ${j.file}`);

  const rows: Row[] = [];
  const worst: WorstPage[] = [];
  const errors: string[] = [];
  const report: Record<string, unknown> = {};
  await scoreExtraction(corpora.extraction, results, rows, worst, report);
  scoreWithScorers(corpora, predFiles, rows, worst, report, errors);

  const all = [...results.values()];
  const sum = (f: (r: JobResult) => number): number => all.reduce((s, r) => s + f(r), 0);
  const timing = {
    pages: all.length,
    totalSeconds: (Date.now() - started) / 1000,
    extractSeconds,
    cpuSecondsParse: sum((r) => r.msParse) / 1000,
    cpuSecondsOurs: sum((r) => r.msOurs) / 1000,
    cpuSecondsRaw: sum((r) => r.msRaw) / 1000,
    errorsOurs: all.filter((r) => r.ours.error?.startsWith('threw')).length,
    errorsRaw: all.filter((r) => r.raw.error?.startsWith('threw')).length,
  };

  console.log(`\nExtraction bench: ours (core/analyze, article.text) vs raw @mozilla/readability 0.6.0 (textContent), same happy-dom DOM\n`);
  printTable(rows);
  worst.sort((a, b) => a.score - b.score);
  console.log(`\n10 worst pages for us (page F1 for body-text corpora; share of snippets right for snippet corpora):`);
  for (const w of worst.slice(0, 10)) console.log(`  ${w.corpus} ${w.id.slice(0, 40)}  ${w.score.toFixed(3)}\n      ${w.what.join('\n      ')}`);
  console.log(
    `\n${timing.pages} pages in ${timing.totalSeconds.toFixed(1)} s (extraction ${timing.extractSeconds.toFixed(1)} s; summed per-page time: parse ${timing.cpuSecondsParse.toFixed(1)} s, ours ${timing.cpuSecondsOurs.toFixed(1)} s, raw ${timing.cpuSecondsRaw.toFixed(1)} s); crashes: ours ${timing.errorsOurs}, raw ${timing.errorsRaw}`,
  );
  const jsonOut = path.join(OUT_DIR, 'bench-extract.json');
  writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), node: process.version, timing, table: rows, worst: worst.slice(0, 10), errors, details: report }, null, 1) + '\n');
  console.log(`report: ${path.relative(ROOT, jsonOut)}`);
  if (errors.length) fail(`${errors.length} scorer error(s):\n${errors.join('\n')}`);
}

main().catch((e: unknown) => fail((e as Error)?.stack ?? String(e)));
