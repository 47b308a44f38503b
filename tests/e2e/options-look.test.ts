/**
 * The options page in a real Chromium, light and dark: a readable column of
 * section cards whose text, hints and main buttons keep WCAG AA contrast
 * against what is behind them, in both colour schemes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCREENSHOTS, type ExtensionBrowser } from '../helpers/browser';
import { useExtensionSuite } from '../helpers/browser-suite';
import { contrastRatio } from '../helpers/contrast';

let browser: ExtensionBrowser;
let options: Page;

useExtensionSuite((suite) => {
  ({ browser } = suite);
});

beforeEach(async () => {
  options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
});

afterEach(async () => {
  await options?.close();
});

interface Look {
  columnWidth: number;
  sections: number;
  cards: number;
  pairs: { what: string; fg: string; bg: string }[];
}

/** The colours a reader sees: each sample's text colour against the nearest painted background. */
async function look(page: Page): Promise<Look> {
  return page.evaluate(() => {
    const paint = (el: Element | null): string => {
      for (let node = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const sample = (what: string, selector: string) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`options page has no ${selector}`);
      return { what, fg: getComputedStyle(el).color, bg: paint(el) };
    };
    const sections = [...document.querySelectorAll('main > section')];
    return {
      columnWidth: document.querySelector('main')!.getBoundingClientRect().width,
      sections: sections.length,
      cards: sections.filter((s) => getComputedStyle(s).borderTopStyle !== 'none' && getComputedStyle(s).backgroundColor !== 'rgba(0, 0, 0, 0)').length,
      pairs: [
        sample('heading', 'main h1'),
        sample('section heading', 'main section h2'),
        sample('hint', 'main .hint'),
        sample('where text', 'main .where'),
        sample('submit button', 'main button[type="submit"]'),
      ],
    };
  });
}

describe('options page look (real Chromium)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is a readable column of cards at AA contrast in the ${scheme} scheme`, async () => {
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('main section h2', { timeout: 10_000 });
      const seen = await look(options);
      // A line of settings text stays readable: the column never spans the whole wide window.
      expect(seen.columnWidth).toBeLessThanOrEqual(720);
      expect(seen.sections).toBeGreaterThanOrEqual(4);
      expect(seen.cards).toBe(seen.sections);
      for (const { what, fg, bg } of seen.pairs) {
        expect(contrastRatio(fg, bg), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      mkdirSync(SCREENSHOTS, { recursive: true });
      await options.screenshot({ path: join(SCREENSHOTS, `options-${scheme}.png`), fullPage: true });
    });
  }

  it('follows the colour scheme: a light page in light, a dark page in dark', async () => {
    const backgrounds: Record<string, string> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.waitForSelector('main section h2', { timeout: 10_000 });
      backgrounds[scheme] = await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    }
    expect(contrastRatio(backgrounds.light!, 'rgb(255, 255, 255)')).toBeLessThan(1.2);
    expect(contrastRatio(backgrounds.dark!, 'rgb(0, 0, 0)')).toBeLessThan(1.5);
  });
});
