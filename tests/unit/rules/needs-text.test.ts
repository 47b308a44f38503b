/**
 * The cleaning walk does not ask a rule marked `needsText` about an element without text (a shortcut: a large
 * share of a page's elements are pictures' wrappers, icons and spacers). That is only exact if no such rule can
 * match a textless element: every marked rule is asked here about textless elements of every shape it looks at.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BLOCK_RULES } from '../../../core/clean/rules';
import { textOf } from '../../../core/clean/text';
import { parseHtml, type ParsedPage } from '../../../core/node/dom';
import { DOMS } from '../../helpers/pages';

/** Textless blocks: links without text (share icons), code, pictures, empty lists and cells, labels only in attributes. */
const TEXTLESS = [
  '<div></div>',
  '<p> \u00a0\u200b\u2060 </p>',
  '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x"></a><a href="https://twitter.com/intent/tweet?url=x"></a><button></button></div>',
  '<div class="ads ad-slot" id="div-gpt-ad-1"><iframe id="google_ads_iframe"></iframe></div>',
  '<ul class="menu"><li><a href="/a"></a></li><li><a href="/b"></a></li><li><a href="/c"></a></li><li><a href="/d"></a></li></ul>',
  '<div class="comments"><h3></h3><a href="#respond" aria-label="Comments"></a></div>',
  '<div class="related"><h2><span></span></h2><a href="/x"><img src="x.jpg" alt="Read more: a story"></a></div>',
  '<div><script>var by = "By Jane Doe"; // 12 March 2024</script><style>.pager{}</style><noscript>Advertisement</noscript><template>Subscribe now</template></div>',
  '<div class="byline"><div><span></span><br><time datetime="2024-03-12"></time></div></div>',
  '<table><tr><td></td><td></td></tr></table>',
  '<p><a href="/page/2" title="Next page"></a><a href="/page/3" title="3"></a></p>',
  '<div><img src="a.jpg" alt="ADVERTISEMENT"><picture><source srcset="b.jpg"></picture><svg><text>Baca juga</text></svg></div>',
];

describe.each(DOMS)('rules that need text on %s', (dom) => {
  const pages: ParsedPage[] = [];
  afterAll(async () => {
    for (const p of pages) await p.close();
  });

  it('are the rules that read words', () => {
    expect(BLOCK_RULES.filter((r) => r.needsText).map((r) => r.id).sort()).toEqual(
      ['ad-label', 'comment-prompt', 'credit-line', 'date-line', 'hidden-metadata', 'pager', 'promo-lead-in', 'promo-shouted-link', 'prompt'],
    );
  });

  it('never match an element without text', async () => {
    const page = await parseHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${TEXTLESS.join('')}</body></html>`, 'https://news.example/a', dom);
    pages.push(page);
    const elements = Array.from(page.document.body.querySelectorAll('*')).filter((el) => textOf(el) === '');
    expect(elements.length).toBeGreaterThan(40);
    for (const rule of BLOCK_RULES.filter((r) => r.needsText)) {
      for (const el of elements) expect(rule.match({ el, text: '' }), `${rule.id}: ${el.outerHTML}`).toBeNull();
    }
    // The textless elements are ones the other rules do take out: the test would catch a wrong mark on them.
    const matched = BLOCK_RULES.filter((r) => !r.needsText && elements.some((el) => r.match({ el, text: '' })));
    expect(matched.map((r) => r.id).sort()).toEqual(['ad-slot', 'class-token', 'nav-list', 'share-bar']);
  });
});
