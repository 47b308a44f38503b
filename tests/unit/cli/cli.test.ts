import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, AnalysisOk } from '../../../core/types';
import { articlePage, fixturePath, readFixture } from '../../helpers/pages';
import { lineReader, runCli, spawnCli, spawnCliToEnd } from './run-cli';

const REF = fixturePath('cases/01-jurnal-soreang-putin/page.html');
const REF_URL = 'https://jurnalsoreang.pikiran-rakyat.com/internasional/pr-1127159203/putin-pertemuan-korea-utara-dengan-rusia-tidak-melanggar-perjanjian';
const ANALYSIS_KEYS = ['ok', 'url', 'title', 'lang', 'dir', 'byline', 'excerpt', 'html', 'text', 'wordCount', 'readingTimeMinutes', 'removed', 'attribution', 'summary', 'summaryMethod', 'quotes', 'citation'];

let dir: string;
let small: string;
let smallGz: string;
let gzNoExt: string;
let tiny: string;
let latin1: string;

function ok(a: Analysis): AnalysisOk {
  if (!a.ok) throw new Error(`expected an article, got ${a.error.code}`);
  return a;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jernih-cli-'));
  const page = articlePage('<p>The middle paragraph names Ms Example, who spoke at length about the harbour.</p>', { title: 'Harbour story' });
  small = path.join(dir, 'small.html');
  writeFileSync(small, page);
  smallGz = path.join(dir, 'small.html.gz');
  writeFileSync(smallGz, gzipSync(page));
  gzNoExt = path.join(dir, 'saved-page');
  writeFileSync(gzNoExt, gzipSync(page));
  tiny = path.join(dir, 'tiny.html');
  writeFileSync(tiny, '<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello.</p></body></html>');
  latin1 = path.join(dir, 'latin1.html');
  writeFileSync(latin1, Buffer.from(articlePage('<p>Le café de la gare a fermé ses portes après trente années de service.</p>', { lang: 'fr' }).replace('utf-8', 'iso-8859-1'), 'latin1'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli analyze --format json', () => {
  it('prints one pretty-printed Analysis object for one input and exits 0', async () => {
    const r = await runCli(['analyze', REF]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"ok": true,/u);
    const a = ok(JSON.parse(r.stdout) as Analysis);
    // The contract may grow (summary, quotes, citation…) but never lose a field.
    expect(Object.keys(a)).toEqual(expect.arrayContaining(ANALYSIS_KEYS));
    expect(a.title).toBe('Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian');
    expect(a.lang).toBe('id');
    expect(a.url).toBe(pathToFileURL(REF).href);
    // The page's own canonical link gives the attribution its URL without --url.
    expect(a.attribution.canonicalUrl).toBe(REF_URL);
    expect(a.attribution.editor).toBe('Yoga Mulyana');
    expect(a.removed.length).toBeGreaterThan(0);
    expect(a.summary.length).toBeGreaterThanOrEqual(3);
    expect(a.summaryMethod).toBe('textrank');
  });

  it('gives summaryMethod "none" and no summary when no sentence of the article can stand alone', async () => {
    // Verse: lines without a full stop are fragments, and a summary never shows a fragment.
    const verse = Array.from({ length: 8 }, (_, i) => `<p>Line ${i + 1} of the poem about the harbour, the boats, the gulls and the grey morning light on the water</p>`).join('');
    const poem = path.join(dir, 'poem.html');
    writeFileSync(poem, `<!DOCTYPE html><html lang="en"><head><title>Harbour poem</title></head><body><article><h1>Harbour poem</h1>${verse}</article></body></html>`);
    const a = ok(JSON.parse((await runCli(['analyze', poem])).stdout) as Analysis);
    expect(a.text).toContain('Line 8 of the poem');
    expect(a.summary).toEqual([]);
    expect(a.summaryMethod).toBe('none');
  });

  it('uses --url as the page URL', async () => {
    const r = await runCli(['analyze', small, '--url', 'https://news.example/harbour']);
    expect(ok(JSON.parse(r.stdout) as Analysis).url).toBe('https://news.example/harbour');
  });

  it('prints one compact JSON object per line, in input order, for several inputs', async () => {
    const r = await runCli(['analyze', small, REF, smallGz]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const titles = lines.map((l) => ok(JSON.parse(l) as Analysis).title);
    expect(titles).toEqual(['Harbour story', 'Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian', 'Harbour story']);
  });

  it('reads gzip files by extension and by magic bytes', async () => {
    for (const f of [smallGz, gzNoExt]) {
      const r = await runCli(['analyze', f]);
      expect(r.code, f).toBe(0);
      expect(ok(JSON.parse(r.stdout) as Analysis).text).toContain('Ms Example');
    }
  });

  it('decodes a page in its declared single-byte charset', async () => {
    const a = ok(JSON.parse((await runCli(['analyze', latin1])).stdout) as Analysis);
    expect(a.text).toContain('Le café de la gare a fermé');
  });

  it('works on jsdom too', async () => {
    const r = await runCli(['analyze', REF, '--dom', 'jsdom']);
    expect(r.code).toBe(0);
    expect(ok(JSON.parse(r.stdout) as Analysis).lang).toBe('id');
  });
});

describe('cli analyze --format md|text', () => {
  it('renders Markdown: title, source line, paragraphs, removed note', async () => {
    const r = await runCli(['analyze', REF, '--format', 'md']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md.startsWith('# Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian\n\n')).toBe(true);
    const source = md.split('\n\n')[1]!;
    expect(source).toContain('Jurnal Soreang');
    expect(source).toContain('Editor: Yoga Mulyana');
    expect(source).toContain('Source: ANTARA');
    expect(source).toContain('2023-09-23');
    expect(source).toContain(`<${REF_URL}>`);
    expect(md).toContain('memperdalam hubungan baik mereka.\n\nPutin mengakui');
    expect(md).toMatch(/\n\*Removed \d+ items: .*promo.*\*\n$/u);
    expect(md).not.toContain('Baca Juga');
    expect(md).not.toContain('"ok"');
  });

  it('renders plain text without Markdown syntax', async () => {
    const r = await runCli(['analyze', REF, '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian\n\n')).toBe(true);
    expect(r.stdout).toContain('memperdalam hubungan baik mereka.\n\nPutin mengakui');
    expect(r.stdout).not.toMatch(/^#|\*Removed|\\/mu);
  });

  it('escapes Markdown syntax in article text', async () => {
    const f = path.join(dir, 'md.html');
    writeFileSync(f, articlePage('<p>- not a list, but *stars* and [brackets] in 1990s prose that goes on.</p>'));
    const md = (await runCli(['analyze', f, '--format', 'md'])).stdout;
    expect(md).toContain('\\- not a list, but \\*stars\\* and \\[brackets\\]');
  });
});

describe('cli exit codes', () => {
  it('exits 2 and prints the failure object when no article is found', async () => {
    const r = await runCli(['analyze', tiny]);
    expect(r.code).toBe(2);
    const a = JSON.parse(r.stdout) as Analysis;
    expect(a).toEqual({ ok: false, error: { code: 'no-article', message: expect.any(String) } });
  });

  it('exits 1 with a readable message for a missing file', async () => {
    const r = await runCli(['analyze', path.join(dir, 'missing.html')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('missing.html: no such file');
  });

  it('exits 1 for an unknown option, a bad --format and no inputs', async () => {
    for (const argv of [['analyze', REF, '--fast'], ['analyze', REF, '--format', 'pdf'], ['analyze'], ['summarize', REF]]) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stderr, argv.join(' ')).toMatch(/^jernih: .+\n\nUsage:/u);
    }
  });

  it('keeps one line per input when some are bad, and exits 1', async () => {
    const r = await runCli(['analyze', small, path.join(dir, 'missing.html'), tiny]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Analysis | { ok: false; error: { code: string } });
    expect(lines.map((l) => (l.ok ? 'ok' : l.error.code))).toEqual(['ok', 'bad-input', 'no-article']);
  });

  it('prints usage for --help and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('analyze --batch');
  });

  it('returns the same codes as a real process', async () => {
    const [good, none, bad] = await Promise.all([
      spawnCliToEnd(['analyze', small]),
      spawnCliToEnd(['analyze', tiny]),
      spawnCliToEnd(['analyze', path.join(dir, 'missing.html')]),
    ]);
    expect([good.code, none.code, bad.code]).toEqual([0, 2, 1]);
    expect(ok(JSON.parse(good.stdout) as Analysis).title).toBe('Harbour story');
    expect(bad.stderr).toContain('no such file');
  }, 120_000); // a hang guard: spawning tsx is slow on a loaded 2-core machine
});

describe('cli analyze URL', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const ref = readFixture('cases/01-jurnal-soreang-putin/page.html');
    server = createServer((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(301, { location: '/story' }).end();
      } else if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ref);
      } else if (req.url === '/latin1') {
        const page = articlePage('<p>Le café de la gare a fermé ses portes après trente années de service.</p>', { lang: 'fr' });
        res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from(page.replace('utf-8', 'x-unknown'), 'latin1'));
      } else {
        res.writeHead(404).end('not here');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('follows redirects and uses the final URL as the page URL', async () => {
    const r = await runCli(['analyze', `${base}/moved`]);
    expect(r.code).toBe(0);
    const a = ok(JSON.parse(r.stdout) as Analysis);
    expect(a.url).toBe(`${base}/story`);
    expect(a.lang).toBe('id');
  });

  it('decodes the charset from Content-Type', async () => {
    const a = ok(JSON.parse((await runCli(['analyze', `${base}/latin1`])).stdout) as Analysis);
    expect(a.text).toContain('Le café de la gare a fermé');
  });

  it('exits 1 with the HTTP status on a failed fetch', async () => {
    const r = await runCli(['analyze', `${base}/gone`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HTTP 404');
  });
});

describe('cli analyze --batch', () => {
  it('answers every line in order, echoing ids, with bad lines as bad-input', async () => {
    const html = articlePage('<p>Batch html input paragraph about the river and its many bridges.</p>');
    const input = [
      JSON.stringify({ id: 'a', path: REF }),
      'not json',
      JSON.stringify({ id: 2, html, url: 'https://news.example/river' }),
      JSON.stringify({ id: 'missing', path: path.join(dir, 'missing.html') }),
      JSON.stringify({ path: tiny }),
      JSON.stringify({ id: 'gz', path: smallGz, url: 'https://news.example/harbour' }),
      JSON.stringify(['an array']),
      '',
    ].join('\n') + '\n';
    const r = await runCli(['analyze', '--batch'], input);
    expect(r.code).toBe(0);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { ok: boolean; error?: { code: string; message: string } });
    expect(out).toHaveLength(8);
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 2, 'missing', undefined, 'gz', undefined, undefined]);
    expect(out.map((o) => (o.ok ? 'ok' : o.error!.code))).toEqual(['ok', 'bad-input', 'ok', 'bad-input', 'no-article', 'ok', 'bad-input', 'bad-input']);
    expect(out[2]!.url).toBe('https://news.example/river');
    expect(out[5]!.url).toBe('https://news.example/harbour');
    expect(out[3]!.error?.message).toContain('no such file');
  });

  it('flushes each answer before the next line arrives (coprocess use)', async () => {
    const child = spawnCli(['analyze', '--batch']);
    const lines = lineReader(child);
    try {
      child.stdin.write(JSON.stringify({ id: 1, path: REF }) + '\n');
      const first = JSON.parse(await lines.next()) as { id: number; ok: boolean; title: string };
      expect(first).toMatchObject({ id: 1, ok: true, title: 'Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian' });
      child.stdin.write('{oops\n');
      expect(JSON.parse(await lines.next())).toMatchObject({ ok: false, error: { code: 'bad-input' } });
      child.stdin.write(JSON.stringify({ id: 3, path: small }) + '\n');
      expect(JSON.parse(await lines.next())).toMatchObject({ id: 3, ok: true, title: 'Harbour story' });
    } finally {
      child.stdin.end();
    }
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(0);
  }, 120_000); // a hang guard: spawning tsx is slow on a loaded 2-core machine
});
