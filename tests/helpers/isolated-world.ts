/**
 * Reaching into the extension's side of a page from a test: the extension's
 * isolated world (shared by its content scripts, invisible to the page) via
 * scripting.executeScript run from the service worker, and the extension's
 * storage and badge. The e2e build's host permission for 127.0.0.1 allows it.
 */
import type { Page, Worker } from 'playwright-core';
import { tabIdOf } from './browser';

interface IsolatedChrome {
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/**
 * Runs `func` (self-contained: it is serialized) with `args` in the extension's isolated world of `page`'s tab
 * and returns its result.
 */
export async function inIsolatedWorld<A extends unknown[], R>(worker: Worker, page: Page, func: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
  const tabId = await tabIdOf(worker, page);
  // One expression string: a function can't cross into evaluate() as a value, and the worker's CSP forbids
  // rebuilding it there with new Function; DevTools' own evaluation of a string is not subject to it.
  const expression = `(async () => {
    const [first] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${func.toString()}, args: ${JSON.stringify(args)} });
    return first?.result;
  })()`;
  return worker.evaluate(expression) as Promise<Awaited<R>>;
}

/** What the always-on check decided on this page: true/false, or null while it has not run yet. */
export function pageVerdict(worker: Worker, page: Page): Promise<boolean | null> {
  return inIsolatedWorld(worker, page, () => {
    const state = (globalThis as Record<symbol, { article?: boolean } | undefined>)[Symbol.for('jernih.toggle.state')];
    return state?.article ?? null;
  });
}

export async function clearExtensionStorage(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: IsolatedChrome };
    await chrome.storage.local.clear();
  });
}

export async function storedValue(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => {
    const { chrome } = globalThis as unknown as { chrome: IsolatedChrome };
    return (await chrome.storage.local.get(k))[k];
  }, key);
}

export async function badgeText(worker: Worker, page: Page): Promise<string> {
  const tabId = await tabIdOf(worker, page);
  return worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: IsolatedChrome };
    return chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

export const TOGGLE_HOST = '[data-jernih-toggle]';
