import { describe, expect, it } from 'vitest';
import { restrictionForInjectionError, restrictionForUrl } from '../../../entrypoints/shared/restricted';

const noFiles = { fileAccessAllowed: false };

describe('restrictionForUrl', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abcdefghijklmnop/popup.html', 'browser-page'],
    ['moz-extension://1234/popup.html', 'browser-page'],
    ['view-source:https://example.com/', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
    ['https://example.com/report.PDF', 'pdf'],
    ['file:///home/me/story.html', 'file-access'],
  ] as const)('%s → %s', (url, reason) => {
    expect(restrictionForUrl(url, noFiles)).toBe(reason);
  });

  it.each(['https://www.kompas.com/read/2024/01/01/berita', 'http://127.0.0.1:8080/a.html', 'https://chrome.google.com/search'])('lets %s through', (url) => {
    expect(restrictionForUrl(url, noFiles)).toBeNull();
  });

  it('allows file:// when the user granted file access, and tries when the URL is hidden from us', () => {
    expect(restrictionForUrl('file:///home/me/story.html', { fileAccessAllowed: true })).toBeNull();
    expect(restrictionForUrl(undefined, noFiles)).toBeNull();
  });
});

describe('restrictionForInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', undefined, 'browser-page'],
    ['The extensions gallery cannot be scripted.', undefined, 'store'],
    ['Cannot access contents of url "file:///x.html". Extension manifest must request permission to access this host.', undefined, 'file-access'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', undefined, 'cannot-access'],
    ['Frame with ID 0 is showing error page', 'https://example.com/a.pdf', 'pdf'],
  ] as const)('%s → %s', (message, url, reason) => {
    expect(restrictionForInjectionError(message, url)).toBe(reason);
  });
});
