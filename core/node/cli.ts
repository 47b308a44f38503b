/**
 * Jernih's command line: the same core as the extension, run under Node.
 *   npm run cli -- analyze <file.html|file.html.gz|URL>... [--url U] [--format json|md|text] [--dom happy-dom|jsdom]
 *   npm run cli -- analyze --batch   (JSON lines on stdin)
 * See USAGE in ./args for the contract and exit codes.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../types';
import { analyzeHtml } from './analyze-html';
import { parseArgs, UsageError, USAGE, type CliOptions } from './args';
import { runBatch } from './batch';
import { toMarkdown, toPlainText } from './format';
import { processIo, type CliIo } from './io';
import { InputError, loadInput } from './load';

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_NO_ARTICLE = 2;

type Outcome =
  | { kind: 'article'; analysis: Analysis }
  | { kind: 'bad-input'; message: string };

async function analyzeInput(input: string, opts: CliOptions): Promise<Outcome> {
  try {
    const page = await loadInput(input, opts.url);
    if (page.notHtml) {
      return { kind: 'article', analysis: { ok: false, error: { code: 'not-html', message: `Not an HTML page (${page.notHtml}).` } } };
    }
    return { kind: 'article', analysis: await analyzeHtml(page.html, page.url, opts.dom) };
  } catch (e) {
    if (e instanceof InputError) return { kind: 'bad-input', message: e.message };
    return { kind: 'bad-input', message: `${input}: ${(e as Error)?.message ?? String(e)}` };
  }
}

async function runAnalyze(opts: CliOptions, io: CliIo): Promise<number> {
  const single = opts.inputs.length === 1;
  let sawBad = false;
  let sawNoArticle = false;
  let printed = 0;
  for (const input of opts.inputs) {
    const outcome = await analyzeInput(input, opts);
    if (outcome.kind === 'bad-input') {
      sawBad = true;
      io.stderr.write(`jernih: ${outcome.message}\n`);
      // Keep one JSON line per input so several inputs stay aligned with their answers.
      if (opts.format === 'json' && !single) {
        io.stdout.write(JSON.stringify({ ok: false, error: { code: 'bad-input', message: outcome.message } }) + '\n');
      }
      continue;
    }
    const a = outcome.analysis;
    if (!a.ok) {
      sawNoArticle = true;
      if (opts.format === 'json') io.stdout.write(single ? JSON.stringify(a, null, 2) + '\n' : JSON.stringify(a) + '\n');
      else io.stderr.write(`jernih: ${input}: ${a.error.message} (${a.error.code})\n`);
      continue;
    }
    if (opts.format === 'json') {
      io.stdout.write(single ? JSON.stringify(a, null, 2) + '\n' : JSON.stringify(a) + '\n');
    } else {
      const doc = opts.format === 'md' ? toMarkdown(a) : toPlainText(a);
      const sep = printed === 0 ? '' : opts.format === 'md' ? '\n' : '\n' + '='.repeat(72) + '\n\n';
      io.stdout.write(sep + doc);
    }
    printed++;
  }
  return sawBad ? EXIT_BAD_INPUT : sawNoArticle ? EXIT_NO_ARTICLE : EXIT_OK;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`jernih: ${e.message}\n\n${USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  if (opts.command === 'help') {
    io.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (opts.batch) return runBatch(io, opts.dom);
  return runAnalyze(opts, io);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`jernih: unexpected error: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    },
  );
}
