/**
 * Pages an extension may not (or cannot usefully) script. Checked before
 * injecting so the popup can explain instead of failing; injection errors
 * are mapped to the same reasons because the tab URL is often hidden from us
 * (no `tabs` permission) and only the error tells.
 */
import type { RestrictedReason } from '../../components/popup-view';

const BROWSER_SCHEMES = new Set([
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:',
  'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'javascript:', 'extension:',
]);

function isStore(url: URL): boolean {
  const host = url.hostname;
  return host === 'chromewebstore.google.com'
    || (host === 'chrome.google.com' && url.pathname.startsWith('/webstore'))
    || host === 'addons.mozilla.org'
    || (host === 'microsoftedge.microsoft.com' && url.pathname.startsWith('/addons'));
}

/** The reason a URL is off limits, or null when injecting is worth a try (also when the URL is unknown). */
export function restrictionForUrl(rawUrl: string | undefined, options: { fileAccessAllowed: boolean }): RestrictedReason | null {
  if (!rawUrl) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (BROWSER_SCHEMES.has(url.protocol)) return 'browser-page';
  if (isStore(url)) return 'store';
  if (url.protocol === 'file:' && !options.fileAccessAllowed) return 'file-access';
  if (/\.pdf$/iu.test(url.pathname)) return 'pdf';
  return null;
}

/** Turns a `scripting.executeScript` failure into a reason the popup can explain. */
export function restrictionForInjectionError(message: string, rawUrl: string | undefined): RestrictedReason {
  const fromUrl = restrictionForUrl(rawUrl, { fileAccessAllowed: false });
  if (fromUrl) return fromUrl;
  if (/extensions gallery|webstore/iu.test(message)) return 'store';
  if (/file:/iu.test(message)) return 'file-access';
  if (/chrome:|chrome-extension:|about:|edge:|view-source:/iu.test(message)) return 'browser-page';
  return 'cannot-access';
}
