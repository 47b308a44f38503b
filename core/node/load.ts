/**
 * Getting one input's HTML: a local file (plain or gzip, by extension or
 * magic bytes) or an http(s) URL fetched with Node's fetch. Failures throw an
 * InputError whose message a person can act on.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { charsetFromContentType, decodeHtml, gunzipIfNeeded } from './decode';

export class InputError extends Error {
  override name = 'InputError';
}

export interface LoadedPage {
  html: string;
  /** The page URL to analyse with: --url, else the final URL after redirects, else file:// + absolute path. */
  url: string;
  /** Set when the input is not HTML at all (e.g. a PDF behind a URL). */
  notHtml?: string;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export function isHttpUrl(input: string): boolean {
  return /^https?:\/\//iu.test(input);
}

export async function loadFile(file: string, pageUrl?: string): Promise<LoadedPage> {
  const abs = path.resolve(file);
  let bytes: Uint8Array;
  try {
    const st = await stat(abs);
    if (st.isDirectory()) throw new InputError(`${file} is a directory, not an HTML file`);
    bytes = await readFile(abs);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EACCES') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot read (${(e as Error).message})`);
  }
  try {
    bytes = gunzipIfNeeded(bytes);
  } catch (e) {
    throw new InputError(`${file}: looks gzip-compressed but cannot be decompressed (${(e as Error).message})`);
  }
  return { html: decodeHtml(bytes), url: pageUrl ?? pathToFileURL(abs).href };
}

export async function loadUrl(
  input: string,
  pageUrl?: string,
  { timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl = fetch }: { timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<LoadedPage> {
  let res: Response;
  try {
    res = await fetchImpl(input, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
        'user-agent': 'Mozilla/5.0 (compatible; Jernih-CLI/0.1; +https://github.com/jernih)',
      },
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError' || err.name === 'AbortError') {
      throw new InputError(`${input}: no answer within ${Math.round(timeoutMs / 1000)} s`);
    }
    const why = err.cause?.code ?? err.cause?.message ?? err.message;
    throw new InputError(`${input}: could not fetch (${why})`);
  }
  if (!res.ok) throw new InputError(`${input}: the server answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
  let bytes: Uint8Array;
  try {
    bytes = gunzipIfNeeded(new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    throw new InputError(`${input}: could not read the response (${(e as Error).message})`);
  }
  const url = pageUrl ?? (res.url || input);
  const type = res.headers.get('content-type');
  const mime = (type ?? '').split(';')[0]!.trim().toLowerCase();
  const html = decodeHtml(bytes, charsetFromContentType(type));
  if (mime && !/^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)$/u.test(mime) && !/^\s*</u.test(html)) {
    return { html, url, notHtml: mime };
  }
  return { html, url };
}

export function loadInput(input: string, pageUrl?: string): Promise<LoadedPage> {
  return isHttpUrl(input) ? loadUrl(input, pageUrl) : loadFile(input, pageUrl);
}
