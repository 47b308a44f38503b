/**
 * `npm run fuzz [-- --count N --from SEED --save]`: N seeded mutated pages
 * (default 10,000) through analyze under Node. Prints exceptions, untyped
 * results and timings (median, p99, max and the slowest seeds); exits 1 on
 * any failure. --save writes failing cases to tests/fixtures/fuzz-regressions/.
 */
import { parseArgs } from 'node:util';
import { fuzzSources, runBytes, runCase, saveRegression, type CaseResult } from './run';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, from: { type: 'string', default: '1' }, save: { type: 'boolean', default: false } } });
const count = Number(values.count);
const from = Number(values.from);
const sources = fuzzSources();
// Warm-up, untimed: the first page loads jsdom for the sanitizer (about 1.5 s), which is no page's cost.
await runBytes(new TextEncoder().encode(sources[0]!), null, 'https://fuzz.example/warm-up.html');
const results: CaseResult[] = [];
const started = performance.now();
for (let seed = from; seed < from + count; seed++) {
  const result = await runCase(seed, sources);
  results.push(result);
  if (result.problem) {
    console.log(`seed ${seed} [${result.mutations.join(', ')}]: ${result.problem}`);
    if (values.save) console.log(`  saved ${saveRegression(seed, sources, result)}`);
  }
  // A running summary: a long run on a busy machine still leaves figures if it is stopped.
  if ((seed - from + 1) % 250 === 0) summarize(false);
}

function summarize(final: boolean): void {
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(0);
  const failures = results.filter((r) => r.problem);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`\n${final ? 'done' : 'so far'}: ${results.length} cases (seeds ${from}–${from + results.length - 1}) from ${sources.length} source pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`failures: ${failures.length} (exceptions: ${failures.filter((r) => r.problem?.startsWith('threw')).length})`);
  console.log(`time per case: median ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${times.at(-1)!.toFixed(0)} ms (target: none over 2000 ms); over 2000 ms: ${times.filter((t) => t > 2000).length}`);
  console.log(`slowest: ${slowest.map((r) => `seed ${r.seed} ${r.ms.toFixed(0)} ms [${r.mutations.join(',')}]`).join('; ')}`);
  if (final) process.exitCode = failures.length ? 1 : 0;
}

summarize(true);
