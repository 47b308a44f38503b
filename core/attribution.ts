/**
 * Who wrote, edited and first ran a story, when, and where it lives: from
 * JSON-LD, meta tags, visible credit lines and the dateline, in that order of
 * trust. An editor, a date or a section name is never taken for the author.
 */
import { agencyName } from './agencies';
import type { Credit } from './clean/rules';
import { countWords, squash } from './clean/text';
import type { Dateline } from './dateline';
import { parseVisibleDate, toIsoDate, visibleZoneOffset } from './dates';
import { meta, namesOf, own, stringOf } from './structured-data';
import type { Attribution } from './types';

export interface AttributionInput {
  doc: Document;
  /** The page's Article JSON-LD, read before Readability strips scripts. */
  jsonLd: Record<string, unknown> | null;
  url: string;
  credits: Credit[];
  dateline: Dateline | null;
  readabilityByline: string | null;
  readabilitySiteName: string | null;
  readabilityPublishedTime: string | null;
  /** Texts of visible date lines removed from the article. */
  visibleDates: string[];
}

const NOT_A_NAME = /^(?:editor|redaktur|penyunting|sumber|source|admin|administrator|redaksi|tim redaksi|staff|newsroom|desk|unknown|anonymous)\b/iu;

function cleanName(raw: string): string | null {
  const name = squash(raw).replace(/^(?:by|oleh|von|par|por|penulis|reporter|pewarta)\s*[:：]?\s+/iu, '').replace(/[|,;]+$/u, '').trim();
  if (!name || name.length > 80 || /^https?:/iu.test(name) || /@/u.test(name)) return null;
  if (NOT_A_NAME.test(name) || parseVisibleDate(name) || /\d{3,}/u.test(name)) return null;
  if (countWords(name) > 8) return null;
  return name;
}

function uniqueNames(names: string[], exclude: (string | null)[]): string[] {
  const seen = new Set(exclude.filter(Boolean).map((n) => n!.toLowerCase()));
  const out: string[] = [];
  for (const raw of names) {
    for (const part of raw.split(/\s*(?:,|;|\band\b|\bdan\b|&)\s*/u)) {
      const name = cleanName(part);
      if (name && !seen.has(name.toLowerCase())) {
        seen.add(name.toLowerCase());
        out.push(name);
      }
    }
  }
  return out;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|igshid|_ga|page|amp)$/iu;

function withoutTracking(url: string): string | null {
  try {
    const u = new URL(url);
    for (const key of Array.from(u.searchParams.keys())) if (TRACKING.test(key)) u.searchParams.delete(key);
    u.hash = '';
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function sourceFrom(value: string): string {
  return agencyName(value) ?? value;
}

export function buildAttribution(input: AttributionInput): Attribution {
  const { doc, url, credits } = input;
  const ld = input.jsonLd;
  const publisher = own(ld, 'publisher');

  const siteName = squash(
    meta(doc, 'og:site_name', 'application-name') ?? namesOf(publisher)[0] ?? input.readabilitySiteName ?? '',
  ) || hostName(url);

  const creditOf = (field: Credit['field']) => credits.filter((c) => c.field === field).map((c) => c.value);
  // One story has one or a few credit lines; a crowd of "By …" lines belongs to teasers of other stories.
  const authorCredits = new Set(creditOf('author').map((n) => n.toLowerCase())).size <= 3 ? creditOf('author') : [];

  const editors = uniqueNames([...namesOf(own(ld, 'editor')), ...creditOf('editor')], []);
  const editor = editors[0] ?? null;

  const ldAuthors = namesOf(own(ld, 'author')).filter((n) => n.toLowerCase() !== siteName?.toLowerCase());
  const metaAuthor = meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  const relAuthor = doc.querySelector('a[rel~="author"], [itemprop="author"] [itemprop="name"]')?.textContent ?? null;
  const candidates = [
    ...ldAuthors,
    ...(metaAuthor && !/^https?:/iu.test(metaAuthor) ? [metaAuthor] : []),
    ...authorCredits,
    ...(relAuthor ? [relAuthor] : []),
    ...(input.readabilityByline ? [input.readabilityByline] : []),
  ];
  // First trustworthy group wins: structured data, else credits, else byline.
  const authors = uniqueNames(ldAuthors.length ? ldAuthors : candidates, [editor, siteName]).slice(0, 10);

  const ldSource = [
    ...namesOf(own(ld, 'sourceOrganization')),
    ...namesOf(own(own(ld, 'isBasedOn'), 'publisher')),
    ...namesOf(own(ld, 'isBasedOn')).filter((n) => !/^https?:/iu.test(n)),
  ];
  const creditSource = creditOf('source')[0];
  const source = creditSource
    ? sourceFrom(creditSource)
    : input.dateline?.agency ?? (ldSource[0] ? sourceFrom(ldSource[0]) : null);

  const zone = input.visibleDates.map(visibleZoneOffset).find(Boolean) ?? null;
  const published =
    toIsoDate(stringOf(own(ld, 'datePublished')), zone) ??
    toIsoDate(meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'parsely-pub-date', 'og:article:published_time'), zone) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime'), zone) ??
    toIsoDate(input.readabilityPublishedTime, zone) ??
    input.visibleDates.map((d) => parseVisibleDate(d)).find(Boolean) ??
    null;
  const modified =
    toIsoDate(stringOf(own(ld, 'dateModified')), zone) ??
    toIsoDate(meta(doc, 'article:modified_time', 'dateModified', 'og:updated_time', 'last-modified'), zone);

  const canonicalUrl =
    absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    absolute(meta(doc, 'og:url'), url) ??
    absolute(stringOf(own(ld, 'mainEntityOfPage')) ?? stringOf(own(own(ld, 'mainEntityOfPage'), '@id')), url) ??
    withoutTracking(url);

  return {
    siteName: siteName || null,
    author: authors.length ? authors.join(', ') : null,
    authors,
    editor,
    source,
    publishedTime: published,
    modifiedTime: modified ?? null,
    canonicalUrl,
  };
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return '';
  }
}
