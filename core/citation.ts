/** A citation to copy: plain text for people, and APA 7 for papers. Built only from attribution we found. */
import type { Attribution, Citation } from './types';

function dateParts(iso: string | null): { y: string; m: number; d: number } | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso) : null;
  return m ? { y: m[1]!, m: Number(m[2]), d: Number(m[3]) } : null;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Vladimir Putin" → "Putin, V."; a single word (an outlet) stays as it is. */
function apaName(name: string): string {
  const parts = name.trim().split(/\s+/u);
  if (parts.length < 2) return name.trim();
  const last = parts.pop()!;
  return `${last}, ${parts.map((p) => `${p[0]!.toUpperCase()}.`).join(' ')}`;
}

function apaAuthors(names: string[]): string {
  const formatted = names.map(apaName);
  if (formatted.length <= 1) return formatted[0] ?? '';
  return `${formatted.slice(0, -1).join(', ')}, & ${formatted.at(-1)}`;
}

export function buildCitation(title: string, attribution: Attribution, url: string): Citation {
  const link = attribution.canonicalUrl ?? url;
  const site = attribution.siteName ?? '';
  const date = dateParts(attribution.publishedTime);
  const who = attribution.authors.length ? attribution.authors.join(', ') : site;
  const when = date ? `${date.d} ${EN_MONTHS[date.m - 1]} ${date.y}` : 'n.d.';
  const source = attribution.source && attribution.source !== site ? ` (source: ${attribution.source})` : '';
  const plain = [who && `${who}.`, `"${title}".`, site && site !== who ? `${site},` : '', `${when}${source}.`, link].filter(Boolean).join(' ');

  const apaWho = attribution.authors.length ? apaAuthors(attribution.authors) : site;
  const apaDate = date ? `(${date.y}, ${EN_MONTHS[date.m - 1]} ${date.d})` : '(n.d.)';
  const apaSite = site && site !== apaWho ? ` ${site}.` : '';
  const apa = apaWho ? `${apaWho}. ${apaDate}. ${title}.${apaSite} ${link}` : `${title}. ${apaDate}.${apaSite} ${link}`;
  return { plain: plain.replace(/\s+/gu, ' ').trim(), apa: apa.replace(/\s+/gu, ' ').trim() };
}
