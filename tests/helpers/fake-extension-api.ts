/**
 * Import FIRST in a unit test that touches extension storage: WXT's `browser`
 * is read from the global `chrome` when its module loads, so the in-memory
 * fake browser (wxt/testing) must be in place before any settings module is.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

export { fakeBrowser };
