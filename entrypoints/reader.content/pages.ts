/**
 * Multi-page articles, page side: fetch the following pages the pager
 * points to (same origin only, from this content script, with the reader's
 * own cookies, as the page itself would), clean each with the same pipeline,
 * drop what an earlier page already said, and report each page as it comes.
 * The background never fetches anything a page names.
 */
import { analyze } from '../../core';
import { decodePage } from '../../core/pages/decode';
import { dropRepeats } from '../../core/pages/merge';
import { findNextPages, MAX_FOLLOWING_PAGES } from '../../core/pages/pager';
import { parseFetchedPage, sanitizeToFragment } from '../../core/sanitize';
import type { PageFailureReason, PagesState } from '../../components/reader/pages-view';

const TIMEOUT_MS = 20_000;
const MAX_BYTES = 5_000_000;

class PageError extends Error {
  constructor(readonly reason: PageFailureReason, readonly status?: number) {
    super(reason);
  }
}

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** The page's HTML, or a PageError saying why not. */
async function fetchPage(fetchImpl: Fetch, url: string, origin: string, signal: AbortSignal): Promise<{ html: string; url: string }> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const both = AbortSignal.any ? AbortSignal.any([signal, timeout]) : signal;
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin', redirect: 'follow', signal: both, headers: { accept: 'text/html' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PageError(timeout.aborted ? 'timeout' : 'network');
  }
  if (new URL(response.url || url).origin !== origin) throw new PageError('other-site');
  if (!response.ok) throw new PageError('http', response.status);
  const type = response.headers.get('content-type');
  if (type && !/\bhtml\b/iu.test(type)) throw new PageError('not-html');
  if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) throw new PageError('too-large');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw new PageError('too-large');
  return { html: decodePage(bytes, type), url: response.url || url };
}

export interface LoadPagesOptions {
  win: Window & typeof globalThis;
  /** Keys of what the first page shows (core/pages/merge shownKeys): repeats of it are dropped. */
  seen: Set<string>;
  signal: AbortSignal;
  onChange(state: PagesState): void;
  fetch?: Fetch;
}

/**
 * Loads the following pages in order, one at a time (a later page's pager may reveal more pages), and calls
 * `onChange` after each step. Resolves when done; a failed page is reported and the next one tried.
 */
export async function loadFollowingPages({ win, seen, signal, onChange, fetch: fetchImpl = win.fetch.bind(win) }: LoadPagesOptions): Promise<void> {
  const firstUrl = win.location.href;
  const origin = new URL(firstUrl).origin;
  const queue = findNextPages(win.document, firstUrl);
  if (queue.length === 0) return;
  const visited = new Set([firstUrl.split('#')[0]!]);
  const state: PagesState = { total: queue.length + 1, loading: 2, pages: [] };
  const emit = () => onChange({ ...state, pages: [...state.pages] });
  emit();
  for (let i = 0; i < queue.length && !signal.aborted; i++) {
    const url = queue[i]!;
    const number = i + 2;
    visited.add(url);
    state.loading = number;
    emit();
    try {
      const fetched = await fetchPage(fetchImpl, url, origin, signal);
      if (signal.aborted) return;
      const doc = parseFetchedPage(win, fetched.html, fetched.url);
      for (const next of findNextPages(doc, fetched.url)) {
        if (queue.length >= MAX_FOLLOWING_PAGES) break;
        if (!visited.has(next) && !queue.includes(next)) queue.push(next);
      }
      state.total = queue.length + 1;
      const analysis = analyze(doc, fetched.url, { window: win, consumeDocument: true });
      if (!analysis.ok) throw new PageError('no-article');
      const body = sanitizeToFragment(win, analysis.html);
      dropRepeats(body, seen);
      state.pages.push({ ok: true, number, url, body });
    } catch (error) {
      if (signal.aborted) return;
      // Not a fetch failure (those are PageErrors): the page came, but parsing or cleaning it found no article.
      const failure = error instanceof PageError ? error : new PageError('no-article');
      state.pages.push({ ok: false, number, url, reason: failure.reason, ...(failure.status ? { status: failure.status } : {}) });
    }
  }
  if (signal.aborted) return;
  state.loading = null;
  emit();
}
