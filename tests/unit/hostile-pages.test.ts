/**
 * Every hostile fixture page through the core under Node, with both DOMs:
 * the result is an article or a typed "no article" (never a throw), the
 * article HTML holds nothing that could run, fetch or restyle, and no
 * JSON-LD managed to pollute Object.prototype.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dangerousMarkup, hostileFixtures } from '../helpers/hostile';
import { NO_ARTICLE_CODES } from '../../core/types';
import { analyzeHtml, DOMS } from '../helpers/pages';

const FIXTURES = hostileFixtures();

it('has at least 30 hostile pages', () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
});

describe.each(DOMS)('hostile pages through analyze (%s)', (dom) => {
  // Names only: the pages (megabytes) stay out of the test runner's task data.
  // A hang guard, not a speed check: the 10,000-level page costs jsdom seconds under load (speed is bench:… territory).
  it.each(FIXTURES.map((f) => f.name))('%s: typed result, inert article markup', { timeout: 120_000 }, async (name) => {
    const html = FIXTURES.find((f) => f.name === name)!.html;
    const result = await analyzeHtml(html, `https://news.example/hostile/${name}.html`, dom);
    if (!result.ok) {
      expect(NO_ARTICLE_CODES).toContain(result.error.code);
      return;
    }
    const body = new JSDOM(`<div id="r">${result.html}</div>`).window.document.getElementById('r')!;
    expect(dangerousMarkup(body)).toEqual([]);
    expect(result.text).not.toMatch(/__hit|onerror=/u);
    expect(result.title.length).toBeLessThanOrEqual(501);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

it('the JSON-LD pollution page keeps its real author, not the prototype\'s', async () => {
  const html = FIXTURES.find((f) => f.name.endsWith('jsonld-prototype-pollution'))!.html;
  const result = await analyzeHtml(html, 'https://news.example/p.html', 'jsdom');
  expect(result.ok && result.attribution.authors).not.toContain('Evil');
});
