/**
 * One test per attribution rule and trap: who wrote, edited and first ran a
 * story, and when. Each page is small and says only what the rule needs.
 */
import { describe, expect, it } from 'vitest';
import { parseCreditLines } from '../../core/clean/rules';
import { looksLikeDateLine, parseVisibleDate } from '../../core/dates';
import { DATE_LABELS, MONTHS, UPDATED_LABELS, WEEKDAYS } from '../../core/rules/date-words';
import { parseHtml } from '../../core/node/dom';
import { pageDateTexts, textDateLines } from '../../core/page-dates';
import { analyzeHtml, articlePage, DOMS, expectArticle } from '../helpers/pages';

function page(header: string, { lang = 'en', head = '', title = 'A test story', opening = '' } = {}): string {
  return articlePage('', { lang, title })
    .replace('</head>', `${head}</head>`)
    .replace('<h1>', `${header}<h1>`)
    .replace('<p>Paragraph 1', `${opening}<p>Paragraph 1`);
}

async function attributionOf(html: string, url = 'https://news.example/story', dom: (typeof DOMS)[number] = 'happy-dom') {
  return expectArticle(await analyzeHtml(html, url, dom)).attribution;
}

describe('credit lines', () => {
  it.each([
    ['Penulis: Sri Wahyuni Editor: Hasanudin Ahmad', [['author', 'Sri Wahyuni'], ['editor', 'Hasanudin Ahmad']]],
    ['Rep: Dadang Suherman/ Red: Friska Amelia', [['author', 'Dadang Suherman'], ['editor', 'Friska Amelia']]],
    ['Reporting by Susanna Whitby in London and Kate Abbott in Brussels; Editing by Mark Porter', [['author', 'Susanna Whitby and Kate Abbott'], ['editor', 'Mark Porter']]],
    ['Reporter Hendra Wicaksono', [['author', 'Hendra Wicaksono']]],
    ['By Jenny Walton', [['author', 'Jenny Walton']]],
    ['di Marco Rossi', [['author', 'Marco Rossi']]],
    ['Oleh Bernama', [['source', 'Bernama']]],
    ['Copyright © ANTARA 2023', [['source', 'ANTARA']]],
    // A long label that holds a short one ("editado por:") is one label, not two credits.
    ['Conteúdo editado por: Marina Okuda', [['editor', 'Marina Okuda']]],
    // A source label without a colon credits a wire we know ("Theo" = "according to", under Vietnamese stories).
    ['Theo TTXVN', [['source', 'TTXVN']]],
    ['Sumber ANTARA', [['source', 'ANTARA']]],
  ])('%s', (line, expected) => {
    expect(parseCreditLines([line])?.credits.map((c) => [c.field, c.value])).toEqual(expected);
  });

  it.each(['Sumber Daya Alam Indonesia', 'Copyright 2023 BBC. All rights reserved.', 'By the end of the week the river had risen', 'Editor’s note: this story was updated.'])('is not a credit: %s', (line) => {
    expect(parseCreditLines([line])?.credits.some((c) => c.field !== 'source') ?? false).toBe(false);
  });

  it.each(['Theo Sở Xây dựng TP.HCM', 'Theo ông Huy'])('a source label without a colon before no known wire is no credit: %s', (line) => {
    expect(parseCreditLines([line])).toBeNull();
  });
});

describe.each(DOMS)('attribution on %s', (dom) => {
  it('an editor line or a date next to the byline is never the author', async () => {
    const a = await attributionOf(page('<div><p>Editor: Yoga Mulyana</p><p>23 September 2023, 17:02 WIB</p></div>', { lang: 'id' }), undefined, dom);
    expect(a.author).toBeNull();
    expect(a.editor).toBe('Yoga Mulyana');
    expect(a.publishedTime).toBe('2023-09-23T17:02:00+07:00');
  });

  it('a wire service named as the byline is the source, not an author ("Le Figaro avec AFP")', async () => {
    const a = await attributionOf(page('<div class="metas"><span>Par <strong>Le Figaro avec AFP</strong></span></div>', { lang: 'fr', head: '<meta property="og:site_name" content="Le Figaro"><meta name="author" content="Le Figaro avec AFP">' }), undefined, dom);
    expect(a.author).toBeNull();
    expect(a.source).toBe('AFP');
  });

  it('"Quelle: dpa Sachsen" gives dpa', async () => {
    const a = await attributionOf(page('<div><p>Quelle: dpa Sachsen</p></div>', { lang: 'de' }), undefined, dom);
    expect(a.source).toBe('dpa');
  });

  it('job titles, a place after a comma and the site name in front are not part of the name', async () => {
    for (const [byline, site] of [['By Sarah Whitfield Staff Writer', 'Gazette'], ['Von Lena Hoffmann, München', 'SZ'], ['Ouest-France Marie Lebrun.', 'Ouest-France']] as const) {
      const html = page(`<div class="byline"><span class="author">${byline}</span></div>`, { head: `<meta property="og:site_name" content="${site}"><meta name="author" content="${byline.replace(/^(By|Von) /u, '')}">` });
      const a = await attributionOf(html, undefined, dom);
      expect(a.author, byline).toBe(byline.includes('Sarah') ? 'Sarah Whitfield' : byline.includes('Lena') ? 'Lena Hoffmann' : 'Marie Lebrun');
    }
  });

  it('a crowd of "By …" teaser credits gives no author', async () => {
    const teasers = ['Ann Lee', 'Bo Chen', 'Cy Park', 'Di Noor'].map((n) => `<li><a href="/x">Headline about something</a><p>By ${n}</p></li>`).join('');
    const a = await attributionOf(page(`<ul class="more">${teasers}</ul>`), undefined, dom);
    expect(a.author).toBeNull();
  });

  it('the dateline gives the wire, even after a date ("LONDON, Sept 21 (Reuters) -")', async () => {
    const a = await attributionOf(page('', { opening: '<p>LONDON, Sept 21 (Reuters) - Britain on Thursday raised the maximum prices it will pay for offshore wind power by two thirds.</p>', head: '<meta property="og:site_name" content="Reuters">' }), undefined, dom);
    expect(a.source).toBe('Reuters');
  });

  it('a dateline may follow a standfirst, and outlet datelines are read in any case ("TRIBUNNEWS.COM, BANDUNG -")', async () => {
    const html = page('', { lang: 'id', opening: '<p>Ringkasan singkat berita ini untuk pembaca yang sedang terburu-buru sekali.</p><p>TRIBUNNEWS.COM, BANDUNG - Harga beras medium di sejumlah pasar tradisional menembus Rp 14.000 per kilogram pekan ini.</p>' });
    const a = expectArticle(await analyzeHtml(html, 'https://www.tribunnews.com/x', dom));
    expect(a.text).toContain('Harga beras medium');
    expect(a.text).not.toContain('TRIBUNNEWS.COM, BANDUNG');
  });

  it('dates: French "07h30", the region\'s zone with daylight saving, no invented offset, date-only stays a date', async () => {
    const fr = await attributionOf(page('<div><span class="date">Publié le 15/11/2023 à 07h30</span></div>', { lang: 'fr' }), 'https://www.ouest-france.fr/x', dom);
    expect(fr.publishedTime).toBe('2023-11-15T07:30:00+01:00');
    const summer = await attributionOf(page('<div><span class="date">Publié le 15/07/2023 à 07h30</span></div>', { lang: 'fr' }), 'https://www.ouest-france.fr/x', dom);
    expect(summer.publishedTime).toBe('2023-07-15T07:30:00+02:00');
    const en = await attributionOf(page('<div><span>Posted Tuesday, October 10, 2023 7:45 pm</span></div>'), 'https://www.gazette.example/x', dom);
    expect(en.publishedTime).toBe('2023-10-10T19:45:00');
    const dateOnly = await attributionOf(page('<div><time datetime="2024-03-12">Mar 12, 2024</time></div>'), undefined, dom);
    expect(dateOnly.publishedTime).toBe('2024-03-12');
  });

  it('site name: the <title> suffix that matches the host, else the page\'s own spelling of the host', async () => {
    const tempo = await attributionOf(page('', { title: 'KPK periksa tiga pejabat | tempo.co', lang: 'id' }), 'https://nasional.tempo.co/read/1', dom);
    expect(tempo.siteName).toBe('tempo.co');
    const of = await attributionOf(page('<p class="sig">OUEST-FRANCE</p><p class="sig">Ouest-France Marie Lebrun</p>', { lang: 'fr' }), 'https://www.ouest-france.fr/x', dom);
    expect(of.siteName).toBe('Ouest-France');
  });

  it('site name: a <title> part whose words run together make the host ("Parco Naturale Val Grande" on parcovalgrande.it); the headline is then the <h1> it repeats', async () => {
    const html = page('', { lang: 'it', title: 'IL LUPO TORNA: 2019 UN ANNO DA RECORD | Parco Naturale Val Grande' }).replace(/<h1>[^<]*<\/h1>/u, '<h1>IL LUPO TORNA: 2019 UN ANNO DA RECORD</h1>');
    const result = expectArticle(await analyzeHtml(html, 'https://www.parcovalgrande.it/dettaglio.php?id=5', dom));
    expect(result.attribution.siteName).toBe('Parco Naturale Val Grande');
    expect(result.title).toBe('IL LUPO TORNA: 2019 UN ANNO DA RECORD');
    // Trap: a part that does not spell the host is not the site's name.
    const other = await attributionOf(page('', { lang: 'it', title: 'Il lupo torna | Notizie dal Parco' }), 'https://www.parcovalgrande.it/x', dom);
    expect(other.siteName).not.toBe('Notizie dal Parco');
  });

  it('a source may be the site itself (a Reuters story on reuters.com)', async () => {
    const a = await attributionOf(page('<footer><p>© 2023 Reuters. All rights reserved</p></footer>', { head: '<meta property="og:site_name" content="Reuters">' }), undefined, dom);
    expect(a.source).toBe('Reuters');
  });
});

describe.each(DOMS)('title and unlabelled bylines on %s', (dom) => {
  it.each([
    ['2021-2022 Line Outline | Blister', 'Blister', '2021-2022 Line Outline'],
    ['atg 1700 - Pastebin.com', null, 'atg 1700'],
    ['メディア芸術祭賞、「チコちゃんに叱られる！」が受賞：朝日新聞デジタル', '朝日新聞デジタル', 'メディア芸術祭賞、「チコちゃんに叱られる！」が受賞'],
    ['Harga Beras Naik - Pikiran Rakyat', 'Pikiran Rakyat', 'Harga Beras Naik'],
  ])('"%s" loses the site part', async (docTitle, site, expected) => {
    const html = articlePage('', { title: docTitle }).replace(`<h1>${docTitle}</h1>`, '').replace('</head>', site ? `<meta property="og:site_name" content="${site}"></head>` : '</head>');
    const url = site ? 'https://news.example/x' : 'https://pastebin.com/x';
    expect(expectArticle(await analyzeHtml(html, url, dom)).title).toBe(expected);
  });

  it('a title that merely contains a dash keeps it', async () => {
    const html = articlePage('', { title: 'Covid-19 - what we know so far' });
    expect(expectArticle(await analyzeHtml(html, 'https://news.example/x', dom)).title).toBe('Covid-19 - what we know so far');
  });

  it('a name in an author element without a label is the author; a teaser author is not', async () => {
    const a = await attributionOf(page('<div class="meta"><span class="author-name">Chris Thompson</span></div><ul><li><span class="author">Not Him</span></li></ul>'), undefined, dom);
    expect(a.author).toBe('Chris Thompson');
  });
});

describe.each(DOMS)('the visible headline on %s', (dom) => {
  const titled = (head: string, body: string) =>
    articlePage('').replace(/<title>[^<]*<\/title>/u, head).replace(/<h1>[^<]*<\/h1>/u, body);

  it('the <h1> that the og:title confirms wins over a shorter <title>', async () => {
    const html = titled(
      '<title>Coal stronghold is losing steam | Money Daily</title><meta property="og:title" content="Coal\'s big US stronghold is losing steam, even as Trump aims for a revival">',
      '<h1 class="headline">Coal\'s big US stronghold is losing steam, even as Trump aims for a revival</h1>',
    );
    expect(expectArticle(await analyzeHtml(html, 'https://news.example/x', dom)).title).toBe("Coal's big US stronghold is losing steam, even as Trump aims for a revival");
  });

  it('with the site\'s logo in the <h1> (or no <h1>), the <h2> the page title confirms is the headline; trap: an <h2> the title does not confirm is not', async () => {
    const logo = titled('<title>Was ist Virales Marketing? |  DimidoBlog</title>', '<h1>DimidoBlog</h1><h2>Was ist Virales Marketing?</h2>');
    expect(expectArticle(await analyzeHtml(logo, 'https://dimido.example/virales-marketing', dom)).title).toBe('Was ist Virales Marketing?');
    const none = titled('<title>Gregory Szorc\'s Digital Home | Mercurial\'s Journey to and Reflections on Python 3</title>', '<h2>Mercurial\'s Journey to and Reflections on Python 3</h2>');
    expect(expectArticle(await analyzeHtml(none, 'https://gregoryszorc.example/blog/python3', dom)).title).toBe("Mercurial's Journey to and Reflections on Python 3");
    const trap = titled('<title>Kinder und Arbeit » ProNATs</title>', '<h2>Unsere Partner weltweit</h2>');
    expect(expectArticle(await analyzeHtml(trap, 'https://pronats.example/arbeit', dom)).title).toBe('Kinder und Arbeit');
  });

  it('a site part glued on without spaces in a CJK title is dropped ("…城！-新华网", "NEWS WEB EASY|子ども…"); trap: a dash inside the headline stays ("Pi競合--Ubuntu")', async () => {
    const zh = titled('<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>', '');
    expect(expectArticle(await analyzeHtml(zh.replace('lang="en"', 'lang="zh"'), 'https://www.xinhua.example/local/c_1.htm', dom)).title).toBe('武汉的声音：有英勇的你，才有英雄的城！');
    const ja = titled('<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title><meta property="og:site_name" content="NEWS WEB EASY">', '');
    expect(expectArticle(await analyzeHtml(ja.replace('lang="en"', 'lang="ja"'), 'https://www3.nhk.example/news/easy/k1.html', dom)).title).toBe('子どもへの体罰を禁止する法律ができる');
    const trap = titled('<title>Raspberry Pi競合--Ubuntuが動く「UP Core」を見る - ZDNet Japan</title><meta property="og:site_name" content="ZDNet Japan">', '');
    expect(expectArticle(await analyzeHtml(trap.replace('lang="en"', 'lang="ja"'), 'https://japan.zdnet.example/article/1/', dom)).title).toBe('Raspberry Pi競合--Ubuntuが動く「UP Core」を見る');
  });

  it('a kicker inside the <h1> is not part of the headline', async () => {
    const html = titled('<title>Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE</title>', '<h1><span class="article-heading__kicker">Klimaschutz</span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>');
    expect(expectArticle(await analyzeHtml(html, 'https://www.zeit.de/x', dom)).title).toBe('Bohren, bis es heiß wird');
  });

  it('a topic or subtitle element that opens the <h1> is a kicker ("<span class=subtitle>Olympische Spiele in Paris</span> Getränke …"); traps: after the words it stays, and alone it is the headline', async () => {
    const head = '<title>Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Handel</title>';
    const opening = titled(head, '<h1><span class="subtitle">Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum</h1>');
    expect(expectArticle(await analyzeHtml(opening, 'https://handel.example/x', dom)).title).toBe('Getränke per Schiff ins Stadtzentrum');
    const after = titled('<title>Getränke per Schiff ins Stadtzentrum: Olympia in Paris</title>', '<h1>Getränke per Schiff ins Stadtzentrum <span class="subtitle">Olympia in Paris</span></h1>');
    expect(expectArticle(await analyzeHtml(after, 'https://handel.example/x', dom)).title).toBe('Getränke per Schiff ins Stadtzentrum Olympia in Paris');
    const alone = titled('<title>Getränke per Schiff ins Stadtzentrum</title>', '<h1><span class="topic-label">Getränke per Schiff ins Stadtzentrum</span></h1>');
    expect(expectArticle(await analyzeHtml(alone, 'https://handel.example/x', dom)).title).toBe('Getränke per Schiff ins Stadtzentrum');
  });

  it('a page title that is only the site\'s or section\'s ("Konrad-Adenauer-Stiftung - detail") gives way to the og:title', async () => {
    const html = titled('<title>Konrad-Adenauer-Stiftung - detail</title><meta property="og:title" content="Kommunalwahlen in Nordmazedonien">', '<h1 class="hide-accessible">detail</h1>');
    expect(expectArticle(await analyzeHtml(html, 'https://www.kas.de/x', dom)).title).toBe('Kommunalwahlen in Nordmazedonien');
  });

  it.each([
    ['<title>Brothel catering to politicians busted in raid</title>', '<h1>Local News | Brothel catering to politicians busted in raid</h1>', 'Brothel catering to politicians busted in raid'],
    ['<title>Große Aufgaben für die neue Regierung</title>', '<h1><span class="topic">Tunesien</span> Große Aufgaben für die neue Regierung</h1>', 'Große Aufgaben für die neue Regierung'],
    ['<title>Was wir über uns nicht hören wollen</title>', '<h1>Was wir über uns nicht hören wollen | FASSETTE.NET</h1>', 'Was wir über uns nicht hören wollen'],
    ['<title>Frauen im THW: Vergangenheit, Gegenwart und Zukunft</title>', '<h1>Frauen im THW<span>:</span> Vergangenheit, Gegenwart und Zukunft</h1>', 'Frauen im THW: Vergangenheit, Gegenwart und Zukunft'],
    ['<title>Libre cours : Raoult, les nazis et moi</title>', '<h1>Libre cours : Raoult, les nazis et moi</h1>', 'Libre cours : Raoult, les nazis et moi'],
    ['<title>Ladensterben immer dramatischer » ☆☆☆☆☆</title>', '<h2>Ladensterben immer dramatischer » ☆☆☆☆☆</h2>', 'Ladensterben immer dramatischer'],
    ['<title>Saftiger Zitronenkuchen vom Blech</title>', '<h1>Saftiger Zitronenkuchen vom Blech: einfach köstlich!</h1>', 'Saftiger Zitronenkuchen vom Blech: einfach köstlich!'],
  ])('kickers and site tags around the <h1> go, a subtitle stays: %s', async (head, h1, expected) => {
    expect(expectArticle(await analyzeHtml(titled(head, h1), 'https://news.example/x', dom)).title).toBe(expected);
  });

  it('a part of the page title that names the site inside a longer headline is the headline, which confirms the <h2> ("Hochauflösende Schneekarten auf Gipfelbuch.ch")', async () => {
    const html = titled('<title>gipfelbuch.example - Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.example</title>', '<h1>OutdoorNews | Eintrag</h1><h2>Hochauflösende Schneekarten auf Gipfelbuch.example</h2>');
    expect(expectArticle(await analyzeHtml(html, 'https://www.gipfelbuch.example/x', dom)).title).toBe('Hochauflösende Schneekarten auf Gipfelbuch.example');
  });

  it('a page title of a section\'s name that no heading repeats ("About Us - Shabka") gives way to the <h1>; trap: a short title a heading repeats stays ("Villa Galaxy")', async () => {
    const about = titled('<title>About Us - Shabka</title><meta property="og:title" content="About Us - Shabka">', '<h1>The strategic Think &amp; Do Tank</h1>');
    expect(expectArticle(await analyzeHtml(about, 'https://shabka.example/about', dom)).title).toBe('The strategic Think & Do Tank');
    const villa = titled('<title>Villa Galaxy</title>', '<h1>Ferienvilla in Florida mit eigenem Pool</h1><h2>Villa Galaxy</h2>');
    expect(expectArticle(await analyzeHtml(villa, 'https://villa.example/galaxy', dom)).title).toBe('Villa Galaxy');
  });

  it('of two <h1>s that match equally, the one without the site\'s name wins', async () => {
    const html = titled('<title>Sering Depresi Berat, Hati-Hati Diabetes! - Health :: Okezone Lifestyle</title><meta property="og:title" content="Sering Depresi Berat, Hati-Hati Diabetes!">', '<h1>Okezone Sering Depresi Berat, Hati-Hati Diabetes! - Health :: Okezone Lifestyle</h1><h1>Sering Depresi Berat, Hati-Hati Diabetes!</h1>');
    expect(expectArticle(await analyzeHtml(html, 'https://lifestyle.okezone.example/read/1', dom)).title).toBe('Sering Depresi Berat, Hati-Hati Diabetes!');
  });

  it('trap: a blog\'s name in the <h1> that opens the page title is not the headline', async () => {
    const html = titled('<title>EMACSPEAK The Complete Audio Desktop: Meta-Programming In Emacs Using Defadvice</title>', '<h1>EMACSPEAK The Complete Audio Desktop</h1>');
    expect(expectArticle(await analyzeHtml(html, 'https://emacspeak.example/x', dom)).title).not.toBe('EMACSPEAK The Complete Audio Desktop');
  });

  it('the site\'s name in the middle of the page title ends the headline: "Title | site | slogan"; trap: a middle part that is not the site stays', async () => {
    const html = (title: string) => `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article>${Array.from({ length: 6 }, (_, i) => `<p>Absatz ${i + 1} der Geschichte hat genug gewöhnliche Wörter, mit Kommas, Nebensätzen und einem Punkt, dass jeder Leser ihn Prosa nennt.</p>`).join('')}</article></main></body></html>`;
    const cut = expectArticle(await analyzeHtml(html('Bielersee-Winterhechte | fisch-heil.example | Dein Fischereimagazin'), 'https://fisch-heil.example/hechte', dom));
    expect(cut.title).toBe('Bielersee-Winterhechte');
    const kept = expectArticle(await analyzeHtml(html('Hechte im Winter | Bielersee | Dein Fischereimagazin'), 'https://fisch-heil.example/hechte', dom));
    expect(kept.title).toContain('Bielersee');
  });

  it('an <h1> marked as the site\'s logo (id "site-title", "branding", a rel="home" link) is not the headline; trap: "logo" inside a class word does not mark one', async () => {
    const marked = titled('<title>Kleine Schafskunde | Mäscot das Schaf – Webcomic</title>', '<h1 id="site-title">Mäscot das Schaf – Webcomic</h1><h1 class="entry-title">Kleine Schafskunde</h1>');
    expect(expectArticle(await analyzeHtml(marked, 'https://maescot.example/schafskunde', dom)).title).toBe('Kleine Schafskunde');
    const home = titled('<title>Kinder und Arbeit » ProNATs e.V.</title>', '<h1><a rel="home" href="/">ProNATs e.V. Verein zur Unterstützung arbeitender Kinder</a></h1><h2>Kinder und Arbeit</h2>');
    expect(expectArticle(await analyzeHtml(home, 'https://pronats.example/arbeit', dom)).title).toBe('Kinder und Arbeit');
    // "catalogo" holds "logo" inside a word: only a whole class token marks the logo.
    const plain = titled('<title>Kleine Schafskunde | Mäscot</title>', '<h1 class="catalogo-titolo">Kleine Schafskunde</h1>');
    expect(expectArticle(await analyzeHtml(plain, 'https://maescot.example/schafskunde', dom)).title).toBe('Kleine Schafskunde');
  });

  it('a one-word <h1> is the headline when a page title is exactly it ("Bienenstich-Muffins" as og:title); trap: a one-word <h1> no title repeats is not', async () => {
    const exact = titled('<title>Bienenstich-Muffins Rezept | Backen</title><meta property="og:title" content="Bienenstich-Muffins">', '<h1>Bienenstich-Muffins</h1><h2>Brenn- und Nährwertangaben für das Rezept Bienenstich-Muffins</h2>');
    expect(expectArticle(await analyzeHtml(exact, 'https://backen.example/rezepte/bienenstich', dom)).title).toBe('Bienenstich-Muffins');
    // A German quotation's opening "»" is part of the one word.
    const quoted = titled('<title>»frag.jetzt« – ARSnova</title>', '<h1>»frag.jetzt«</h1>');
    expect(expectArticle(await analyzeHtml(quoted, 'https://arsnova.example/frag', dom)).title).toBe('»frag.jetzt«');
    const lone = titled('<title>Bienenstich-Muffins Rezept | Backen</title>', '<h1>Rezepte</h1>');
    expect(expectArticle(await analyzeHtml(lone, 'https://backen.example/rezepte/bienenstich', dom)).title).toBe('Bienenstich-Muffins Rezept');
  });

  it('an <h1> in a breadcrumb <nav> is the headline when the page title opens with it ("Headline | MOPO.de"); trap: a menu\'s <h1> the title does not open with is not', async () => {
    const crumb = titled('<title>Ex-Nationalspieler in der Oberliga: Jansen kämpft um sein Comeback | MOPO.de</title><meta property="og:title" content="Für den HSV in der Oberliga?: Jansen kämpft um Comeback">', '<nav><ol><li><a href="/">Start</a></li><li><h1>Ex-Nationalspieler in der Oberliga: Jansen kämpft um sein Comeback</h1></li></ol></nav><h2>Für den HSV in der Oberliga?: Jansen kämpft um Comeback</h2>');
    expect(expectArticle(await analyzeHtml(crumb, 'https://mopo.example/sport/x', dom)).title).toBe('Ex-Nationalspieler in der Oberliga: Jansen kämpft um sein Comeback');
    const menu = titled('<title>Jansen kämpft um sein Comeback | MOPO.de</title>', '<nav><h1>Sport und Fußball aus Hamburg</h1></nav>');
    expect(expectArticle(await analyzeHtml(menu, 'https://mopo.example/sport/x', dom)).title).toBe('Jansen kämpft um sein Comeback');
  });

  it('an <h1> that ends the page title after a kicker and its colon is the headline ("Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"); trap: without the colon, an <h1> that only ends a longer title is still not', async () => {
    const kicker = titled('<title>Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer - taz.de</title>', '<h1>Kaeser verarscht Neubauer</h1>');
    expect(expectArticle(await analyzeHtml(kicker, 'https://taz.example/x', dom)).title).toBe('Kaeser verarscht Neubauer');
    const glued = titled('<title>Der große Gartenratgeber für alle Jahreszeiten Tomaten im Winter</title>', '<h1>Tomaten im Winter</h1>');
    expect(expectArticle(await analyzeHtml(glued, 'https://garten.example/x', dom)).title).not.toBe('Tomaten im Winter');
  });

  it('traps: a logo <h1> that is the site part of the title, and a section-name <h1>, are not the headline', async () => {
    const logo = titled('<title>高木浩光＠自宅の日記 - 改正NICT法がプチ炎上、理解されていない</title>', '<h1>高木浩光＠自宅の日記</h1>');
    expect(expectArticle(await analyzeHtml(logo, 'https://takagi.example/diary', dom)).title).not.toBe('高木浩光＠自宅の日記');
    const section = titled('<title>Bürgerbeteiligung für Windpark Steinheim</title>', '<h1>Aktuelle Meldungen</h1>');
    expect(expectArticle(await analyzeHtml(section, 'https://energie.example/x', dom)).title).toBe('Bürgerbeteiligung für Windpark Steinheim');
  });
});

describe.each(DOMS)('authors from meta tags, author links and byline blocks on %s', (dom) => {
  it('a company in meta author (the copyright holder, "Inc.") gives way to the person in article:author', async () => {
    const conde = await attributionOf(page('', { head: '<meta name="copyright" content="Copyright (c) Condé Nast 2022"><meta name="author" content="Condé Nast"><meta property="article:author" content="Alex Hutchinson">' }), undefined, dom);
    expect(conde.author).toBe('Alex Hutchinson');
    const inc = await attributionOf(page('', { lang: 'ja', head: '<meta name="author" content="mediagene Inc."><meta name="author" content="小暮ひさのり">' }), undefined, dom);
    expect(inc.author).toBe('小暮ひさのり');
  });

  it('"Gillman, Steve" is turned around only when the page prints "Steve Gillman"', async () => {
    const printed = await attributionOf(page('<p class="author-name">by Steve Gillman</p>', { head: '<meta name="parsely-author" content="Gillman, Steve">' }), undefined, dom);
    expect(printed.author).toBe('Steve Gillman');
    const twoPeople = await attributionOf(page('', { head: '<meta name="author" content="Martin, Lewis">' }), undefined, dom);
    expect(twoPeople.author).not.toBe('Lewis Martin');
  });

  it('an initial is not a joiner and a date after the byline is cut ("By Laura E. Adkins December 28, 2016")', async () => {
    const a = await attributionOf(page('<div class="post-author single">By Laura E. Adkins December 28, 2016</div>'), undefined, dom);
    expect(a.authors).toEqual(['Laura E. Adkins']);
  });

  it('the name element inside a byline block, not its role ("Sam Stein" of "Senior Politics Editor, The Huffington Post")', async () => {
    const a = await attributionOf(page('<div class="byline"><a class="author-card__link" href="/author/sam-stein"><span class="author-card__details__name">Sam Stein</span></a><span class="role">Senior Politics Editor, The Huffington Post</span></div>'), undefined, dom);
    expect(a.authors).toEqual(['Sam Stein']);
  });

  it.each([
    ['Politik · Jochen Bittner, Tina Hildebrandt', ['Jochen Bittner', 'Tina Hildebrandt']],
    ['Cécile Ducourtieux (Bruxelles, bureau européen)', ['Cécile Ducourtieux']],
  ])('the names part of a byline: %s', async (byline, names) => {
    const a = await attributionOf(page(`<div class="byline">${byline}</div>`, { lang: 'de' }), undefined, dom);
    expect(a.authors).toEqual(names);
  });

  it('traps: a comment form\'s "Name *" is not an author; the site\'s name after a byline is not part of it', async () => {
    const a = await attributionOf(page('<span class="author">Adam Aaronson PhillyVoice</span><form><p class="comment-form-author"><label for="author">Name *</label></p></form>', { head: '<meta property="og:site_name" content="PhillyVoice">' }), undefined, dom);
    expect(a.authors).toEqual(['Adam Aaronson']);
  });

  it('the site\'s name and a role after a byline are not part of it ("Adam Aaronson PhillyVoice Staff")', async () => {
    const a = await attributionOf(page('<span class="author">Adam Aaronson PhillyVoice Staff</span>', { head: '<meta property="og:site_name" content="PhillyVoice">' }), undefined, dom);
    expect(a.authors).toEqual(['Adam Aaronson']);
  });

  it('a role word in a two-word pen name stays ("Rasender Reporter"); after a full name it goes', async () => {
    const pen = await attributionOf(page('', { lang: 'de', head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Rasender Reporter"}}</script>' }), undefined, dom);
    expect(pen.authors).toEqual(['Rasender Reporter']);
    const role = await attributionOf(page('', { head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Maria Lopez Reporter"}}</script>' }), undefined, dom);
    expect(role.authors).toEqual(['Maria Lopez']);
  });

  it('a social handle after the name is not part of it ("Williams Perdomo @wperdomod")', async () => {
    const a = await attributionOf(page('', { lang: 'es', head: '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Williams Perdomo @wperdomod"}}</script>' }), undefined, dom);
    expect(a.authors).toEqual(['Williams Perdomo']);
  });

  it('a one-word author is the person the page or the author\'s description names in full ("Todd" → "Todd Bates"); trap: two fuller forms keep the word', async () => {
    const ldAuthor = (person: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":${person}}</script>`;
    const element = await attributionOf(page('', { head: ldAuthor('{"@type":"Person","name":"Todd"}') }).replace('</article>', '</article><div class="contact"><p class="full-name">Todd Bates</p></div>'), undefined, dom);
    expect(element.authors).toEqual(['Todd Bates']);
    const described = await attributionOf(page('', { lang: 'de', head: ldAuthor('{"@type":"Person","name":"Stefanus","description":"Stefanus Stahl - Maschinenbauer und Abenteurer."}') }), undefined, dom);
    expect(described.authors).toEqual(['Stefanus Stahl']);
    const two = await attributionOf(page('', { head: ldAuthor('{"@type":"Person","name":"Todd"}') }).replace('</article>', '</article><p>Todd Bates</p><p>Todd Miller</p>'), undefined, dom);
    expect(two.authors).toEqual(['Todd']);
  });

  it('traps: a copyright line, a picture credit, "Unbenannt" and the site\'s address are no author ("oe24.at" is not "oe")', async () => {
    const copyright = await attributionOf(page('', { lang: 'de', head: '<meta name="author" content="Copyright Haufe-Lexware GmbH &amp; Co. KG - all rights reserved">' }), undefined, dom);
    expect(copyright.authors).toEqual([]);
    const picture = await attributionOf(page('<div class="byline">Bild © hr</div>', { lang: 'de' }), undefined, dom);
    expect(picture.authors).toEqual([]);
    const untitled = await attributionOf(page('<span class="author">Unbenannt</span>', { lang: 'de' }), undefined, dom);
    expect(untitled.authors).toEqual([]);
    const address = await attributionOf(page('<div class="byline">oe24.at</div>', { lang: 'de' }), 'https://auto.oe24.at/x', dom);
    expect(address.authors).toEqual([]);
    const withAddress = await attributionOf(page('<div class="byline">mix1.de Redaktion</div>', { lang: 'de' }), 'https://www.example.de/x', dom);
    expect(withAddress.authors).toEqual([]);
  });

  it('a link to a writer\'s page names the author with no byline markup around it; trap: author links in a teaser list do not', async () => {
    const a = await attributionOf(page('', { lang: 'de' }).replace('<main>', '<main><div class="teaser_text_meta"><a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020</div>'), undefined, dom);
    expect(a.authors).toEqual(['Gunter Frank']);
    const teasers = await attributionOf(page('', { lang: 'de' }).replace('</article>', '</article><ul><li><a href="/autor/a">Anna Berg</a></li><li><a href="/autor/b">Bernd Kurz</a></li></ul>'), undefined, dom);
    expect(teasers.authors).toEqual([]);
  });

  it('a one-word author is the person the author\'s description opens with before a small word ("Nils Pickert ist freier Autor"); trap: a description that opens with another name keeps the word', async () => {
    const ldAuthor = (description: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Nils","description":"${description}"}}</script>`;
    const bio = await attributionOf(page('', { lang: 'de', head: ldAuthor('Nils Pickert ist freier Autor und Journalist.') }), undefined, dom);
    expect(bio.authors).toEqual(['Nils Pickert']);
    const other = await attributionOf(page('', { lang: 'de', head: ldAuthor('Anna Berg ist freie Autorin.') }), undefined, dom);
    expect(other.authors).toEqual(['Nils']);
  });

  it('a user name that runs the names together is the name the page prints for it ("arianschlichenmayer" → "Arian Schlichenmayer"); trap: no printed capitalized name keeps it', async () => {
    const joined = (printed: string) => page('', { lang: 'de', head: '<meta name="author" content="arianschlichenmayer">' }).replace('<main>', `<main><div class="header">von <a href="/creator/a">${printed}</a></div>`);
    expect((await attributionOf(joined('Arian Schlichenmayer'), undefined, dom)).authors).toEqual(['Arian Schlichenmayer']);
    expect((await attributionOf(joined('arianschlichenmayer'), undefined, dom)).authors).toEqual(['arianschlichenmayer']);
  });

  it('a feed\'s <byline> element names the author ("<byline>Von David Hutzler, dpa</byline>"); trap: a weekday left from a date in an author element is no name ("Donnerstag, 4. November 2021")', async () => {
    const element = await attributionOf(page('<byline>Von David Hutzler, dpa</byline>', { lang: 'de' }), undefined, dom);
    expect(element.authors).toEqual(['David Hutzler']);
    const weekday = await attributionOf(page('<div class="article-author"><time class="article-author-date">Donnerstag,  4. November 2021</time></div>', { lang: 'de' }), undefined, dom);
    expect(weekday.authors).toEqual([]);
  });

  it('a user name as author is the name the page prints for it ("christian.stadtfeld" → "Christian P. Stadtfeld", "gabor_munier" → "Gàbor Muniér"); trap: no printed name keeps the user name', async () => {
    const signed = await attributionOf(page('<span class="author"><a href="/author/cs">christian.stadtfeld</a></span>', { lang: 'de', opening: '<p>Die Gemeindepolitik in Petersberg bleibt auch im neuen Jahr spannend, sagen viele Beobachter. (Christian P. Stadtfeld)</p>' }), undefined, dom);
    expect(signed.authors).toEqual(['Christian P. Stadtfeld']);
    const accents = await attributionOf(page('<span class="author"><a href="/author/gm">gabor_munier</a></span>', { lang: 'de' }).replace('<main>', '<main><p class="meta">Author: Gàbor Muniér, Datum: 03.03.2019</p>'), undefined, dom);
    expect(accents.authors).toEqual(['Gàbor Muniér']);
    const bare = await attributionOf(page('<span class="author"><a href="/author/cs">christian.stadtfeld</a></span>', { lang: 'de' }), undefined, dom);
    expect(bare.authors).toEqual(['christian.stadtfeld']);
  });

  it('a weekday before the date is not part of the name ("by Jeff Foust<br>Monday, November 18, 2019"); trap: a German surname that is a weekday stays ("Hans Freitag, 3. Mai 2020")', async () => {
    const a = await attributionOf(page('<h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18, 2019</span></h3>'), undefined, dom);
    expect(a.authors).toEqual(['Jeff Foust']);
    const de = await attributionOf(page('<p class="byline">Von Hans Freitag, 3. Mai 2020</p>', { lang: 'de' }), undefined, dom);
    expect(de.authors).toEqual(['Hans Freitag']);
  });

  it('the name after the date in a byline ("Posted on September 21, 2020 by Adi Tzlil", "Veröffentlicht am 3. Mai 2020 von Hans Meier")', async () => {
    const en = await attributionOf(page('<div class="gallery--page-meta--author">Posted on September 21, 2020 by Adi Tzlil</div>'), undefined, dom);
    expect(en.authors).toEqual(['Adi Tzlil']);
    const de = await attributionOf(page('<div class="byline">Veröffentlicht am 3. Mai 2020 von Hans Meier</div>', { lang: 'de' }), undefined, dom);
    expect(de.authors).toEqual(['Hans Meier']);
  });

  it('traps: a company ("Deutsches Weininstitut GmbH"), a part of the site\'s name ("Infoportal - Diakonie Deutschland") and the host\'s label ("NDR" on ndr.de) are no author; a gendered label goes ("Autor/in: Korinna Hennig")', async () => {
    const company = await attributionOf(page('<span class="author">Deutsches Weininstitut GmbH</span>', { lang: 'de' }), undefined, dom);
    expect(company.authors).toEqual([]);
    // Trap: a surname that is also a short legal form is a name.
    const surname = await attributionOf(page('<span class="author">Emily Co</span>'), undefined, dom);
    expect(surname.authors).toEqual(['Emily Co']);
    const sitePart = await attributionOf(page('', { lang: 'de', head: '<meta property="og:site_name" content="Infoportal - Diakonie Deutschland"><meta name="author" content="Diakonie Deutschland">' }), undefined, dom);
    expect(sitePart.authors).toEqual([]);
    const host = await attributionOf(page('', { lang: 'de', head: '<meta name="author" content="NDR">' }), 'https://www.ndr.de/x', dom);
    expect(host.authors).toEqual([]);
    // Trap: a person whose name is the host of their own blog is its author.
    const blog = await attributionOf(page('', { head: '<meta name="author" content="Priya Raman">' }), 'https://notes.priyaraman.dev/posts/x', dom);
    expect(blog.authors).toEqual(['Priya Raman']);
    const gendered = await attributionOf(page('<p class="byline">Autor/in: Korinna Hennig</p>', { lang: 'de' }), undefined, dom);
    expect(gendered.authors).toEqual(['Korinna Hennig']);
  });

  it('a role inside a byline block already read is not another author ("News & Culture Writer")', async () => {
    const a = await attributionOf(page('<div class="byline"><span class="author vcard"><a class="author url fn" href="/author/andrew-husband">Andrew Husband</a></span><span class="author-title">News &amp; Culture Writer</span></div>'), undefined, dom);
    expect(a.authors).toEqual(['Andrew Husband']);
  });

  it('traps: a bio sentence in an author box and a lone "By" are not names', async () => {
    const a = await attributionOf(page('<div class="author-box"><span class="author-name">Duncan Bell</span></div><div class="author-bio"><p class="author">Duncan Bell is a Reader</p></div><span class="byline-prefix">By</span>'), undefined, dom);
    expect(a.authors).toEqual(['Duncan Bell']);
  });

  it('two author links name two authors, also in the story\'s <aside> meta column; "Written by X in Valve on 1 June 2019" names X', async () => {
    const two = await attributionOf(page('<aside><address>By <a rel="author" href="/profile/julia">Julia Carrie Wong</a> and <a rel="author" href="/profile/sam">Sam Levin</a></address></aside>'), undefined, dom);
    expect(two.authors).toEqual(['Julia Carrie Wong', 'Sam Levin']);
    const phoronix = await attributionOf(page('<div class="author">Written by Michael Larabel in Valve on 1 June 2019 at 08:34 PM EDT. 51 Comments</div>'), undefined, dom);
    expect(phoronix.authors).toEqual(['Michael Larabel']);
  });

  it('the Twitter card pair labelled "Written by" / "Geschrieben von" names the author; trap: another pair ("Reading time") does not', async () => {
    const en = await attributionOf(page('', { head: '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="2 min read"><meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Ellyn Shook">' }), undefined, dom);
    expect(en.authors).toEqual(['Ellyn Shook']);
    const de = await attributionOf(page('', { lang: 'de', head: '<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Lena Hoffmann">' }), undefined, dom);
    expect(de.authors).toEqual(['Lena Hoffmann']);
    const trap = await attributionOf(page('', { head: '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="Eleven Minutes">' }), undefined, dom);
    expect(trap.authors).toEqual([]);
    // The card names the account that posted the story: a printed byline outranks it.
    const printed = await attributionOf(page('<div class="byline">Duncan Bell</div>', { head: '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Sameer Rahim">' }), undefined, dom);
    expect(printed.authors).toEqual(['Duncan Bell']);
    const dash = await attributionOf(page('', { head: '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="-">' }), undefined, dom);
    expect(dash.authors).toEqual([]);
  });

  it('a JSON-LD author given as an @id reference is the Person node of the graph it points to; trap: an unresolved reference names no one', async () => {
    const graph = (author: string) => `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://blog.example/p#article","headline":"A test story","author":{"@id":"${author}"}},{"@type":"Person","@id":"https://blog.example/#/schema/person/1","name":"flerche"}]}</script>`;
    const a = await attributionOf(page('', { lang: 'de', head: graph('https://blog.example/#/schema/person/1') }), undefined, dom);
    expect(a.authors).toEqual(['flerche']);
    const trap = await attributionOf(page('', { lang: 'de', head: graph('https://blog.example/#/schema/person/9') }), undefined, dom);
    expect(trap.authors).toEqual([]);
    // The referenced Person is the account that posted: a printed byline outranks it.
    const printed = await attributionOf(page('<div class="byline">Jessica Holly</div>', { lang: 'de', head: graph('https://blog.example/#/schema/person/1') }), undefined, dom);
    expect(printed.authors).toEqual(['Jessica Holly']);
  });

  it('a user name in lower case is a name inside an author link ("von gizzmo"), and a poster\'s user name names a paste; trap: the signed-in reader\'s name in the header is not', async () => {
    const wp = await attributionOf(page('<span class="by-author"> von <span class="author vcard"><a class="url fn n" href="/author/g1zzm0/" rel="author">gizzmo</a></span></span>', { lang: 'de' }), undefined, dom);
    expect(wp.authors).toEqual(['gizzmo']);
    const paste = await attributionOf(page('<div class="info-bottom"><div class="username"><a href="/u/EvilSpark">EvilSpark</a></div></div>'), undefined, dom);
    expect(paste.authors).toEqual(['EvilSpark']);
    // The signed-in reader's name in the site's header is not the poster.
    const trap = await attributionOf(articlePage('').replace('<main>', '<header><span class="username">ReaderMax</span></header><main>'), undefined, dom);
    expect(trap.authors).toEqual([]);
  });

  it('the site\'s name with a newsroom word signs the story as printed ("ZDNet Japan Staff", "Redaktion Beispiel-Post"); trap: a person\'s name with "Staff" keeps only the name', async () => {
    const head = '<meta property="og:site_name" content="ZDNet Japan"><meta name="author" content="ZDNet Japan Staff">';
    expect((await attributionOf(page('', { lang: 'ja', head }), undefined, dom)).authors).toEqual(['ZDNet Japan Staff']);
    const de = '<meta property="og:site_name" content="Beispiel-Post"><meta name="author" content="Redaktion Beispiel-Post">';
    expect((await attributionOf(page('', { lang: 'de', head: de }), undefined, dom)).authors).toEqual(['Redaktion Beispiel-Post']);
    const trap = '<meta property="og:site_name" content="ZDNet Japan"><meta name="author" content="Sarah Whitfield Staff">';
    expect((await attributionOf(page('', { head: trap }), undefined, dom)).authors).toEqual(['Sarah Whitfield']);
    // The newsroom in the tags gives way to a person printed in the byline.
    const person = '<meta property="og:site_name" content="Us Weekly"><meta name="author" content="Us Weekly Staff">';
    expect((await attributionOf(page('<div class="byline">By <a rel="author" href="/author/megan-french/">Megan French</a></div>', { head: person }), undefined, dom)).authors).toEqual(['Megan French']);
  });

  it('a bare "By" opening an element, then a link, is the byline ("By <a>Lauren Jarvis-Gibson</a>, December 16th"); trap: "reported by <a>" inside a sentence is not', async () => {
    const a = await attributionOf(page('<cite>By <a href="/lauren-jarvis-gibson/">Lauren Jarvis-Gibson</a>, <time>December 16th 2016</time></cite>'), undefined, dom);
    expect(a.authors).toEqual(['Lauren Jarvis-Gibson']);
    const de = await attributionOf(page('<div>Von <a href="/team/lena">Lena Hoffmann</a></div>', { lang: 'de' }), undefined, dom);
    expect(de.authors).toEqual(['Lena Hoffmann']);
    const trap = await attributionOf(page('<p class="intro">The figures were first reported by <a href="https://wire.example/">Ada Mercer</a> last week.</p>'), undefined, dom);
    expect(trap.authors).toEqual([]);
  });

  it('a one-word part after the names is kept when the page links it as an author ("John Patrick Pullen, TIME"); trap: a place after a comma is still dropped', async () => {
    const links = '<div class="row"><a href="/author/john-patrick-pullen/">John Patrick Pullen,</a><a href="/author/time-magazine/">TIME</a></div>';
    const a = await attributionOf(articlePage('').replace('<main>', `${links}<main>`).replace('</head>', '<meta name="author" content="John Patrick Pullen, TIME"></head>'), undefined, dom);
    expect(a.authors).toEqual(['John Patrick Pullen', 'TIME']);
    const trap = await attributionOf(page('', { lang: 'de', head: '<meta name="author" content="Lena Hoffmann, München">' }), undefined, dom);
    expect(trap.authors).toEqual(['Lena Hoffmann']);
  });

  it('a microdata author whose name is in a <link>/<meta> content names the author; trap: a teaser list\'s channel is not it', async () => {
    // The page's microdata block sits beside the story, as on video pages.
    const around = (markup: string) => articlePage('').replace('<main>', `<div id="watch">${markup}</div><main>`);
    const a = await attributionOf(around('<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="https://video.example/user/confreaks"><link itemprop="name" content="Confreaks"></span>'), undefined, dom);
    expect(a.authors).toEqual(['Confreaks']);
    const trap = await attributionOf(around('<ul><li><span itemprop="author" itemscope><meta itemprop="name" content="Code Sync"></span></li></ul>'), undefined, dom);
    expect(trap.authors).toEqual([]);
  });
});

describe.each(DOMS)('author boxes, comment threads, teaser cards and contributor lists on %s', (dom) => {
  it.each([
    ['<div class="author-box"><a href="/author/x">Zeige alle Beiträge von Petra Ruland</a></div>', 'de', ['Petra Ruland']],
    ['<div class="author-info"><div class="author-info-bio-name">Jennifer Van Grove Follow Us twitter email</div></div>', 'en', ['Jennifer Van Grove']],
    ['<p class="byline">Von:Moritz Pieczewski-Freimuth</p>', 'de', ['Moritz Pieczewski-Freimuth']],
    ['<p class="article-author">Interview: Jens Bergmann Foto: Michael Hudler</p>', 'de', ['Jens Bergmann']],
  ])('the name in an author box without its links and labels: %s', async (html, lang, names) => {
    expect((await attributionOf(page(html, { lang }), undefined, dom)).authors).toEqual(names);
  });

  it.each([
    '<span class="author">Veröffentlicht am</span>',
    '<span class="author">Artikel von:</span>',
    '<span class="author">Ist der Artikel hilfreich?</span>',
    '<span class="author">Web Commerce www.w-commerce.de</span>',
  ])('trap: a date label, a bare label, a question or a web address is no author: %s', async (html) => {
    expect((await attributionOf(page(html, { lang: 'de' }), undefined, dom)).authors).toEqual([]);
  });

  it('trap: readers named in a comment thread are not authors; the story\'s byline is', async () => {
    const thread = '<div id="comments"><div class="comment"><span class="comment-author">Birgit</span><p>Toller Beitrag!</p></div><div class="comment"><span class="comment-author">Caesi</span></div></div>';
    const none = await attributionOf(page('', { lang: 'de', opening: thread }), undefined, dom);
    expect(none.authors).toEqual([]);
    const one = await attributionOf(page('<span class="author">Hans Ehrlich</span>', { lang: 'de', opening: thread }), undefined, dom);
    expect(one.authors).toEqual(['Hans Ehrlich']);
    // A page's feature flags on <body> ("f_comment_nofollow_on") do not make the story a comment.
    const flagged = await attributionOf(page('<span class="author">Hans Ehrlich</span>', { lang: 'de' }).replace('<body>', '<body class="f_comment_nofollow_on comments">'), undefined, dom);
    expect(flagged.authors).toEqual(['Hans Ehrlich']);
  });

  it('trap: a "By …" line inside another story\'s card link is not this story\'s byline', async () => {
    const card = '<div><a href="/style/other-story"><div>11 Outfit Ideas To Wear To Someone Else\'s Ceremony</div><div><span>By </span><span>Phoebe Avison</span> and <span>Claire Fox</span></div></a></div>';
    const a = await attributionOf(page('<p>By Teresa Newsome</p>', { opening: card }), undefined, dom);
    expect(a.authors).toEqual(['Teresa Newsome']);
  });

  it('a long contributor list in meta author gives way to the printed "written by" byline it contains; a short one stays', async () => {
    const head = '<meta name="author" content="Connie Wang,Sharokh Mirzai,Bethie Girmai,Caitlin Wooters">';
    const long = await attributionOf(page('<p>Written by Connie Wang</p>', { head }), undefined, dom);
    expect(long.authors).toEqual(['Connie Wang']);
    const short = await attributionOf(page('<p>Written by Connie Wang</p>', { head: '<meta name="author" content="Connie Wang,Sharokh Mirzai">' }), undefined, dom);
    expect(short.authors).toEqual(['Connie Wang', 'Sharokh Mirzai']);
  });
});

describe.each(DOMS)('dates in more local formats on %s', (dom) => {
  it('a UTC time in the structured data is given as the region\'s local time (the day the page prints); trap: a page of no known region keeps UTC', async () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A test story","datePublished":"2019-10-18T22:04:00Z"}</script>';
    const de = await attributionOf(page('', { lang: 'de-DE', head: ld }), 'https://zeitung.example/artikel', dom);
    expect(de.publishedTime).toBe('2019-10-19T00:04:00+02:00');
    const plain = await attributionOf(page('', { lang: 'en', head: ld }), 'https://news.example/story', dom);
    expect(plain.publishedTime).toBe('2019-10-18T22:04:00+00:00');
  });

  it('a date after a label in its own element ("<h5>Datum:</h5> 03.11.2021"); trap: a date after "Aktualisiert:" is not read as the publishing date', async () => {
    const labelled = await attributionOf(page('<div class="col"><h5 class="title-inline">Datum: </h5>03.11.2021<br><h5>Autor: </h5>Peter Maahn</div>', { lang: 'de' }), 'https://auto.example/nachrichten/1', dom);
    expect(labelled.publishedTime?.slice(0, 10)).toBe('2021-11-03');
    const datesOf = async (html: string) => {
      const p = await parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, 'https://auto.example/', dom);
      try {
        return pageDateTexts(p.document as unknown as Document);
      } finally {
        await p.close();
      }
    };
    expect(await datesOf('<div><h5>Datum: </h5>03.11.2021</div>')).toEqual(['03.11.2021']);
    expect(await datesOf('<div><h5>Aktualisiert: </h5>04.11.2021</div>')).toEqual([]);
  });

  it('the date in a post\'s details line ("<div class=\"post_meta\">Yngrid · November 22, 2011 · Email this post</div>"); trap: a "meta" class that is no post\'s details reads nothing', async () => {
    const a = await attributionOf(page('<div class="post_meta"><span class="dot">&sdot;</span> November 22, 2011 <span class="dot">&sdot;</span> Email this post</div>', { lang: 'de' }), 'https://blog.example/malaga-metropole.html', dom);
    expect(a.publishedTime?.slice(0, 10)).toBe('2011-11-22');
    const trap = await attributionOf(page('<div class="metadata-box">Stand der Liste: November 22, 2011</div>', { lang: 'de' }), 'https://blog.example/liste.html', dom);
    expect(trap.publishedTime).toBeNull();
  });

  it('a date in small type inside the <h1> ("Headline<br><small>02.02.2022 • Presse</small>")', async () => {
    const html = articlePage('', { lang: 'de', title: 'Zuschauer kehren zurück' }).replace('</h1>', '<br><small><span class="glyphicon"></span> 02.02.2022 • <span class="cat">Presse</span></small></h1>');
    expect((await attributionOf(html, 'https://verband.example/aktuell/detail', dom)).publishedTime?.slice(0, 10)).toBe('2022-02-02');
  });

  it('an RDFa date on any element ("<span property=\\"schema:dateCreated\\" content=…>")', async () => {
    const a = await attributionOf(page('<span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00" class="rdf-meta hidden"></span>', { lang: 'de' }), 'https://wein.example/erzeuger/x', dom);
    expect(a.publishedTime?.slice(0, 10)).toBe('2022-01-28');
  });

  it('Japanese "2019年04月28日 08時00分", a two-digit year "28.09.19 12:44", meta "DC.Date" in capitals', async () => {
    const ja = await attributionOf(page('<p class="date">2019年04月28日 08時00分</p>', { lang: 'ja' }), 'https://japan.example/a', dom);
    expect(ja.publishedTime).toBe('2019-04-28T08:00:00+09:00');
    const short = await attributionOf(page('<div class="post-date"><span>28.09.19</span><span>12:44</span></div>', { lang: 'de' }), 'https://forum.example.de/x', dom);
    expect(short.publishedTime).toBe('2019-09-28T12:44:00+02:00');
    const dc = await attributionOf(page('', { head: '<meta name="DC.Date" content="2006-12-16T08:00+01:00">' }), undefined, dom);
    expect(dc.publishedTime).toBe('2006-12-16T08:00:00+01:00');
  });

  it.each([
    ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03T12:45:00-04:00'],
    ['Apr 27th, 2020', '2020-04-27T00:00:00'],
    ['9/21/2016', '2016-09-21T00:00:00'],
  ])('a server default, an ordinal day and a US month-first date: %s', async (text, iso) => {
    expect(parseVisibleDate(text)).toBe(iso);
  });

  it.each(Object.entries(MONTHS))('every month name of the %s table reads as its month', (_lang, months) => {
    months.forEach((names, i) => {
      for (const name of names) {
        const iso = `2021-${String(i + 1).padStart(2, '0')}-05T00:00:00`;
        expect(parseVisibleDate(`5 ${name[0]!.toUpperCase()}${name.slice(1)} 2021`), name).toBe(iso);
      }
    });
  });

  it('every weekday name may open a line that is only a date ("giovedì 14 gennaio 2021"); Italian and Dutch months read', () => {
    for (const day of WEEKDAYS) expect(looksLikeDateLine(`${day} 5.03.2021`), day).toBe(true);
    expect(parseVisibleDate('giovedì 14 gennaio 2021')).toBe('2021-01-14T00:00:00');
    expect(parseVisibleDate('5 maart 2021')).toBe('2021-03-05T00:00:00');
  });

  it('the date on the line of the author\'s link ("<a href=/autor/…>Gunter Frank</a> / 22.04.2020 / 06:15"); the date line under the story\'s <h1> after a section\'s <h1>', async () => {
    const byline = await attributionOf(page('<div class="teaser_text_meta"><a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020 / 06:15 / <a href="#fuss">Foto: Achgut</a></div>', { lang: 'de' }), 'https://blog.example.de/artikel/x', dom);
    expect(byline.publishedTime).toBe('2020-04-22T06:15:00+02:00');
    const section = page('', { lang: 'de' }).replace('<h1>', '<h1 class="category-title">Nachrichten</h1><h1>').replace('</h1><p>Paragraph 1', '</h1><div class="meta">Von: Björn Jahner <span>|</span> <span>31.10.23</span></div><p>Paragraph 1');
    expect(section).toContain('31.10.23');
    expect((await attributionOf(section, 'https://zeitung.example.de/x', dom)).publishedTime?.slice(0, 10)).toBe('2023-10-31');
  });

  it('a line that opens with a date label between line breaks ("<br>Erschienen am: 01.11.2023<br>"), not the "updated" line beside it; a page that prints only when it was last edited is dated by that', async () => {
    const footer = '<div class="rez_footer"><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>';
    const a = await attributionOf(page('', { lang: 'de' }).replace('</main>', `</main>${footer}`), 'https://rezensionen.example.de/x', dom);
    expect(a.publishedTime?.slice(0, 10)).toBe('2023-11-01');
    const wiki = await attributionOf(page('').replace('</main>', '</main><p>BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by MatsWichmann)</p>'), 'https://wiki.example.org/x', dom);
    expect(wiki.publishedTime?.slice(0, 16)).toBe('2019-11-10T13:28');
    expect(wiki.modifiedTime?.slice(0, 16)).toBe('2019-11-10T13:28');
  });

  it('every label of the date-label and last-edited tables reads in a line of text ("<br>Erschienen am: 03.11.2021")', async () => {
    const lines = async (line: string) => {
      const p = await parseHtml(`<!DOCTYPE html><html><body><p>Lesungen: 61<br>${line}</p></body></html>`, 'https://x.example/', dom);
      try {
        return textDateLines(p.document as unknown as Document);
      } finally {
        await p.close();
      }
    };
    for (const label of DATE_LABELS) expect((await lines(`${label}: 03.11.2021`)).published, label).toBe(`${label}: 03.11.2021`);
    for (const label of UPDATED_LABELS) expect((await lines(`(${label} 04.11.2021 by X)`)).updated, label).toBe(`${label} 04.11.2021 by X)`);
  });

  it('where the structured data and a meta tag give different days, the day the page prints wins; traps: with no printed date, or when the printed day is the update\'s, JSON-LD\'s stays', async () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-03T09:48:24Z"}</script><meta name="date" content="2020-01-06T09:22:36Z">';
    const printed = await attributionOf(page('<p class="date">6 January 2020</p>', { head }), 'https://news.example/goats', dom);
    expect(printed.publishedTime?.slice(0, 10)).toBe('2020-01-06');
    const unprinted = await attributionOf(page('', { head }), 'https://news.example/goats', dom);
    expect(unprinted.publishedTime?.slice(0, 10)).toBe('2020-01-03');
    // Trap: the printed day is the update's, labelled once and bare in the <time> inside ("Updated <time>January 6, 2020</time>").
    const updated = await attributionOf(page('<p class="byline">Updated <time class="date" datetime="2020-01-06T09:22:36Z">January 6, 2020</time></p>', { head }), 'https://news.example/goats', dom);
    expect(updated.publishedTime?.slice(0, 10)).toBe('2020-01-03');
  });

  it('with no date on the page, the date in the address ("/news/2012-06/04/content_…"); a year alone or a number is not one', async () => {
    expect((await attributionOf(page(''), 'https://www.he.example/news/2012-06/04/content_25340717.htm', dom)).publishedTime).toBe('2012-06-04');
    expect((await attributionOf(page(''), 'https://fortune.example/2016/12/15/amazon-alexa-gadgets/', dom)).publishedTime).toBe('2016-12-15');
    expect((await attributionOf(page(''), 'https://news.example/2016/best-of-2016/12', dom)).publishedTime).toBeNull();
  });

  it('a full date in the address overrides a publishing date more than a day from it (a theme\'s date years off); traps: a day off is a time zone, a modified-only date stays', async () => {
    const off = '<meta property="article:published_time" content="2009-04-11T18:06:36+02:00">';
    expect((await attributionOf(page('', { head: off }), 'https://blog.example/2019/10/22/entloeten/', dom)).publishedTime).toBe('2019-10-22');
    const zone = '<meta property="article:published_time" content="2020-01-14T23:30:00-05:00">';
    expect((await attributionOf(page('', { head: zone }), 'https://blog.example/2020/01/15/turkey/', dom)).publishedTime).toBe('2020-01-14T23:30:00-05:00');
    const same = '<meta property="article:published_time" content="2019-10-22T08:00:00+02:00">';
    expect((await attributionOf(page('', { head: same }), 'https://blog.example/2019/10/22/x/', dom)).publishedTime).toBe('2019-10-22T08:00:00+02:00');
  });

  it('the date printed under the headline wins over a machine date more than a day from it; traps: a day off, an update (its words or its markup) and a stamp with seconds keep the machine date', async () => {
    const head = '<meta property="article:published_time" content="2021-10-10T00:00:00+02:00">';
    const under = (line: string) => page('', { lang: 'de', head }).replace('</h1>', `</h1><p>${line}</p>`);
    expect((await attributionOf(under('5. November 2021'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-11-05/u);
    expect((await attributionOf(under('11. Oktober 2021'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-10-10/u);
    expect((await attributionOf(under('Aktualisiert am 5. November 2021'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-10-10/u);
    expect((await attributionOf(under('2021-11-05 14:15:57'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-10-10/u);
    // The update's mark in the element around the date: its words ("Updated <time>…</time>") or its markup.
    expect((await attributionOf(under('Aktualisiert <time>5. November 2021</time>'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-10-10/u);
    expect((await attributionOf(under('<time class="entry-updated" itemprop="dateModified">5. November 2021</time>'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-10-10/u);
    expect((await attributionOf(under('<span class="header--updated-date-definition"><x-timeago><time>5. November 2021</time></x-timeago></span>'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-10-10/u);
    // The hAtom "updated" class that themes put on the post's own date is no update.
    expect((await attributionOf(under('<span class="entry-date updated">5. November 2021</span>'), 'https://autos.example.ch/?p=1', dom)).publishedTime).toMatch(/^2021-11-05/u);
  });

  it('trap: "28.09.1912:44" (a date glued to a time) is not the year 1912', async () => {
    const a = await attributionOf(page('<div><span class="date">28.09.1912:44</span></div>', { lang: 'de' }), 'https://forum.example.de/x', dom);
    expect(a.publishedTime ?? '').not.toMatch(/^1912/u);
  });

  it('a date element near the headline is the last resort ("<span class="date">27.01.2022</span>"), a teaser\'s date is not', async () => {
    const a = await attributionOf(page('<span class="date">27.01.2022</span><ul><li><span class="date">03.02.2021</span></li></ul>', { lang: 'de' }), 'https://wein.example.de/x', dom);
    expect(a.publishedTime).toMatch(/^2022-01-27/u);
  });

  it('the date line printed under the headline without markup ("01. November 2021 | Naturschutz"); a teaser\'s date after the story starts is not', async () => {
    const under = await attributionOf(page('', { lang: 'de' }).replace('</h1>', '</h1><p>01. November 2021 | Naturschutz</p>'), 'https://natur.example.de/x', dom);
    expect(under.publishedTime).toMatch(/^2021-11-01/u);
    const later = await attributionOf(page('', { lang: 'de' }).replace('Paragraph 4', '<p>Weitere Meldung vom 03.02.2020</p>Paragraph 4'), 'https://natur.example.de/x', dom);
    expect(later.publishedTime).toBeNull();
  });

  it('a page that states only when it was updated is dated by that, before the date in its address', async () => {
    const a = await attributionOf(page('', { head: '<meta property="og:updated_time" content="2022-01-28T11:05:37+0100">' }), 'https://gov.example/2020/01/01/x', dom);
    expect(a.publishedTime).toBe('2022-01-28T11:05:37+01:00');
    const both = await attributionOf(page('', { head: '<meta property="og:updated_time" content="2022-01-28T11:05:37+0100"><meta property="article:published_time" content="2021-05-04T10:00:00+02:00">' }), undefined, dom);
    expect(both.publishedTime).toBe('2021-05-04T10:00:00+02:00');
  });
});

describe.each(DOMS)('structured data and labelled bylines (meta4) on %s', (dom) => {
  it('JSON-LD with a raw tab or line break inside a string (a CMS template) is still read; trap: broken JSON is still skipped', async () => {
    const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
    const raw = ld('{"@type":"NewsArticle","description":"Zeile eins\n\tZeile zwei","datePublished":"2022-02-02T11:14:00+01:00","author":{"@type":"Person","name":"Juliane Berg"}}');
    const a = await attributionOf(page('', { lang: 'de', head: raw }), 'https://motor.example/news/1', dom);
    expect(a.publishedTime).toBe('2022-02-02T11:14:00+01:00');
    expect(a.author).toBe('Juliane Berg');
    const broken = await attributionOf(page('', { lang: 'de', head: ld('{"@type":"NewsArticle","datePublished":"2022-02-02T11:14:00+01:00",,}') }), 'https://motor.example/news/1', dom);
    expect(broken.publishedTime).toBeNull();
  });

  // Outside the article, so only the page-wide byline reading can find them.
  const after = (html: string, lang = 'en') => page('', { lang }).replace('</article>', `</article>${html}`);

  it('a byline label in its own element names what follows on its line ("<h5>Autor: </h5>Peter Maahn<br>", "<span>Author: </span><span>…</span>")', async () => {
    const de = await attributionOf(after('<div class="info"><h5>Datum: </h5>03.11.2021<br><h5>Autor: </h5>Peter Maahn<br>Ressort: Handel</div>', 'de'), 'https://auto.example/nachrichten/1', dom);
    expect(de.author).toBe('Peter Maahn');
    const en = await attributionOf(after('<div class="level"><span>Author: </span><span>Jacopo Cascioli</span></div>'), 'https://blog.example/articles/x', dom);
    expect(en.author).toBe('Jacopo Cascioli');
    const br = await attributionOf(after('<div class="news-info"><b>Von:</b><br><br>Götz Warnke</div>', 'de'), 'https://energie.example/x', dom);
    expect(br.author).toBe('Götz Warnke');
  });

  it('a byline label opening a line names the element after it, up to the line break ("Von <strong>X</strong> und <strong>Y</strong><br>Kakuma")', async () => {
    const two = await attributionOf(after('<div><p>Von <strong><a href="https://x.example">Roland Brockmann</a></strong> und <strong>Sebastian Drescher</strong><br>Kakuma /Kenia</p></div>', 'de'), 'https://blog.example/x', dom);
    expect(two.authors).toEqual(['Roland Brockmann', 'Sebastian Drescher']);
    const fr = await attributionOf(after('<div class="dates">par <span class="nom">Didier Roy</span>, 21 juin 2018</div>', 'fr'), 'https://blog.example/x', dom);
    expect(fr.author).toBe('Didier Roy');
    const long = await attributionOf(after('<div class="meta">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>', 'de'), 'https://pferde.example/x', dom);
    expect(long.author).toBe('Pamela Sladky');
  });

  it('traps: a label inside a sentence, a bare "Text" tab, three labelled names (a list of other stories) and a label-colon-value name give no author', async () => {
    const sentence = await attributionOf(after('<div><p>The study, reported by <a href="/x">Anna Berg</a>, found more.</p></div>'), 'https://news.example/x', dom);
    expect(sentence.author).toBeNull();
    const tab = await attributionOf(after('<div><span>Text</span><span>Bilder</span></div>', 'de'), 'https://news.example/x', dom);
    expect(tab.author).toBeNull();
    const list = await attributionOf(after(['Ann Lee', 'Bo Chen', 'Cy Park'].map((n) => `<div class="teaser"><h3>Another headline</h3><span>Autor:</span> <span>${n}</span></div>`).join(''), 'de'), 'https://news.example/x', dom);
    expect(list.author).toBeNull();
    const colon = await attributionOf(after('<div class="dates_auteurs">En kiosques : <a href="/2020/07">juillet 2020</a></div>', 'fr'), 'https://blog.example/x', dom);
    expect(colon.author).toBeNull();
  });

  it('a byline class in the page\'s language ("content-left-autor", "auteurs") is read like "author"', async () => {
    const de = await attributionOf(after('<div class="content-left-autor"><a href="/ueber-uns/autoren/Clara-Loew">Clara Löw</a>, <a href="/ueber-uns/autoren/Klaus-Jacob">Klaus Jacob</a></div>', 'de'), 'https://makro.example/x', dom);
    expect(de.authors).toEqual(['Clara Löw', 'Klaus Jacob']);
    const fr = await attributionOf(after('<div class="unauteur"><span class="auteurs">Didier Roy</span></div>', 'fr'), 'https://blog.example/x', dom);
    expect(fr.author).toBe('Didier Roy');
  });

  it('a kicker or subtitle in its own element of the <h1> is dropped when a page title is exactly the rest', async () => {
    const titleOf = async (h1: string, docTitle: string, head = '') => {
      const html = articlePage('', { title: docTitle, lang: 'de' }).replace(`<h1>${docTitle}</h1>`, `<h1>${h1}</h1>`).replace('</head>', `${head}</head>`);
      return expectArticle(await analyzeHtml(html, 'https://stimme.example/x', dom)).title;
    };
    const site = '<meta property="og:site_name" content="Tegernseerstimme">';
    expect(await titleOf('<span class="sub-heading">Energiewende Oberland:</span><br> Klimavorreiter Oberland?', 'Klimavorreiter Oberland? - Tegernseerstimme', site)).toBe('Klimavorreiter Oberland?');
    expect(await titleOf('<span class="primary">Tagesschau unterschlägt Hass-Demo in Essen</span> <span class="second">Gebührenfinanzierte Verharmlosung im ÖRR</span>', 'Tagesschau unterschlägt Hass-Demo in Essen - Tegernseerstimme', site)).toBe('Tagesschau unterschlägt Hass-Demo in Essen');
    // Traps: a page title that is the whole headline keeps the kicker; one that only overlaps a part changes nothing.
    expect(await titleOf('<div class="label">100. Geburtstag</div> Margot Friedländer wird 100 Jahre', '100. Geburtstag: Margot Friedländer wird 100 Jahre')).toBe('100. Geburtstag Margot Friedländer wird 100 Jahre');
    expect(await titleOf('How <em>we</em> built the new bridge for everyone', 'How we built it', site)).toBe('How we built the new bridge for everyone');
  });

  it('a page with no Article node is dated by another JSON-LD node\'s datePublished (a WebPage in a graph); trap: a printed date line comes first', async () => {
    const graph = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://cc.example/#website","name":"CC"},{"@type":"WebPage","@id":"https://cc.example/wie/#webpage","datePublished":"2014-03-17T01:44:37+00:00","dateModified":"2018-09-16T06:34:07+00:00"}]}</script>';
    const a = await attributionOf(page('', { head: graph }), 'https://cc.example/wie/', dom);
    expect(a.publishedTime?.slice(0, 10)).toBe('2014-03-17');
    const printed = await attributionOf(page('', { head: graph }).replace('</h1>', '</h1><p class="date">Posted on March 2, 2020</p>'), 'https://cc.example/wie/', dom);
    expect(printed.publishedTime?.slice(0, 10)).toBe('2020-03-02');
  });

  it('a NewsArticle subtype of two words ("ReportageNewsArticle") is the article node', async () => {
    const ld = '<script type="application/ld+json">{"@type":"ReportageNewsArticle","datePublished":"2020-04-10T17:58:15+01:00","author":{"@type":"Person","name":"Lyse Doucet"}}</script>';
    const a = await attributionOf(page('', { head: ld }), 'https://news.example/x', dom);
    expect(a.author).toBe('Lyse Doucet');
    expect(a.publishedTime?.slice(0, 10)).toBe('2020-04-10');
  });

  it('HTML entities a template left in JSON-LD strings are decoded ("Jos&eacute; Mar&iacute;a", "&#8211;"), not split at their ";"', async () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Gehälter &#8211; Studie","author":{"@type":"Person","name":"Jos&eacute; Mar&iacute;a Garc&iacute;a"}}</script>';
    const a = await attributionOf(page('', { lang: 'es', head: ld }), 'https://diario.example/x', dom);
    expect(a.authors).toEqual(['José María García']);
  });

  it('a byline opening with an author label of another language and its colon is the name ("Текст: Венера Ерофеева"); trap: a source line ("Zdroj: ČTK") names no author', async () => {
    const ru = await attributionOf(page('<div class="author">Текст: Венера Ерофеева</div>', { lang: 'ru' }), 'https://wday.example/x', dom);
    expect(ru.author).toBe('Венера Ерофеева');
    const cs = await attributionOf(page('<div class="author">Zdroj: ČTK</div>', { lang: 'cs' }), 'https://zpravy.example/x', dom);
    expect(cs.author).toBeNull();
  });

  it('traps for the local byline class: "autorelated" (a teaser list) is no byline, nor a reader letter\'s "autor"', async () => {
    const related = await attributionOf(after('<section class="autorelated"><div class="intro"><a class="title">Weitere Stories</a></div></section>', 'de'), 'https://bike.example/x', dom);
    expect(related.author).toBeNull();
    const letters = await attributionOf(after('<div id="comment_entries"><div class="leserbrief"><div class="leserbrief_meta"><span class="autor">Karsten Dörre</span> / 22.04.2020</div><p>Ein Leserbrief.</p></div></div>', 'de'), 'https://blog.example/x', dom);
    expect(letters.author).toBeNull();
  });

  it('a headline part chosen by the page title loses the soft hyphens of the <h1>', async () => {
    const doc = 'Bundesrat - Textarchiv - Erinnerung an die Opfer der NS-Verbrechen';
    const html = articlePage('', { title: doc, lang: 'de' })
      .replace(`<h1>${doc}</h1>`, '<h1><em>Holocaust-Gedenktag </em>Er\u00adin\u00adne\u00adrung an die Op\u00adfer der NS-Ver\u00adbre\u00adchen</h1>')
      .replace('</head>', '<meta property="og:title" content="Erinnerung an die Opfer der NS-Verbrechen"></head>');
    expect(expectArticle(await analyzeHtml(html, 'https://bundesrat.example/x', dom)).title).toBe('Erinnerung an die Opfer der NS-Verbrechen');
  });

  it('a CJK byline with its full-width label glued on is not dropped by the colon trap ("著者：後藤大地"): a known label goes, the name stays', async () => {
    const ja = await attributionOf(page('<div class="author">著者：後藤大地</div>', { lang: 'ja' }), 'https://news.example.jp/x', dom);
    expect(ja.author).toBe('後藤大地');
  });
});
