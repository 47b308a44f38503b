// @vitest-environment happy-dom
/**
 * Merging the following pages of an article: what an earlier page already
 * showed (a repeated standfirst, lead image, last paragraph) goes; every new
 * paragraph stays, in order; short repeated texts are not taken for repeats.
 */
import { describe, expect, it } from 'vitest';
import { dropRepeats, shownKeys } from '../../../core/pages/merge';

function fragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // test input only; the extension gets sanitized fragments
  return template.content;
}

function texts(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('p, li, h2, figcaption'), (el) => el.textContent ?? '');
}

const P1 = '<p>Warga memindahkan barang ke lantai dua sejak Rabu malam.</p><p>Air mulai surut pada Kamis pagi, kata lurah setempat.</p>';

describe('dropping what earlier pages said', () => {
  it('removes a repeated paragraph and keeps the new ones in order', () => {
    const seen = shownKeys(fragment(P1));
    const page2 = fragment('<p>Air mulai surut pada Kamis pagi, kata lurah setempat.</p><p>Dinas sosial membuka dapur umum di masjid.</p><p>Bantuan tiba dari kabupaten tetangga.</p>');
    expect(dropRepeats(page2, seen)).toBe(1);
    expect(texts(page2)).toEqual(['Dinas sosial membuka dapur umum di masjid.', 'Bantuan tiba dari kabupaten tetangga.']);
  });

  it('matches repeats whatever their whitespace, case or invisible characters', () => {
    const seen = shownKeys(fragment(P1));
    const page2 = fragment('<p>  AIR mulai surut pada\u00a0Kamis pagi,\nkata lurah\u200b setempat.</p><p>Baru.</p>');
    dropRepeats(page2, seen);
    expect(texts(page2)).toEqual(['Baru.']);
  });

  it('removes a repeated lead image with its figure and caption, and the wrapper it leaves empty', () => {
    const seen = shownKeys(fragment(`<figure><img src="https://cdn.example/lead.jpg"><figcaption>Banjir rob di Babelan, Rabu malam.</figcaption></figure>${P1}`));
    const page2 = fragment('<div class="media"><figure><img src="https://cdn.example/lead.jpg"><figcaption>Banjir rob di Babelan, Rabu malam.</figcaption></figure></div><p>Dinas sosial membuka dapur umum di masjid.</p>');
    dropRepeats(page2, seen);
    expect(page2.querySelector('img, figure, .media')).toBeNull();
    expect(texts(page2)).toEqual(['Dinas sosial membuka dapur umum di masjid.']);
  });

  it('keeps a new image and the title is not repeated when given as already shown', () => {
    const seen = shownKeys(fragment(P1), ['Banjir Rob Rendam Tiga Kelurahan']);
    const page2 = fragment('<h2>Banjir Rob Rendam Tiga Kelurahan</h2><figure><img src="https://cdn.example/2.jpg"></figure><p>Lanjutan cerita.</p>');
    dropRepeats(page2, seen);
    expect(page2.querySelector('h2')).toBeNull();
    expect(page2.querySelector('img')?.getAttribute('src')).toBe('https://cdn.example/2.jpg');
  });

  it('checks the third page against the first two', () => {
    const seen = shownKeys(fragment(P1));
    const page2 = fragment('<p>Dinas sosial membuka dapur umum di masjid.</p>');
    dropRepeats(page2, seen);
    const page3 = fragment('<p>Dinas sosial membuka dapur umum di masjid.</p><p>Warga memindahkan barang ke lantai dua sejak Rabu malam.</p><p>Penutup cerita.</p>');
    expect(dropRepeats(page3, seen)).toBe(2);
    expect(texts(page3)).toEqual(['Penutup cerita.']);
  });

  it('keeps short texts that repeat legitimately ("***", list numbers) and list items judged by their paragraphs', () => {
    const seen = shownKeys(fragment(`<p>***</p>${P1}`));
    const page2 = fragment('<p>***</p><ul><li><p>Air mulai surut pada Kamis pagi, kata lurah setempat.</p></li><li>Poin baru yang panjang.</li></ul>');
    dropRepeats(page2, seen);
    expect(texts(page2)).toEqual(['***', 'Poin baru yang panjang.']);
  });
});
