/**
 * Loading the following pages (jsdom window, fake same-origin fetch): pages
 * come in order, a later page's pager adds pages, what page 1 said is not
 * repeated, and each failure is reported with its reason while the others
 * still load.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { shownKeys } from '../../../core/pages/merge';
import type { PagesState } from '../../../components/reader/pages-view';
import { loadFollowingPages } from '../../../entrypoints/reader.content/pages';

const ORIGIN = 'https://kabar.example';
const PATH = '/read/2024/03/11/banjir-rob';
const LEAD = 'Air laut pasang merendam permukiman di tiga kelurahan di Kecamatan Babelan sejak Rabu malam, kata warga.';

function story(paragraphs: string[], pager: string): string {
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Banjir rob</title></head><body>
<article><h1>Banjir rob</h1><div class="content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="paging">${pager}</div></article></body></html>`;
}

const sentence = (n: number) => `Paragraf ${n}: petugas gabungan memasang karung pasir darurat sementara warga membersihkan lumpur dari rumah mereka.`;
const PAGER_1 = 'Halaman 1 <a href="?page=2">2</a> <a href="?page=3">3</a>';
const PAGER_2 = '<a href="?page=1">1</a> 2 <a href="?page=3">3</a> <a href="?page=4">4</a>';

function response(body: string, { status = 200, url, type = 'text/html; charset=utf-8' }: { status?: number; url: string; type?: string }): Response {
  const bytes = new TextEncoder().encode(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    url,
    headers: new Headers({ 'content-type': type }),
    arrayBuffer: async () => bytes.buffer,
  } as unknown as Response;
}

describe('loading the following pages', () => {
  it('appends page 2 without page 1\'s lead, follows page 2\'s pager to page 4, and reports pages 3 and 4 failing', async () => {
    const page1 = story([LEAD, sentence(1), sentence(2), sentence(3)], PAGER_1);
    const dom = new JSDOM(page1, { url: `${ORIGIN}${PATH}` });
    const win = dom.window as unknown as Window & typeof globalThis;
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      if (url.endsWith('page=2')) return response(story([LEAD, sentence(4), sentence(5), sentence(6)], PAGER_2), { url });
      if (url.endsWith('page=3')) return response('gone', { url, status: 404, type: 'text/plain' });
      return response(story([sentence(9)], ''), { url: 'https://elsewhere.example/landing' });
    };
    const seen = shownKeys(win.document.querySelector('.content')!, ['Banjir rob']);
    const states: PagesState[] = [];
    await loadFollowingPages({ win, seen, signal: new AbortController().signal, onChange: (s) => states.push(s), fetch });

    expect(requested).toEqual([`${ORIGIN}${PATH}?page=2`, `${ORIGIN}${PATH}?page=3`, `${ORIGIN}${PATH}?page=4`]);
    expect(states[0]).toMatchObject({ total: 3, loading: 2, pages: [] });
    const last = states.at(-1)!;
    expect(last.loading).toBeNull();
    expect(last.total).toBe(4);
    const [two, three, four] = last.pages;
    expect(two).toMatchObject({ ok: true, number: 2 });
    const text = two!.ok ? (two!.body.textContent ?? '') : '';
    expect(text).toContain('Paragraf 4');
    expect(text).toContain('Paragraf 6');
    expect(text).not.toContain('Air laut pasang');
    expect(three).toEqual({ ok: false, number: 3, url: `${ORIGIN}${PATH}?page=3`, reason: 'http', status: 404 });
    expect(four).toMatchObject({ ok: false, number: 4, reason: 'other-site' });
    dom.window.close();
  });

  it('does nothing on a page without a pager, and stops when the reader closes', async () => {
    const dom = new JSDOM(story([sentence(1)], ''), { url: `${ORIGIN}${PATH}` });
    const win = dom.window as unknown as Window & typeof globalThis;
    const states: PagesState[] = [];
    const fail = async () => {
      throw new Error('must not fetch');
    };
    await loadFollowingPages({ win, seen: new Set(), signal: new AbortController().signal, onChange: (s) => states.push(s), fetch: fail });
    expect(states).toEqual([]);

    const paged = new JSDOM(story([sentence(1)], PAGER_1), { url: `${ORIGIN}${PATH}` });
    const controller = new AbortController();
    const pagedStates: PagesState[] = [];
    const fetch = async (url: string) => {
      controller.abort(); // the reader closed while page 2 was on its way
      return response(story([sentence(2)], ''), { url });
    };
    await loadFollowingPages({ win: paged.window as unknown as Window & typeof globalThis, seen: new Set(), signal: controller.signal, onChange: (s) => pagedStates.push(s), fetch });
    expect(pagedStates.at(-1)?.loading).toBe(2);
    expect(pagedStates.at(-1)?.pages).toEqual([]);
    dom.window.close();
    paged.window.close();
  });
});
