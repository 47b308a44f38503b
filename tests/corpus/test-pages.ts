/**
 * The shared corpus of Readability's own test pages, and a token-level recall
 * measure against their expected text. Lives next to the repo in CI
 * (../shared), never in a user's clone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = path.resolve(REPO_ROOT, '../shared');
export const CORPUS_ROOT = path.join(SHARED, 'corpus');
export const TEST_PAGES_DIR = path.join(CORPUS_ROOT, 'readability-test-pages');
/** The page URL upstream's test suite uses for every page. */
export const TEST_PAGE_URL = 'http://fakehost/test/page.html';

export function requireCorpus(dir = TEST_PAGES_DIR): void {
  if (!existsSync(dir)) {
    throw new Error(`../shared/corpus not found: corpus tests need the shared corpus next to the repo (looked for ${dir})`);
  }
}

export interface TestPage {
  id: string;
  source: string;
  /** textContent of expected.html, as the shared scorer computes it. */
  expectedText: string;
  /** Text of each leaf block of expected.html (p, li, h1-6, …), for reporting what went missing. */
  expectedBlocks: string[];
  /** Text of each figcaption of expected.html: Jernih keeps captions in its HTML but leaves them out of the plain text on purpose. */
  captions: string[];
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, figcaption, dd, dt, td, th';

export function loadTestPages(dir = TEST_PAGES_DIR): TestPage[] {
  requireCorpus(dir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const expectedHtml = readFileSync(path.join(dir, id, 'expected.html'), 'utf8').trim();
      const dom = new JSDOM(`<!DOCTYPE html><html><body>${expectedHtml}</body></html>`);
      const body = dom.window.document.body;
      const expectedText = body.textContent ?? '';
      const expectedBlocks = Array.from(body.querySelectorAll(BLOCKS))
        .filter((el) => !el.querySelector(BLOCKS))
        .map((el) => squash(el.textContent ?? ''))
        .filter((t) => tokenize(t).length >= 3);
      const captions = Array.from(body.querySelectorAll('figcaption')).map((el) => squash(el.textContent ?? '')).filter((t) => tokenize(t).length > 0);
      dom.window.close();
      return { id, source: readFileSync(path.join(dir, id, 'source.html'), 'utf8').trim(), expectedText, expectedBlocks, captions };
    });
}

/** Python's `\w+` (letters, numbers, underscore), as the shared scorers tokenise. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
export const tokenize = (text: string): string[] => text.match(TOKEN_RE) ?? [];
export const squash = (text: string): string => text.replace(/\s+/gu, ' ').trim();

function bag(tokens: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Share of the expected tokens (as a multiset) that our text has too; 1 when nothing is expected. */
export function tokenRecall(expected: string, ours: string): { recall: number; expectedTokens: number; missingTokens: number } {
  const exp = tokenize(expected);
  const have = bag(tokenize(ours));
  let missing = 0;
  for (const t of exp) {
    const c = have.get(t) ?? 0;
    if (c > 0) have.set(t, c - 1);
    else missing++;
  }
  return { recall: exp.length ? 1 - missing / exp.length : 1, expectedTokens: exp.length, missingTokens: missing };
}

/** Text we remove on purpose: one passage, or a whole section from its first words to its last. */
export type Allowance = { snippet: string; why: string } | { from: string; to: string; why: string };

/**
 * Expected text with each allowed removal's tokens taken out (whole-token
 * matches, every occurrence); throws if a passage is not there, so the
 * allowance list stays honest when the corpus or the list changes.
 */
export function withoutAllowed(expected: string, allowed: readonly Allowance[]): string {
  let text = ` ${tokenize(expected).join(' ')} `;
  const seq = (s: string): string => ` ${tokenize(s).join(' ')} `;
  for (const a of allowed) {
    if ('snippet' in a) {
      const needle = seq(a.snippet);
      if (!text.includes(needle)) throw new Error(`allowed removal not found in the expected text: ${JSON.stringify(a.snippet)}`);
      // Repeat: split() misses the second of two adjacent occurrences (they share a space).
      while (text.includes(needle)) text = text.split(needle).join(' ');
    } else {
      const start = text.indexOf(seq(a.from));
      const endAt = start < 0 ? -1 : text.indexOf(seq(a.to), start);
      if (start < 0 || endAt < 0) throw new Error(`allowed section not found in the expected text: ${JSON.stringify(a.from)} … ${JSON.stringify(a.to)}`);
      text = text.slice(0, start) + ' ' + text.slice(endAt + seq(a.to).length - 1);
    }
  }
  return text;
}

/** Expected blocks whose token sequence does not occur in our text. */
export function missingBlocks(blocks: readonly string[], ours: string): string[] {
  const hay = ` ${tokenize(ours).join(' ')} `;
  return blocks.filter((b) => !hay.includes(` ${tokenize(b).join(' ')} `));
}

/** Expected text without its captions' words (each caption once it is found; one whose words a listed removal took already is skipped). */
export function withoutCaptions(expected: string, captions: readonly string[]): string {
  let text = expected;
  for (const snippet of captions) {
    try {
      text = withoutAllowed(text, [{ snippet, why: 'caption: kept in the HTML, not in the plain text' }]);
    } catch {
      // already gone with a listed removal
    }
  }
  return text;
}
