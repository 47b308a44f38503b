/**
 * bench:perf, part 4 — every bundle of the production builds (Chrome MV3 and Firefox), raw and gzipped, and the
 * store zips. Reads what `npm run build`, `npm run build:firefox` and `npm run zip` left in .output/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../helpers/browser';

const OUTPUT = join(ROOT, '.output');

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface SizesResult {
  chrome: FileSize[];
  firefox: FileSize[];
  zips: { file: string; bytes: number }[];
  toggleBytes: number | null;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

function bundles(buildDir: string): FileSize[] {
  const dir = join(OUTPUT, buildDir);
  if (!existsSync(dir)) return [];
  return walk(dir)
    .filter((f) => /\.(js|css|html)$/u.test(f))
    .map((f) => ({ file: relative(dir, f), bytes: statSync(f).size, gzip: gzipSync(readFileSync(f)).length }))
    .sort((a, b) => b.bytes - a.bytes);
}

export function measureSizes(): SizesResult {
  const toggle = join(OUTPUT, 'chrome-mv3/toggle.js');
  const zips = existsSync(OUTPUT)
    ? readdirSync(OUTPUT).filter((f) => f.endsWith('.zip')).sort().map((f) => ({ file: f, bytes: statSync(join(OUTPUT, f)).size }))
    : [];
  return { chrome: bundles('chrome-mv3'), firefox: bundles('firefox-mv2'), zips, toggleBytes: existsSync(toggle) ? statSync(toggle).size : null };
}
