/**
 * The cleaning walk steps through `walkLayout`'s arrays instead of the tree: its order must be the document's,
 * each subtree's size what the walk steps over, and each text length the subtree's non-space characters.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { linksAt, walkLayout } from '../../../core/clean/cleaner';
import { parseHtml, type ParsedPage } from '../../../core/node/dom';
import { DOMS } from '../../helpers/pages';
import { seededRandom } from '../../helpers/seeded-random';

/** Seeded, so a failure repeats: nested blocks and inline elements, code, and spaces of every kind. */
function randomMarkup(seed: number, size: number): string {
  const next = seededRandom(seed);
  const texts = ['', ' ', 'a', 'b c', '\u00a0', '\u200b', ' x ', '\n', 'é', 'z\t', '  w  '];
  const tags = ['div', 'p', 'span', 'b', 'a', 'script', 'li', 'td', 'em', 'h2', 'section'];
  const build = (depth: number): string => {
    let out = '';
    for (let i = 0, count = next(4); i < count && size > 0; i++) {
      size--;
      if (next(3) === 0 || depth > 6) out += texts[next(texts.length)]!;
      else {
        const tag = tags[next(tags.length)]!;
        out += `<${tag}>${texts[next(texts.length)]}${build(depth + 1)}${texts[next(texts.length)]}</${tag}>`;
      }
    }
    return out;
  };
  return `<div>${build(0)}</div>`;
}

const nonSpace = (s: string) => Array.from(s).filter((c) => c.charCodeAt(0) > 32 && c.charCodeAt(0) !== 160).length;

describe.each(DOMS)('the cleaning walk layout on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });

  it('lists the elements in document order with their subtree sizes and non-space text lengths', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const page = await parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${randomMarkup(seed, 80)}</body></html>`, 'https://news.example/a', dom);
      pages.push(page);
      const root = page.document.body;
      const layout = walkLayout(root);
      const { order, size, textLength } = layout;
      expect(order, `seed ${seed}`).toEqual([root, ...Array.from(root.querySelectorAll('*'))]);
      order.forEach((el, i) => {
        expect(size[i], `seed ${seed}: ${el.outerHTML}`).toBe(1 + el.querySelectorAll('*').length);
        expect(textLength[i], `seed ${seed}: ${el.outerHTML}`).toBe(nonSpace(el.textContent ?? ''));
        // The links of a subtree, itself first when it is one, as a query of it finds them.
        expect(linksAt(layout, i), `seed ${seed}: ${el.outerHTML}`).toEqual([...(el.localName === 'a' ? [el] : []), ...Array.from(el.querySelectorAll('a'))]);
      });
    }
  });
});
