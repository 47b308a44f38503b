/**
 * A small run of the core fuzzer in the test suite (the full 10,000 cases are
 * `npm run fuzz`), plus every saved failing case: no exception, and every
 * result an article or a typed "no article". The bound per case is a hang
 * guard only; speed is measured and printed by `npm run fuzz`.
 */
import { describe, expect, it } from 'vitest';
import { fuzzPage } from '../fuzz/mutate';
import { fuzzSources, regressionCases, runBytes, runCase } from '../fuzz/run';

const SOURCES = fuzzSources();
const SEEDS = Array.from({ length: 60 }, (_, i) => 1_000_000 + i);

describe('core fuzzing (Node, happy-dom)', () => {
  it('mutates the same way for the same seed, and differently for others', () => {
    expect(fuzzPage(42, SOURCES).bytes).toEqual(fuzzPage(42, SOURCES).bytes);
    expect(fuzzPage(42, SOURCES).bytes).not.toEqual(fuzzPage(43, SOURCES).bytes);
  });

  it(`${SEEDS.length} mutated pages: no exception, every result typed`, { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    for (const seed of SEEDS) {
      const result = await runCase(seed, SOURCES);
      if (result.problem) problems.push(`seed ${seed} [${result.mutations.join(', ')}]: ${result.problem}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(regressionCases().map((c) => c.name))('saved failing case %s now passes', { timeout: 120_000 }, async (name) => {
    const found = regressionCases().find((c) => c.name === name)!;
    expect((await runBytes(found.bytes, found.declared, 'https://fuzz.example/regression.html')).problem).toBeNull();
  });
});
