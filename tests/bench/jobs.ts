/** What the bench extracts: one job per distinct page (file + URL + HTML variant), and how to read its bytes like the scorers do. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../core/node/decode';

export type Reading =
  | 'gzip-utf8' // eval-extraction, benchmark layout: gunzip, UTF-8
  | 'trim-utf8' // eval-extraction, test-pages layout: UTF-8, trimmed
  | 'sniff' // eval-snippets / eval-metadata: gunzip by .gz, then BOM / UTF-8 / <meta charset> / windows-1252
  | 'sniff-restore-meta' // eval-metadata --restore-meta
  | 'utf8'; // eval-realtext

export interface Job {
  key: string;
  file: string;
  url: string;
  reading: Reading;
}

/** Same as eval-metadata.mjs's restoreMetaTags (that script runs its main on import, so it cannot be imported). */
export function restoreMetaTags(html: string): string {
  return html.replace(/<meta\b[^>]*>/giu, (tag) => {
    if (/\scontent\s*=/iu.test(tag) || !/\svalue\s*=/iu.test(tag)) return tag;
    let t = tag.replace(/(\s)value(\s*=)/iu, '$1content$2');
    const m = t.match(/\sname\s*=\s*("([^"]*)"|'([^']*)')/iu);
    if (m && !/\sproperty\s*=/iu.test(t)) t = t.replace(/^<meta\b/iu, `<meta property=${m[1]}`);
    return t;
  });
}

export function readJobHtml(job: Pick<Job, 'file' | 'reading'>): string {
  let buf: Buffer = readFileSync(job.file);
  switch (job.reading) {
    case 'gzip-utf8':
      return (job.file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
    case 'trim-utf8':
      return buf.toString('utf8').trim();
    case 'utf8':
      return buf.toString('utf8');
    case 'sniff':
    case 'sniff-restore-meta': {
      if (job.file.endsWith('.gz')) buf = gunzipSync(buf);
      const html = decodeHtml(new Uint8Array(buf));
      return job.reading === 'sniff' ? html : restoreMetaTags(html);
    }
  }
}

export const htmlKey = (html: string, url: string): string => createHash('sha1').update(url).update('\0').update(html).digest('hex');

/** What each extractor returns for one page: enough for every scorer. */
export interface Prediction {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  attribution?: { siteName: string | null; author: string | null; editor: string | null; source: string | null; publishedTime: string | null };
  error?: string;
}

export interface JobResult {
  key: string;
  hash: string;
  ours: Prediction;
  raw: Prediction;
  msOurs: number;
  msRaw: number;
  msParse: number;
}
