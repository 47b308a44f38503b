/**
 * Opening the reader lets the page paint between the analysis and the overlay (on a very large page each is a
 * long task, and back to back they froze the page for their sum): with a fake "after paint", nothing is shown
 * until it resolves, and then the overlay opens with the analysis made before.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReaderController as Controller } from '../../../entrypoints/reader.content/reader-controller';

// The overlay reads its settings through wxt/storage, which looks for `chrome` when first imported.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let ReaderController: typeof Controller;
beforeAll(async () => {
  ({ ReaderController } = await import('../../../entrypoints/reader.content/reader-controller'));
});

const t = (key: string) => key;

function page(): Window & typeof globalThis {
  const dom = new JSDOM('<!DOCTYPE html><html><head><title>Short</title></head><body><p>Too short to read.</p></body></html>', { url: 'https://news.example/a' });
  return dom.window as unknown as Window & typeof globalThis;
}

describe('ReaderController.toggleInSteps', () => {
  it('analyzes first, opens the overlay only after the page has painted', async () => {
    const win = page();
    const paints: (() => void)[] = [];
    const reader = new ReaderController(win, t as never, () => new Promise<void>((resolve) => paints.push(resolve)));
    const opening = reader.toggleInSteps();
    expect(paints).toHaveLength(1); // the analysis ran, and the controller waits for a paint
    expect(reader.isOpen).toBe(false);
    expect(win.document.querySelector('[data-jernih-reader]')).toBeNull();
    paints[0]!();
    const analysis = await opening;
    expect(analysis.ok).toBe(false);
    expect(reader.isOpen).toBe(true);
    expect(win.document.querySelector('[data-jernih-reader]')).not.toBeNull();
    // Toggling again closes at once: nothing to wait for.
    await reader.toggleInSteps();
    expect(reader.isOpen).toBe(false);
    expect(paints).toHaveLength(1);
  });
});
