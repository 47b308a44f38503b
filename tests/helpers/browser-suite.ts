/**
 * One real-browser suite per test file: a local fixture server and Chromium
 * with the e2e build loaded, shared by the file's tests. A launch failure (no
 * Chromium, no build) is rethrown by every test, so each one FAILS with the
 * fix in its message; throwing from beforeAll alone would report them as
 * skipped, and a skipped browser test is a silent pass.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { startFixtureServer, type ExtraRoutes, type FixtureServer } from './browser-server';

export interface ExtensionSuite {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

/** Registers the hooks; `ready` receives the browser and server once they are up. Call before the file's own beforeEach. */
export function useExtensionSuite(ready: (suite: ExtensionSuite) => void, options: { routes?: ExtraRoutes; browserArgs?: string[] } = {}): void {
  let suite: Partial<ExtensionSuite> = {};
  let launchError: unknown;

  beforeAll(async () => {
    try {
      const server = await startFixtureServer(options.routes);
      suite = { server };
      const browser = await launchWithExtension(undefined, options.browserArgs);
      suite = { server, browser };
      ready(suite as ExtensionSuite);
    } catch (error) {
      launchError = error;
    }
  });

  beforeEach(() => {
    if (launchError) throw launchError;
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
}
