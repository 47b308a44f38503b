/**
 * The article's language: the page's own tag, unless its text is clearly in
 * another language the detector knows (a template's lang="en" on an
 * Indonesian story). Close kin (da/nb/sv, cs/sk, id/ms) and languages the
 * detector has no words for keep the page's tag: a Danish story is not
 * Swedish because their small words overlap.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLangTag } from '../../../core/language';
import { STOPWORDS } from '../../../core/rules/stopwords';
import { analyzeHtml, DOMS, expectArticle } from '../../helpers/pages';

const SAMPLES: Record<string, string> = {
  da: 'Regeringen har i dag fremlagt sit forslag til finansloven for det kommende år. Det er første gang, at der er afsat så mange penge til sundhed, og ministeren siger, at det er en historisk dag for danskerne. Men oppositionen er ikke tilfreds med forslaget, som de kalder for uambitiøst.',
  nb: 'Regjeringen har i dag lagt frem sitt forslag til statsbudsjett for det kommende året. Det er første gang at det er satt av så mye penger til helse, og ministeren sier at det er en historisk dag for nordmenn. Men opposisjonen er ikke fornøyd med forslaget, som de kaller uambisiøst.',
  sk: 'Vláda dnes schválila návrh rozpočtu na budúci rok. Je to prvýkrát, čo sa na zdravotníctvo vyčlenilo toľko peňazí, a minister tvrdí, že ide o historický deň pre Slovensko. Opozícia však s návrhom nie je spokojná a označila ho za neambiciózny.',
  ro: 'Guvernul a aprobat astăzi proiectul de buget pentru anul viitor. Este pentru prima dată când se alocă atât de mulți bani pentru sănătate, iar ministrul spune că este o zi istorică pentru români. Opoziția nu este însă mulțumită de proiect, pe care îl consideră lipsit de ambiție.',
  fi: 'Hallitus esitteli tänään ensi vuoden talousarvioesityksensä. Ensimmäistä kertaa terveydenhuoltoon on varattu näin paljon rahaa, ja ministerin mukaan kyseessä on historiallinen päivä suomalaisille. Oppositio ei kuitenkaan ole tyytyväinen esitykseen, jota se pitää kunnianhimottomana.',
  hu: 'A kormány ma mutatta be a jövő évi költségvetési javaslatát. Ez az első alkalom, hogy ennyi pénzt különítenek el az egészségügyre, és a miniszter szerint ez történelmi nap a magyarok számára. Az ellenzék azonban nem elégedett a javaslattal, amelyet ambíciótlannak nevez.',
  bg: 'Правителството одобри днес проектобюджета за следващата година. За първи път за здравеопазване се отделят толкова много пари, а министърът заяви, че това е исторически ден за българите. Опозицията обаче не е доволна от проекта, който нарича неамбициозен.',
  id: 'Pemerintah hari ini menyetujui rancangan anggaran untuk tahun depan. Ini adalah pertama kalinya dana sebesar itu dialokasikan untuk kesehatan, dan menteri mengatakan bahwa ini adalah hari yang bersejarah bagi rakyat. Namun oposisi tidak puas dengan rancangan yang mereka sebut tidak ambisius itu.',
};

const page = (lang: string, text: string) =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>A test story</title></head><body><article><h1>A test story</h1>${[text, text, text].map((t) => `<p>${t}</p>`).join('')}</article></body></html>`;

describe('the detector reads a script from the share of its characters', () => {
  it.each([
    ['ja', '東京都は今日、新しい計画を発表しました。これは市民のための重要な取り組みです。'],
    ['zh', '北京市政府今天宣布了一项新的城市发展计划，旨在改善居民的生活质量和交通状况。'],
    ['ko', '서울시는 오늘 시민들의 삶의 질을 높이기 위한 새로운 도시 계획을 발표했습니다.'],
    ['th', 'รัฐบาลประกาศแผนพัฒนาเมืองใหม่ในวันนี้เพื่อปรับปรุงคุณภาพชีวิตของประชาชน'],
    ['he', 'הממשלה הודיעה היום על תוכנית חדשה לפיתוח העיר ולשיפור איכות החיים של התושבים'],
    ['ar', 'أعلنت الحكومة اليوم عن خطة جديدة لتطوير المدينة وتحسين نوعية حياة السكان'],
    ['el', 'Η κυβέρνηση ανακοίνωσε σήμερα ένα νέο σχέδιο για την ανάπτυξη της πόλης'],
    ['hi', 'सरकार ने आज शहर के विकास और नागरिकों के जीवन की गुणवत्ता सुधारने की नई योजना की घोषणा की'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('a Chinese-script text with kana in it is Japanese; a few foreign characters in Latin text decide nothing', () => {
    expect(detectLanguage('日本政府発表新経済対策総額約兆円規模国内消費押上目的政策実施予定の')).toBe('ja');
    expect(detectLanguage(`${SAMPLES.id!} 東京 서울`)).toBe('id');
  });
});

describe('the detector knows the languages it has words for', () => {
  it.each(['da', 'nb', 'sk', 'ro', 'fi', 'hu', 'id'])('%s text without a tag reads as %s', (lang) => {
    expect(Object.keys(STOPWORDS)).toContain(lang);
    expect(detectLanguage(SAMPLES[lang]!)).toBe(lang);
  });
});

describe('language tags', () => {
  it('withdrawn codes that pages still declare read as today\'s ("in-ID" is Indonesian, "iw" Hebrew)', () => {
    expect(normalizeLangTag('in-ID')).toBe('id-ID');
    expect(normalizeLangTag('iw')).toBe('he');
    expect(normalizeLangTag('en_us')).toBe('en-US');
  });
});

describe.each(DOMS)('the page\'s language on %s', (dom) => {
  it.each(['da', 'nb', 'sk', 'ro', 'fi', 'hu'])('a %s story tagged as such keeps its tag', async (lang) => {
    expect(expectArticle(await analyzeHtml(page(lang, SAMPLES[lang]!), 'https://news.example/a', dom)).lang).toBe(lang);
  });

  it('close kin keep the page\'s tag: Danish text tagged "nb", Slovak text tagged "cs"', async () => {
    expect(expectArticle(await analyzeHtml(page('nb', SAMPLES.da!), 'https://news.example/a', dom)).lang).toBe('nb');
    expect(expectArticle(await analyzeHtml(page('cs', SAMPLES.sk!), 'https://news.example/a', dom)).lang).toBe('cs');
  });

  it('a language the detector has no words for keeps its tag (Bulgarian is not Russian)', async () => {
    expect(expectArticle(await analyzeHtml(page('bg', SAMPLES.bg!), 'https://news.example/a', dom)).lang).toBe('bg');
  });

  it('a template\'s lang="en" on an Indonesian story gives way to the text', async () => {
    expect(expectArticle(await analyzeHtml(page('en', SAMPLES.id!), 'https://news.example/a', dom)).lang).toBe('id');
  });
});
