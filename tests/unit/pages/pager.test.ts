/**
 * Pager detection: one fixture per pager pattern and language, each a page
 * whose pager is written the way that kind of site writes it; and the links
 * that look like pagers but are not (next story, comments, other sites).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../core/node/dom';
import { findNextPages, linkEvidence } from '../../../core/pages/pager';
import { DOMS } from '../../helpers/pages';

const PARAGRAPHS = '<p>Warga memindahkan barang ke lantai dua sejak Rabu malam ketika air laut mulai masuk ke permukiman.</p>'.repeat(4);

function page(pager: string, { lang = 'id', head = '' } = {}): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Story</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/indeks?page=2">2</a></nav></header>
<article><h1>Story</h1><div class="body">${PARAGRAPHS}</div>${pager}</article>
<aside class="terkini"><a href="/berita/2024/01/02/lain">Berita lain yang cukup panjang judulnya</a></aside></body></html>`;
}

async function nextPages(html: string, url: string, dom: (typeof DOMS)[number] = 'happy-dom', max?: number): Promise<string[]> {
  const parsed = await parseHtml(html, url, dom);
  try {
    return findNextPages(parsed.document, url, max);
  } finally {
    parsed.close();
  }
}

interface Fixture {
  name: string;
  url: string;
  html: string;
  expected: string[];
}

const FIXTURES: Fixture[] = [
  {
    name: 'id: "Halaman 1 2 3 Selanjutnya" with ?page=N (Kompas, Tribun style)',
    url: 'https://regional.kabar.example/read/2024/03/11/120000/banjir-rob-rendam-babelan',
    html: page('<div class="paging"><span>Halaman</span> <span class="active">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Selanjutnya</a></div>'),
    expected: ['?page=2', '?page=3'],
  },
  {
    name: 'rel="next" in the head only',
    url: 'https://news.example/2024/03/story-of-the-pier',
    html: page('', { head: '<link rel="next" href="https://news.example/2024/03/story-of-the-pier/2">' }),
    expected: ['/2024/03/story-of-the-pier/2'],
  },
  {
    name: 'id: a lone "Selanjutnya »" link to /slug/2',
    url: 'https://www.portal.example/berita/d-7001/harga-beras-turun',
    html: page('<p class="next"><a href="/berita/d-7001/harga-beras-turun/2">Selanjutnya »</a></p>'),
    expected: ['/berita/d-7001/harga-beras-turun/2'],
  },
  {
    name: 'en: "1 2 3 4 Next page ›" with /page/N/',
    url: 'https://www.gazette.example/2024/03/11/library-sundays/',
    html: page('<nav class="post-pages"><span>1</span> <a href="/2024/03/11/library-sundays/page/2/">2</a> <a href="/2024/03/11/library-sundays/page/3/">3</a> <a href="/2024/03/11/library-sundays/page/4/">4</a> <a href="/2024/03/11/library-sundays/page/2/">Next page ›</a></nav>', { lang: 'en' }),
    expected: ['/2024/03/11/library-sundays/page/2/', '/2024/03/11/library-sundays/page/3/', '/2024/03/11/library-sundays/page/4/'],
  },
  {
    name: 'de: "Seite 2", "Seite 3", "Nächste Seite" with ?seite=N',
    url: 'https://www.zeitung.example/politik/mietspiegel-a-1234.html',
    html: page('<div class="pager"><a href="/politik/mietspiegel-a-1234.html?seite=2">Seite 2</a> <a href="/politik/mietspiegel-a-1234.html?seite=3">Seite 3</a> <a href="/politik/mietspiegel-a-1234.html?seite=2">Nächste Seite</a></div>', { lang: 'de' }),
    expected: ['/politik/mietspiegel-a-1234.html?seite=2', '/politik/mietspiegel-a-1234.html?seite=3'],
  },
  {
    name: 'fr: "Page suivante" to story-2.html',
    url: 'https://www.journal.example/societe/greve-orly.html',
    html: page('<div class="pagination"><a href="greve-orly-2.html">Page suivante</a></div>', { lang: 'fr' }),
    expected: ['/societe/greve-orly-2.html'],
  },
  {
    name: 'es: "1 2 Siguiente" with ?pagina=N',
    url: 'https://elpais.example/madrid/2024-03-11/zbe-madrid.html',
    html: page('<ul class="paginacion"><li>1</li><li><a href="?pagina=2">2</a></li><li><a href="?pagina=2">Siguiente</a></li></ul>', { lang: 'es' }),
    expected: ['?pagina=2'],
  },
  {
    name: 'pt: "Próxima página" to /materia/2',
    url: 'https://folha.example/cotidiano/2024/03/faixas-onibus',
    html: page('<div class="paginacao"><a href="/cotidiano/2024/03/faixas-onibus/2">Próxima página →</a></div>', { lang: 'pt' }),
    expected: ['/cotidiano/2024/03/faixas-onibus/2'],
  },
  {
    name: 'ms: "Halaman 1 2 Seterusnya" with /halaman-N',
    url: 'https://bharian.example/berita/nasional/2024/03/bas-elektrik',
    html: page('<div class="pagination">Halaman 1 <a href="/berita/nasional/2024/03/bas-elektrik/halaman-2">2</a> <a href="/berita/nasional/2024/03/bas-elektrik/halaman-2">Seterusnya</a></div>', { lang: 'ms' }),
    expected: ['/berita/nasional/2024/03/bas-elektrik/halaman-2'],
  },
  {
    name: 'it: "Pagina successiva" with rel=next on the anchor',
    url: 'https://corriere.example/cronache/ticket-venezia',
    html: page('<div class="pagine"><a rel="next" href="/cronache/ticket-venezia?p=2">Pagina successiva</a></div>', { lang: 'it' }),
    expected: ['/cronache/ticket-venezia?p=2'],
  },
  {
    name: 'a shortened pager "1 2 3 … 6" is filled from its own URL scheme',
    url: 'https://news.example/read/story-of-the-pier',
    html: page('<div class="paging">1 <a href="?page=2">2</a> <a href="?page=3">3</a> … <a href="?page=6">6</a></div>', { lang: 'en' }),
    expected: ['?page=2', '?page=3', '?page=4', '?page=5', '?page=6'],
  },
  {
    name: 'on page 2, only the pages after it (not "1" or "Sebelumnya")',
    url: 'https://regional.kabar.example/read/banjir-rob?page=2',
    html: page('<div class="paging"><a href="?page=1">Sebelumnya</a> <a href="?page=1">1</a> <span>2</span> <a href="?page=3">3</a> <a href="?page=3">Selanjutnya</a></div>'),
    expected: ['?page=3'],
  },
];

function absolute(rel: string, base: string): string {
  return new URL(rel, base).href;
}

describe.each(DOMS)('pager detection (%s)', (dom) => {
  it.each(FIXTURES)('$name', async ({ url, html, expected }) => {
    expect(await nextPages(html, url, dom)).toEqual(expected.map((rel) => absolute(rel, url)));
  });
});

describe('links that look like a pager but are not the next pages of this article', () => {
  const url = 'https://www.portal.example/berita/d-7001/harga-beras-turun';

  it('ignores "Berita Selanjutnya" and "Next" links to another story', async () => {
    const html = page('<div class="next-story"><a href="/berita/d-7002/ihsg-menguat">Selanjutnya</a> <a href="/berita/d-7003/lain">Next</a></div>');
    expect(await nextPages(html, url)).toEqual([]);
  });

  it('ignores pager links to another site, and a section listing\'s pager', async () => {
    const html = page('<div class="paging"><a href="https://mirror.example/berita/d-7001/harga-beras-turun?page=2">2</a> <a href="/indeks?page=3">3</a></div>');
    expect(await nextPages(html, url)).toEqual([]);
  });

  it('ignores the comments pager', async () => {
    const html = page('<div id="comments"><ol><li>Komentar</li></ol><div class="nav"><a href="?cpage=2">2</a> <a href="?cpage=2">Selanjutnya</a></div></div>');
    expect(await nextPages(html, url)).toEqual([]);
  });

  it('believes a number only when it names the page its URL is, and "next" only for the page right after', async () => {
    const html = page('<div class="paging"><a href="?page=3">2</a> <a href="?page=3">Next</a></div>');
    expect(await nextPages(html, url)).toEqual([]);
  });

  it('stops at ten following pages', async () => {
    const links = Array.from({ length: 19 }, (_, i) => `<a href="?page=${i + 2}">${i + 2}</a>`).join(' ');
    const found = await nextPages(page(`<div class="paging">1 ${links}</div>`), url);
    expect(found).toHaveLength(10);
    expect(found.at(-1)).toBe(`${url}?page=11`);
  });

  it('returns nothing for a page without a pager or with an unusable URL', async () => {
    expect(await nextPages(page(''), url)).toEqual([]);
    expect(await nextPages(page('<a href="?page=2">2</a>'), 'not a url')).toEqual([]);
  });
});

describe('what a pager link says', () => {
  it.each([
    ['2', { kind: 'number', page: 2 }],
    ['[3]', { kind: 'number', page: 3 }],
    ['Seite 4', { kind: 'number', page: 4 }],
    ['Hal. 2', { kind: 'number', page: 2 }],
    ['Selanjutnya »', { kind: 'next' }],
    ['Page suivante', { kind: 'next' }],
    ['» Weiter', { kind: 'next' }],
  ])('%s', (text, evidence) => {
    expect(linkEvidence(text)).toEqual(evidence);
  });

  it.each(['Berita selanjutnya tentang banjir', '2024', 'Kategori 2', ''])('not %j', (text) => {
    expect(linkEvidence(text)).toBeNull();
  });
});
