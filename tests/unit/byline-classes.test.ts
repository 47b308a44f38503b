/**
 * Which elements the visible byline reader takes as bylines: the general byline selectors, and a class in the
 * page's language ("autor", "auteur") only as a whole word. The general selectors are looked up in a second query
 * only on a page whose classes hold one of the local words: both kinds of page must read alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { visibleBylines } from '../../core/byline';
import { parseHtml, type ParsedPage } from '../../core/node/dom';
import { DOMS } from '../helpers/pages';

describe.each(DOMS)('visible bylines by class on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });
  const bylines = async (inner: string) => {
    const page = await parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body><article><h1>A story</h1>${inner}<p>Story text.</p></article></body></html>`, 'https://news.example/a', dom);
    pages.push(page);
    return visibleBylines(page.document);
  };

  it('reads a byline found by the general selectors, on a page with and without a local-word class', async () => {
    expect(await bylines('<div class="byline">Jane Doe</div>')).toEqual(['Jane Doe']);
    expect(await bylines('<div class="autorelated"></div><div class="byline">Jane Doe</div>')).toEqual(['Jane Doe']);
    // Found by the local selector (its class holds "autor") and by the general one (its itemprop): a byline.
    expect(await bylines('<div class="autorelated" itemprop="author">Jane Doe</div>')).toEqual(['Jane Doe']);
  });

  it('reads a local-word class only as a whole word', async () => {
    expect(await bylines('<div class="content-left-autor">Clara Löw</div>')).toEqual(['Clara Löw']);
    expect(await bylines('<div class="autorelated">Weitere Stories</div>')).toEqual([]);
  });

  it('reads "author" in more languages\' class names: Hungarian "szerzo", Danish/Norwegian "forfatter", Swedish "skribent"; trap: "szerzodes" (a contract) is none', async () => {
    expect(await bylines('<span class="szerzo">Kiss Júlia</span>')).toEqual(['Kiss Júlia']);
    expect(await bylines('<div class="article-forfatter">Mette Hansen</div>')).toEqual(['Mette Hansen']);
    expect(await bylines('<p class="skribent">Erik Lund</p>')).toEqual(['Erik Lund']);
    expect(await bylines('<div class="szerzodes">Általános Szerződési Feltételek</div>')).toEqual([]);
  });
});
