/**
 * Caption labels in scripts whose spellings `lettersOnly` folds (core/rules/spelling-folds.ts): the label is
 * matched against the caption as printed, so a Persian "عکس" or an Urdu "تصویر" (keheh, Farsi yeh) still opens
 * a caption. Each line under its picture stays in the HTML but leaves the plain text.
 */
import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage, expectArticle } from '../../helpers/pages';

describe('caption labels in Arabic-script, Hebrew, Devanagari and Bengali text', () => {
  it.each([
    ['ar', 'تصوير', 'تصوير: محمد عبد الله'],
    ['hi', 'फोटो', 'फोटो: पीटीआई'],
    ['hi', 'तस्वीर', 'तस्वीर: रॉयटर्स'],
    ['fa', 'عکس', 'عکس: ایرنا'],
    ['he', 'צילום', 'צילום: רויטרס'],
    ['bn', 'ছবি', 'ছবি: প্রথম আলো'],
    ['ur', 'تصویر', 'تصویر: اے ایف پی'],
  ])('%s “%s”', async (lang, _label, caption) => {
    const a = expectArticle(await analyzeHtml(articlePage(`<figure><img src="/a.jpg" alt=""></figure><p>${caption}</p>`, { lang }), 'https://news.example/story'));
    expect(a.text).toContain('Paragraph 1 of the story');
    expect(a.text).not.toContain(caption.split(': ')[1]);
    expect(a.html).toContain(caption);
  });
});
