/**
 * Node parses keep only plain style declarations: happy-dom's own style parser
 * hangs for minutes on some style text (fuzz seed 618), while what the
 * analysis reads from styles (hidden blocks) must still work.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core';
import { parseHtml } from '../../../core/node/dom';
import { plainStyle } from '../../../core/node/style-attribute';

describe('style attributes under Node', () => {
  it('keeps plain declarations, whitespace collapsed', () => {
    expect(plainStyle('display:none;  color :  red  !important')).toBe('display: none; color: red !important');
    expect(plainStyle('background: url("a(1).png"); --gap: 4px')).toBe('background: url("a(1).png"); --gap: 4px');
  });

  it('drops text that declares nothing, an unclosed bracket and over-long values', () => {
    expect(plainStyle(' '.repeat(5000))).toBe('');
    expect(plainStyle(`a: ${'b '.repeat(400)}(`)).toBe('');
    expect(plainStyle(`display: block; width: ${'1px '.repeat(200)}`)).toBe('display: block');
    expect(plainStyle('1bad: x; : y; display: none')).toBe('display: none');
  });

  it('parses a page whose style is thousands of spaces, and still hides what a style hides', async () => {
    const story = '<p>The council voted on Tuesday to keep the old library open for another year, after residents filled the hall to speak for it.</p>'.repeat(5);
    const html = `<!DOCTYPE html><html><head><title>Library</title></head><body><a style="${' '.repeat(5000)}" href="/cart">Cart</a><article><h1>Library stays open</h1>${story}<p style="display : none">Hidden teaser that readers never see on the page.</p></article></body></html>`;
    const page = await parseHtml(html, 'https://example.com/library.html');
    try {
      const analysis = analyze(page.document, 'https://example.com/library.html', { window: page.window });
      expect(analysis.ok).toBe(true);
      if (!analysis.ok) return;
      expect(analysis.text).toContain('keep the old library open');
      expect(analysis.text).not.toContain('Hidden teaser');
    } finally {
      page.close();
    }
  });
});
