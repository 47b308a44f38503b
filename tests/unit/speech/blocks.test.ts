// @vitest-environment happy-dom
/** What is read aloud, in order: title, then the body's headings, paragraphs, list items; never twice, never captions. */
import { describe, expect, it } from 'vitest';
import { readingBlocks } from '../../../core/speech/blocks';

function element(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test input only
  return div;
}

describe('blocks read aloud', () => {
  it('reads the title, then every block of the bodies in order, each once', () => {
    const title = element('<h1>Banjir rob</h1>').firstElementChild!;
    const body = element('<p>Satu.</p><figure><img src="x.jpg"><figcaption>Keterangan foto.</figcaption></figure><ul><li><p>Dua.</p></li><li>Tiga.</li></ul><blockquote><p>Empat.</p></blockquote><pre>kode</pre><p> </p><h2>Lima</h2>');
    const page2 = element('<p>Enam.</p>');
    expect(readingBlocks([title, body, page2]).map((el) => el.textContent)).toEqual(['Banjir rob', 'Satu.', 'Dua.', 'Tiga.', 'Empat.', 'Lima', 'Enam.']);
  });

  it('skips what is hidden from readers', () => {
    const body = element('<p aria-hidden="true">Tersembunyi.</p><p>Terlihat.</p><aside><p>Samping.</p></aside>');
    expect(readingBlocks([body]).map((el) => el.textContent)).toEqual(['Terlihat.']);
  });
});
