/**
 * Bench worker (a forked child): for each job, parse the page ONCE with
 * happy-dom, run our pipeline and raw Readability on that same DOM, send both
 * predictions back over IPC.
 */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../core/analyze';
import { parseHtml } from '../../core/node/dom';
import { htmlKey, readJobHtml, type Job, type JobResult, type Prediction } from './jobs';

const empty = (error: string): Prediction => ({ text: '', title: null, byline: null, siteName: null, publishedTime: null, error });

async function run(job: Job): Promise<JobResult> {
  const html = readJobHtml(job);
  const hash = htmlKey(html, job.url);
  let t = performance.now();
  const page = await parseHtml(html, job.url, 'happy-dom');
  const msParse = performance.now() - t;
  let ours: Prediction;
  let raw: Prediction;
  t = performance.now();
  try {
    const a = analyze(page.document, job.url, { window: page.window as unknown as Window });
    ours = a.ok
      ? {
          text: a.text,
          title: a.title || null,
          byline: a.attribution.author,
          siteName: a.attribution.siteName,
          publishedTime: a.attribution.publishedTime,
          attribution: {
            siteName: a.attribution.siteName,
            author: a.attribution.author,
            editor: a.attribution.editor,
            source: a.attribution.source,
            publishedTime: a.attribution.publishedTime,
          },
        }
      : empty(a.error.code);
  } catch (e) {
    ours = empty(`threw: ${(e as Error)?.message ?? String(e)}`);
  }
  const msOurs = performance.now() - t;
  t = performance.now();
  try {
    // Readability mutates its document: give it a copy of the same parsed DOM.
    const r = new Readability(page.document.cloneNode(true) as Document).parse();
    raw = r
      ? {
          text: r.textContent ?? '',
          title: r.title ?? null,
          byline: r.byline ?? null,
          siteName: r.siteName ?? null,
          publishedTime: r.publishedTime ?? null,
          attribution: { siteName: r.siteName ?? null, author: r.byline ?? null, editor: null, source: null, publishedTime: r.publishedTime ?? null },
        }
      : empty('no article');
  } catch (e) {
    raw = empty(`threw: ${(e as Error)?.message ?? String(e)}`);
  }
  const msRaw = performance.now() - t;
  page.close();
  return { key: job.key, hash, ours, raw, msOurs, msRaw, msParse };
}

process.on('message', (msg: { jobs: Job[] }) => {
  void (async () => {
    for (const job of msg.jobs) {
      let result: JobResult | { key: string; fatal: string };
      try {
        result = await run(job);
      } catch (e) {
        result = { key: job.key, fatal: (e as Error)?.stack ?? String(e) };
      }
      process.send!(result);
    }
    process.send!({ done: true });
  })();
});
