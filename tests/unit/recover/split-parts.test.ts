/**
 * A story split over repeated template slots (page-builder rows) is brought
 * back whole when Readability keeps only one slot; other stories in a listing
 * are not (recover.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core';
import { parseHtml } from '../../../core/node/dom';

const STORY = [
  'Die Stadt hat am Dienstag beschlossen, die alte Bibliothek noch ein weiteres Jahr offen zu halten, nachdem viele Anwohner kamen.',
  'Der Stadtrat sagte, das Gebäude sei in schlechtem Zustand, eine Schließung komme jetzt aber zu früh für das ganze Viertel.',
  'Die Anwohner hatten in zwei Wochen mehr als dreitausend Unterschriften gesammelt, um die Bibliothek offen zu halten.',
];
const LATER = 'Im nächsten Frühjahr wird erneut über die Kosten eines Umbaus gesprochen, und auch über einen möglichen neuen Standort am Markt.';

const row = (inner: string): string =>
  `<div class="vc_row wpb_row"><div class="wpb_column vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column"><div class="wpb_wrapper">${inner}</div></div></div></div></div></div>`;

async function extract(body: string): Promise<string> {
  const html = `<!DOCTYPE html><html lang="de"><head><title>Bibliothek</title></head><body><nav><a href="/">Start</a></nav>${body}<footer><p>Impressum.</p></footer></body></html>`;
  const page = await parseHtml(html, 'https://stadt.example/bibliothek');
  try {
    const a = analyze(page.document, 'https://stadt.example/bibliothek', { window: page.window });
    if (!a.ok) throw new Error(a.error.message);
    return a.text;
  } finally {
    page.close();
  }
}

describe('split story recovery', () => {
  it('brings back a later page-builder row of the same story, after the kept one', async () => {
    const first = [...STORY, ...STORY, ...STORY].map((t) => `<p>${t}</p>`).join('');
    const picture = '<div class="vc_row wpb_row"><div class="wpb_column vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_single_image"><img src="/a.jpg" alt=""></div></div></div></div></div>';
    const text = await extract(`<article><h1>Bibliothek bleibt offen</h1><div class="entry-content">${row(first)}${picture}${row(`<p>${LATER}</p>`)}</div></article>`);
    expect(text).toContain(LATER);
    expect(text.indexOf(LATER)).toBeGreaterThan(text.indexOf(STORY[2]!));
  });

  it('leaves out the other posts of a listing, whose slots carry a linked title', async () => {
    const post = (title: string, paragraphs: string[]): string =>
      `<div class="post"><h2 class="entry-title"><a href="/${title.length}">${title}</a></h2><div class="entry-content">${paragraphs.map((t) => `<p>${t}</p>`).join('')}</div></div>`;
    const text = await extract(`<header><h1>Blog der Stadt</h1></header><div id="content">${post('Bibliothek bleibt offen', [...STORY, ...STORY, ...STORY])}${post('Neuer Standort?', [LATER])}</div>`);
    expect(text).not.toContain(LATER);
  });
  it('leaves out a row the page hides with a style, as Readability does', async () => {
    const first = [...STORY, ...STORY, ...STORY].map((t) => `<p>${t}</p>`).join('');
    const text = await extract(`<article><h1>Bibliothek bleibt offen</h1><div class="entry-content">${row(first)}${row(`<p>${LATER}</p>`).replace('<div class="vc_row wpb_row">', '<div class="vc_row wpb_row" style="visibility: hidden">')}${row(`<p>${LATER}</p>`).replace(LATER, STORY[0]!.replace('Dienstag', 'Mittwoch'))}</div></article>`);
    expect(text).not.toContain(LATER);
  });
});
