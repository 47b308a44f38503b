// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findUnits } from '../../../core/translate/article-units';
import { buildTextNodes, buildTranslatedNodes, decodeEntities, encodeInline, parseTranslatedMarkup } from '../../../core/translate/inline-markup';

/** Test markup parsed by the browser's parser (jsdom here), never assigned to innerHTML. */
function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

/** The nodes as markup, for assertions (XMLSerializer writes what is there; nothing is parsed). */
function serialize(nodes: Node[]): string {
  const box = document.createElement('div');
  box.append(...nodes);
  return new XMLSerializer().serializeToString(box).replace(/^<div[^>]*>|<\/div>$/gu, '').replace(/ xmlns="[^"]*"/gu, '');
}

describe('inline markup through an engine', () => {
  it('encodes a paragraph with placeholders, escaping text, and keeps its plain text', () => {
    const p = parse('<p>The <a href="https://ex.example/x">new   road</a> & <b>bridge</b> <code>x&lt;1</code><br>open.</p>').firstElementChild!;
    const encoded = encodeInline(Array.from(p.childNodes));
    expect(encoded.markup).toBe('The <span data-j="0">new road</span> &amp; <span data-j="1">bridge</span> <span data-j="2"></span><span data-j="3"></span>open.');
    expect(encoded.text).toBe('The new road & bridge x<1\nopen.');
    expect(encoded.slots.map((s) => s.localName)).toEqual(['a', 'b', 'code', 'br']);
  });

  it('rebuilds links and formatting from the ORIGINAL elements, in the order the translation put them', () => {
    const p = parse('<p>The <a href="https://ex.example/x" title="t">new road</a> and <b>bridge</b></p>').firstElementChild!;
    const { slots } = encodeInline(Array.from(p.childNodes));
    const translated = 'El <span data-j="1">puente</span> y la <span data-j="0">carretera nueva</span>';
    const nodes = buildTranslatedNodes(document, parseTranslatedMarkup(translated, slots.length), slots);
    expect(serialize(nodes)).toBe('El <b>puente</b> y la <a href="https://ex.example/x" title="t">carretera nueva</a>');
  });

  it('never lets a server add markup: foreign tags become nothing, attributes on our placeholders are ignored', () => {
    const p = parse('<p><a href="https://ex.example/">link</a></p>').firstElementChild!;
    const { slots } = encodeInline(Array.from(p.childNodes));
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script><span data-j="0" onclick="x()" href="javascript:y">enlace</span> <a href="javascript:z">otro</a>';
    const nodes = buildTranslatedNodes(document, parseTranslatedMarkup(evil, slots.length), slots);
    expect(serialize(nodes)).toBe('alert(2)<a href="https://ex.example/">enlace</a> otro');
  });

  it("treats stray '<' and '&' (APy echoes them unescaped) as text and decodes entities", () => {
    expect(decodeEntities('a &amp; b &lt; c &#233; &#x1F600; &eacute; &bogus;')).toBe('a & b < c é 😀 &eacute; &bogus;');
    const tree = parseTranslatedMarkup('más & menos < 5 y >3', 0);
    expect(tree).toEqual([{ kind: 'text', text: 'más & menos < 5 y >3' }]);
  });

  it('survives unbalanced, repeated, unknown and self-closed placeholders without losing text', () => {
    const p = parse('<p><i>a</i> <img src="https://ex.example/i.png" alt="i"> <em>b</em></p>').firstElementChild!;
    const { slots } = encodeInline(Array.from(p.childNodes));
    const messy = '</span><span data-j="0">uno <span data-j="0">dos</span> <span data-j="9">tres</span> <span data-j="2"/>cuatro';
    const nodes = buildTranslatedNodes(document, parseTranslatedMarkup(messy, slots.length), slots);
    // slot 0 once (the repeat is unwrapped), 9 unknown (text kept), 2 self-closed (empty <em>), the lost image appended.
    expect(serialize(nodes)).toBe('<i>uno dos tres <em></em>cuatro</i> <img src="https://ex.example/i.png" alt="i" />');
  });

  it('turns line breaks of plain translations into <br>', () => {
    expect(serialize(buildTextNodes(document, 'one\ntwo'))).toBe('one<br />two');
  });
});

describe('the units of an article', () => {
  it('finds headings, paragraphs, list items, captions, quotes and cells in order, and skips code', () => {
    const body = parse(`<div>
      <h2>Heading</h2>
      <p>First <em>paragraph</em>.</p>
      <figure><img src="https://ex.example/a.png"><figcaption>A caption</figcaption></figure>
      <blockquote><p>A quote.</p></blockquote>
      <ul><li>Item one</li><li><p>Item two</p></li></ul>
      <pre>code stays</pre>
      <table><tr><th>Cell</th><td>42</td></tr></table>
      <div>Loose text <b>here</b><p>Inner paragraph</p>tail words</div>
    </div>`);
    const units = findUnits(body);
    expect(units.map((u) => [u.kind, u.text, u.whole])).toEqual([
      ['heading', 'Heading', true],
      ['paragraph', 'First paragraph.', true],
      ['caption', 'A caption', true],
      ['quote', 'A quote.', true],
      ['list', 'Item one', true],
      ['list', 'Item two', true],
      ['cell', 'Cell', true],
      ['cell', '42', true],
      ['paragraph', 'Loose text here', false],
      ['paragraph', 'Inner paragraph', true],
      ['paragraph', 'tail words', false],
    ]);
  });

  it('gives the same units on a copy of the article (the view translates its own copy)', () => {
    const body = parse('<div><h1>T</h1><p>One <a href="https://ex.example/">two</a></p><p>Three</p></div>');
    const copy = body.cloneNode(true) as HTMLElement;
    expect(findUnits(copy).map((u) => u.markup)).toEqual(findUnits(body).map((u) => u.markup));
  });
});
