/**
 * The only script that runs on every web page: the background injects it
 * when a page has loaded (entrypoints/shared/article-check-injection.ts; a
 * declared content script delayed every page's load). It must stay tiny (issue 7: ≤ 8 kB minified, ≤ 1 ms
 * median added to page load), so it is an unlisted script (WXT's content
 * script wrapper would pull in the webextension polyfill), imports neither
 * core/analyze nor Readability, and does its one check only after the page
 * has loaded and the main thread is idle.
 *
 * If the page looks like an article, it tells the background (which marks
 * the toolbar badge, and opens the reader by itself on "always open" sites)
 * and, if the reader wants it, shows the floating button. The reader itself
 * is injected by the background only when opened.
 */
import { mountFloatingToggle } from '../components/floating-toggle';
import { isReaderable } from '../core/readerable';
import type { ArticlePageAnswer, PageRequest } from './shared/protocol';

/**
 * Kept in the extension's isolated world (the page can't see it): guards against a second copy, and records
 * the verdict (and its cost) so a test can tell "checked, not an article" from "not checked yet".
 */
const STATE = Symbol.for('jernih.toggle.state');
/** Longest wait for an idle moment after load before checking anyway. */
const IDLE_TIMEOUT_MS = 2000;

interface ToggleState {
  article?: boolean;
  /** How long the check took, for `npm run bench:toggle`. */
  ms?: number;
}

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Firefox's promise-based `browser`, else Chrome's `chrome` (whose sendMessage returns a promise in MV3). */
function send(request: PageRequest): Promise<unknown> {
  const scope = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  try {
    const api = scope.browser ?? scope.chrome;
    return api ? api.runtime.sendMessage(request).catch(() => null) : Promise.resolve(null);
  } catch {
    return Promise.resolve(null); // the extension was updated or removed since this page loaded
  }
}

function whenSettled(run: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(run, 50));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

async function check(state: ToggleState): Promise<void> {
  const start = performance.now();
  state.article = document.contentType === 'text/html' && document.body !== null && isReaderable(document, location.href);
  state.ms = performance.now() - start;
  if (!state.article) return;
  const answer = (await send({ jernih: 'page:article' })) as ArticlePageAnswer | null;
  if (!answer?.showToggle) return;
  mountFloatingToggle(document, answer.label, () => void send({ jernih: 'page:openReader' }));
}

export default defineUnlistedScript(() => {
  if (window.top !== window) return; // frames are ads and embeds, never the story
  const scope = globalThis as { [STATE]?: ToggleState };
  if (scope[STATE]) return;
  const state: ToggleState = {};
  scope[STATE] = state;
  whenSettled(() => void check(state));
});
