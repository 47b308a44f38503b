/**
 * npm run bench:popup-data — how good is the data the popup shows
 * (attribution, quotes) and the metadata behind it, ours vs raw Readability.
 *
 * In one run, side by side:
 *  - eval-realtext.mjs over tests/fixtures/cases (the reference page 01 and the
 *    whole labelled set): attribution accuracy per field, quote precision /
 *    recall and speaker accuracy, keep-recall and drop-leak;
 *  - eval-metadata.mjs over the shared corpora postlight-parser-fixtures
 *    (--restore-meta), trafilatura-eval and id-news-anpandu: title / author /
 *    date match rates (normalised).
 * "ours" = tests/bench/realtext-ours.mjs (core `analyze`), "raw" =
 * tests/bench/realtext-readability.mjs (`new Readability(doc).parse()` on the
 * same happy-dom tree: byline → author, no editor/source, no quotes, lead-3
 * summary). The scorers run as child processes under tsx, two at a time.
 *
 * trafilatura-eval's metadata is scored on every 3rd page (sorted by id) so
 * the run stays within a few minutes on 2 cores; `-- --full` scores all 567.
 * `-- --only <corpus>[,cases]` scores only the named corpora (see ONLY).
 *
 * Writes test-output/bench-popup-data.json. Exits 1 on errors (../shared
 * missing, a scorer failing); never on scores. Pages on which an extractor
 * throws are scored as misses by the scorers and listed, not fatal.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, scoreSubset, wrongSpeakerPairs, type Field, type RealtextPage, type SubsetScore } from './popup-quotes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = path.resolve(ROOT, '../shared');
const TOOLS = path.join(SHARED, 'tools');
const CORPUS = path.join(SHARED, 'corpus');
const CASES = path.join(ROOT, 'tests/fixtures/cases');
const OUT_DIR = path.join(ROOT, 'test-output');
const WORK = path.join(OUT_DIR, 'bench-popup-data');
const REFERENCE = '01-jurnal-soreang-putin';
const CONCURRENCY = 2;

const EXTRACTORS = {
  ours: path.join(ROOT, 'tests/bench/realtext-ours.mjs'),
  raw: path.join(ROOT, 'tests/bench/realtext-readability.mjs'),
} as const;
type Who = keyof typeof EXTRACTORS;
const WHO: Who[] = ['ours', 'raw'];

/**
 * `every`: score every n-th annotated page (sorted by id) unless --full is given.
 * trafilatura-eval has 567 annotated pages; all of them take ~10 CPU-minutes
 * for the two extractors, so by default a fixed third of them is scored.
 */
const METADATA_CORPORA: { name: string; restoreMeta: boolean; every: number }[] = [
  { name: 'postlight-parser-fixtures', restoreMeta: true, every: 1 },
  { name: 'trafilatura-eval', restoreMeta: false, every: 3 },
  { name: 'id-news-anpandu', restoreMeta: false, every: 1 },
];
const FULL = process.argv.includes('--full');
/**
 * `-- --only postlight-parser-fixtures[,cases]`: score only these corpora ("cases" = the labelled
 * set), for a quick look at one while working on it; the default run scores all of them.
 */
const ONLY = ((i) => (i >= 0 ? new Set((process.argv[i + 1] ?? '').split(',').filter(Boolean)) : null))(process.argv.indexOf('--only'));
const wanted = (name: string) => !ONLY || ONLY.has(name);
const META_FIELDS = [
  ['title', 'title'],
  ['author', 'author'],
  ['date_published', 'date'],
] as const;

const TARGETS = {
  attribution: 0.95,
  precision: 0.9,
  recall: 0.85,
  speaker: 0.9,
  title: 0.9,
  author: 0.85,
  date_published: 0.9,
} as const;

interface Job {
  label: string;
  script: string;
  args: string[];
  out: string;
}

interface JobRun {
  label: string;
  ok: boolean;
  seconds: number;
  stderrTail: string;
  out: string;
}

function runJob(job: Job): Promise<JobRun> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(TOOLS, job.script), ...job.args, '--out', job.out, '--quiet'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const finish = (ok: boolean, extra = '') => {
      const seconds = (Date.now() - t0) / 1000;
      process.stderr.write(`  ${ok ? 'done' : 'FAILED'} ${job.label} (${seconds.toFixed(1)} s)\n`);
      resolve({ label: job.label, ok: ok && existsSync(job.out), seconds, stderrTail: (stderr + extra).trim().slice(-1500), out: job.out });
    };
    child.on('error', (e) => finish(false, String(e)));
    child.on('close', (code) => finish(code === 0));
  });
}

async function runAll(jobs: Job[]): Promise<Map<string, JobRun>> {
  const results = new Map<string, JobRun>();
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results.set(job.label, await runJob(job));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

const pct = (x: number | null | undefined): string => (x == null ? '—' : `${(100 * x).toFixed(1)}%`);
const dec = (x: number | null | undefined): string => (x == null ? '—' : x.toFixed(2));
const mark = (x: number | null | undefined, target: number): string => (x == null ? ' ' : x >= target ? '✓' : '✗');
const cell = (s: string, w: number) => s.padStart(w);
const short = (v: unknown): string => {
  const s = v == null ? 'null' : typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify(s.length > 90 ? `${s.slice(0, 87)}…` : s);
};

interface MetadataTally {
  n: number;
  normalized: number;
  missing: number;
  n_null: number;
  spurious: number;
}

function main(): Promise<number> {
  return run().catch((e: unknown) => {
    console.error(`bench:popup-data failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  });
}

async function run(): Promise<number> {
  const started = Date.now();
  if (!existsSync(path.join(TOOLS, 'eval-realtext.mjs')) || !existsSync(path.join(TOOLS, 'eval-metadata.mjs')) || !existsSync(CORPUS)) {
    console.error(
      `bench:popup-data: the shared scorers and corpora are not here (looked for ${TOOLS}/eval-realtext.mjs, eval-metadata.mjs and ${CORPUS}).\n` +
        'This bench needs the ../shared folder next to the repository; it is not part of a normal clone. Nothing was measured.',
    );
    return 1;
  }
  mkdirSync(WORK, { recursive: true });
  const errors: string[] = [];
  const pageErrors: string[] = [];

  const caseNames = readdirSync(CASES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(CASES, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
  const expectedQuoteCount = new Map<string, number>();
  for (const c of caseNames) {
    const exp = JSON.parse(readFileSync(path.join(CASES, c, 'expected.json'), 'utf8')) as { quotes?: unknown[] };
    expectedQuoteCount.set(c, exp.quotes?.length ?? 0);
  }

  const jobs: Job[] = [];
  for (const who of wanted('cases') ? WHO : [])
    jobs.push({ label: `realtext ${who}`, script: 'eval-realtext.mjs', args: ['--set', CASES, '--extractor', EXTRACTORS[who]], out: path.join(WORK, `realtext-${who}.json`) });
  const sampled = new Map<string, { used: number; total: number; every: number }>();
  for (const { name, restoreMeta, every } of METADATA_CORPORA.filter((c) => wanted(c.name))) {
    const dir = path.join(CORPUS, name);
    if (!existsSync(path.join(dir, 'metadata.json'))) {
      errors.push(`corpus ${name}: no metadata.json in ${dir}`);
      continue;
    }
    const ids = (JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as { items: { id: string }[] }).items.map((i) => i.id).sort();
    const step = FULL ? 1 : every;
    const pick = ids.filter((_, i) => i % step === 0);
    sampled.set(name, { used: pick.length, total: ids.length, every: step });
    for (const who of WHO)
      jobs.push({
        label: `metadata ${name} ${who}`,
        script: 'eval-metadata.mjs',
        args: ['--corpus', dir, '--extractor', EXTRACTORS[who], '--warmup', '0', ...(restoreMeta ? ['--restore-meta'] : []), ...(step > 1 ? ['--ids', pick.join(',')] : [])],
        out: path.join(WORK, `metadata-${name}-${who}.json`),
      });
  }
  process.stderr.write(`bench:popup-data: ${jobs.length} scorer runs, ${CONCURRENCY} at a time\n`);
  const runs = await runAll(jobs);
  for (const r of runs.values()) if (!r.ok) errors.push(`${r.label} failed:\n${r.stderrTail}`);

  // ---------------------------------------------------------------- labelled cases
  const realtext: Partial<Record<Who, { pages: RealtextPage[]; reference: SubsetScore; all: SubsetScore; newOnly: SubsetScore }>> = {};
  for (const who of WHO) {
    const r = runs.get(`realtext ${who}`);
    if (!r?.ok) continue;
    const report = JSON.parse(readFileSync(r.out, 'utf8')) as { pages: RealtextPage[] };
    const count = (c: string) => expectedQuoteCount.get(c) ?? 0;
    for (const p of report.pages) if (p.error) pageErrors.push(`realtext ${who} ${p.case}: ${p.error}`);
    realtext[who] = {
      pages: report.pages,
      reference: scoreSubset(report.pages.filter((p) => p.case === REFERENCE), count),
      all: scoreSubset(report.pages, count),
      newOnly: scoreSubset(report.pages.filter((p) => p.case !== REFERENCE), count),
    };
  }

  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  const nCases = caseNames.length;
  const langs = new Set(realtext.ours?.pages.map((p) => p.lang) ?? []);
  out(`Labelled cases: tests/fixtures/cases — reference ${REFERENCE}; set = ${nCases} cases, ${langs.size} languages (${[...langs].sort().join(', ')})`);
  out(`${'metric'.padEnd(26)}${cell('target', 8)}  ${cell('ref ours', 9)}${cell('ref raw', 9)}  ${cell('set ours', 10)}${cell('set raw', 9)}`);
  const row = (name: string, target: string, get: (s: SubsetScore) => number | null, fmt: (x: number | null) => string, t?: number) => {
    const v = (who: Who, k: 'reference' | 'all') => {
      const s = realtext[who]?.[k];
      return s ? get(s) : null;
    };
    const m = (x: number | null) => (t == null ? ' ' : mark(x, t));
    out(
      `${name.padEnd(26)}${cell(target, 8)}  ${cell(fmt(v('ours', 'reference')) + m(v('ours', 'reference')), 9)}${cell(fmt(v('raw', 'reference')), 9)}  ${cell(fmt(v('ours', 'all')) + m(v('ours', 'all')), 10)}${cell(fmt(v('raw', 'all')), 9)}`,
    );
  };
  for (const f of FIELDS) row(`attribution.${f}`, '≥95%', (s) => s.attribution[f], pct, TARGETS.attribution);
  row('quotes.precision', '≥0.90', (s) => s.quotes.precision, dec, TARGETS.precision);
  row('quotes.recall', '≥0.85', (s) => s.quotes.recall, dec, TARGETS.recall);
  row('quotes.speaker', '≥0.90', (s) => s.quotes.speaker, dec, TARGETS.speaker);
  row('keep-recall', '', (s) => s.keepRecall, pct);
  row('drop-leak', '', (s) => s.dropLeak, pct);
  const qc = (who: Who) => {
    const q = realtext[who]?.all.quotes;
    return q ? `${who}: ${q.matched} matched, ${q.wrongSpeaker} right text/wrong speaker, ${q.predicted} predicted, ${q.expected} expected` : `${who}: —`;
  };
  out(`quotes over the set — ${qc('ours')}; ${qc('raw')}`);
  out('(✓/✗ = ours against the target; speaker = share of found quotes credited to the right speaker)');

  // ---------------------------------------------------------------- metadata corpora
  const metadata: Record<string, Partial<Record<Who, Record<string, MetadataTally>>>> = {};
  out();
  out(`Metadata corpora (eval-metadata.mjs, normalised match over annotated pages${FULL ? '' : '; trafilatura-eval: every 3rd page, --full for all'})`);
  out(`${'corpus'.padEnd(44)}${'field'.padEnd(8)}${cell('n', 5)}${cell('target', 8)}${cell('ours', 9)}${cell('raw', 9)}`);
  for (const { name, restoreMeta } of METADATA_CORPORA.filter((c) => wanted(c.name))) {
    metadata[name] = {};
    const smp = sampled.get(name);
    const label = `${name}${smp && smp.every > 1 ? ` ${smp.used}/${smp.total}` : ''}${restoreMeta ? ' (--restore-meta)' : ''}`;
    for (const who of WHO) {
      const r = runs.get(`metadata ${name} ${who}`);
      if (!r?.ok) continue;
      const rep = JSON.parse(readFileSync(r.out, 'utf8')) as { corpora?: { fields: Record<string, MetadataTally>; errors: number }[] };
      const tally = rep.corpora?.[0]?.fields;
      if (rep.corpora?.[0]?.errors) pageErrors.push(`metadata ${name} ${who}: ${rep.corpora[0].errors} page(s) threw (scored as misses)`);
      if (!tally) errors.push(`metadata ${name} ${who}: no tally in ${r.out}`);
      else metadata[name]![who] = tally;
    }
    for (const [f, fieldLabel] of META_FIELDS) {
      const t = (who: Who) => metadata[name]?.[who]?.[f];
      const rate = (who: Who) => {
        const x = t(who);
        return x && x.n ? x.normalized / x.n : null;
      };
      const target = TARGETS[f];
      out(
        `${label.padEnd(44)}${fieldLabel.padEnd(8)}${cell(String(t('ours')?.n ?? t('raw')?.n ?? '—'), 5)}${cell(`≥${Math.round(target * 100)}%`, 8)}${cell(pct(rate('ours')) + mark(rate('ours'), target), 9)}${cell(pct(rate('raw')), 9)}`,
      );
    }
  }

  // ---------------------------------------------------------------- failures (ours)
  const failures: { case: string; kind: string; field?: string; expected: unknown; got: unknown }[] = [];
  for (const p of realtext.ours?.pages ?? []) {
    if (p.error) failures.push({ case: p.case, kind: 'error', expected: null, got: p.error });
    for (const f of FIELDS) {
      const a = p.attribution[f];
      if (a && !a.ok) failures.push({ case: p.case, kind: 'attribution', field: f, expected: a.expected, got: a.predicted });
    }
    if (p.quotes) {
      const pairs = wrongSpeakerPairs(p.quotes.missed, p.quotes.spurious);
      const paired = new Set(pairs.map((x) => x.expected));
      const pairedGot = new Set(pairs.map((x) => x.got));
      for (const x of pairs) failures.push({ case: p.case, kind: 'quote-speaker', expected: x.expected, got: x.got });
      for (const m of p.quotes.missed) if (!paired.has(m)) failures.push({ case: p.case, kind: 'quote-missed', expected: m, got: null });
      for (const s of p.quotes.spurious) if (!pairedGot.has(s)) failures.push({ case: p.case, kind: 'quote-spurious', expected: null, got: s });
    }
  }
  out();
  const attrFails = failures.filter((f) => f.kind === 'attribution' || f.kind === 'error');
  out(`Failures (ours): ${attrFails.length} attribution field(s) wrong; quotes: ${failures.filter((f) => f.kind === 'quote-missed').length} missed, ${failures.filter((f) => f.kind === 'quote-spurious').length} spurious, ${failures.filter((f) => f.kind === 'quote-speaker').length} wrong speaker`);
  for (const f of attrFails) out(`  ${f.case.padEnd(34)} ${(f.field ?? f.kind).padEnd(14)} expected ${short(f.expected)}  got ${short(f.got)}`);
  const quoteFails = failures.filter((f) => f.kind.startsWith('quote'));
  const byCase = new Map<string, number>();
  for (const f of quoteFails) byCase.set(f.case, (byCase.get(f.case) ?? 0) + 1);
  if (quoteFails.length) {
    out('  quote failures per case (details in the JSON report):');
    for (const [c, n] of byCase) out(`    ${c.padEnd(34)} ${n}`);
    for (const f of quoteFails.filter((x) => x.kind === 'quote-missed')) {
      const e = f.expected as { text: string; speaker: string | null };
      out(`    missed  ${f.case}: ${short(e.text.slice(0, 60))} (${short(e.speaker)})`);
    }
    for (const f of quoteFails.filter((x) => x.kind === 'quote-spurious')) {
      const g = f.got as { text: string; speaker: string | null };
      out(`    spurious ${f.case}: ${short(g.text.slice(0, 60))} (${short(g.speaker)})`);
    }
    for (const f of quoteFails.filter((x) => x.kind === 'quote-speaker')) {
      const e = f.expected as { text: string; speaker: string | null };
      const g = f.got as { speaker: string | null };
      out(`    speaker ${f.case}: expected ${short(e.speaker)} got ${short(g.speaker)} for ${short(e.text.slice(0, 50))}`);
    }
  }

  const seconds = (Date.now() - started) / 1000;
  out();
  out(`duration ${seconds.toFixed(1)} s (${[...runs.values()].map((r) => `${r.label} ${r.seconds.toFixed(0)} s`).join('; ')})`);
  if (pageErrors.length) {
    out();
    out('Extractor exceptions (scored as misses, not fatal):');
    for (const e of pageErrors) out(`  ${e}`);
  }
  if (errors.length) {
    out();
    out(`ERRORS (${errors.length}):`);
    for (const e of errors) out(`  ${e}`);
  }
  console.log(lines.join('\n'));

  const report = {
    generatedAt: new Date().toISOString(),
    durationSeconds: seconds,
    targets: TARGETS,
    cases: { reference: REFERENCE, count: nCases, languages: [...langs].sort() },
    metadataSample: Object.fromEntries(sampled),
    full: FULL,
    realtext: Object.fromEntries(WHO.map((w) => [w, realtext[w] ? { reference: realtext[w]!.reference, all: realtext[w]!.all, newCasesOnly: realtext[w]!.newOnly } : null])),
    metadata: Object.fromEntries(
      Object.entries(metadata).map(([c, byWho]) => [
        c,
        Object.fromEntries(
          WHO.map((w) => [w, byWho[w] ? Object.fromEntries(META_FIELDS.map(([f]) => [f, { ...byWho[w]![f], rate: byWho[w]![f]?.n ? byWho[w]![f]!.normalized / byWho[w]![f]!.n : null }])) : null]),
        ),
      ]),
    ),
    failures,
    scorerRuns: [...runs.values()].map(({ label, ok, seconds: s, out: o }) => ({ label, ok, seconds: s, report: path.relative(ROOT, o) })),
    pageErrors,
    errors,
  };
  writeFileSync(path.join(OUT_DIR, 'bench-popup-data.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`report: test-output/bench-popup-data.json`);
  return errors.length ? 1 : 0;
}

void main().then((code) => process.exit(code));

export type { Field };
