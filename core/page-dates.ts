/**
 * Dates printed near the headline without machine-readable markup
 * ("<span class="date">27.01.2022</span>", "Stand 27.01.2022", "am 25.08.2015 22:30"):
 * read before cleaning, used only when JSON-LD, meta tags and <time> give none.
 */
import { spacedText } from './byline';
import { parseVisibleDate } from './dates';

/** Classes and ids that mark a date element across sites and languages (date, datum, fecha, data, tanggal, published, posted…). */
const DATE_MARK = /(?:^|[-_\s])(?:date|dates|datum|fecha|data|tanggal|time|timestamp|published|publish|pubdate|posted|post-date|postdate|dateline|meta-date|entry-date|article-date|updated|byline|author)(?:$|[-_\s])/iu;

export function pageDateTexts(doc: Document): string[] {
  const out: string[] = [];
  // Plain selectors and a test in code: case-insensitive attribute selectors are not supported by every DOM we run on.
  const els = Array.from(doc.querySelectorAll('time, [class], [id]'));
  let seen = 0;
  for (const el of els) {
    if (seen++ > 5000) break;
    const mark = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (el.localName !== 'time' && !DATE_MARK.test(mark) && !/date|datum|fecha/iu.test(mark) && !/\bauthor\b/u.test(mark)) continue;
    if (el.closest('li, aside, nav, footer, form')) continue;
    const text = spacedText(el);
    // A byline block may hold the date ("Written by X in Valve on 1 June 2019 at 08:34 PM EDT").
    if (!text || text.length > 120) continue;
    if (parseVisibleDate(text)) out.push(text);
    if (out.length >= 3) break;
  }
  return out;
}
