/**
 * Least privilege: the manifest asks for exactly the permissions the code uses, and the README names each one
 * with its reason. A permission added without a use, or a use without its permission, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { ROOT } from '../helpers/browser';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3 }) => Record<string, unknown>;
const manifestFor = (browser: string, manifestVersion: 2 | 3, mode = 'production') =>
  (config.manifest as unknown as ManifestFn)({ mode, browser, manifestVersion });

/** The API namespace each permission unlocks, as the code spells it (`storage` via WXT's storage helper). */
const USES: Record<string, RegExp> = {
  activeTab: /browser\.scripting\.executeScript|browser\.tabs\.get\(/u,
  scripting: /browser\.scripting\./u,
  contextMenus: /browser\.contextMenus\./u,
  storage: /from 'wxt\/utils\/storage'|browser\.storage\./u,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/u.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('permissions', () => {
  const code = ['entrypoints', 'components', 'core'].flatMap((dir) => sources(join(ROOT, dir))).join('\n');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('asks for the same API permissions on Chrome (MV3) and Firefox (MV2), each used by the code', () => {
    const chrome = manifestFor('chrome', 3).permissions as string[];
    const firefox = (manifestFor('firefox', 2).permissions as string[]).filter((p) => !p.includes('://'));
    expect(firefox).toEqual(chrome);
    expect([...chrome].sort()).toEqual(Object.keys(USES).sort());
    for (const permission of chrome) expect(code, `${permission} is declared but not used`).toMatch(USES[permission]!);
  });

  it('uses no API that needs a permission it does not declare', () => {
    // Namespaces that need a manifest permission and that we don't ask for.
    for (const api of ['tabs.executeScript', 'webNavigation', 'webRequest', 'cookies', 'history', 'bookmarks', 'downloads', 'notifications', 'clipboardRead', 'tts.', 'alarms', 'declarativeNetRequest']) {
      expect(code).not.toContain(`browser.${api}`);
    }
  });

  it('declares no content script: the always-on check is injected after load, the reader only when used', () => {
    expect(manifestFor('chrome', 3).content_scripts).toBeUndefined();
    expect(manifestFor('firefox', 2).content_scripts).toBeUndefined();
  });

  it('gives the e2e build host access to the local test server only', () => {
    expect(manifestFor('chrome', 3, 'e2e').host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('names every permission and host grant in the README with its reason', () => {
    const section = readme.slice(readme.indexOf('## Privacy and permissions'));
    for (const permission of [...Object.keys(USES), 'http://*/*', 'https://*/*', 'optional_host_permissions']) {
      expect(section, `README does not explain ${permission}`).toContain(`\`${permission}\``);
    }
  });
});
