import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../core';
import type { Analysis, AnalysisOk } from '../../core/types';
import { parseHtml, type DomName } from '../../core/node/dom';

export const DOMS: DomName[] = ['happy-dom', 'jsdom'];

export function fixturePath(rel: string): string {
  return fileURLToPath(new URL(`../fixtures/${rel}`, import.meta.url));
}

export function readFixture(rel: string): string {
  return readFileSync(fixturePath(rel), 'utf8');
}

export interface ReferenceCase {
  url: string;
  lang: string;
  title: string;
  keep: string[];
  drop: string[];
  attribution: Record<string, string | null>;
  quotes: { text: string; speaker: string }[];
  notQuotes: string[];
}

export function referenceCase(name: string): { html: string; expected: ReferenceCase } {
  return {
    html: readFixture(`cases/${name}/page.html`),
    expected: JSON.parse(readFixture(`cases/${name}/expected.json`)) as ReferenceCase,
  };
}

export async function analyzeHtml(html: string, url = 'https://news.example/a/1', dom: DomName = 'happy-dom'): Promise<Analysis> {
  const page = await parseHtml(html, url, dom);
  try {
    return analyze(page.document, url, { window: page.window as unknown as Window });
  } finally {
    page.close();
  }
}

export function expectArticle(result: Analysis): AnalysisOk {
  if (!result.ok) throw new Error(`expected an article, got ${result.error.code}: ${result.error.message}`);
  return result;
}

/** A page of real-looking prose around `inner`, long enough for Readability to call it an article. */
export function articlePage(inner: string, { lang = 'en', title = 'A test story' } = {}): string {
  const prose = Array.from({ length: 6 }, (_, i) =>
    `<p>Paragraph ${i + 1} of the story carries enough ordinary words, with commas, clauses and a full stop, that any reader would call it prose and keep it in the article body.</p>`);
  const body = [...prose.slice(0, 3), inner, ...prose.slice(3)].join('\n');
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><main><article><h1>${title}</h1>${body}</article></main></body></html>`;
}
