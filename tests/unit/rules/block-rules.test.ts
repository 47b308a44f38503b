/**
 * One test per cleaning rule: each shows the clutter a rule takes out, and the
 * real paragraph next to it that must stay.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage, DOMS, expectArticle } from '../../helpers/pages';

const STAY = 'Paragraph 3 of the story carries enough ordinary words';

async function clean(inner: string, dom: (typeof DOMS)[number], lang = 'en') {
  const a = expectArticle(await analyzeHtml(articlePage(inner, { lang }), 'https://news.example/story', dom));
  expect(a.text).toContain(STAY);
  expect(a.text).toContain('Paragraph 4 of the story');
  return a;
}

describe.each(DOMS)('block rules on %s', (dom) => {
  it('ad-label: a block whose whole text is ad labels goes, in any language', async () => {
    const a = await clean('<div><span>ADVERTISEMENT</span></div><p>Iklan</p><div>Anzeige</div><p>SCROLL TO CONTINUE WITH CONTENT</p><div><div>Publicidade</div><div>Scroll untuk lanjut membaca</div></div>', dom);
    for (const label of ['ADVERTISEMENT', 'Iklan', 'Anzeige', 'SCROLL TO CONTINUE', 'Publicidade', 'Scroll untuk']) expect(a.text).not.toContain(label);
    expect(a.removed.filter((r) => r.rule === 'ad-label').length).toBeGreaterThanOrEqual(4);
  });

  it('ad-label: the word inside a sentence is never touched', async () => {
    const a = await clean('<p>Iklan kampanye itu dilarang tayang, kata komisi, karena melanggar aturan yang berlaku sejak tahun lalu.</p>', dom);
    expect(a.text).toContain('Iklan kampanye itu dilarang tayang');
  });

  it('ad-slot: an empty ad container goes', async () => {
    const a = await clean('<div class="ads ads--inarticle"><div id="div-gpt-ad-123-0"></div></div>', dom);
    expect(a.html).not.toContain('div-gpt-ad');
  });

  it('promo-lead-in: "Baca Juga:" plus a link goes; so do other languages', async () => {
    const a = await clean([
      '<p><strong>Baca Juga:</strong> <a href="/x">Harga Emas Hari Ini Turun</a></p>',
      '<p>Read more: <a href="/y">Markets rally on rate hopes</a></p>',
      '<p><a href="/z">Lire aussi : Le gouvernement recule</a></p>',
      '<div>Lesen Sie auch: <a href="/w">Die Bahn streikt wieder</a></div>',
      '<p><b>ALSO READ |</b> <a href="/v">Five things to know</a></p>',
    ].join(''), dom);
    for (const promo of ['Harga Emas', 'Markets rally', 'Le gouvernement recule', 'Die Bahn streikt', 'Five things']) expect(a.text).not.toContain(promo);
    expect(a.removed.filter((r) => r.kind === 'promo')).toHaveLength(5);
  });

  it('promo-lead-in: a real paragraph that contains a link, or is one long link, stays', async () => {
    const a = await clean([
      '<p>The ministry said in <a href="/s">a statement on Friday</a> that the talks would continue next week in Geneva.</p>',
      '<p><a href="/long">Read more about the reasons the council gave for its decision, which surprised residents who had campaigned for years.</a></p>',
      '<p>Read more carefully and you will see that the report contradicts itself on at least three points.</p>',
    ].join(''), dom);
    expect(a.text).toContain('a statement on Friday');
    expect(a.text).toContain('Read more about the reasons the council gave');
    expect(a.text).toContain('Read more carefully');
  });

  it('promo-inline: a promo inside a real paragraph goes, the prose stays', async () => {
    const a = await clean('<p>Polisi masih menyelidiki penyebab kebakaran di gudang itu. <strong>Baca juga:</strong> <a href="/p">Lima Rumah Terbakar di Soreang</a> Warga diminta menjauhi lokasi sampai api benar-benar padam.</p>', dom, 'id');
    expect(a.text).toContain('Polisi masih menyelidiki penyebab kebakaran');
    expect(a.text).toContain('Warga diminta menjauhi lokasi');
    expect(a.text).not.toContain('Lima Rumah Terbakar');
    expect(a.removed.some((r) => r.rule === 'promo-inline')).toBe(true);
  });

  it('label-then-links: "Read more:" followed by paragraphs of one link each goes; a lone link paragraph stays', async () => {
    const a = await clean([
      '<p><b>Read more:</b></p><p></p>',
      '<p><a href="/1">Tunisia’s Islamists get a sobering lesson in governing</a></p>',
      '<p><a href="/2">Tunisia sends most foreign fighters abroad</a></p>',
      '<p>Officials said the museum would reopen next week under heavy guard, with new checks at the gates.</p>',
      '<p><a href="/3">The full text of the minister’s speech, as delivered in parliament on Tuesday afternoon, is available online.</a></p>',
    ].join(''), dom);
    expect(a.text).not.toMatch(/Read more|sobering lesson|foreign fighters/u);
    expect(a.text).toContain('Officials said the museum would reopen');
    expect(a.text).toContain('The full text of the minister’s speech');
    expect(a.removed.some((r) => r.rule === 'label-then-links:promo')).toBe(true);
  });

  it('promo-bracketed and "[Read: …]": an editor\'s bracketed one-link line goes', async () => {
    const a = await clean('<p><i>[<a href="/1">Bardo museum houses amazing Roman treasures</a>]</i></p><p><i><a href="/2">[Read: Tunisia sends most foreign fighters abroad]</a></i></p>', dom);
    expect(a.text).not.toMatch(/Bardo museum|Tunisia sends/u);
    expect(a.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['promo-bracketed', 'promo-lead-in']));
  });

  it('prompt: subscription, app and notice prompts and reading-time labels go, in several languages', async () => {
    const a = await clean([
      '<p>Berlangganan Tempo Digital mulai Rp 54.945 per bulan</p>',
      '<div>Article réservé aux abonnés</div>',
      '<p>Bestens informiert mit SZ Plus – 4 Wochen kostenlos zur Probe lesen.</p>',
      '<p>Suscríbete para seguir leyendo</p>',
      '<span>6 min read</span>',
    ].join(''), dom);
    expect(a.text).not.toMatch(/Berlangganan|réservé aux abonnés|Bestens informiert|Suscríbete|min read/u);
    expect(a.removed.filter((r) => r.rule === 'prompt' || r.rule === 'reading-time-label')).toHaveLength(5);
  });

  it('prompt: the same words inside a real sentence stay', async () => {
    const a = await clean('<p>Subscribe to the idea that cities need trees, the mayor said, and you will find the budget backs it with forty million euros over five years.</p>', dom);
    expect(a.text).toContain('Subscribe to the idea that cities need trees');
  });

  it('share-bar: a row of share links goes', async () => {
    const a = await clean('<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet">Twitter</a> <a href="#">Salin Tautan</a></div>', dom);
    expect(a.text).not.toMatch(/Facebook|Salin Tautan/u);
    expect(a.removed.some((r) => r.kind === 'share')).toBe(true);
  });

  it('pager: "Halaman: 1 2 3 Selanjutnya" goes', async () => {
    const a = await clean('<div>Halaman: <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Selanjutnya</a></div>', dom, 'id');
    expect(a.text).not.toContain('Selanjutnya');
    expect(a.removed.some((r) => r.rule === 'pager')).toBe(true);
  });

  it('labelled-section: "Terkini"/"Related" link lists and "Tags" go', async () => {
    const a = await clean([
      '<section><h2>Berita Terkait</h2><ul><li><a href="/a">Warga Soreang Keluhkan Harga Beras</a></li><li><a href="/b">Jadwal Persib Pekan Ini</a></li></ul></section>',
      '<div><h3>Tags</h3><ul><li><a href="/t/1">Putin</a></li><li><a href="/t/2">Rusia</a></li></ul></div>',
      '<div>Tags: <a href="/t/3">economy</a>, <a href="/t/4">rates</a></div>',
    ].join(''), dom);
    expect(a.text).not.toMatch(/Harga Beras|Jadwal Persib|Putin|economy/u);
    expect(new Set(a.removed.map((r) => r.kind))).toEqual(new Set(['related', 'tags']));
  });

  it('comment-prompt and comment sections go', async () => {
    const a = await clean('<p>Silakan login untuk berkomentar.</p><section><h3>Comments</h3><p>Be the first to comment.</p></section>', dom);
    expect(a.text).not.toMatch(/berkomentar|first to comment/u);
  });

  it('credit-line: "Editor:"/"Sumber:" lines leave the text and fill attribution', async () => {
    const a = await clean('<p>Editor: Yoga Mulyana</p><div>Reporter: Siti Aminah | Sumber: ANTARA</div>', dom, 'id');
    expect(a.text).not.toMatch(/Editor:|Reporter:|Sumber:/u);
    expect(a.attribution.editor).toBe('Yoga Mulyana');
    expect(a.attribution.author).toBe('Siti Aminah');
    expect(a.attribution.source).toBe('ANTARA');
  });

  it('credit-line: "Artikel ini telah tayang di …" gives the original outlet', async () => {
    const a = await clean('<p>Artikel ini telah tayang di Kompas.com dengan judul "Harga Beras Naik Lagi".</p>', dom, 'id');
    expect(a.text).not.toContain('telah tayang');
    expect(a.attribution.source).toBe('Kompas.com');
  });

  it('date-line: a block that is only a date goes and dates the article', async () => {
    const a = await clean('<div>Kamis, 14 September 2023, 10:15 WIB</div>', dom, 'id');
    expect(a.text).not.toContain('14 September 2023');
    expect(a.attribution.publishedTime).toBe('2023-09-14T10:15:00+07:00');
  });

  it('class-token: a link list marked `baca-juga` goes; prose in a `related`-classed box stays', async () => {
    const a = await clean([
      '<div class="baca-juga"><ul><li><a href="/1">Satu</a></li><li><a href="/2">Dua</a></li></ul></div>',
      '<div class="related-context"><p>Context matters here: the same council rejected an almost identical plan two years ago, citing traffic, noise and the cost to taxpayers of new roads.</p></div>',
    ].join(''), dom);
    expect(a.text).not.toMatch(/\bSatu\b|\bDua\b/u);
    expect(a.text).toContain('the same council rejected an almost identical plan');
  });
});

describe.each(DOMS)('datelines on %s', (dom) => {
  it.each([
    ['Jakarta (ANTARA) - Presiden meresmikan', 'ANTARA', 'Presiden meresmikan'],
    ['LONDON (Reuters) - The Bank of England', 'Reuters', 'The Bank of England'],
    ['WASHINGTON (AP) — Lawmakers on Tuesday', 'AP', 'Lawmakers on Tuesday'],
  ])('%s → source %s, text starts at the story', async (opening, agency, start) => {
    const html = articlePage('').replace('<p>Paragraph 1', `<p>${opening} said on Monday that the plan would go ahead.</p><p>Paragraph 1`);
    const a = expectArticle(await analyzeHtml(html, 'https://news.example/x', dom));
    expect(a.attribution.source).toBe(agency);
    expect(a.text.startsWith(start)).toBe(true);
    expect(a.removed.some((r) => r.rule === 'dateline')).toBe(true);
  });
});
