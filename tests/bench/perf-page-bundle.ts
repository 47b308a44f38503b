/**
 * The pipeline and raw Readability as one script for a page, so bench:perf can time both in the real browser
 * on the page's own live DOM. Built with esbuild (tsx's own dependency), minified as the extension's bundle is.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from '../helpers/browser';

/** Sets `window.__jernihBench = { analyze, Readability }` in the page it runs in. */
export async function pipelinePageScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { analyze } from './core/analyze'; import { Readability } from '@mozilla/readability';
        (window as any).__jernihBench = { analyze, Readability };`,
      resolveDir: ROOT,
      sourcefile: 'perf-page-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
    // esbuild rewrites every /\p{…}/u literal into a `new RegExp(…)` made at each call for a chrome target; the
    // extension's own build (Vite/Rolldown) keeps the literals, so the bench would time a slower pipeline than ships.
    supported: { 'regexp-unicode-property-escapes': true },
    absWorkingDir: join(ROOT),
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
