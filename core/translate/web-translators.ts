/**
 * Web translators a reader can send a text to, by clicking, as data: each
 * opens in a new tab with the text in its address. Only ever used on an
 * explicit click; the URL is built here from our own templates, never from
 * anything a page supplied but the text itself.
 */
import { libreTranslateCode } from './language-codes';

export interface WebTranslator {
  id: string;
  name: string;
  /** The host the text is sent to, said plainly on the options page. */
  host: string;
  /** Longest text the site takes in its address; longer texts are cut at a sentence or word. */
  maxChars: number;
  url(text: string, source: string | null, target: string): string;
}

export const WEB_TRANSLATORS: readonly WebTranslator[] = [
  {
    id: 'google',
    name: 'Google Translate',
    host: 'translate.google.com',
    maxChars: 5000,
    url: (text, source, target) =>
      `https://translate.google.com/?${new URLSearchParams({ sl: source ? libreTranslateCode(source).replace('zh-Hans', 'zh-CN').replace('zh-Hant', 'zh-TW') : 'auto', tl: libreTranslateCode(target).replace('zh-Hans', 'zh-CN').replace('zh-Hant', 'zh-TW'), text, op: 'translate' })}`,
  },
  {
    id: 'bing',
    name: 'Microsoft Translator (Bing)',
    host: 'www.bing.com',
    maxChars: 1000,
    url: (text, source, target) =>
      `https://www.bing.com/translator?${new URLSearchParams({ from: source ? libreTranslateCode(source) : 'auto-detect', to: libreTranslateCode(target), text })}`,
  },
  {
    id: 'deepl',
    name: 'DeepL',
    host: 'www.deepl.com',
    maxChars: 1500,
    url: (text, source, target) =>
      `https://www.deepl.com/translator#${source ? libreTranslateCode(source).split('-')[0] : 'auto'}/${libreTranslateCode(target).split('-')[0]}/${encodeURIComponent(text.replace(/\//gu, '\\/'))}`,
  },
];

export const DEFAULT_WEB_TRANSLATOR = 'google';

export function webTranslatorById(id: string): WebTranslator {
  return WEB_TRANSLATORS.find((w) => w.id === id) ?? WEB_TRANSLATORS[0]!;
}

/** The text cut to `max` characters at the last sentence end or space before it. */
export function clipForUrl(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const head = trimmed.slice(0, max);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '), head.lastIndexOf('\n'));
  if (sentence > max / 2) return head.slice(0, sentence + 1).trim();
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trim();
}

export function webTranslatorUrl(id: string, text: string, source: string | null, target: string): string {
  const site = webTranslatorById(id);
  return site.url(clipForUrl(text, site.maxChars), source, target);
}
