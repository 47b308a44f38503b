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

/**
 * The date a site writes into the story's address ("/2016/12/15/amazon-alexa", "/news/2012-06/04/content_…"):
 * the very last resort, a date without a time.
 */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/u.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
