/**
 * Layer boundaries, checked on the source: the core is pure (it runs in the
 * content script and in Node), UI components take data and actions, and page
 * markup becomes HTML in one module only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string, skip: (rel: string) => boolean = () => false): { rel: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/u.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((rel) => !skip(rel))
    .map((rel) => ({ rel, text: withoutComments(readFileSync(join(ROOT, rel), 'utf8')) }));
}

/** Code only: a comment may name what the code must not use. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');
}

const IMPORTS = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gmu;

function importsOf(text: string): string[] {
  return Array.from(text.matchAll(IMPORTS), (m) => m[1] ?? m[2]!);
}

const pureCore = sources('core', (rel) => rel.startsWith('core/node/'));

describe('the pure core (core/ outside core/node/)', () => {
  it('imports only itself, Readability and DOMPurify', () => {
    expect(pureCore.length).toBeGreaterThan(10);
    const foreign = pureCore.flatMap(({ rel, text }) =>
      importsOf(text).filter((m) => !m.startsWith('.') && m !== '@mozilla/readability' && m !== 'dompurify').map((m) => `${rel}: ${m}`));
    expect(foreign).toEqual([]);
  });

  it('touches no browser extension API and no Node API', () => {
    const offenders = pureCore
      .filter(({ text }) => /\b(?:browser|chrome)\.(?:runtime|tabs|storage|scripting|i18n|contextMenus|commands|action)\b|\bprocess\.|\brequire\(/u.test(text))
      .map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });

  it('turns markup into HTML or DOM only in core/sanitize.ts', () => {
    const sinks = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment)\b/u;
    const offenders = sources('core').filter(({ rel, text }) => rel !== 'core/sanitize.ts' && sinks.test(text)).map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });
});

describe('UI components', () => {
  it('take data and actions as props: no browser APIs inside', () => {
    const offenders = sources('components')
      .filter(({ text }) => /\b(?:browser|chrome)\.\w+|from\s+['"](?:wxt\/browser|webextension-polyfill|#imports)['"]/u.test(text))
      .map(({ rel }) => rel);
    expect(offenders).toEqual([]);
  });
});
