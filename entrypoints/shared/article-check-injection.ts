/**
 * Puts the always-on article check (entrypoints/toggle.ts, built as /toggle.js) into each web page once the page
 * has loaded, from the background, instead of declaring it as a content script. A declared content script, even
 * an empty one, made Chromium set up the extension's isolated world before the page's load event: about 20 ms
 * added to every page load (`npm run bench:perf`, idle cost). Injected at the tab's `complete` status (after the
 * load event), the same script costs the page's load nothing; the check itself still waits for an idle moment.
 *
 * Only pages whose URL the browser shows us are injected: that is exactly where we hold host access (no `tabs`
 * permission), so restricted and store pages are never tried. Frames are left alone, as before (top frame only).
 * Injecting twice is harmless: the script keeps its state in the isolated world and stops if it finds it.
 */
export const ARTICLE_CHECK_FILE = '/toggle.js';

function isWebPage(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\//iu.test(url);
}

export function injectArticleCheckOnLoad(): void {
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status !== 'complete' || !isWebPage(tab.url)) return;
    // A page that closed or navigated on meanwhile, or one we may not script: nothing to check there.
    void browser.scripting.executeScript({ target: { tabId }, files: [ARTICLE_CHECK_FILE] }).catch(() => {});
  });
}
