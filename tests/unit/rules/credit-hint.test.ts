/**
 * The credit-line rule first asks `mayHoldCredit` of the block's text, and builds and parses its lines only when
 * the answer is yes. That shortcut is only exact if the answer is never "no" for a block whose lines parse as
 * credits: checked here on credit lines of every form and on random blocks built from credit fragments.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { blockText } from '../../../core/block-text';
import { BLOCK_RULES, mayHoldCredit, parseCreditLines } from '../../../core/clean/rules';
import { textOf } from '../../../core/clean/text';
import { parseHtml, type ParsedPage } from '../../../core/node/dom';
import { DOMS } from '../../helpers/pages';
import { seededRandom } from '../../helpers/seeded-random';

const creditLine = BLOCK_RULES.find((r) => r.id === 'credit-line')!;

/** Pieces of credit lines and of prose, with the markup and spaces that sit between them on real pages. */
const FRAGMENTS = [
  'By', 'by', 'BY', 'Penulis', 'Editor', 'Reporting by', 'Edited by', 'Sumber', 'Oleh', 'di', 'Von', 'Par', 'Por', 'Fuente', 'Quelle',
  ':', '：', ' ', '\u00a0', '\u2060', '\u200b', ';', ' | ', '/', '-', '·',
  'Jane Doe', 'Yoga Mulyana', 'ANTARA', 'Reuters', 'Marco Rossi', 'the city council', 'nearby', 'covered',
  '12 March 2024', '12/10/2023 14:31', 'Copyright ©', '©', '© 2024', 'Hak cipta', 'Artikel ini telah tayang di', 'Kompas.com',
  'This article was originally published in', 'The Conversation', '.', ',',
  '<b>', '</b>', '<span>', '</span>', '<br>', '<a href="/author/x">', '</a>', '<button>x</button>', '<select><option>o</option></select>',
  '<textarea>t</textarea>', '<script>By Jane</script>', '<p>', '</p>', '<div>', '</div>', '<time>', '</time>',
];

/** Seeded, so a failure repeats. */
function randomBlock(seed: number): string {
  const next = seededRandom(seed);
  let out = '';
  for (let i = 0, n = 2 + next(4); i < n; i++) out += FRAGMENTS[next(FRAGMENTS.length)];
  return `<div>${out}</div>`;
}

describe.each(DOMS)('the credit-line shortcut on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });
  const blocksOf = async (inner: string) => {
    const page = await parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${inner}</body></html>`, 'https://news.example/a', dom);
    pages.push(page);
    return Array.from(page.document.body.querySelectorAll('*'));
  };

  it('says no for prose, menus and dates, and yes for credit lines of every form', async () => {
    const no = await blocksOf('<p>The council approved the plan on Tuesday, a spokesman said.</p><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul><div>12 March 2024</div>');
    for (const el of no) expect(mayHoldCredit(el, textOf(el)), el.outerHTML).toBe(false);
    const yes = await blocksOf([
      '<p>By Jane Doe</p>', '<p>Editor: Yoga Mulyana</p>', '<div><span>Penulis</span>: <a href="/x">Hendra</a></div>', '<p>Copyright © ANTARA 2023</p>',
      '<p>©dpa-infocom</p>', '<p>Artikel ini telah tayang di Kompas.com dengan judul "X"</p>', '<p>This article was originally published in The Conversation.</p>',
    ].join(''));
    for (const el of yes.filter((e) => e.parentElement?.localName === 'body')) expect(mayHoldCredit(el, textOf(el)), el.outerHTML).toBe(true);
  });

  it('never says no for a block whose lines parse as credits', async () => {
    let credits = 0;
    // Credits come from short blocks: many two- and three-fragment blocks, a hundred to a page.
    for (let page = 0; page < 20; page++) {
      const blocks = Array.from({ length: 100 }, (_, i) => randomBlock(page * 100 + i + 1)).join('');
      for (const el of await blocksOf(blocks)) {
        const lines = blockText(el).split(/\n+/u);
        if (!parseCreditLines(lines) && !parseCreditLines([textOf(el)])) continue;
        credits++;
        expect(mayHoldCredit(el, textOf(el)), el.outerHTML).toBe(true);
      }
    }
    expect(credits).toBeGreaterThan(30);
  });

  it('a credit whose label a button splits in the text is still taken (the lines leave the button out)', async () => {
    const [el] = await blocksOf('<p>By<button>x</button> Jane Doe</p>');
    expect(textOf(el!)).toBe('Byx Jane Doe');
    expect(creditLine.match({ el: el!, text: textOf(el!) })?.credits).toEqual([{ field: 'author', value: 'Jane Doe' }]);
  });
});
