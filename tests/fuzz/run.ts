/**
 * Runs fuzz cases through the core as the CLI does (bytes → decode → parse
 * with happy-dom → analyze) and judges each: no exception, and a result that
 * is an article or a typed "no article". Failing cases are written to
 * tests/fixtures/fuzz-regressions/ so they stay in the suite for good.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../core/node/decode';
import { analyzeHtml } from '../../core/node/analyze-html';
import { NO_ARTICLE_CODES, type Analysis } from '../../core/types';
import { fuzzPage } from './mutate';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const REGRESSIONS = join(FIXTURES, 'fuzz-regressions');
/** Every typed "no article" the core can answer, from its own list: a code added there is no fuzz failure. */
const NO_ARTICLE = new Set<string>(NO_ARTICLE_CODES);
/** Sources bigger than this are tested as they are (hostile-pages tests), not mutated thousands of times. */
const MAX_SOURCE_BYTES = 50_000;

/** The pages mutated: the article cases, the non-articles and the smaller hostile pages, in a fixed order. */
export function fuzzSources(): string[] {
  const cases = readdirSync(join(FIXTURES, 'cases')).sort().map((dir) => join(FIXTURES, 'cases', dir, 'page.html'));
  const others = ['non-articles', 'hostile'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.html')).sort().map((f) => join(FIXTURES, dir, f)));
  return [...cases, ...others].map((file) => readFileSync(file, 'utf8')).filter((html) => html.length <= MAX_SOURCE_BYTES);
}

/** In the sanitized HTML: a script, a handler attribute (outside quoted values) or a script URL in a URL attribute of a real tag (not escaped text). */
const UNSAFE = [
  /<script/iu,
  /<[a-z][a-z0-9-]*(?:\s+[a-z_:][-a-z0-9_:.]*(?:="[^"]*")?)*\s+on[a-z]+=/iu,
  /<[a-z][^<>]*\s(?:href|src|srcset|action|formaction|poster|xlink:href)="[\s\u0000-\u001f]*(?:javascript|vbscript|data:text):/iu,
];

export interface CaseResult {
  seed: number;
  ms: number;
  problem: string | null;
  mutations: string[];
}

/** Why a result breaks the contract, or null. */
export function contractProblem(result: Analysis): string | null {
  if (typeof result !== 'object' || result === null) return `result is ${typeof result}`;
  if (result.ok === true) {
    if (typeof result.title !== 'string' || typeof result.html !== 'string' || typeof result.text !== 'string') return 'article without title/html/text strings';
    if (UNSAFE.some((pattern) => pattern.test(result.html))) return 'unsafe markup in article html';
    return null;
  }
  if (result.ok === false && NO_ARTICLE.has(result.error?.code)) return null;
  return `untyped result ${JSON.stringify(result).slice(0, 200)}`;
}

export async function runBytes(bytes: Uint8Array, declared: string | null, url: string): Promise<{ ms: number; problem: string | null }> {
  const start = performance.now();
  try {
    const result = await analyzeHtml(decodeHtml(bytes, declared), url);
    return { ms: performance.now() - start, problem: contractProblem(result) };
  } catch (error) {
    return { ms: performance.now() - start, problem: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 300) };
  }
}

export async function runCase(seed: number, sources: readonly string[]): Promise<CaseResult> {
  const page = fuzzPage(seed, sources);
  const { ms, problem } = await runBytes(page.bytes, page.declared, `https://fuzz.example/story/${seed}.html`);
  return { seed, ms, problem, mutations: page.mutations };
}

/** Keeps a failing case as a regression fixture: its bytes, and how it was made. */
export function saveRegression(seed: number, sources: readonly string[], result: CaseResult): string {
  const page = fuzzPage(seed, sources);
  const base = join(REGRESSIONS, `seed-${seed}`);
  writeFileSync(`${base}.html`, page.bytes);
  writeFileSync(`${base}.json`, `${JSON.stringify({ seed, declared: page.declared, mutations: page.mutations, problem: result.problem }, null, 2)}\n`);
  return `${base}.html`;
}

export function regressionCases(): { name: string; bytes: Uint8Array; declared: string | null }[] {
  return readdirSync(REGRESSIONS).filter((f) => f.endsWith('.html')).sort().map((f) => {
    const meta = JSON.parse(readFileSync(join(REGRESSIONS, f.replace(/\.html$/u, '.json')), 'utf8')) as { declared: string | null };
    return { name: f, bytes: new Uint8Array(readFileSync(join(REGRESSIONS, f))), declared: meta.declared };
  });
}
