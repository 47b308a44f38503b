/**
 * The structural steps around Readability: text outside the story, author
 * boxes, shouted promo links, captions out of the plain text, and story pages
 * hidden in the same document.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage, DOMS, expectArticle } from '../../helpers/pages';

const prose = (n: number, lang = 'en') =>
  Array.from({ length: n }, (_, i) => (lang === 'id'
    ? `<p>Bagian ${i + 1} dari cerita ini memuat cukup banyak kata biasa, dengan koma dan titik, sehingga setiap pembaca akan menyebutnya prosa.</p>`
    : `<p>Paragraph ${i + 1} of the story carries enough ordinary words, with commas, clauses and a full stop, that any reader would call it prose.</p>`)).join('');

const page = (body: string, lang = 'en') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>A story</title></head><body><main><article><h1>A story</h1>${body}</article></main></body></html>`;

describe.each(DOMS)('structure rules on %s', (dom) => {
  it('hidden-metadata: schema.org microdata a theme hides by class goes and is listed; hidden text that is not all microdata, the same data shown, or shown at some width, stays', async () => {
    const data = (cls: string) => `<span class="${cls}"><span itemprop="image"><span itemprop="url">https://site.example/up/photo.jpeg</span> <span itemprop="height">1200</span></span><span itemprop="publisher"><span itemprop="name">jdadmin</span></span><span itemprop="datePublished">2018-10-12 06:43:54</span></span>`;
    // In the middle of the story, where no rule about the story's edges reaches it.
    const a = expectArticle(await analyzeHtml(page(`${prose(2)}${data('hidden')}${prose(2)}`), 'https://news.example/a', dom));
    expect(a.text).not.toContain('photo.jpeg');
    expect(a.removed.filter((r) => r.rule === 'hidden-metadata').map((r) => r.text).join(' ')).toContain('jdadmin');
    for (const kept of [data('hidden md:block'), data('meta-data'), '<div class="hidden">The full text of the notice, kept for readers who open it: https://site.example/up/photo.jpeg</div>']) {
      const b = expectArticle(await analyzeHtml(page(`${prose(2)}${kept}${prose(2)}`), 'https://news.example/a', dom));
      expect(b.text).toContain('photo.jpeg');
    }
  });

  it('outside-story: short non-sentence lines before the first and after the last paragraph go; the story and its subheads stay', async () => {
    const a = expectArticle(await analyzeHtml(page(`<div>Sign In</div><div>Entertainment</div><div>Updated Nov 19, 6:55 AM</div>${prose(3)}<h2>What comes next</h2>${prose(3)}<div>More Business News</div><div>Loading content ...</div>`), 'https://news.example/a', dom));
    expect(a.text).not.toMatch(/Sign In|Entertainment|More Business News|Loading content/u);
    expect(a.text).toContain('What comes next');
    for (let i = 1; i <= 3; i++) expect(a.text).toContain(`Paragraph ${i} of the story`);
    expect(a.removed.filter((r) => r.rule === 'outside-story').map((r) => r.text)).toEqual(expect.arrayContaining(['Sign In', 'More Business News']));
  });

  it('outside-story: a line that introduces a list, and a long run of result lines, stay', async () => {
    const results = Array.from({ length: 10 }, (_, i) => `<p>Team ${i + 1} 14 11 6 15 — ${40 + i}</p>`).join('');
    const a = expectArticle(await analyzeHtml(page(`${prose(4)}<p>The council resolves to:</p><ul><li>build the bridge</li><li>fund the school</li></ul>${results}`), 'https://news.example/a', dom));
    expect(a.text).toContain('The council resolves to:');
    expect(a.text).toContain('build the bridge');
    expect(a.text).toContain('Team 10 14 11 6 15');
  });

  it('outside-story: headings over formulas before the story stay; a heading among stray lines after it heads nothing and goes', async () => {
    const formula = '<math><mi>x</mi><mo>=</mo><mn>1</mn></math>';
    const a = expectArticle(await analyzeHtml(page(`<h2>The Lorenz Equations</h2>${formula}<h2>Maxwell Equations</h2>${formula}<h2>In-line Mathematics</h2>${prose(4)}<h3>Top Video</h3><div>Weather Watch</div><div>More Videos</div><h4>Our channels</h4><div><a href="/fb"><svg></svg></a><a href="/x"><img src="/x.png"></a></div>`), 'https://news.example/a', dom));
    expect(a.text).toContain('The Lorenz Equations');
    expect(a.text).toContain('Maxwell Equations');
    expect(a.text).not.toMatch(/Top Video|Weather Watch|More Videos|Our channels/u);
    expect(a.removed.filter((r) => r.rule === 'outside-story').map((r) => r.text)).toEqual(expect.arrayContaining(['Top Video', 'More Videos']));
  });

  it('outside-story: lists of headline links after the story go with their label; a list of links inside the story, a plain list, a list of teasers, a table of contents and a list of sources stay', async () => {
    const links = (n: number, what: string) => `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/n${i}">${what} headline number ${i + 1} about the council and its new budget plan</a></li>`).join('')}</ul>`;
    const a = expectArticle(await analyzeHtml(page(`${prose(3)}${links(2, 'Cited')}${prose(2)}<div>More News from Business</div>${links(4, 'Other')}`), 'https://news.example/a', dom));
    expect(a.text).toContain('Cited headline number 2');
    expect(a.text).not.toMatch(/Other headline|More News from Business/u);
    expect(a.removed.filter((r) => r.rule === 'outside-story').map((r) => r.text).join(' ')).toContain('Other headline number 4');
    const teasers = `<ul>${Array.from({ length: 3 }, (_, i) => `<li><a href="/t${i}">Teaser ${i + 1}: the council votes on the bridge. The mayor said the vote would settle a question the city has argued over for a decade.</a></li>`).join('')}</ul>`;
    const b = expectArticle(await analyzeHtml(page(`${prose(4)}<ul><li>build the bridge</li><li>fund the school</li></ul>${teasers}`), 'https://news.example/a', dom));
    expect(b.text).toContain('fund the school');
    expect(b.text).toContain('Teaser 3: the council votes');
    const toc = '<div>Contents</div><ul><li><a href="#one">Why the bridge</a></li><li><a href="#two">What it costs</a></li></ul>';
    const sources = '<div>Sources:</div><ul><li><a href="https://data.example.org/budget">City budget 2024</a></li><li><a href="https://archive.example.net/vote">Council vote record</a></li></ul>';
    const c = expectArticle(await analyzeHtml(page(`${toc}${prose(4)}${sources}`), 'https://news.example/a', dom));
    expect(c.text).toContain('What it costs');
    expect(c.text).toContain('Council vote record');
  });

  it('outside-story: copyright lines under the story go although they read as sentences, and so does a label that ends the page; a copyright line inside the story stays', async () => {
    const a = expectArticle(await analyzeHtml(page(`${prose(2)}<p>© 2019 The Example Trust. Reprinted with permission.</p>${prose(2)}<p>© 2020 Example Interactive Inc. All Rights Reserved.</p><p>© 2022, Example News. This article is the copyrighted property of Example News. Written permission must be obtained before reprint in online or print media.</p><div>Participating blogs:</div>`), 'https://news.example/a', dom));
    expect(a.text).toContain('Reprinted with permission');
    const b = expectArticle(await analyzeHtml(page(`${prose(4)}<p>© Provided by Example Inc Nintendo and Apple shocked the world this year.</p><p>See more photos:</p><div><img src="/p1.jpg"><img src="/p2.jpg"></div>`), 'https://news.example/a', dom));
    expect(b.text).toContain('See more photos:');
    expect(b.text).toContain('Nintendo and Apple shocked the world');
    expect(a.text).not.toMatch(/All Rights Reserved|copyrighted property|Participating blogs/u);
    expect(a.removed.filter((r) => r.rule === 'outside-story').map((r) => r.text)).toContain('© 2020 Example Interactive Inc. All Rights Reserved.');
  });

  it('outside-story: rights notices, licence lines and blog post footers under the story go although they read as sentences; the same words inside the story stay', async () => {
    const inside = '<p>The publisher printed “All rights reserved” on every page, and the archive released its photos under CC-BY.</p>';
    const a = expectArticle(await analyzeHtml(page(`${prose(2)}${inside}${prose(2)}<p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie artykułu za zgodą wydawcy.</p><p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.</p><p>This entry was posted in Local News. Bookmark the permalink.</p>`), 'https://news.example/a', dom));
    expect(a.text).toContain('every page, and the archive released');
    expect(a.text).not.toMatch(/prawa zastrzeżone|CC-BY-NC-ND|Bookmark the permalink/u);
    expect(a.removed.filter((r) => r.rule === 'outside-story').map((r) => r.text).join(' ')).toMatch(/prawa zastrzeżone.*CC-BY-NC-ND.*permalink/u);
  });

  it('social-call: a closing call to follow the site on a platform goes (handle, link or a row of platform icons); a paragraph about a post inside the story stays', async () => {
    const tweet = '<p>The minister announced on Twitter that the bridge would open, <a href="https://twitter.com/minister/status/1">in a post</a> seen by thousands.</p>';
    const closing = '<p>Facebook believe that the fact checkers, along with <a href="/fact-checkers">other writers</a>, are impartial enough to label what they call fake news.</p>';
    const a = expectArticle(await analyzeHtml(page(`${prose(2)}${tweet}${prose(2)}<p>Follow The Example Times on Twitter and Instagram @ExampleTimes and on Facebook @ExampleTimesNews. Send us a message at news@example.com.</p><p>¡Mira lo que tiene nuestro canal de <a href="https://www.youtube.com/c/example">YouTube</a>!</p><div>Nos siga no <a href="https://instagram.com/example"><img src="/ig.png"></a><a href="https://facebook.com/example"><img src="/fb.png"></a></div>`), 'https://news.example/a', dom));
    expect(a.text).toContain('announced on Twitter that the bridge');
    expect(a.text).not.toMatch(/@ExampleTimes|canal de YouTube|Nos siga no/u);
    expect(a.removed.filter((r) => r.rule === 'social-call').map((r) => r.text).join(' ')).toMatch(/@ExampleTimes.*YouTube.*Nos siga no/u);
    // The story's last paragraph names a platform and links elsewhere: it is the story's.
    const b = expectArticle(await analyzeHtml(page(`${prose(4)}${closing}`), 'https://news.example/a', dom));
    expect(b.text).toContain('Facebook believe that the fact checkers');
  });

  it('author-box: a closing paragraph that names the story\'s author in its first words is a bio and goes; the same name deeper in a closing sentence stays', async () => {
    const byline = '<p class="byline">By <a rel="author" href="/authors/inga">Inga Example</a></p>';
    const bio = '<p>Inga Example is head of social at Example News. When she is not selling things online, she tests new household gadgets such as robot vacuums.</p>';
    const a = expectArticle(await analyzeHtml(page(`${byline}${prose(4)}${bio}`), 'https://news.example/a', dom));
    expect(a.text).not.toContain('head of social');
    expect(a.text).toContain('Paragraph 4 of the story');
    expect(a.removed.filter((r) => r.rule === 'author-box').map((r) => r.text).join(' ')).toContain('head of social');
    // The author's name set as a heading over the story (under the avatar) is a byline, not a subhead; a real subhead stays.
    const c = expectArticle(await analyzeHtml(page(`${byline}<div><img alt="Inga Example" src="/inga.jpg"><h5>Inga Example</h5></div>${prose(3)}`), 'https://news.example/a', dom));
    expect(c.text).not.toContain('Inga Example');
    const d = expectArticle(await analyzeHtml(page(`${byline}<h3>What the council decided</h3>${prose(3)}`), 'https://news.example/a', dom));
    expect(d.text).toContain('What the council decided');
    const closing = '<p>The council will meet again in May, and the mayor has promised to answer the questions first raised by Inga Example in this paper.</p>';
    const b = expectArticle(await analyzeHtml(page(`${byline}${prose(4)}${closing}`), 'https://news.example/a', dom));
    expect(b.text).toContain('The council will meet again in May');
  });

  it('captions: an abbreviated label with its full stop ("Fot. …") and a credit set beside its caption in emphasis leave the plain text, not the HTML', async () => {
    const gallery = '<p><span><em>The minister speaks at the memorial</em><em>©&nbsp;Example Agency | Jane Doe</em></span></p>';
    const a = expectArticle(await analyzeHtml(page(`${prose(3)}<p>Fot. Jan Kowalski / Agencja Example</p>${gallery}${prose(2)}`, 'pl'), 'https://news.example/a', dom));
    expect(a.text).not.toMatch(/Jan Kowalski|Jane Doe/u);
    expect(a.text).toContain('The minister speaks at the memorial');
    expect(a.html).toContain('Jan Kowalski');
    expect(a.html).toContain('Jane Doe');
  });

  it('author-box: a name line and a bio opening with that name go under the story', async () => {
    const a = expectArticle(await analyzeHtml(page(`${prose(4)}<div>About the Author</div><div>Phil Helsel</div><p>Phil Helsel is a reporter for NBC News.</p>`), 'https://news.example/a', dom));
    expect(a.text).not.toMatch(/Phil Helsel|About the Author/u);
    expect(a.removed.filter((r) => r.rule === 'author-box')).toHaveLength(3);
  });

  it('author-box: a heading that shares only its first word with the closing paragraph is no author box', async () => {
    const a = expectArticle(await analyzeHtml(page(`${prose(4)}<div>Our Work</div><p>Our work spans a variety of fields, from schools to museums.</p>`), 'https://news.example/a', dom));
    expect(a.text).toContain('Our work spans a variety of fields');
    expect(a.removed.filter((r) => r.rule === 'author-box')).toHaveLength(0);
  });

  it('author-box under a label: "Über Kathrin" and the short bio that ends the container go; a closing section with more than a bio under "About Brexit" stays', async () => {
    const a = expectArticle(await analyzeHtml(page(`${prose(4)}<h3>Über Kathrin</h3><p>Hallo, ich bin Foodbloggerin, Backbuchautorin, Journalistin und seit meiner Kindheit leidenschaftliche Bäckerin.</p>`, 'de'), 'https://news.example/a', dom));
    expect(a.text).not.toMatch(/Über Kathrin|Foodbloggerin/u);
    expect(a.text).toContain('Paragraph 4 of the story');
    expect(a.removed.filter((r) => r.rule === 'author-box').map((r) => r.text)).toContain('Über Kathrin');
    const b = expectArticle(await analyzeHtml(page(`${prose(4)}<h3>About Brexit</h3>${prose(8).replace(/Paragraph/gu, 'Closing part')}`), 'https://news.example/a', dom));
    expect(b.text).toContain('About Brexit');
    expect(b.text).toContain('Closing part 8 of the story');
  });

  it('promo-shouted-link: a paragraph that is one link in capitals goes; a capitalised sentence without a link stays', async () => {
    const a = expectArticle(await analyzeHtml(articlePage('<p><strong><a href="/x">TAYLOR SWIFT CLEARED TO PERFORM HITS AT THE AWARDS</a></strong></p><p>NASA AND ESA SIGN THE AGREEMENT TODAY IN PARIS.</p>'), 'https://news.example/a', dom));
    expect(a.text).not.toContain('TAYLOR SWIFT CLEARED');
    expect(a.text).toContain('NASA AND ESA SIGN');
    expect(a.removed.some((r) => r.rule === 'promo-shouted-link')).toBe(true);
  });

  it('captions: figcaptions, caption-classed credits and "Image copyright" lines stay in the HTML but leave the plain text', async () => {
    const a = expectArticle(await analyzeHtml(articlePage('<figure><img src="/a.jpg" alt=""><figcaption>Protesters in the square on Monday</figcaption></figure><div><img src="/b.jpg" alt=""><span class="newsCaption">The harbour at dawn</span></div><p>Image copyright Getty Images</p>'), 'https://news.example/a', dom));
    expect(a.text).not.toMatch(/Protesters in the square|The harbour at dawn|Image copyright/u);
    expect(a.html).toContain('Protesters in the square on Monday');
    expect(a.html).not.toContain('data-jernih-caption');
    const b = expectArticle(await analyzeHtml(page(`${prose(3)}<p><u>Beitragsbild:</u> Titelseite der Zeitung vom 2.4.2019, Ausriss.</p><div class="imginline"><img src="/c.png"><span>Abbildung: Farblich codierte Schneehöhen im Tal</span></div><p><em class="copyright">© Bundesrat | Frank Bräuer</em></p><p><em>Titelbild: Geyres Christophe/ABACA</em></p>${prose(2)}`, 'de'), 'https://news.example/a', dom));
    expect(b.text).not.toMatch(/Beitragsbild|Farblich codierte|Frank Bräuer|Titelbild/u);
    expect(b.html).toContain('Frank Bräuer');
    expect(b.text).toContain('Paragraph 3 of the story');
  });

  it('short article: a brief written in sentences is an article under 30 words; a short list, a tagline and labels are not', async () => {
    const brief = expectArticle(await analyzeHtml(page('<p>The centre hosted a panel on Monday. Employers discussed how to find enough staff while skilled workers are scarce.</p><p>A video of the talk follows next week.</p>'), 'https://news.example/a', dom));
    expect(brief.text).toContain('Employers discussed how to find enough staff');
    for (const body of [
      '<ol><li><p>AI has not meaningfully changed anything in cybersecurity so far and deep fake phishing is still rare, L</p></li></ol>',
      '<p>The latest news and insights from the company on security and safety on the Internet</p>',
      '<p>Locations</p><p>Shuji: Japan.</p><p>Walter: Germany.</p><p>Film</p><p>Fuji X-TRA 400.</p><p>Cameras</p><p>Shuji: Widelux.</p>',
    ]) {
      const r = await analyzeHtml(page(body), 'https://news.example/a', dom);
      expect(r.ok, body).toBe(false);
    }
  });

  it('paged story: pages hidden in the same document are read; a hidden block that is not a page stays hidden', async () => {
    const hidden = (n: number) => `<div class="body-paragraph paging-content" data-paging_num="${n}" style="display:none"><h2>Bagian ${n}</h2>${prose(2, 'id').replace(/Bagian (\d)/gu, `Halaman ${n} bagian $1`)}</div>`;
    const a = expectArticle(await analyzeHtml(page(`<div class="body-paragraph">${prose(3, 'id')}${hidden(2)}${hidden(3)}</div><div class="modal" style="display:none">${prose(2)}</div>`, 'id'), 'https://news.example/a', dom));
    expect(a.text).toContain('Halaman 2 bagian 1');
    expect(a.text).toContain('Halaman 3 bagian 2');
    expect(a.text).not.toContain('Paragraph 1 of the story');
  });
});
