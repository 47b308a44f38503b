/**
 * Pages far bigger than any story are not analysed (the analysis runs in one go and would freeze the tab):
 * the reader says the page is too large. Real stories stay well under the limits.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core';
import { parseHtml } from '../../core/node/dom';
import { PAGE_LIMITS, pageSize } from '../../core/page-size';
import { readFixture } from './../helpers/pages';

const URL = 'https://example.com/story.html';

async function analyzed(html: string) {
  const page = await parseHtml(html, URL);
  try {
    return { size: pageSize(page.document), analysis: analyze(page.document, URL, { window: page.window }) };
  } finally {
    page.close();
  }
}

describe('huge pages', () => {
  it('says a page with more elements than the limit is too large, with its size', async () => {
    const items = '<li><a href="/x">item</a></li>'.repeat(PAGE_LIMITS.elements / 2 + 10);
    const { analysis } = await analyzed(`<!DOCTYPE html><html><head><title>Feed</title></head><body><ul>${items}</ul></body></html>`);
    expect(analysis.ok).toBe(false);
    if (analysis.ok) return;
    expect(analysis.error.code).toBe('too-large');
    expect(analysis.error.message).toMatch(/too large for reader mode: 200\d\d elements/u);
  });

  it('says a page with a single text node over the character limit is too large', async () => {
    const text = 'A sentence that repeats in one text node. '.repeat(Math.ceil((PAGE_LIMITS.chars + 1000) / 42));
    const { analysis } = await analyzed(`<!DOCTYPE html><html><head><title>Dump</title></head><body><article><p>${text}</p></article></body></html>`);
    expect(!analysis.ok && analysis.error.code).toBe('too-large');
  });

  it('does not count inline scripts and styles: a story carrying over a megabyte of them is still read', async () => {
    const script = `<script>var state = ${JSON.stringify('x'.repeat(PAGE_LIMITS.chars + 1000))};</script>`;
    const style = `<style>.a{color:red}</style>`;
    const story = '<p>The council voted on Tuesday to keep the old library open for another year, after residents filled the hall.</p>'.repeat(6);
    const { size, analysis } = await analyzed(`<!DOCTYPE html><html><head><title>Library stays open</title></head><body>${script}${style}<article><h1>Library stays open</h1>${story}</article>${script}</body></html>`);
    expect(size.chars).toBeLessThan(5000);
    expect(analysis.ok).toBe(true);
  });

  it('analyses the reference story, which is far under both limits', async () => {
    const { size, analysis } = await analyzed(readFixture('cases/01-jurnal-soreang-putin/page.html'));
    expect(analysis.ok).toBe(true);
    expect(size.elements).toBeLessThan(PAGE_LIMITS.elements / 4);
    expect(size.chars).toBeLessThan(PAGE_LIMITS.chars / 10);
  });
});
