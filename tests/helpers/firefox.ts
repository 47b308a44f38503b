/**
 * Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core 24) and installs the built Firefox
 * add-on into it as a temporary add-on. A missing browser or build is an error whose message says how to fix
 * it: the Firefox test must fail loudly, never skip or pass without having run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { findSystemBrowser, ROOT } from './browser';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

/** FIREFOX_PATH if set (and it must exist), else Debian's Firefox ESR or Firefox; throws with a fix otherwise. */
export function findFirefox(): string {
  return findSystemBrowser({
    name: 'Firefox',
    envVar: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'apt-get install -y firefox-esr',
  });
}

export interface FirefoxWithAddon {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithAddon(addonDir = FIREFOX_BUILD): Promise<FirefoxWithAddon> {
  const executablePath = findFirefox();
  if (!existsSync(join(addonDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${addonDir}: run \`npm run build:firefox\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'jernih-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // Nothing from the network but the local fixture server: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.update.enabled': false,
      'network.proxy.type': 0,
    },
  });
  try {
    const addonId = await browser.installExtension(addonDir);
    return {
      browser,
      addonId,
      close: async () => {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
