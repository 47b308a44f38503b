/**
 * Captions and photo credits: shown under their picture in the reader, but
 * not part of the story's plain text (summary, quotes, word count, export as
 * text), which the benchmarks' ground truths agree with. Nothing is removed
 * from the HTML, so nothing is listed in `removed`.
 *
 * Readability strips class names, so caption-classed elements are marked with
 * an attribute before it runs; the mark is dropped again before sanitizing.
 */
import { CAPTION_LABELS } from '../rules/caption-labels';
import { byClassAndId } from './class-memo';
import { countWords, textOf } from './text';

export const CAPTION_MARK = 'data-jernih-caption';

const CAPTION_TOKENS = new Set(['caption', 'captions', 'figcaption', 'credit', 'credits', 'photocredit', 'imagecredit', 'wp-caption-text']);
// Matched against the text as printed, so the labels stay as written (not folded: `lettersOnly` would turn a Persian "عکس" into the Arabic "عكس").
const LABELS = Array.from(new Set(Object.values(CAPTION_LABELS).flat().map((l) => l.toLowerCase()))).sort((a, b) => b.length - a.length);
/**
 * "(Image: GETTY)", "Photo: David Zalubowski / AP", "Image copyright Reuters", "Foto: ANTARA/Aprillio", and an
 * abbreviated label with its full stop: "Fot. Lukasz Nowaczyk / Agencja Gazeta".
 */
const LABELLED = new RegExp(`^\\(?\\s*(?:${LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?:\\s*(?:[:：]|copyright\\b|caption\\b|by\\b|©)|\\.\\s+\\p{Lu})`, 'iu');

function hasCaptionTokenIn(classAndId: string): boolean {
  // camelCase names split too: `newsCaption` → news, caption.
  const raw = classAndId.replace(/([a-z])([A-Z])/gu, '$1-$2').toLowerCase();
  for (const name of raw.split(/\s+/u)) {
    if (!name) continue;
    if (CAPTION_TOKENS.has(name)) return true;
    for (const part of name.split(/[-_]+|__/u)) if (CAPTION_TOKENS.has(part)) return true;
  }
  return false;
}

const hasCaptionToken = byClassAndId(hasCaptionTokenIn);

/** Before Readability: mark caption-classed elements (a short text of their own, no paragraphs inside). */
export function markCaptions(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!hasCaptionToken(el) || el.querySelector('p p, article, h1, h2') || countWords(textOf(el)) > 80) continue;
    el.setAttribute(CAPTION_MARK, '');
  }
}

export function unmarkCaptions(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(`[${CAPTION_MARK}]`))) el.removeAttribute(CAPTION_MARK);
}

const MEDIA = 'img, picture, video, iframe, svg';
/**
 * "© Bundesrat | Frank Bräuer", "©iStock": a photo credit on a line of its own. "© 2020 …" with a year is the
 * site's copyright line (see edges.ts), and a sentence after the sign ("© Provided by X Nintendo and Apple shocked …")
 * is story text.
 */
const BARE_CREDIT = /^©\s*(?!\d{4})\S/u;
const MAX_BARE_CREDIT_CHARS = 80;
const MAX_BARE_CREDIT_WORDS = 8;
const isBareCredit = (text: string): boolean =>
  text.length <= MAX_BARE_CREDIT_CHARS && BARE_CREDIT.test(text) && countWords(text) <= MAX_BARE_CREDIT_WORDS && !/[.!?…]$/u.test(text);

/** True for an element whose text is a caption or a photo credit, not story text. */
export function isCaption(el: Element): boolean {
  const name = el.localName;
  if (name === 'figcaption' || el.hasAttribute(CAPTION_MARK)) return true;
  // A figure's text beside its picture is the caption, whatever the markup (a table or a quote in a figure is content).
  if (name === 'figure') return el.querySelector(MEDIA) !== null && !el.querySelector('table, pre, blockquote, ul, ol') && countWords(textOf(el)) <= 80;
  if (name === 'p' || name === 'div' || name === 'span' || name === 'small') {
    const text = textOf(el);
    return (text.length <= 200 && LABELLED.test(text)) || isBareCredit(text);
  }
  // A gallery sets caption and credit as emphasis side by side: "<em>The minister speaks</em><em>© dpa | Jane Doe</em>".
  if (name === 'em' || name === 'i') return isBareCredit(textOf(el));
  return false;
}
