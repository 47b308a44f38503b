// Baseline extractor module for the shared scorers: raw @mozilla/readability
// 0.6.0 on the same happy-dom tree our pipeline gets (core/node/dom.ts).
// byline → author; siteName, publishedTime as Readability reports them; no
// editor, no source, no quotes; summary = the first three sentences (lead-3).
// Load it under tsx (`node --import tsx …`).
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../core/node/dom.ts';

export function lead3(text) {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/[^.!?。！？]+(?:[.!?。！？]+["'”’»」]?|$)/gu) ?? [];
  return sentences.map((s) => s.trim()).filter(Boolean).slice(0, 3);
}

export default async function extract(html, url) {
  const page = await parseHtml(html, url, 'happy-dom');
  try {
    const r = new Readability(page.document.cloneNode(true)).parse();
    if (!r) return { text: '', title: null, byline: null, siteName: null, publishedTime: null, attribution: {}, quotes: [], summary: [] };
    const text = (r.textContent ?? '').trim();
    return {
      text,
      title: r.title ?? null,
      byline: r.byline ?? null,
      siteName: r.siteName ?? null,
      publishedTime: r.publishedTime ?? null,
      attribution: { siteName: r.siteName ?? null, author: r.byline ?? null, editor: null, source: null, publishedTime: r.publishedTime ?? null },
      quotes: [],
      summary: lead3(text),
    };
  } finally {
    page.close();
  }
}
export const extractArticle = extract;
