/**
 * The cleaning text helpers' shortcuts must agree with the plain definitions they stand in for: `hasText` with
 * "textOf is not empty", `textLongerThan` never claiming more text than `textOf` has, and the texts a cleaning
 * walk composes from children's texts with the ones read straight from the subtree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { blockText, isOneLine } from '../../../core/block-text';
import { countWords, hasText, lettersLongerThan, lettersOnly, ownText, squash, textLettersLongerThan, textLongerThan, textOf, withTextMemo } from '../../../core/clean/text';
import { parseHtml, type ParsedPage } from '../../../core/node/dom';
import { DOMS } from '../../helpers/pages';
import { seededRandom } from '../../helpers/seeded-random';

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

/** Random markup (seeded, so a failure repeats): blocks, inline elements, links, code, and spaces of every kind at the seams. */
function randomMarkup(seed: number, size: number): string {
  const next = seededRandom(seed);
  const texts = ['', ' ', 'a', 'b c', '\u00a0', '\u200b', ' x ', '\n', 'é', '\u2060y', 'z\t', '  w  ', 'v\u2060 ', '\ufeff'];
  const tags = ['div', 'p', 'span', 'b', 'a', 'script', 'li', 'td', 'em', 'h2', 'button', 'i', 'u', 's'];
  const build = (depth: number): string => {
    let out = '';
    const count = next(4);
    for (let i = 0; i < count && size > 0; i++) {
      size--;
      if (next(3) === 0 || depth > 5) out += texts[next(texts.length)]!;
      else if (next(8) === 0) out += '<br>';
      else {
        const tag = tags[next(tags.length)]!;
        out += `<${tag}>${texts[next(texts.length)]}${build(depth + 1)}${texts[next(texts.length)]}</${tag}>`;
      }
    }
    return out;
  };
  return `<div>${build(0)}</div>`;
}

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

  it('texts composed in a cleaning walk equal the texts read straight from the subtree', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const body = await bodyOf(randomMarkup(seed, 60));
      const elements = Array.from(body.querySelectorAll('*'));
      const plain = elements.map((el) => [textOf(el), ownText(el)]);
      // Inner elements first and outer first both: a wrapper's text must not depend on which was asked first.
      const inWalk = withTextMemo(() => elements.map((el) => [textOf(el), ownText(el)]));
      const reversed = withTextMemo(() => elements.slice().reverse().map((el) => [textOf(el), ownText(el)]).reverse());
      expect(inWalk, `seed ${seed}`).toEqual(plain);
      expect(reversed, `seed ${seed}`).toEqual(plain);
    }
  });

  it('a <template> adds nothing to a block\'s own text, in a walk or not', async () => {
    // happy-dom answers a template's firstChild from its content fragment: the walk must not read it from there.
    const body = await bodyOf('<div>Own <template><b>hidden</b> words</template>text <a href="/x">link</a></div>');
    const div = body.querySelector('div')!;
    expect(ownText(div)).toBe('Own text');
    expect(withTextMemo(() => ownText(div))).toBe('Own text');
    expect(withTextMemo(() => textOf(div))).toBe(textOf(div));
  });

  it('textLettersLongerThan answers as lettersLongerThan of the textOf, without building it', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const body = await bodyOf(randomMarkup(seed, 60));
      for (const el of [body, ...Array.from(body.querySelectorAll('*'))]) {
        for (const n of [0, 1, 2, 4, 8]) expect(textLettersLongerThan(el, n), `seed ${seed} > ${n}: ${el.outerHTML}`).toBe(lettersLongerThan(textOf(el), n));
      }
    }
    const body = await bodyOf('<p><script>letters letters</script>Baca <b>juga</b>: <span>\u00e9t\u00e9</span></p>');
    expect(textLettersLongerThan(body, 10)).toBe(true);
    expect(textLettersLongerThan(body, 11)).toBe(false);
  });

  it('leaves out ruby annotations (furigana, pinyin) and their fallback brackets, keeping the base text', async () => {
    const body = await bodyOf('<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくす。</p><p><ruby>汉<rt>hàn</rt>字<rt>zì</rt></ruby>很难。</p>');
    expect(blockText(body)).toBe('子どもへの虐待をなくす。\n\n汉字很难。');
  });

  it('a block that isOneLine has the blockText its textOf is, and many blocks are one line', async () => {
    let oneLine = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const body = await bodyOf(randomMarkup(seed, 60));
      for (const el of Array.from(body.querySelectorAll('*'))) {
        if (!isOneLine(el)) continue;
        oneLine++;
        expect(blockText(el), `seed ${seed}: ${el.outerHTML}`).toBe(textOf(el));
      }
    }
    expect(oneLine).toBeGreaterThan(100);
  });
});

describe('squash', () => {
  // Its shortcut (a string with nothing to fold is returned as it is) must agree with the fold it skips.
  const WS = /[\s\u00a0\u200b\u2060\ufeff]+/gu;
  const fold = (s: string) => s.replace(WS, ' ').trim();

  it('folds every UTF-16 unit as the whitespace pattern does, alone, between letters and at either end', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, `a ${ch}b`, `a${ch} b`, ` ${ch}`, `${ch} `, `ab${ch}`, `${ch}${ch}`]) {
        if (squash(s) !== fold(s)) expect(squash(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(fold(s));
      }
    }
  });

  it('folds random mixes of spaces, letters and invisible characters as the pattern does', () => {
    const pool = ['a', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u2060', '\ufeff', '\u3000', '\u0085', 'é', '中', '𝐀'];
    const next = seededRandom(11);
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: next(10) }, () => pool[next(pool.length)]).join('');
      expect(squash(s), JSON.stringify(s)).toBe(fold(s));
    }
  });
});

describe('countWords', () => {
  // Counted in place by one pattern; the plain definition: CJK and Thai characters one each, then the runs
  // between spaces that hold a letter or digit.
  const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/gu;
  const plain = (s: string) => {
    const cjk = s.match(CJK)?.length ?? 0;
    const rest = s.replace(CJK, ' ').trim();
    return cjk + (rest ? rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0);
  };

  it('counts as the plain definition does, on random mixes of letters, marks, spaces and scripts', () => {
    const pool = ['a', 'Z', '7', ' ', '  ', '\n', '\u00a0', '\u200b', '-', '.', '—', '中', 'ก', 'é', '𝐀', '\ud800', '\udc00', '²', '_', '\u3000', "'", '«'];
    const next = seededRandom(5);
    for (let k = 0; k < 20_000; k++) {
      const s = Array.from({ length: next(14) }, () => pool[next(pool.length)]).join('');
      expect(countWords(s), JSON.stringify(s)).toBe(plain(s));
    }
    expect(countWords('-- Jane Doe, 12. März — 中文 ok')).toBe(7);
  });
});

describe('lettersLongerThan', () => {
  it('is true only when lettersOnly is longer, and is true for a long text', () => {
    // Letters of several scripts, digits, one that lower-cases to two units, one outside the BMP, punctuation, spaces.
    const pool = ['a', 'Z', '7', 'é', 'İ', 'ß', 'д', 'ع', '中', '𝐀', '²', '-', '.', ' ', '\u00a0', '!', '«', '\u200b', '_'];
    let state = 7;
    const next = (n: number) => {
      state = (state * 48271) % 2147483647;
      return state % n;
    };
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: next(30) }, () => pool[next(pool.length)]).join('');
      for (const n of [0, 1, 3, 8, 15]) if (lettersLongerThan(s, n)) expect(lettersOnly(s).length, `${JSON.stringify(s)} > ${n}`).toBeGreaterThan(n);
    }
    expect(lettersLongerThan('Baca juga: berita lain yang tidak kalah menarik hari ini', 33)).toBe(true);
    expect(lettersLongerThan('— — — Baca juga — — —', 33)).toBe(false);
  });
});
