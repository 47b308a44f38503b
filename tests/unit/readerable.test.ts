/**
 * The always-on article check: every labelled article fixture passes, every
 * non-article fixture (search results, home and section pages, a form, a
 * shop) fails, on both DOMs; and the structural rules behind it hold.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../core/node/dom';
import { isReaderable, isSearchUrl, readerableVerdict } from '../../core/readerable';
import { DOMS, fixturePath, readFixture } from '../helpers/pages';

const CASES = readdirSync(fixturePath('cases')).filter((name) => /^\d\d-/u.test(name));
const NON_ARTICLES = readdirSync(fixturePath('non-articles')).filter((name) => name.endsWith('.html'));

async function verdict(html: string, url = 'https://site.example/news/story', dom: (typeof DOMS)[number] = 'happy-dom') {
  const page = await parseHtml(html, url, dom);
  try {
    return readerableVerdict(page.document, url);
  } finally {
    page.close();
  }
}

const LONG = 'The council voted on Tuesday to keep the library open on Sundays after a petition signed by more than two thousand residents.';
const prose = (n: number, text = LONG) => Array.from({ length: n }, (_, i) => `<p>${text} (${i + 1})</p>`).join('');
const html = (body: string, head = '') => `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe.each(DOMS)('readerable check (%s)', (dom) => {
  it.each(CASES)('calls the labelled article %s an article', async (name) => {
    const v = await verdict(readFixture(`cases/${name}/page.html`), 'https://site.example/news/2024/story', dom);
    expect(v.article, JSON.stringify(v)).toBe(true);
  });

  it.each(NON_ARTICLES)('calls %s not an article, from its structure alone (no search words in the URL)', async (name) => {
    const v = await verdict(readFixture(`non-articles/${name}`), `https://site.example/${name.replace('.html', '')}`, dom);
    expect(v.article, JSON.stringify(v)).toBe(false);
  });
});

describe('readerable rules', () => {
  it('needs prose gathered in one container: the same paragraphs spread over result cards are a listing', async () => {
    expect((await verdict(html(`<main><div class="body">${prose(4)}</div></main>`))).article).toBe(true);
    const cards = Array.from({ length: 4 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Story ${i} title here</a></h3><span>2 hours ago</span><p>${LONG}</p></div>`).join('');
    expect((await verdict(html(`<main>${cards}</main>`))).article).toBe(false);
  });

  it('adds up a body split into chunks around ad slots, and paragraphs wrapped one per div', async () => {
    const chunks = `<div class="body"><div class="chunk">${prose(2)}</div><div class="ad">Iklan</div><div class="chunk">${prose(2)}</div></div>`;
    expect((await verdict(html(chunks))).article).toBe(true);
    const wrapped = `<div class="body">${Array.from({ length: 4 }, () => `<div>${prose(1)}</div>`).join('')}</div>`;
    expect((await verdict(html(wrapped))).article).toBe(true);
  });

  it('sees through paragraphs wrapped two levels deep, but not through result cards whose title is a plain link', async () => {
    const wrapped = `<div class="body">${Array.from({ length: 4 }, () => `<div class="section"><div class="component">${prose(1)}</div></div>`).join('')}</div>`;
    expect((await verdict(html(wrapped))).article).toBe(true);
    const long = `${LONG} ${LONG}`;
    const cards = Array.from({ length: 5 }, (_, i) => `<div class="result"><a href="/s/${i}">Result ${i}</a><p>${long}</p></div>`).join('');
    expect((await verdict(html(`<div class="results">${cards}</div>`))).article).toBe(false);
  });

  it('reads a story broken by <br> inside a span, as some portals print it', async () => {
    const story = `<div class="read"><span class="text">${Array.from({ length: 5 }, () => `${LONG}<br><br>`).join('')}</span></div>`;
    expect((await verdict(html(story))).article).toBe(true);
  });

  it('reads a story told in one div with <br> breaks, but not a page wrapper that has a stray <br>', async () => {
    const story = `<div class="detail__body-text">${Array.from({ length: 6 }, () => `${LONG}<br><br>`).join('')}</div>`;
    expect((await verdict(html(story))).article).toBe(true);
    const wrapper = `<div id="page"><br><nav><a href="/a">A</a></nav>${Array.from({ length: 8 }, (_, i) => `<div class="card"><h3><a href="/s/${i}">Story ${i} title</a></h3><p>${LONG}</p></div>`).join('')}</div>`;
    expect((await verdict(html(wrapper))).article).toBe(false);
  });

  it('counts a Chinese, Japanese or Korean character as more than a Latin letter', async () => {
    const ja = '地方の鉄道路線の存続をめぐり、沿線の自治体と鉄道会社が協議を続けている。利用者の減少が続く中、バスへの転換も検討されている。';
    expect((await verdict(html(`<div class="body">${prose(3, ja)}</div>`))).article).toBe(true);
  });

  it('lets article metadata lower the bar, and never lets it stand in for text', async () => {
    const short = 'A short news item of about one hundred and fifty characters, which is what a brief on a wire service feed often is, late at night, in most languages.';
    const body = `<div class="body">${prose(2, short)}</div>`;
    expect((await verdict(html(body))).article).toBe(false);
    const meta = '<meta property="og:type" content="article">';
    expect((await verdict(html(body, meta))).article).toBe(true);
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"x"}</script>';
    expect((await verdict(html(body, ld))).metadata).toBe(true);
    expect((await verdict(html('<div class="body"><p>Video.</p></div>', meta))).article).toBe(false);
  });

  it('ignores hidden paragraphs and blocks marked as comments or sidebars', async () => {
    const hidden = `<div class="body">${prose(4).replace(/<p>/gu, '<p style="display:none">')}</div>`;
    expect((await verdict(html(hidden))).article).toBe(false);
    expect((await verdict(html(`<div class="comments-list">${prose(5)}</div>`))).article).toBe(false);
  });

  it('never calls a search URL an article, whatever its snippets look like', async () => {
    const page = html(`<div class="body">${prose(6)}</div>`);
    expect((await verdict(page, 'https://site.example/search?q=banjir')).article).toBe(false);
    expect((await verdict(page, 'https://site.example/?s=banjir')).article).toBe(false);
    expect(isSearchUrl('https://site.example/cari/banjir-rob')).toBe(true);
    // `s` elsewhere is often a share-tracking parameter, not a search.
    expect(isSearchUrl('https://site.example/news/story?s=tw')).toBe(false);
    expect(isSearchUrl('not a url')).toBe(false);
  });

  it('takes the URL from the document when none is given', async () => {
    const page = await parseHtml(html(`<div class="body">${prose(4)}</div>`), 'https://site.example/search?q=x');
    try {
      expect(isReaderable(page.document)).toBe(false);
    } finally {
      page.close();
    }
  });
});
