/**
 * The Markdown export on both test DOMs: structure survives (headings, lists,
 * links, quotes, images, code, tables), text that looks like Markdown stays
 * text, and the article's own words all come through.
 */
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, bodyToMarkdown } from '../../../core/export/markdown';
import { sanitizeToFragment } from '../../../core/sanitize';
import { parseHtml } from '../../../core/node/dom';
import { analyzeHtml, DOMS, expectArticle, referenceCase } from '../../helpers/pages';

const BASE = 'https://news.example/world/2024/story.html';

async function md(html: string, dom: (typeof DOMS)[number]): Promise<string> {
  const page = await parseHtml(`<!DOCTYPE html><html><body><div id="body">${html}</div></body></html>`, BASE, dom);
  try {
    return bodyToMarkdown(page.document.getElementById('body')!, BASE);
  } finally {
    page.close();
  }
}

describe.each(DOMS)('Markdown export (%s)', (dom) => {
  it('writes headings one level under the title, and paragraphs separated by blank lines', async () => {
    expect(await md('<h1>Part one</h1><p>First   paragraph\n spans lines.</p><h3>Detail</h3><p>Second.</p>', dom))
      .toBe('## Part one\n\nFirst paragraph spans lines.\n\n### Detail\n\nSecond.');
  });

  it('keeps emphasis, code and line breaks inside a paragraph', async () => {
    expect(await md('<p>A <strong>bold </strong>and <em>quiet</em> claim with <code>x`y</code>,<br>then a new line.</p>', dom))
      .toBe('A **bold** and *quiet* claim with ``x`y``,  \nthen a new line.');
  });

  it('resolves links against the article URL and keeps only safe schemes', async () => {
    expect(await md('<p>See <a href="/data/report (final).pdf">the report</a>, <a href="mailto:desk@news.example">mail</a> and <a href="#top">top</a>.</p>', dom))
      .toBe('See [the report](https://news.example/data/report%20%28final%29.pdf), [mail](mailto:desk@news.example) and top.');
  });

  it('writes bulleted, numbered and nested lists', async () => {
    const out = await md('<ul><li>Rice</li><li>Beans<ul><li>red</li><li>black</li></ul></li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol>', dom);
    expect(out).toBe('- Rice\n- Beans\n  - red\n  - black\n\n3. Third\n4. Fourth');
  });

  it('quotes blockquotes line by line, nested ones deeper', async () => {
    expect(await md('<blockquote><p>We will rebuild.</p><blockquote><p>Inner.</p></blockquote></blockquote>', dom))
      .toBe('> We will rebuild.\n>\n> > Inner.');
  });

  it('writes images with their alt text and figure captions in italics', async () => {
    const out = await md('<figure><img src="/img/dam.jpg" alt="The [new] dam at dawn"><figcaption>The dam, photographed in May.</figcaption></figure><p><img srcset="/a.jpg 1x, /b.jpg 2x" alt=""></p>', dom);
    expect(out).toBe('![The \\[new\\] dam at dawn](https://news.example/img/dam.jpg)\n\n*The dam, photographed in May.*\n\n![](https://news.example/a.jpg)');
  });

  it('fences preformatted code longer than any backtick run inside', async () => {
    expect(await md('<pre><code>let a = 1;\n```\nlet b = 2;\n</code></pre>', dom)).toBe('````\nlet a = 1;\n```\nlet b = 2;\n````');
  });

  it('writes tables as GFM tables with escaped pipes', async () => {
    expect(await md('<table><tr><th>City</th><th>Rain (mm)</th></tr><tr><td>Bekasi</td><td>12 | 14</td></tr></table>', dom))
      .toBe('| City | Rain (mm) |\n| --- | --- |\n| Bekasi | 12 \\| 14 |');
  });

  it('keeps text that looks like Markdown as text', async () => {
    const out = await md('<p># not a heading</p><p>1. not a list</p><p>- nor this</p><p>> nor a quote</p><p>*stars* and _unders_ and [brackets] and &amp;copy;</p>', dom);
    expect(out).toBe('\\# not a heading\n\n1\\. not a list\n\n\\- nor this\n\n\\> nor a quote\n\n\\*stars\\* and \\_unders\\_ and \\[brackets\\] and \\&copy;');
  });

  it('leaves out empty blocks and never exports scripts or styles', async () => {
    expect(await md('<p> </p><div><script>alert(1)</script><style>p{}</style><p>Only this.</p></div><p><a href="https://x.example/"></a></p>', dom))
      .toBe('Only this.\n\n<https://x.example/>');
  });

  it('puts the title, the source line and the link before the body', async () => {
    const page = await parseHtml('<!DOCTYPE html><html><body><p>Body text.</p></body></html>', BASE, dom);
    try {
      const out = articleToMarkdown({
        title: 'Floods  close the *coastal* road',
        url: BASE,
        sourceLine: ['News Example', 'By Sri Wahyuni', null, '23 September 2023', ''],
        body: page.document.body,
      });
      expect(out).toBe('# Floods close the \\*coastal\\* road\n\n*News Example · By Sri Wahyuni · 23 September 2023*\n\n<https://news.example/world/2024/story.html>\n\nBody text.\n');
    } finally {
      page.close();
    }
  });
});

describe('Markdown export of the reference article', () => {
  it('has every paragraph the reader keeps, in order, and none of the promos', async () => {
    const { html, expected } = referenceCase('01-jurnal-soreang-putin');
    const analysis = expectArticle(await analyzeHtml(html, 'https://jurnalsoreang.pikiran-rakyat.com/internasional/pr-1127159203/putin'));
    const page = await parseHtml('<!DOCTYPE html><html><body></body></html>', analysis.url, 'jsdom');
    try {
      const body = sanitizeToFragment(page.window as unknown as Window, analysis.html);
      const out = articleToMarkdown({ title: analysis.title, url: analysis.url, sourceLine: ['Jurnal Soreang'], body });
      const paragraphs = analysis.text.split(/\n\s*\n/u).map((p) => p.replace(/\s+/gu, ' ').trim()).filter(Boolean);
      let from = 0;
      for (const p of paragraphs) {
        const at = out.indexOf(p.slice(0, 40), from);
        expect(at, `paragraph in order: ${p.slice(0, 40)}`).toBeGreaterThan(from - 1);
        from = at;
      }
      for (const keep of expected.keep) expect(out).toContain(keep);
      for (const drop of expected.drop) expect(out).not.toContain(drop);
    } finally {
      page.close();
    }
  });
});
