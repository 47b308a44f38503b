/**
 * Launches the system Chromium with the built extension loaded, headless, for
 * the e2e tests. A missing browser or build is an error with a fix in its
 * message: these tests must fail loudly, never skip.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

/** What a test needs to find a system browser: the variable that overrides it, where it usually is, how to install it. */
export interface SystemBrowser {
  name: string;
  envVar: string;
  candidates: readonly string[];
  install: string;
}

/** The browser at `envVar` if set (and it must exist), else the first candidate found; throws with a fix otherwise. */
export function findSystemBrowser({ name, envVar, candidates, install }: SystemBrowser): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No ${name} found (looked at ${candidates.join(', ')}). Install it (${install}) or set ${envVar}.`);
  }
  return found;
}

/** CHROME_PATH if set (and it must exist), else the first system Chromium/Chrome found; throws with a fix otherwise. */
export function findChromium(): string {
  return findSystemBrowser({
    name: 'Chromium',
    envVar: 'CHROME_PATH',
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    install: 'apt-get install -y chromium',
  });
}

export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--disable-sync',
    '--disable-component-update',
    '--disable-background-networking',
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** `extraArgs`: more Chromium switches (the privacy test adds a network log). */
export async function launchWithExtension(extensionDir = E2E_BUILD, extraArgs: string[] = []): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'jernih-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...extensionArgs(extensionDir), '--no-sandbox', '--disable-gpu', ...extraArgs],
  });
  // Fixtures reference ad servers and CDNs: refuse them so tests are fast and never touch the network.
  await context.route((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1', (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The slice of the service worker's `chrome` API these helpers call. Typed by
 * hand (no @types/chrome here); `dispatch` is the event objects' own method that
 * fires the real listeners, the only way a test can "press" a shortcut or menu.
 */
interface WorkerChrome {
  tabs: {
    query(query: { url?: string }): Promise<{ id?: number; url?: string }[]>;
    create(props: { url: string; active?: boolean }): Promise<{ id?: number }>;
    remove(tabId: number): Promise<void>;
  };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  commands: { onCommand: { dispatch(name: string, tab?: unknown): void } };
  contextMenus: { onClicked: { dispatch(info: unknown, tab?: unknown): void } };
}
export type WorkerGlobal = { chrome: WorkerChrome };

/** The browser's id for the tab showing `page` (the e2e build has host access to 127.0.0.1, so its URL is visible). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const id = await worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    return (await chrome.tabs.query({ url }))[0]?.id;
  }, page.url());
  if (id === undefined) throw new Error(`no tab found for ${page.url()}`);
  return id;
}

/** Fires the real `toggle-reader` command listener for the tab showing `page`. */
export async function dispatchCommand(worker: Worker, page: Page): Promise<void> {
  await worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const [tab] = await chrome.tabs.query({ url });
    chrome.commands.onCommand.dispatch('toggle-reader', tab);
  }, page.url());
}

/** Fires the real context-menu click listener for our item on the tab showing `page`. */
export async function dispatchMenuClick(worker: Worker, page: Page): Promise<void> {
  await worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const [tab] = await chrome.tabs.query({ url });
    chrome.contextMenus.onClicked.dispatch({ menuItemId: 'jernih-reader', editable: false, pageUrl: url }, tab);
  }, page.url());
}

export const READER_HOST = '[data-jernih-reader]';

/** The overlay's visible text, whitespace-collapsed, read through its open shadow root. */
export async function overlayText(page: Page): Promise<string> {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    const text = host?.shadowRoot?.textContent ?? '';
    return text.replace(/\s+/gu, ' ').trim();
  }, READER_HOST);
}

export async function readerHostCount(page: Page): Promise<number> {
  return page.evaluate((selector) => document.querySelectorAll(selector).length, READER_HOST);
}
