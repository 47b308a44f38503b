/**
 * npm run bench:translate — translation latency against a real, local
 * Apertium APy (Debian's apertium-apy, eng-spa and ind-zlm pairs), started
 * and stopped by this script on 127.0.0.1.
 *
 * Articles: every labelled case in a language the installed pairs read
 * (Indonesian and Malay → each other, English ↔ Spanish) plus the English
 * test article. Each is analysed by the core (jsdom), cut into the units the
 * reader translates (core/translate/article-units.ts: headings, paragraphs,
 * captions, quotes, list items, with their placeholder markup), and
 * translated the way the reader does it: title first, then every unit in
 * order, one request each, through core's ApertiumEngine and
 * TranslationSession (the same code the extension's background runs).
 *
 * Printed, each beside baselines measured in the same run:
 *  - cold: the first request for each pair after APy starts (it spawns the
 *    pair's pipeline);
 *  - per paragraph: median / p90 of one unit's round trip, ours vs a bare
 *    `fetch` POST of the same text (the client's own overhead) and vs
 *    `GET /listPairs` (an HTTP round trip with no translation);
 *  - whole article: median over RUNS of the time to translate every unit;
 *  - in the browser (when `.output/chrome-mv3-e2e` exists): menu click →
 *    translation in the popover, and menu click → "Translated from…" in the
 *    reader, through the extension's real path (content script → background
 *    → APy).
 * `RUNS`, `BROWSER_RUNS` set the repetitions; `PARTS=server` or `PARTS=browser` runs one half.
 * A measurement, not a test: exits non-zero only on errors.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, sanitizeToFragment } from '../../core';
import { ApertiumEngine } from '../../core/translate/apertium';
import { articleUnits } from '../../core/translate/article-units';
import { TranslationSession } from '../../core/translate/chain';
import { parseHtml } from '../../core/node/dom';
import { E2E_BUILD, launchWithExtension, ROOT } from '../helpers/browser';
import { menuClick, openOptions, popoverPart, READER, readerStatus, selectText, setUpServer, useEngine, chooseTarget, waitForSettings } from '../helpers/apertium-browser';
import { ENGLISH_ARTICLE_PATH, englishArticleHtml, startEnglishPages } from '../helpers/apertium-pages';
import { startApertium, type ApertiumServer } from '../helpers/apertium-server';

const RUNS = Number(process.env.RUNS ?? 3);
/** `PARTS=server` or `PARTS=browser` runs one half only. */
const PARTS = process.env.PARTS ?? 'server,browser';
const BROWSER_RUNS = Number(process.env.BROWSER_RUNS ?? 8);
const TARGET: Record<string, { target: string; pair: string }> = {
  en: { target: 'es', pair: 'eng|spa' },
  es: { target: 'en', pair: 'spa|eng' },
  id: { target: 'ms', pair: 'ind|zlm' },
  ms: { target: 'id', pair: 'zlm|ind' },
};

interface BenchArticle {
  name: string;
  lang: string;
  title: string;
  units: { text: string; markup?: string }[];
}

function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
const p90 = (values: number[]) => percentile([...values].sort((a, b) => a - b), 90);
const ms = (n: number) => `${n.toFixed(1).padStart(8)} ms`;

async function toArticle(name: string, html: string, url: string): Promise<BenchArticle | null> {
  const page = await parseHtml(html, url, 'jsdom');
  try {
    const analysis = analyze(page.document, url, { window: page.window });
    if (!analysis.ok) return null;
    const lang = analysis.lang.split('-')[0]!;
    if (!TARGET[lang]) return null;
    const { units } = articleUnits(sanitizeToFragment(page.window, analysis.html), page.window.document);
    return { name, lang, title: analysis.title, units: units.map((u) => ({ text: u.text, ...(u.hasMarkup ? { markup: u.markup } : {}) })) };
  } finally {
    page.close();
  }
}

async function articles(): Promise<BenchArticle[]> {
  const dir = join(ROOT, 'tests/fixtures/cases');
  const found: BenchArticle[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'page.html');
    if (!existsSync(file)) continue;
    const article = await toArticle(name, readFileSync(file, 'utf8'), `https://bench.example/${name}`);
    if (article) found.push(article);
  }
  const english = await toArticle('english-test-article', englishArticleHtml(), 'https://bench.example/en');
  if (english) found.push(english);
  return found;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

async function rawPost(url: string, text: string, pair: string): Promise<void> {
  const res = await fetch(`${url}/translate`, { method: 'POST', body: new URLSearchParams({ langpair: pair, q: text, markUnknown: 'no', format: 'txt' }) });
  await res.text();
}

async function serverBench(apy: ApertiumServer, list: BenchArticle[]): Promise<void> {
  // Cold: the first request per pair spawns its pipeline.
  console.log('\nCold start (first request per pair after APy starts):');
  for (const pair of ['eng|spa', 'ind|zlm', 'spa|eng', 'zlm|ind']) {
    const [t] = await timed(() => rawPost(apy.url, 'Hello.', pair));
    console.log(`  ${pair.padEnd(8)} ${ms(t)}`);
  }

  const engine = new ApertiumEngine({ url: apy.url, fetch: (u, init) => fetch(u, init) });
  const perUnitOurs: number[] = [];
  const perUnitRaw: number[] = [];
  const listPairs: number[] = [];
  const rows: string[] = [];
  const wholeMedians: number[] = [];
  for (const article of list) {
    const { target, pair } = TARGET[article.lang]!;
    const whole: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const session = new TranslationSession([engine]);
      const start = performance.now();
      for (const unit of [{ text: article.title }, ...article.units]) {
        const [t, outcome] = await timed(() => session.translate({ ...unit, source: article.lang, target }));
        if (!outcome.ok) throw new Error(`${article.name}: ${JSON.stringify(outcome.attempts)}`);
        perUnitOurs.push(t);
      }
      whole.push(performance.now() - start);
      for (const unit of article.units) {
        const [t] = await timed(() => rawPost(apy.url, unit.text, pair));
        perUnitRaw.push(t);
        const [l] = await timed(async () => (await fetch(`${apy.url}/listPairs`)).text());
        listPairs.push(l);
      }
    }
    wholeMedians.push(median(whole));
    const chars = article.units.reduce((n, u) => n + u.text.length, 0);
    rows.push(`  ${article.name.padEnd(34)} ${article.lang}→${target}  ${String(article.units.length + 1).padStart(4)} units ${String(chars).padStart(6)} chars  whole ${ms(median(whole))}  (p90 ${ms(p90(whole))})`);
  }
  console.log(`\nWhole article, title + every unit in order, median of ${RUNS} runs (ours: core ApertiumEngine + TranslationSession):`);
  for (const row of rows) console.log(row);
  console.log(`  median over ${list.length} articles: ${ms(median(wholeMedians))}`);
  console.log('\nPer paragraph (one unit, one request):');
  console.log(`  ours (client, markup where the unit has it) median ${ms(median(perUnitOurs))}  p90 ${ms(p90(perUnitOurs))}  n=${perUnitOurs.length}`);
  console.log(`  baseline: bare fetch POST, plain text     median ${ms(median(perUnitRaw))}  p90 ${ms(p90(perUnitRaw))}  n=${perUnitRaw.length}`);
  console.log(`  baseline: GET /listPairs (no translation) median ${ms(median(listPairs))}  p90 ${ms(p90(listPairs))}  n=${listPairs.length}`);
}

async function browserBench(apy: ApertiumServer): Promise<void> {
  if (!existsSync(join(E2E_BUILD, 'manifest.json'))) {
    console.log('\nIn the browser: skipped (no .output/chrome-mv3-e2e; run `npm run build:e2e` first).');
    return;
  }
  const pages = await startEnglishPages();
  const browser = await launchWithExtension();
  try {
    const options = await openOptions(browser);
    await setUpServer(options, 'apertium', apy.url);
    await useEngine(options, 'built-in', false);
    await chooseTarget(options, 'es');
    await waitForSettings(browser.worker, (s) => s?.targetLanguage === 'es' && s.engines.join() === 'apertium');
    await options.close();
    const page = await browser.context.newPage();
    await page.goto(pages.url(ENGLISH_ARTICLE_PATH));
    const selection: number[] = [];
    for (let i = 0; i <= BROWSER_RUNS; i++) {
      await selectText(page, `article p:nth-of-type(${(i % 4) + 2})`);
      const [t] = await timed(async () => {
        await menuClick(browser.worker, page, 'selection');
        await popoverPart(page, '.translation');
      });
      if (i > 0) selection.push(t); // the first wakes the content script and the service worker
      await page.keyboard.press('Escape');
    }
    const article: number[] = [];
    for (let i = 0; i <= Math.max(2, Math.floor(BROWSER_RUNS / 2)); i++) {
      await page.reload();
      const [t] = await timed(async () => {
        await menuClick(browser.worker, page, 'article');
        await page.waitForSelector(READER, { state: 'attached' });
        await readerStatus(page, /^Translated from/u, 60_000);
      });
      if (i > 0) article.push(t);
    }
    console.log('\nIn the browser, through the extension (content script → background → APy), English test article:');
    console.log(`  selection → popover shows the translation   median ${ms(median(selection))}  p90 ${ms(p90(selection))}  n=${selection.length}`);
    console.log(`  "Translate article" → reader fully translated median ${ms(median(article))}  p90 ${ms(p90(article))}  n=${article.length}`);
  } finally {
    await browser.close();
    await pages.close();
  }
}

const list = await articles();
console.log(`bench:translate — ${list.length} articles, ${RUNS} runs each, Apertium APy on 127.0.0.1`);
const apy = await startApertium();
try {
  if (PARTS.includes('server')) await serverBench(apy, list);
  if (PARTS.includes('browser')) await browserBench(apy);
} finally {
  await apy.stop();
}
