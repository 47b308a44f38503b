/**
 * The headline without the site's name: "Title | Blister", "Title - Pastebin.com",
 * "Title：朝日新聞デジタル" and "Site - Title" lose the site part. Structured
 * titles (og:title, JSON-LD headline) are preferred when the page title holds them.
 */
import { lettersOnly, squash } from './clean/text';

const SEPARATOR = /\s+[|\-–—·•:»]\s+|\s*[｜：]\s*|\s+[|]\s*/u;

function key(s: string): string {
  return lettersOnly(s).replace(/\s+/gu, '');
}

function isSite(part: string, siteKeys: string[]): boolean {
  const k = key(part);
  return k.length > 0 && siteKeys.some((s) => s.length > 2 && (k === s || k.includes(s) || s.includes(k)));
}

export interface TitleInput {
  documentTitle: string;
  readabilityTitle: string | null;
  structured: (string | null)[];
  siteNames: (string | null)[];
}

export function cleanTitle({ documentTitle, readabilityTitle, structured, siteNames }: TitleInput): string {
  const siteKeys = siteNames.filter(Boolean).map((s) => key(s!)).filter(Boolean);
  const docTitle = squash(documentTitle);
  // A structured title that the page title contains is the clean headline.
  for (const s of structured) {
    const t = squash(s ?? '');
    if (t && countParts(t) <= countParts(docTitle) && (docTitle.includes(t) || !docTitle)) return stripSite(t, siteKeys);
  }
  const stripped = stripSite(docTitle, siteKeys);
  if (stripped !== docTitle) return stripped;
  return stripSite(readabilityCut(docTitle, squash(readabilityTitle ?? '')) || docTitle || squash(structured.find(Boolean) ?? ''), siteKeys);
}

/**
 * Readability's title, only where it is the page title cut at a spaced
 * separator ("Title - Unknown Site" → "Title"): its heuristic also splits at
 * hyphens inside words ("Covid-19 - …" → "19 - …").
 */
function readabilityCut(docTitle: string, readability: string): string {
  if (!readability || readability === docTitle) return readability;
  const rest = docTitle.startsWith(readability) ? docTitle.slice(readability.length) : docTitle.endsWith(readability) ? docTitle.slice(0, -readability.length) : null;
  return rest !== null && /^\s+[|\-–—·•:»/]\s+|\s+[|\-–—·•:»/]\s+$/u.test(rest) && countParts(readability) >= 1 ? readability : '';
}

function countParts(t: string): number {
  return t.split(SEPARATOR).length;
}

/** Drops a leading or trailing part that names the site; never leaves less than a few words. */
function stripSite(title: string, siteKeys: string[]): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2 || !siteKeys.length) return title;
  const last = parts.at(-1)!;
  const first = parts[0]!;
  if (isSite(last, siteKeys)) return stripSite(title.slice(0, title.lastIndexOf(last)).replace(/[\s|\-–—·•:»｜：]+$/u, ''), siteKeys) || title;
  if (isSite(first, siteKeys)) return title.slice(first.length).replace(/^[\s|\-–—·•:»｜：]+/u, '') || title;
  return title;
}
