/**
 * The popup's error state: a failure while asking the tab (the tab closed, the browser refused) shows the
 * failure's own words, whatever was thrown, instead of leaving the popup on "Loading".
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
const { errorReport } = await import('../../../entrypoints/shared/reader-tab');

describe('errorReport', () => {
  it("gives an Error's message", () => {
    expect(errorReport(new Error('No tab with id: 42.'))).toEqual({ kind: 'error', message: 'No tab with id: 42.' });
  });

  it('gives anything else thrown as text', () => {
    expect(errorReport('Extension context invalidated.')).toEqual({ kind: 'error', message: 'Extension context invalidated.' });
  });
});
