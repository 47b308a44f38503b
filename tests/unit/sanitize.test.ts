import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { sanitizeToHtml } from '../../core/sanitize';
import { parseHtml } from '../../core/node/dom';
import { DOMS } from '../helpers/pages';

const HOSTILE = [
  '<p>ok<img src="https://img.example/a.jpg" onerror="window.pwned=1"></p>',
  '<p><a href="javascript:window.pwned=1">click</a><a href="data:text/html,<script>x</script>">d</a></p>',
  '<p><svg><script>window.pwned=1</script></svg><iframe srcdoc="<script>x</script>"></iframe></p>',
  '<form action="https://evil.example"><input name="q"></form><base href="https://evil.example/">',
  '<p style="background:url(https://beacon.example/x)">styled</p><style>p{background:url(https://beacon.example/y)}</style>',
  '<math><annotation-xml encoding="text/html"><img src=x onerror="window.pwned=1"></annotation-xml></math>',
].join('');

describe.each(DOMS)('sanitizer on pages parsed by %s', (dom) => {
  it('strips scripts, handlers, dangerous URLs, forms, frames, <base> and styles', async () => {
    const page = await parseHtml(`<div id="root">${HOSTILE}</div>`, 'https://news.example/', dom);
    const html = sanitizeToHtml(page.window, page.document.getElementById('root')!);
    for (const bad of ['onerror', 'javascript:', 'data:text/html', '<script', '<iframe', 'srcdoc', '<form', '<input', '<base', 'style=', '<style', 'beacon.example', 'annotation-xml']) {
      expect(html, bad).not.toContain(bad);
    }
    expect(html).toContain('<img src="https://img.example/a.jpg">');
    expect(html).toContain('styled');
  });

  it('keeps article markup: links open outside the reader, MathML stays', async () => {
    const page = await parseHtml('<div id="root"><h2>T</h2><p><a href="https://x.example/">x</a> <math><mi>a</mi><mo>≠</mo><mn>0</mn></math></p><figure><img src="https://i.example/1.jpg" alt="A"><figcaption>Cap</figcaption></figure></div>', 'https://news.example/', dom);
    const html = sanitizeToHtml(page.window, page.document.getElementById('root')!);
    expect(html).toContain('<a href="https://x.example/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(html).toContain('<math><mi>a</mi><mo>≠</mo><mn>0</mn></math>');
    expect(html).toContain('<figcaption>Cap</figcaption>');
  });
});

it('refuses to run on a DOM DOMPurify cannot support, instead of returning raw markup', () => {
  const happy = new Window();
  expect(() => sanitizeToHtml(happy as unknown as globalThis.Window, '<img src=x onerror=alert(1)>')).toThrow(/cannot run on this DOM/u);
  happy.close();
});
