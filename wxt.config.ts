import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. The e2e mode adds a host permission for the
// local test server only: activeTab needs a real user gesture, which a test
// cannot make, so the tests get the narrowest grant that lets them inject.
const TRANSLATION_SERVER_ORIGINS = ['http://*/*', 'https://*/*'];
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
/**
 * Web pages: where the background injects the always-on article check (entrypoints/toggle.ts) after each load,
 * and the reader without a click on our own UI (the floating button, "always open" sites). It shows the "read and
 * change data on all websites" install warning. The check is not a declared content script: that cost every page
 * load ~20 ms in Chromium (see entrypoints/shared/article-check-injection.ts).
 */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip (for Mozilla's review) is what rebuilds the add-on: test output and screenshots don't belong.
  zip: { excludeSources: ['test-output/**', '.ci/**'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : WEB_PAGES,
    // A reader's own translation server: asked for, for that one host, when they save its address in the options.
    ...(manifestVersion === 2 ? { optional_permissions: TRANSLATION_SERVER_ORIGINS } : { optional_host_permissions: TRANSLATION_SERVER_ORIGINS }),
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
    },
    icons: ICONS,
    // MV2 (Firefox's default build) names the toolbar button browser_action; WXT doesn't carry `action` over.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_title: '__MSG_extName__', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jernih@jernih.app',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
