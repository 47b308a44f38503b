/**
 * Attribution in the languages beyond our labelled cases' ten: credit labels,
 * dates in local formats (genitive months, year-first, a numbered month),
 * "GMT+7" offsets, wire services, and names that `\b` used to cut apart.
 * The tables are checked entry by entry: a label or word nobody tests is a
 * label nobody knows works.
 */
import { describe, expect, it } from 'vitest';
import { parseCreditLines } from '../../core/clean/rules';
import { isDateWord, looksLikeDateLine, parseVisibleDate } from '../../core/dates';
import { agencyName } from '../../core/agencies';
import { parseDateline } from '../../core/dateline';
import { CREDIT_LABELS } from '../../core/rules/credit-labels';
import { DATE_PREFIXES, OTHER_CALENDAR_WORDS, SOLAR_HIJRI_MONTHS, UPDATE_WORDS } from '../../core/rules/date-words';
import { solarHijriToGregorian } from '../../core/solar-hijri';
import { WIRE_AGENCIES } from '../../core/rules/wire-agencies';
import { ZONE_BY_LANGUAGE, ZONE_BY_REGION } from '../../core/rules/time-zones';
import { zoneOffsetAt } from '../../core/dates';
import { analyzeHtml, articlePage, DOMS, expectArticle } from '../helpers/pages';

/** An article page in `lang` with a byline and a date line under its headline. */
function story(lang: string, meta: string): string {
  return articlePage('', { lang, title: 'A test story' }).replace('</h1>', `</h1><div class="meta">${meta}</div>`);
}

async function attributionOf(html: string, dom: (typeof DOMS)[number]) {
  return expectArticle(await analyzeHtml(html, 'https://news.example/2026/story', dom)).attribution;
}

describe('credit labels of every language, one line each', () => {
  const entries = Object.entries(CREDIT_LABELS).flatMap(([lang, byField]) =>
    Object.entries(byField).flatMap(([field, labels]) => (labels ?? []).map((label) => [lang, field, label] as const)));

  it.each(entries)('%s %s: "%s: Name Surname"', (_lang, field, label) => {
    const value = field === 'source' ? 'ČTK' : 'Ayşe Nováková';
    const credits = parseCreditLines([`${label[0]!.toUpperCase()}${label.slice(1)}: ${value}`])?.credits;
    expect(credits?.map((c) => [c.field, c.value])).toEqual([[field, value]]);
  });

  it('two credits run together in Cyrillic ("Автор: … Редактор: …"): the second label is found without an ASCII word boundary', () => {
    expect(parseCreditLines(['Автор: Иван Петров Редактор: Анна Смирнова'])?.credits.map((c) => [c.field, c.value])).toEqual([
      ['author', 'Иван Петров'],
      ['editor', 'Анна Смирнова'],
    ]);
  });

  it('a date printed after the name in the same line is the story\'s date, not part of the name; trap: a weekday that is a surname stays', () => {
    const parsed = (line: string) => {
      const p = parseCreditLines([line]);
      return [p?.credits.map((c) => [c.field, c.value]), p?.dates];
    };
    expect(parsed('Автор: Иван Петров 7 декабря 2026, 14:30')).toEqual([[['author', 'Иван Петров']], ['7 декабря 2026, 14:30']]);
    expect(parsed('By Jane Doe on December 7, 2026')).toEqual([[['author', 'Jane Doe']], ['on December 7, 2026']]);
    expect(parsed('Tác giả: Nguyễn Văn An ngày 7 tháng 12 năm 2026')).toEqual([[['author', 'Nguyễn Văn An']], ['ngày 7 tháng 12 năm 2026']]);
    expect(parsed('von Hans Freitag, 3. Mai 2020')).toEqual([[['author', 'Hans Freitag']], ['3. Mai 2020']]);
    // A weekday with no capital opens the date: French writes it lower-case, Persian has no capitals.
    expect(parsed('Par Marie Dupont lundi 7 décembre 2026')).toEqual([[['author', 'Marie Dupont']], ['lundi 7 décembre 2026']]);
    expect(parsed('نویسنده: علی رضایی یکشنبه ۱۶ آذر ۱۴۰۵')).toEqual([[['author', 'علی رضایی']], ['یکشنبه ۱۶ آذر ۱۴۰۵']]);
  });

  it('traps: a sentence that opens with a bare label word is no credit ("Av de 200 bostäderna …", "Tekst ustawy …")', () => {
    for (const line of ['Av de 200 bostäderna som byggdes i fjol står hälften tomma.', 'Tekst ustawy trafi do Sejmu w przyszłym tygodniu.']) {
      expect(parseCreditLines([line])).toBeNull();
    }
  });
});

describe('dates in more local formats', () => {
  it.each([
    ['7 декабря 2026 г. в 14:30', '2026-12-07T14:30:00'],
    ['7 грудня 2026 р., 10:15', '2026-12-07T10:15:00'],
    ['7 października 2026, 10:15', '2026-10-07T10:15:00'],
    ['7. prosince 2026 v 10:15', '2026-12-07T10:15:00'],
    ['7 Aralık 2026 saat 10:15', '2026-12-07T10:15:00'],
    ['7 ARALIK 2026', '2026-12-07T00:00:00'],
    ['7. joulukuuta 2026 klo 10.15', '2026-12-07T10:15:00'],
    ['7 Δεκεμβρίου 2026, 10:15', '2026-12-07T10:15:00'],
    ['2026. december 7. 10:15', '2026-12-07T10:15:00'],
    ['ngày 7 tháng 12 năm 2026 lúc 10:15', '2026-12-07T10:15:00'],
    ['Thứ hai, 7/12/2026, 10:15', '2026-12-07T10:15:00'],
    ['٧ ديسمبر ٢٠٢٦ - ١٠:١٥', '2026-12-07T10:15:00'],
    ['7 בדצמבר 2026', '2026-12-07T00:00:00'],
    ['७ दिसंबर २०२६', '2026-12-07T00:00:00'],
    ['۱۶/۰۹/۲۰۲۶', '2026-09-16T00:00:00'],
    ['7 ธันวาคม 2569', '2026-12-07T00:00:00'],
    ['۱۶ آذر ۱۴۰۵', '2026-12-07T00:00:00'],
    ['شنبه ۱ فروردین ۱۴۰۵ - ۱۰:۳۰', '2026-03-21T10:30:00'],
    ['۷ دسامبر ۲۰۲۶', '2026-12-07T00:00:00'],
    ['الأحد 16 رجب 1448 هـ - 7 ديسمبر 2026 م', '2026-12-07T00:00:00'],
    ['सोमवार, 7 दिसंबर 2026', '2026-12-07T00:00:00'],
    ['יום שני, 7 בדצמבר 2026', '2026-12-07T00:00:00'],
    ['วันจันทร์ 7 ธันวาคม 2569', '2026-12-07T00:00:00'],
    ['등록 2026-12-07 14:20 수정 2026-12-07 16:02', '2026-12-07T14:20:00'],
    ['发布时间：2026-12-07 14:20', '2026-12-07T14:20:00'],
  ])('%s', (text, iso) => {
    expect(parseVisibleDate(text)).toBe(iso);
    expect(looksLikeDateLine(text), 'a line of nothing but the date').toBe(true);
  });

  it('an offset written after GMT or UTC is the time\'s ("07/12/2026 10:15 GMT+7"); trap: plain GMT stays +00:00', () => {
    expect(parseVisibleDate('07/12/2026 10:15 GMT+7')).toBe('2026-12-07T10:15:00+07:00');
    expect(parseVisibleDate('07/12/2026 10:15 UTC+05:30')).toBe('2026-12-07T10:15:00+05:30');
    expect(parseVisibleDate('07/12/2026 10:15 GMT')).toBe('2026-12-07T10:15:00+00:00');
  });

  it.each(DATE_PREFIXES)('"%s" before a date leaves a line that is only a date', (prefix) => {
    expect(looksLikeDateLine(`${prefix} 05.03.2021 10:15`)).toBe(true);
  });

  it.each(OTHER_CALENDAR_WORDS)('"%s", a word of the Hijri calendar beside the Gregorian date, leaves a date line; trap: it never cuts a name ("رمضان" is a surname)', (word) => {
    expect(looksLikeDateLine(`${word} 7 ديسمبر 2026`)).toBe(true);
    expect(isDateWord(word)).toBe(false);
  });

  it('the first date whose month we read, not the first match of the pattern ("3 items 2020 and 7 December 2026"); trap: a Hijri month alone is no date', () => {
    expect(parseVisibleDate('Posted 3 items 2020 and 7 December 2026')).toBe('2026-12-07T00:00:00');
    expect(parseVisibleDate('16 رجب 1448 هـ')).toBeNull();
  });

  it('trap: a month word in prose with no day before it is no date ("Mart ayında …", "maja Nowak")', () => {
    expect(parseVisibleDate('Mart ayında fiyatlar yüzde 3 arttı')).toBeNull();
    expect(parseVisibleDate('Rozmawiała z nią Maja Nowak z Krakowa')).toBeNull();
  });
});

describe.each(DOMS)('pages in more languages on %s', (dom) => {
  it.each([
    ['ru', 'Автор: Иван Петров <span class="date">7 декабря 2026, 14:30</span>', 'Иван Петров', '2026-12-07'],
    ['pl', 'Autorka: Anna Nowak <span class="date">7 grudnia 2026</span>', 'Anna Nowak', '2026-12-07'],
    ['tr', 'Yazar: Ayşe Demir <span class="date">7 Aralık 2026 10:15</span>', 'Ayşe Demir', '2026-12-07'],
    ['sv', 'Av Anna Lindqvist <span class="date">7 december 2026 kl 10.15</span>', 'Anna Lindqvist', '2026-12-07'],
    ['hu', 'Szerző: Kovács Péter <span class="date">2026. december 7. 10:15</span>', 'Kovács Péter', '2026-12-07'],
    ['el', 'Συντάκτης: Νίκος Παπαδόπουλος <span class="date">7 Δεκεμβρίου 2026</span>', 'Νίκος Παπαδόπουλος', '2026-12-07'],
    ['vi', 'Tác giả: Nguyễn Văn An <span class="date">ngày 7 tháng 12 năm 2026</span>', 'Nguyễn Văn An', '2026-12-07'],
    ['ar', 'بقلم: أحمد خالد <span class="date">٧ ديسمبر ٢٠٢٦</span>', 'أحمد خالد', '2026-12-07'],
    ['he', 'מאת: דנה כהן <span class="date">07.12.2026 10:15</span>', 'דנה כהן', '2026-12-07'],
    ['hi', 'लेखक: राकेश शर्मा <span class="date">7 दिसंबर 2026</span>', 'राकेश शर्मा', '2026-12-07'],
    ['ko', '<span class="byline">김민수 기자</span> <span class="date">입력 2026.12.07 10:15</span>', '김민수', '2026-12-07'],
    ['ko', '<span class="byline">부산/김지훈 기자 <a href="mailto:jhkim@news.example">jhkim@news.example</a></span> <span class="date">등록 2026-12-07 14:20 수정 2026-12-07 16:02</span>', '김지훈', '2026-12-07'],
    ['zh', '<span class="byline">记者 李明</span> <span class="date">2026年12月07日 10:15</span>', '李明', '2026-12-07'],
    ['ja', '<span class="byline">山田太郎 記者</span> <span class="date">2026年12月7日 10時15分</span>', '山田太郎', '2026-12-07'],
    ['th', '<span class="byline">โดย สมชาย ใจดี</span> <span class="date">7 ธันวาคม 2569 10:15 น.</span>', 'สมชาย ใจดี', '2026-12-07'],
    ['fa', 'نویسنده: علی رضایی <span class="date">یکشنبه ۱۶ آذر ۱۴۰۵ - ۱۰:۱۵</span>', 'علی رضایی', '2026-12-07'],
  ])('%s: the author and the day from a credit line and a date line', async (lang, meta, author, day) => {
    const a = await attributionOf(story(lang, meta), dom);
    expect(a.author).toBe(author);
    expect(a.publishedTime?.slice(0, 10)).toBe(day);
  });

  it('a name whose letters \\b cannot see is not cut at a one-letter "and" ("Ayşe Demir", not "Ayş" and "e Demir")', async () => {
    const a = await attributionOf(story('tr', '<span class="author">Ayşe Demir ve Mehmet Öz</span>').replace('<title>', '<meta name="author" content="Ayşe Demir"><title>'), dom);
    expect(a.authors).toEqual(['Ayşe Demir']);
  });

  it.each(UPDATE_WORDS)('"%s" before the day the page prints makes it the update\'s: the structured data\'s day stays', async (word) => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-03T09:48:24Z"}</script><meta name="date" content="2020-01-06T09:22:36Z">';
    const html = articlePage('', { title: 'A test story' }).replace('</head>', `${head}</head>`)
      .replace('</h1>', `</h1><p class="byline">${word} <time class="date" datetime="2020-01-06T09:22:36Z">06.01.2020</time></p>`);
    expect((await attributionOf(html, dom)).publishedTime?.slice(0, 10), word).toBe('2020-01-03');
  });

  it('a Korean wire in a byline\'s brackets is the source, the role after the name goes ("[서울=뉴시스] 김민수 기자"); a Chinese source label names the wire ("来源：新华社")', async () => {
    const ko = await attributionOf(story('ko', '<span class="byline">[서울=뉴시스] 김민수 기자</span>'), dom);
    expect([ko.author, ko.source]).toEqual(['김민수', 'Newsis']);
    const zh = await attributionOf(story('zh', '<span class="byline">作者：李明</span> <span class="date">2026-12-07 10:15 来源：新华社</span>'), dom);
    expect([zh.author, zh.source, zh.publishedTime]).toEqual(['李明', 'Xinhua', '2026-12-07T10:15:00+08:00']);
  });

  it('a Yonhap dateline with its reporter line opening the story gives the source and leaves the text', async () => {
    const html = articlePage('', { lang: 'ko', title: 'A test story' }).replace('<p>Paragraph 1', '<p>(서울=연합뉴스) 김민수 기자 = 정부는 내년 예산안을 오늘 발표했으며 보건 분야에 역대 가장 많은 예산이 배정됐다고 밝혔다.</p><p>Paragraph 1');
    const a = expectArticle(await analyzeHtml(html, 'https://news.example/2026/story', dom));
    expect(a.attribution.source).toBe('Yonhap');
    expect(a.text.startsWith('정부는')).toBe(true);
  });

  it('a Xinhua dateline names the source and, with no byline on the page, the author; it leaves the text', async () => {
    const html = articlePage('', { lang: 'zh', title: 'A test story' }).replace('<p>Paragraph 1', '<p>新华社成都12月7日电（记者 张伟）成都地铁13号线一期工程7日正式开通运营，线路全长约29.1公里，共设车站20座。</p><p>Paragraph 1');
    const a = expectArticle(await analyzeHtml(html, 'https://news.example/2026/story', dom));
    expect(a.attribution.source).toBe('Xinhua');
    expect(a.attribution.authors).toEqual(['张伟']);
    expect(a.text.startsWith('成都地铁')).toBe(true);
  });

  it('a TASS dateline opening the story gives the source and leaves the text', async () => {
    const html = articlePage('', { lang: 'ru', title: 'A test story' }).replace('<p>Paragraph 1', '<p>МОСКВА, 7 декабря. /ТАСС/. Президент России заявил о новых мерах поддержки семей с детьми в следующем году.</p><p>Paragraph 1');
    const a = expectArticle(await analyzeHtml(html, 'https://news.example/2026/story', dom));
    expect(a.attribution.source).toBe('TASS');
    expect(a.text.startsWith('Президент России')).toBe(true);
  });

  it('a source credited inside a byline ("Aleš Vávra, Zdroj: ČTK") is the source, not an author', async () => {
    const html = story('cs', '').replace('<title>', '<meta name="author" content="Aleš Vávra, Zdroj: ČTK, Martin Fendrych"><title>');
    const a = await attributionOf(html, dom);
    expect(a.authors).toEqual(['Aleš Vávra', 'Martin Fendrych']);
    expect(a.source).toBe('ČTK');
  });
});

describe('datelines of more wires', () => {
  it.each([
    ['МОСКВА, 7 декабря. /ТАСС/. Президент России заявил о новых мерах поддержки.', 'МОСКВА, 7 декабря. /ТАСС/.', 'TASS'],
    ['МОСКВА, 7 дек — РИА Новости. Президент России заявил о новых мерах.', 'МОСКВА, 7 дек — РИА Новости.', 'RIA Novosti'],
    ['MADRID, 7 (EUROPA PRESS) - El Gobierno aprobará hoy el plan.', 'MADRID, 7 (EUROPA PRESS) -', 'Europa Press'],
    ['PARIS, 7 décembre (Reuters) - Le gouvernement a annoncé un plan.', 'PARIS, 7 décembre (Reuters) -', 'Reuters'],
    ['Stockholm (TT) Regeringen presenterade i dag sin budget.', 'Stockholm (TT)', 'TT'],
    ['OSLO (NTB): Regjeringen legger frem budsjettet.', 'OSLO (NTB):', 'NTB'],
    ['ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε νέα μέτρα.', 'ΑΘΗΝΑ (ΑΠΕ-ΜΠΕ) -', 'ANA-MPA'],
    ['Baden-Baden (dpa) - Die Stadt hat beschlossen.', 'Baden-Baden (dpa) -', 'dpa'],
    // Scripts without capitals: a known wire makes the dateline.
    ['القاهرة (رويترز) - قال مسؤولون إن المحادثات ستستأنف.', 'القاهرة (رويترز) -', 'Reuters'],
    ['القاهرة - (أ ش أ) - أكد وزير الخارجية أن', 'القاهرة - (أ ش أ) -', 'MENA'],
    ['تهران (ایرنا) - پس از اعلام افزایش قیمت بنزین', 'تهران (ایرنا) -', 'IRNA'],
    ['تهران- ایرنا- رئیس جمهور امروز گفت', 'تهران- ایرنا-', 'IRNA'],
    ['नई दिल्ली, 7 दिसंबर (भाषा) प्रधानमंत्री ने आज कहा', 'नई दिल्ली, 7 दिसंबर (भाषा)', 'PTI'],
    ['ירושלים (רויטרס) - ראש הממשלה אמר', 'ירושלים (רויטרס) -', 'Reuters'],
    // Chinese: outlet, place, date and "电" run together, the reporters in brackets after.
    ['新华社成都12月7日电（记者 张伟）成都地铁13号线一期工程7日正式开通运营。', '新华社成都12月7日电（记者 张伟）', 'Xinhua'],
    ['中新网上海12月7日电 (记者 陈静、刘洋) 上海今年', '中新网上海12月7日电 (记者 陈静、刘洋)', 'China News Service'],
  ])('%s', (paragraph, text, agency) => {
    expect(parseDateline(paragraph, null)).toMatchObject({ text, agency });
  });

  it('a Chinese dateline names its reporters ("（记者 陈静、刘洋）", "本报北京12月7日讯 记者李明 王芳"); "本报" (this paper) is no wire; trap: a sentence with a date and "电" but no outlet is none', () => {
    expect(parseDateline('中新网上海12月7日电 (记者 陈静、刘洋) 上海今年', null)?.reporters).toEqual(['陈静', '刘洋']);
    expect(parseDateline('本报北京12月7日讯 记者李明 王芳 近日，', null)).toMatchObject({ agency: null, reporters: ['李明', '王芳'] });
    expect(parseDateline('他说北京12月7日电力供应恢复正常', null)).toBeNull();
  });

  it('traps: without a known wire, a name in brackets before a colon or a capital is no dateline', () => {
    expect(parseDateline('Menteri Keuangan (Menkeu): anggaran tahun depan naik tujuh persen.', null)).toBeNull();
    expect(parseDateline('Stockholm (Sverige) Regeringen presenterade i dag sin budget.', null)).toBeNull();
    expect(parseDateline('وزير الخارجية (السابق) - قال إن المحادثات ستستأنف.', null), 'a word in brackets in a caseless script').toBeNull();
    expect(parseDateline('حزب الله - حركة أمل - اجتمعا أمس', null), 'two names between dashes').toBeNull();
  });
});

describe('wire services', () => {
  it.each(Object.entries(WIRE_AGENCIES))('%s: every spelling names it', (name, forms) => {
    for (const form of forms) expect(agencyName(form.toUpperCase()), form).toBe(name);
  });

});

describe('time zones of regions and languages', () => {
  it.each([...Object.entries(ZONE_BY_REGION), ...Object.entries(ZONE_BY_LANGUAGE)])('%s: %s is a zone the browser knows', (_key, zone) => {
    expect(zoneOffsetAt(zone, '2026-07-01T12:00:00')).toMatch(/^[+-]\d{2}:\d{2}$/u);
  });
});

describe.each(DOMS)('local times in more languages on %s', (dom) => {
  it('a Finnish page\'s printed time gets Helsinki\'s offset, in winter and in summer', async () => {
    const winter = await attributionOf(story('fi', 'Kirjoittaja: Matti Virtanen <span class="date">7.12.2026 klo 10.15</span>'), dom);
    expect(winter.publishedTime).toBe('2026-12-07T10:15:00+02:00');
    const summer = await attributionOf(story('fi', 'Kirjoittaja: Matti Virtanen <span class="date">7.7.2026 klo 10.15</span>'), dom);
    expect(summer.publishedTime).toBe('2026-07-07T10:15:00+03:00');
  });
});

describe('Solar Hijri (Persian) dates', () => {
  it.each(SOLAR_HIJRI_MONTHS.map((names, i) => [i + 1, names] as const))('month %i: every name reads as its month of 1405', (month, names) => {
    // 1 Farvardin 1405 is 21 March 2026; the first six months have 31 days, the next five 30.
    const expected = new Date(Date.UTC(2026, 2, 21) + ((month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + 9) * 86_400_000).toISOString().slice(0, 10);
    for (const name of names) expect(parseVisibleDate(`10 ${name} 1405`)?.slice(0, 10), name).toBe(expected);
  });

  it('Nowruz moves with the equinox: 1 Farvardin 1403 is 20 March 2024; 30 Esfand exists only in a leap year (1403), else no date', () => {
    expect(solarHijriToGregorian(1403, 1, 1)).toEqual({ y: 2024, m: 3, d: 20 });
    expect(solarHijriToGregorian(1403, 12, 30)).toEqual({ y: 2025, m: 3, d: 20 });
    expect(solarHijriToGregorian(1404, 12, 30)).toBeNull();
    expect(parseVisibleDate('۳۱ مهر ۱۴۰۵'), 'Mehr has 30 days').toBeNull();
  });

  it('trap: a month name in prose with no day before it is no date ("مهر ماه امسال")', () => {
    expect(parseVisibleDate('در مهر ماه امسال قیمت‌ها ۳ درصد بالا رفت')).toBeNull();
  });
});
