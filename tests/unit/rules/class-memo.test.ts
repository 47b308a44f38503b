/**
 * The class-and-id memo behind the class tests (clutter tokens, date marks, caption classes): the same answer
 * as the test itself, worked out once per distinct class list and id, and still right past its bound.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { byClassAndId } from '../../../core/clean/class-memo';
import { parseHtml, type ParsedPage } from '../../../core/node/dom';
import { DOMS } from '../../helpers/pages';

describe.each(DOMS)('byClassAndId on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });
  const elements = async (inner: string) => {
    const page = await parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${inner}</body></html>`, 'https://news.example/a', dom);
    pages.push(page);
    return Array.from(page.document.body.children);
  };

  it('answers as the test of "class id", once per distinct class list and id', async () => {
    const asked: string[] = [];
    const memo = byClassAndId((classAndId) => {
      asked.push(classAndId);
      return classAndId.toUpperCase();
    });
    const els = await elements('<p class="a b" id="x"></p><p class="a b" id="x"></p><p class="a b"></p><p id="x"></p><p></p><p class="" id=""></p><p class="a b" id="y"></p>');
    expect(els.map(memo)).toEqual(['A B X', 'A B X', 'A B ', ' X', ' ', ' ', 'A B Y']);
    // An absent attribute reads as an empty one, as it always did.
    expect(asked).toEqual(['a b x', 'a b ', ' x', ' ', 'a b y']);
  });

});

describe('byClassAndId past its bound', () => {
  it('keeps answering right when more distinct pairs come than it keeps', () => {
    // Only class and id are read: stand-ins for elements, 10,100 distinct pairs (past the 10,000 it keeps), twice round.
    const els = Array.from({ length: 10_100 }, (_, i) => {
      const attrs: Record<string, string> = { class: `c${i % 101}`, id: `i${Math.floor(i / 101)}` };
      return { getAttribute: (name: string) => attrs[name] ?? null } as unknown as Element;
    });
    let asked = 0;
    const memo = byClassAndId((classAndId) => {
      asked++;
      return classAndId.length;
    });
    let wrong = 0;
    for (let round = 0; round < 2; round++) for (const el of els) if (memo(el) !== `${el.getAttribute('class')} ${el.getAttribute('id')}`.length) wrong++;
    expect(wrong).toBe(0);
    // Started over once per 10,000 pairs: the second round asks again for what the first one's restart dropped.
    expect(asked).toBeGreaterThan(10_100);
    expect(asked).toBeLessThanOrEqual(20_200);
  });
});
