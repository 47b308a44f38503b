/**
 * Page-derived markup becomes HTML or DOM in one module only, core/sanitize.ts
 * (DOMPurify with the article allow-list). Any raw-HTML sink anywhere else in
 * the shipped code (core, entrypoints, components) fails the test run, so a
 * new feature can't quietly bypass the sanitizer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const THE_SANITIZER = 'core/sanitize.ts';
const SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write(?:ln)?|dangerouslySetInnerHTML|createContextualFragment|srcdoc|setHTMLUnsafe|parseHTMLUnsafe)\b/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|html|js|mjs)$/u.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** The files that contain a sink, with the first offending line, for a message a developer can act on. */
function sinkOffenders(files: string[]): string[] {
  return files.flatMap((file) => {
    const line = readFileSync(join(ROOT, file), 'utf8').split('\n').findIndex((text) => SINKS.test(text));
    return line < 0 ? [] : [`${file}:${line + 1}`];
  });
}

describe('raw-HTML sinks live only in the sanitizer', () => {
  it.each(['core', 'entrypoints', 'components'])('%s/ has none outside core/sanitize.ts', (dir) => {
    const files = sourceFiles(dir).filter((file) => file !== THE_SANITIZER);
    expect(files.length).toBeGreaterThan(0);
    expect(sinkOffenders(files)).toEqual([]);
  });

  it('the sanitizer itself is where the one sink is (the check looks at the right files)', () => {
    expect(sinkOffenders([THE_SANITIZER])).toHaveLength(1);
  });
});
