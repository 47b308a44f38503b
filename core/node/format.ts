/** Rendering an Analysis for people: Markdown or plain text (JSON needs no help). */
import type { AnalysisOk, RemovedItem } from '../types';

function day(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^\d{4}-\d{2}-\d{2}/u.exec(iso);
  return m ? m[0] : iso;
}

/** The attribution as short labelled parts: site, author, editor, source, date. */
function sourceParts(a: AnalysisOk): string[] {
  const at = a.attribution;
  const parts: string[] = [];
  if (at.siteName) parts.push(at.siteName);
  if (at.author) parts.push(`By ${at.author}`);
  if (at.editor) parts.push(`Editor: ${at.editor}`);
  if (at.source) parts.push(`Source: ${at.source}`);
  const published = day(at.publishedTime);
  if (published) parts.push(published);
  return parts;
}

function removedSummary(removed: RemovedItem[]): string {
  const n = removed.length;
  if (n === 0) return 'Removed nothing.';
  const byKind = new Map<string, number>();
  for (const r of removed) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  const kinds = [...byKind].sort((x, y) => y[1] - x[1]).map(([k, c]) => `${c} ${k}`).join(', ');
  return `Removed ${n} ${n === 1 ? 'item' : 'items'}: ${kinds}.`;
}

/** Escape what would turn a plain paragraph into Markdown structure or markup. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|])/gu, '\\$1')
    .replace(/^(\s*)([#>+-]|=+$|\d+[.)])(?=\s|$)/gmu, '$1\\$2');
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
}

export function toMarkdown(a: AnalysisOk): string {
  const out: string[] = [`# ${escapeMarkdown(a.title || a.url)}`];
  const parts = sourceParts(a).map(escapeMarkdown);
  const link = a.attribution.canonicalUrl ?? a.url;
  if (/^https?:/u.test(link)) parts.push(`<${link}>`);
  if (parts.length) out.push(`*${parts.join(' · ')}*`);
  for (const p of paragraphs(a.text)) out.push(p.split('\n').map(escapeMarkdown).join('  \n'));
  out.push('---', `*${removedSummary(a.removed)}*`);
  return out.join('\n\n') + '\n';
}

export function toPlainText(a: AnalysisOk): string {
  const out: string[] = [];
  if (a.title) out.push(a.title);
  const parts = sourceParts(a);
  if (parts.length) out.push(parts.join(' · '));
  out.push(...paragraphs(a.text));
  return out.join('\n\n') + '\n';
}
