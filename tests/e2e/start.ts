/**
 * `npm start`: try Jernih by hand. Serves the reference article on 127.0.0.1
 * and opens it in the system Chromium (a visible window, throwaway profile)
 * with the production build loaded. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionArgs, findChromium, ROOT } from '../helpers/browser';
import { ARTICLE_PATH, startFixtureServer } from '../helpers/browser-server';

const BUILD = join(ROOT, '.output/chrome-mv3');

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('no display ($DISPLAY and $WAYLAND_DISPLAY are unset), so a browser window cannot open here.\n'
    + '  Run it on a desktop session, or use the headless checks instead: npm test');
}
if (!existsSync(join(BUILD, 'manifest.json'))) fail(`no build at ${BUILD}; run \`npm run build\` first.`);

let chromePath: string;
try {
  chromePath = findChromium();
} catch (error) {
  fail((error as Error).message);
}

const server = await startFixtureServer();
const demoUrl = server.url(ARTICLE_PATH);
const profile = mkdtempSync(join(tmpdir(), 'jernih-start-'));
const chrome = spawn(chromePath, [...extensionArgs(BUILD), `--user-data-dir=${profile}`, '--no-default-browser-check', demoUrl], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

console.log(`Jernih demo
  article   ${demoUrl}  (the Jurnal Soreang reference page)
  browser   ${chromePath} (pid ${chrome.pid}), throwaway profile ${profile}
  extension ${BUILD}

Try it: press Alt+Shift+R, click the Jernih toolbar icon, or right-click the page → "Reader mode".
Escape or the Close button brings the page back.${/google-chrome/u.test(chromePath) ? '\nNote: branded Google Chrome 137+ ignores --load-extension; prefer Chromium, or load the folder in chrome://extensions.' : ''}
Stop: Ctrl+C here, or close the browser window.`);

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (chrome.exitCode === null) chrome.kill('SIGTERM');
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(code);
}

chrome.on('error', (error) => {
  console.error(`npm start: could not start ${chromePath}: ${error.message}`);
  void stop(1);
});
chrome.on('exit', (code) => {
  console.log(`Browser closed${code ? ` (exit code ${code})` : ''}; demo server stopped.`);
  void stop(code ? 1 : 0);
});
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
