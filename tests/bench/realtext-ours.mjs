// Extractor module for the shared scorers (eval-realtext.mjs, eval-metadata.mjs):
// our pipeline, `analyze()` from core/, on a happy-dom tree built by core/node.
// Load it under tsx (`node --import tsx …`) so the TypeScript core can be imported.
import { analyzeHtml } from '../../core/node/analyze-html.ts';

export default async function extract(html, url) {
  const r = await analyzeHtml(html, url, 'happy-dom');
  if (!r.ok) return { text: '', title: null, byline: null, siteName: null, publishedTime: null, attribution: {}, quotes: [], summary: [], error: r.error.code };
  const a = r.attribution;
  return {
    text: r.text,
    title: r.title,
    // The popup shows attribution.author; Readability's raw byline is only a fallback input to it.
    byline: a.author,
    siteName: a.siteName,
    publishedTime: a.publishedTime,
    attribution: { siteName: a.siteName, author: a.author, editor: a.editor, source: a.source, publishedTime: a.publishedTime },
    quotes: (r.quotes ?? []).map((q) => ({ text: q.text, speaker: q.speaker })),
    summary: r.summary ?? [],
  };
}
export const extractArticle = extract;
