/**
 * `analyze --batch`: JSON lines in, exactly one JSON line out per input line,
 * in order, written as soon as it is ready, so the CLI works as a long-running
 * coprocess (write a line, read its answer). A bad line answers
 * {"ok":false,"error":{"code":"bad-input",...}} and processing goes on.
 */
import { createInterface } from 'node:readline';
import type { Analysis } from '../types';
import { analyzeHtml } from './analyze-html';
import type { DomName } from './dom';
import type { CliIo } from './io';
import { InputError, loadFile, loadUrl, isHttpUrl, type LoadedPage } from './load';

export type BatchResult = (Analysis | { ok: false; error: { code: 'bad-input' | 'internal-error'; message: string } }) & { id?: unknown };

/** The URL used for `{"html": ...}` lines that carry none. */
export const NO_URL = 'about:blank';

function badInput(message: string, id?: unknown): BatchResult {
  return { ...(id !== undefined ? { id } : {}), ok: false, error: { code: 'bad-input', message } };
}

async function loadLine(req: Record<string, unknown>): Promise<LoadedPage> {
  const { path, html, url } = req;
  if (url !== undefined && url !== null) {
    if (typeof url !== 'string') throw new InputError('"url" must be a string');
    try {
      new URL(url);
    } catch {
      throw new InputError(`"url" is not an absolute URL: ${url}`);
    }
  }
  const pageUrl = typeof url === 'string' ? url : undefined;
  if (html !== undefined && path !== undefined) throw new InputError('give either "path" or "html", not both');
  if (typeof html === 'string') return { html, url: pageUrl ?? NO_URL };
  if (html !== undefined) throw new InputError('"html" must be a string');
  if (typeof path === 'string' && path) return loadFile(path, pageUrl);
  if (path !== undefined) throw new InputError('"path" must be a non-empty string');
  if (pageUrl && isHttpUrl(pageUrl)) return loadUrl(pageUrl);
  throw new InputError('each line needs "path" (a file) or "html" (the page source), and may have "url" and "id"');
}

export async function processLine(line: string, dom: DomName): Promise<BatchResult> {
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch (e) {
    return badInput(`not a JSON object: ${(e as Error).message}`);
  }
  if (!req || typeof req !== 'object' || Array.isArray(req)) return badInput('each line must be a JSON object');
  const r = req as Record<string, unknown>;
  const id = r.id;
  const withId = <T extends object>(x: T): T & { id?: unknown } => (id !== undefined ? { id, ...x } : x);
  let page: LoadedPage;
  try {
    page = await loadLine(r);
  } catch (e) {
    if (e instanceof InputError) return badInput(e.message, id);
    return badInput(String((e as Error)?.message ?? e), id);
  }
  if (page.notHtml) return withId({ ok: false as const, error: { code: 'not-html' as const, message: `Not an HTML page (${page.notHtml}).` } });
  try {
    return withId(await analyzeHtml(page.html, page.url, dom));
  } catch (e) {
    return withId({ ok: false as const, error: { code: 'internal-error' as const, message: String((e as Error)?.message ?? e) } });
  }
}

export async function runBatch(io: CliIo, dom: DomName): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    const result = await processLine(line, dom);
    io.stdout.write(JSON.stringify(result) + '\n');
  }
  return 0;
}
