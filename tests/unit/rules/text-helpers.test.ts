/**
 * The cleaning text helpers' shortcuts must agree with the plain definitions they stand in for: `hasText` with
 * "textOf is not empty", `textLongerThan` never claiming more text than `textOf` has.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { hasText, textLongerThan, textOf } from '../../../core/clean/text';
import { parseHtml, type ParsedPage } from '../../../core/node/dom';
import { DOMS } from '../../helpers/pages';

/** Bodies that fold to nothing or to little: spaces of every kind, code, comments, zero-width characters. */
const BODIES = [
  '',
  '   \n\t ',
  '<div> <span>\u00a0</span> </div>',
  '<script>var x = 1;</script><style>p { color: red }</style><noscript>Enable JS</noscript><template>Hidden</template>',
  '<!-- a comment --><div><!-- another --></div>',
  '\u200b\u2060\ufeff\u3000\u2028\u1680\u202f\u205f',
  '<p>\u200bx\u200b</p>',
  '<div><div><div><b>A</b></div></div></div>',
  '<script>code</script>word',
  '<p>a b c d e f g h</p>',
  '<p>Short</p><div>Another <i>line</i> here</div>',
  '\u0001',
];

describe.each(DOMS)('text helpers on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });
  const bodyOf = async (inner: string) => {
    const page = await parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${inner}</body></html>`, 'https://news.example/a', dom);
    pages.push(page);
    return page.document.body;
  };

  it('hasText is true exactly when textOf is not empty', async () => {
    for (const inner of BODIES) {
      const body = await bodyOf(inner);
      expect(hasText(body), JSON.stringify(inner)).toBe(textOf(body) !== '');
    }
  });

  it('textLongerThan is true only when textOf is longer, and is true for a long text', async () => {
    for (const inner of BODIES) {
      const body = await bodyOf(inner);
      for (let n = 0; n <= 20; n++) if (textLongerThan(body, n)) expect(textOf(body).length, `${JSON.stringify(inner)} > ${n}`).toBeGreaterThan(n);
    }
    const long = await bodyOf(`<p>${'word '.repeat(40)}</p>`);
    expect(textLongerThan(long, 60)).toBe(true);
    expect(textLongerThan(long, 200)).toBe(false);
  });
});
