/**
 * Spellings that sites mix for one word meet in `lettersOnly`, so one table entry covers them all
 * (core/rules/spelling-folds.ts): Arabic hamza seats, tanween and tatweel, Persian and Arabic yeh and kaf,
 * Devanagari nukta and chandrabindu. Vowel signs stay with their letters, so a Hindi or Bengali word stays one word.
 */
import { describe, expect, it } from 'vitest';
import { lettersOnly } from '../../../core/clean/text';
import { analyzeHtml, articlePage, expectArticle } from '../../helpers/pages';

describe('lettersOnly folds the spellings sites mix', () => {
  it.each([
    ['Arabic hamza on alef and tanween', 'إقرأ أيضاً:', 'اقرأ أيضا'],
    ['Arabic tatweel stretching a label', 'اقـــرأ أيضـاً', 'اقرأ أيضا'],
    ['Arabic alef maqsura and teh marbuta', 'الأكثر قراءه', 'الأكثر قراءة'],
    ['Persian yeh and keheh typed on an Arabic keyboard', 'كپي لينك', 'کپی لینک'],
    ['Persian zero-width non-joiner and a space', 'برچسب\u200cها', 'برچسب ها'],
    ['Devanagari nukta written or dropped', 'सबसे ज़्यादा पढ़ी गई', 'सबसे ज्यादा पढ़ी गई'],
    ['Devanagari precomposed nukta letter', 'ताज\u093c\u093e खबरें', 'ता\u095bा खबरें'],
    ['Devanagari chandrabindu for anusvara', 'टिप्पणियाँ', 'टिप्पणियां'],
    ['a decomposed Latin accent', 'Cafe\u0301 crème', 'café crème'],
  ])('%s', (_, printed, entry) => {
    expect(lettersOnly(printed)).toBe(lettersOnly(entry));
  });

  it('keeps vowel signs with their letters: a Hindi, Bengali or Thai phrase keeps its words', () => {
    expect(lettersOnly('यह भी पढ़ें:')).toBe('यह भी पढ़ें'.normalize('NFC').replace('\u093c', ''));
    expect(lettersOnly('আরও পড়ুন |').split(' ')).toHaveLength(2);
    expect(lettersOnly('อ่านเพิ่มเติม:')).toBe('อ่านเพิ่มเติม');
  });

  it('drops emoji variation selectors and keycaps, which are marks too, and a mark with no letter before it', () => {
    expect(lettersOnly('▶️ Baca juga:')).toBe('baca juga');
    expect(lettersOnly('➡️Read more')).toBe('read more');
    expect(lettersOnly('1️⃣ Lesen Sie auch')).toBe('1 lesen sie auch');
    expect(lettersOnly('\u0301 Read more')).toBe('read more');
  });

  it('leaves different words apart', () => {
    expect(lettersOnly('اقرأ أيضا')).not.toBe(lettersOnly('اقرأ المزيد'));
    expect(lettersOnly('टैग')).not.toBe(lettersOnly('टिग'));
  });
});

const STORY = 'Paragraph 1 of the story';

// A lead-in that is also a section heading ("اقرأ أيضا") may be taken out by either rule.
describe('a table entry removes the clutter in every spelling', () => {
  it.each([
    ['ar', '<p><strong>إقرأ أيضاً:</strong> <a href="/news/1">الحكومة تعلن موازنة العام الجديد</a></p>', ['promo', 'related']],
    ['ar', '<div>اقـرأ أيضـاً | <a href="/news/2">افتتاح خط مترو جديد في القاهرة</a></div>', ['promo', 'related']],
    ['fa', '<p><a href="/news/3">بيشتر بخوانيد: دولت بودجه سال جديد را اعلام كرد</a></p>', ['promo', 'related']],
    ['hi', '<section><h2>ताजा ख़बरें</h2><ul><li><a href="/news/4">सरकार ने नए बजट का ऐलान किया</a></li><li><a href="/news/5">दिल्ली में नई मेट्रो लाइन शुरू</a></li></ul></section>', ['related']],
    ['hi', '<section><h3>टिप्पणियाँ</h3><p><a href="/login">लॉग इन करें</a></p></section>', ['comments']],
  ])('%s %s', async (lang, html, kinds) => {
    const a = expectArticle(await analyzeHtml(articlePage(html, { lang }), 'https://news.example/story'));
    expect(a.text).toContain(STORY);
    const clutter = html.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ').trim();
    expect(a.text).not.toContain(clutter.split(' ').at(-1));
    expect(a.removed.some((r) => kinds.includes(r.kind)), JSON.stringify(a.removed)).toBe(true);
  });
});
