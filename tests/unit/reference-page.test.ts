import { describe, expect, it } from 'vitest';
import { analyze } from '../../core';
import { parseHtml } from '../../core/node/dom';
import { analyzeHtml, DOMS, expectArticle, referenceCase } from '../helpers/pages';

const { html, expected } = referenceCase('01-jurnal-soreang-putin');

describe.each(DOMS)('reference page (Jurnal Soreang, Putin) on %s', (dom) => {
  it('keeps every real paragraph', async () => {
    const a = expectArticle(await analyzeHtml(html, expected.url, dom));
    for (const keep of expected.keep) expect(a.text).toContain(keep);
  });

  it('drops every promo, ad label, share bar, list and footer item', async () => {
    const a = expectArticle(await analyzeHtml(html, expected.url, dom));
    for (const drop of expected.drop) expect(a.text, drop).not.toContain(drop);
    for (const drop of expected.drop) expect(a.html, drop).not.toContain(drop);
  });

  it('reads attribution, including credit lines it removed from the text', async () => {
    const a = expectArticle(await analyzeHtml(html, expected.url, dom));
    for (const [field, value] of Object.entries(expected.attribution)) {
      expect(a.attribution[field as keyof typeof a.attribution], field).toEqual(value);
    }
    expect(a.attribution.modifiedTime).toBe('2023-09-23T17:02:00+07:00');
    expect(a.text).not.toMatch(/Editor:|Sumber:/u);
  });

  it('records what it removed, and never a kept paragraph', async () => {
    const a = expectArticle(await analyzeHtml(html, expected.url, dom));
    const removed = a.removed.map((r) => r.text).join('\n');
    for (const keep of expected.keep) expect(removed).not.toContain(keep);
    const kinds = new Set(a.removed.map((r) => r.kind));
    for (const kind of ['promo', 'ad', 'share', 'tags', 'related', 'comments', 'boilerplate']) expect(kinds).toContain(kind);
    expect(a.removed.filter((r) => r.kind === 'promo')).toHaveLength(4);
    expect(a.removed.find((r) => r.rule.startsWith('credit-line:editor'))?.text).toBe('Editor: Yoga Mulyana');
  });

  it('gives title, language, direction, block-aware text and reading time', async () => {
    const a = expectArticle(await analyzeHtml(html, expected.url, dom));
    expect(a.title).toBe(expected.title);
    expect(a.lang).toBe('id');
    expect(a.dir).toBe('ltr');
    expect(a.byline).toBeNull();
    // Paragraphs stay apart: the end of one and the start of the next are separated by a blank line.
    expect(a.text).toContain('memperdalam hubungan baik mereka.\n\nPutin mengakui');
    expect(a.text.startsWith('Pemimpin Rusia')).toBe(true); // the "JURNAL SOREANG -" dateline moved out
    expect(a.wordCount).toBeGreaterThan(450);
    expect(a.wordCount).toBeLessThan(600);
    expect(a.readingTimeMinutes).toBe(3);
  });

  it('works on a copy: the page it was given is left exactly as it was', async () => {
    const page = await parseHtml(html, expected.url, dom);
    const before = page.document.documentElement.outerHTML;
    const a = analyze(page.document, expected.url, { window: page.window as unknown as Window });
    expect(a.ok).toBe(true);
    expect(page.document.documentElement.outerHTML).toBe(before);
    page.close();
  });
});
