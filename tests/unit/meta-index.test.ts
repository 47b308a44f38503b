/** `withMetaIndex` answers `meta`/`metaAll` from one reading of the tags, exactly as the lookups tag by tag do. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml, type ParsedPage } from '../../core/node/dom';
import { meta, metaAll, withMetaIndex } from '../../core/structured-data';
import { DOMS } from '../helpers/pages';

const HEAD = `
  <meta property="og:title" name="description" content=" Title ">
  <meta name="Author" content="Jane Doe">
  <meta name="author" content="Jane Doe">
  <meta property=" AUTHOR " content="John Roe">
  <meta itemprop="author" name="author" content="Kim Poe">
  <meta name="author" content="   ">
  <meta name="author">
  <meta property="og:site_name" content="Site">`;
const KEYS = ['og:title', 'description', 'author', 'AUTHOR', 'og:site_name', 'missing', ' author'];

describe.each(DOMS)('meta index on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });

  it('gives every key the contents the tag-by-tag lookup gives, in the same order', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><head>${HEAD}</head><body><p>x</p><meta name="author" content="Body Meta"></body></html>`, 'https://news.example/a', dom);
    pages.push(page);
    const doc = page.document;
    const plain = KEYS.map((k) => metaAll(doc, k));
    expect(plain[2]).toEqual(['Jane Doe', 'John Roe', 'Kim Poe', 'Body Meta']);
    expect(withMetaIndex(doc, () => KEYS.map((k) => metaAll(doc, k)))).toEqual(plain);
    expect(withMetaIndex(doc, () => meta(doc, 'missing', 'description', 'author'))).toBe(meta(doc, 'missing', 'description', 'author'));
    // Callers may change what they get without changing the index.
    withMetaIndex(doc, () => {
      metaAll(doc, 'author').push('changed');
      expect(metaAll(doc, 'author')).toEqual(plain[2]);
    });
  });
});
