/**
 * Page-derived markup reaches the DOM only through core's sanitizer, so the
 * extension's UI code must not contain a raw-HTML sink.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|srcdoc)\b/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|html)$/u.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('no raw HTML in the extension UI', () => {
  it.each(['entrypoints', 'components'])('%s/ has no innerHTML-like sink', (dir) => {
    const files = sourceFiles(join(ROOT, dir));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => SINKS.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
