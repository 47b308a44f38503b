/**
 * The corpus suite: run the core over Readability's test pages on one DOM and
 * hold it to Readability's own expected text — no page may lose more than
 * MAX_LOSS of its expected tokens, beyond the removals we make on purpose.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../core/node/analyze-html';
import type { DomName } from '../../core/node/dom';
import { ALLOWED_REMOVALS, NOT_ARTICLES, PROMOS_GONE } from './allowed-removals';
import { loadTestPages, missingBlocks, squash, TEST_PAGE_URL, TEST_PAGES_DIR, tokenRecall, withoutAllowed, withoutCaptions } from './test-pages';

export const MAX_LOSS = 0.01;

interface PageResult {
  id: string;
  ok: boolean;
  error?: string;
  text: string;
  recall: number;
  expectedTokens: number;
  missingTokens: number;
  missingBlocks: string[];
}

/** Page ids at collection time (it.each needs them before beforeAll runs). */
function pageIds(): string[] {
  if (!existsSync(TEST_PAGES_DIR)) return [];
  return readdirSync(TEST_PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(TEST_PAGES_DIR, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

export function corpusSuite(dom: DomName, pick: (ids: string[]) => string[] = (ids) => ids): void {
  describe(`readability-test-pages on ${dom}`, () => {
    if (!existsSync(TEST_PAGES_DIR)) {
      it('needs the shared corpus', () => {
        throw new Error(`../shared/corpus not found: corpus tests need the shared corpus next to the repo (looked for ${TEST_PAGES_DIR})`);
      });
      return;
    }
    const ids = pick(pageIds());
    const results = new Map<string, PageResult>();

    beforeAll(async () => {
      const wanted = new Set(ids);
      for (const page of loadTestPages().filter((p) => wanted.has(p.id))) {
        let text = '';
        let ok = false;
        let error: string | undefined;
        try {
          const a = await analyzeHtml(page.source, TEST_PAGE_URL, dom);
          ok = a.ok;
          if (a.ok) text = a.text;
          else error = `${a.error.code}: ${a.error.message}`;
        } catch (e) {
          error = `threw ${(e as Error)?.stack ?? String(e)}`;
        }
        const expected = withoutCaptions(withoutAllowed(page.expectedText, ALLOWED_REMOVALS[page.id] ?? []), page.captions);
        const captionWords = new Set(page.captions);
        results.set(page.id, { id: page.id, ok, error, text, ...tokenRecall(expected, text), missingBlocks: missingBlocks(page.expectedBlocks.filter((b) => !captionWords.has(b)), text) });
      }
    });

    afterAll(() => {
      const worst = [...results.values()].sort((a, b) => a.recall - b.recall).slice(0, 10);
      const lines = worst.map((r) => {
        const lost = r.missingBlocks.slice(0, 3).map((b) => `\n      lost: ${b.slice(0, 110)}`).join('');
        return `  ${r.id.padEnd(36)} recall ${(100 * r.recall).toFixed(2).padStart(6)} %  (${r.missingTokens}/${r.expectedTokens} tokens lost)${r.error ? '  ' + r.error : ''}${lost}`;
      });
      console.log(`\nWorst pages on ${dom} (token recall of Readability's expected text, after allowed removals):\n${lines.join('\n')}\n`);
    });

    const notArticles = ids.filter((id) => id in NOT_ARTICLES);
    it.each(notArticles)('%s is too short to be an article, and says so', (id) => {
      const r = results.get(id);
      expect(r?.ok, `${id} on ${dom}: ${NOT_ARTICLES[id]}`).toBe(false);
      expect(r?.error).toMatch(/^no-article: /u);
    });

    it.each(ids.filter((id) => !(id in NOT_ARTICLES)))(`%s loses at most ${100 * MAX_LOSS} % of the expected text`, (id) => {
      const r = results.get(id);
      if (!r) throw new Error(`no result for ${id}`);
      const lost = r.missingBlocks.slice(0, 5).map((b) => `\n  - ${b.slice(0, 160)}`).join('');
      expect(
        r.recall,
        `${id} on ${dom}: ${r.missingTokens} of ${r.expectedTokens} expected tokens lost${r.error ? ` (${r.error})` : ''}${lost}`,
      ).toBeGreaterThanOrEqual(1 - MAX_LOSS);
    });

    const promoIds = Object.keys(PROMOS_GONE).filter((id) => ids.includes(id));
    it.each(promoIds)('%s: the promos Readability keeps are gone', (id) => {
      const r = results.get(id);
      if (!r?.ok) throw new Error(`${id} on ${dom}: no article (${r?.error})`);
      const text = squash(r.text);
      const leaked = (PROMOS_GONE[id] ?? []).filter((p) => text.includes(squash(p)));
      expect(leaked, `${id} on ${dom}: promo text still in the article`).toEqual([]);
    });
  });
}
