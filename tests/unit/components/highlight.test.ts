// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findQuoteElement, HIGHLIGHT_ATTRIBUTE, normalizeForMatch, revealAndFlash } from '../../../entrypoints/reader.content/highlight';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  // Test markup built by DOM calls, never parsed from a string.
  for (const [tag, text] of JSON.parse(html) as [string, string][]) {
    const el = document.createElement(tag);
    el.textContent = text;
    main.append(el);
  }
  document.body.append(main);
  return main;
}

describe('finding a quote in the page', () => {
  it('normalizes quotation marks, case and spacing', () => {
    expect(normalizeForMatch('  “Kontak  Erat”\u00ad ')).toBe('"kontak erat"');
  });

  it('finds the innermost block holding the quote, trailing comma or not', () => {
    page(JSON.stringify([
      ['p', 'Putin mengatakan hal itu.'],
      ['p', '"Korea adalah tetangga kami, dan kami harus membangun hubungan baik dengan tetangga kami bagaimanapun caranya," ujar Putin.'],
    ]));
    const found = findQuoteElement(document, 'Korea adalah tetangga kami, dan kami harus membangun hubungan baik dengan tetangga kami bagaimanapun caranya,');
    expect(found?.tagName).toBe('P');
    expect(found?.textContent).toContain('ujar Putin');
  });

  it('finds a quote that runs on into the next paragraph by its opening words', () => {
    page(JSON.stringify([['p', '“Namun, apakah uang dapat menebus kematian atau cedera parah? tentu saja tidak.'], ['p', 'Orang-orang kami terpanggil," katanya.']]));
    const found = findQuoteElement(document, 'Namun, apakah uang dapat menebus kematian atau cedera parah? tentu saja tidak. Orang-orang kami terpanggil,');
    expect(found?.textContent).toContain('menebus kematian');
  });

  it('returns null when the quote is not there', () => {
    page(JSON.stringify([['p', 'Nothing to see.']]));
    expect(findQuoteElement(document, 'A quotation that does not appear anywhere')).toBeNull();
  });
});

describe('flashing a quote', () => {
  it('marks and colours the element for a while, then restores its style exactly', () => {
    vi.useFakeTimers();
    const [p] = page(JSON.stringify([['p', 'Quote here']])).children as unknown as HTMLElement[];
    p!.setAttribute('style', 'color: red');
    p!.scrollIntoView = vi.fn();
    revealAndFlash(p!, window, 2000);
    expect(p!.scrollIntoView).toHaveBeenCalled();
    expect(p!.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(true);
    expect(p!.style.getPropertyValue('background-color')).not.toBe('');
    revealAndFlash(p!, window, 2000); // a second click keeps the original style to restore
    vi.advanceTimersByTime(2001);
    expect(p!.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(false);
    expect(p!.getAttribute('style')).toBe('color: red');
  });
});
