/**
 * A small stand-in for a LibreTranslate server (it can't be installed here:
 * not in Debian, and it downloads its models at start). It follows the
 * published API (https://docs.libretranslate.com, and the server's own
 * app.py) exactly in what our client touches: `POST /translate` with a JSON
 * or form body `{q: string|string[], source, target, format, api_key}`
 * answering `{translatedText}` (plus `detectedLanguage` for `source: "auto"`),
 * `GET /languages` answering `[{code, name, targets}]`, `POST /detect`, and
 * the error bodies `{"error": "…"}` with the server's wording and status for
 * a missing parameter (400), an unsupported language (400), a text over the
 * character limit (400), a missing or invalid API key (400/403) and
 * rate limiting (429). CORS headers as the server sends them.
 * Its "translation" upper-cases the text outside tags and prefixes the target
 * code, so a test can tell a translation from the original at a glance.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLibreTranslateOptions {
  /** When set, requests must carry this api_key (else 400 "Please contact the server operator…", or 403 for a wrong one). */
  apiKey?: string;
  /** `--char-limit`: longer texts get the server's 400. */
  charLimit?: number;
  languages?: { code: string; name: string; targets: string[] }[];
}

export interface FakeLibreTranslate {
  url: string;
  /** Every request received, in order. */
  requests: { method: string; path: string; body: string }[];
  /** Make the next /translate answers misbehave: 'slow' waits past our timeout, 'garbage' answers 200 with HTML, 'rate-limit' 429. */
  mode: 'normal' | 'slow' | 'garbage' | 'rate-limit';
  close(): Promise<void>;
}

const DEFAULT_LANGUAGES = [
  { code: 'en', name: 'English', targets: ['es', 'id'] },
  { code: 'es', name: 'Spanish', targets: ['en'] },
  { code: 'id', name: 'Indonesian', targets: ['en'] },
];

/** Upper-cases text outside tags: markup survives, as LibreTranslate's HTML mode keeps tags. */
function fakeTranslate(text: string, target: string, format: string): string {
  const translated = format === 'html' ? text.replace(/(^|>)([^<]*)/gu, (_, lead: string, run: string) => lead + run.toUpperCase()) : text.toUpperCase();
  return `[${target}] ${translated}`;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'Authorization, Content-Type',
    'access-control-allow-methods': 'GET, POST',
  });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeLibreTranslate(options: FakeLibreTranslateOptions = {}): Promise<FakeLibreTranslate> {
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const pending = new Set<ServerResponse>();
  const fake: FakeLibreTranslate = { url: '', requests: [], mode: 'normal', close: async () => {} };

  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = await readBody(req);
    fake.requests.push({ method: req.method ?? 'GET', path, body });
    if (req.method === 'OPTIONS') return send(res, 200, {});
    if (req.method === 'GET' && path === '/languages') return send(res, 200, languages);
    if (req.method !== 'POST' || (path !== '/translate' && path !== '/detect')) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
      return;
    }
    const json = (req.headers['content-type'] ?? '').includes('application/json');
    let fields: Record<string, unknown>;
    if (json) {
      try {
        fields = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return send(res, 400, { error: 'Invalid JSON format' });
      }
    } else {
      fields = Object.fromEntries(new URLSearchParams(body));
    }
    // access_check, as the server runs it before the handler
    if (options.apiKey !== undefined) {
      const key = fields.api_key;
      if (key && key !== options.apiKey) return send(res, 403, { error: 'Invalid API key' });
      if (!key) return send(res, 400, { error: 'Please contact the server operator to get an API key' });
    }
    const q = fields.q;
    if (!q) return send(res, 400, { error: 'Invalid request: missing q parameter' });
    if (path === '/detect') return send(res, 200, [{ confidence: 90.0, language: 'en' }]);
    const source = fields.source as string | undefined;
    const target = fields.target as string | undefined;
    if (!source) return send(res, 400, { error: 'Invalid request: missing source parameter' });
    if (!target) return send(res, 400, { error: 'Invalid request: missing target parameter' });
    const texts = Array.isArray(q) ? (q as string[]) : [String(q)];
    if (options.charLimit !== undefined) {
      for (const text of texts) {
        if (text.length > options.charLimit) return send(res, 400, { error: `Invalid request: request (${text.length}) exceeds text limit (${options.charLimit})` });
      }
    }
    const detected = source === 'auto' ? 'en' : source;
    if (!languages.some((l) => l.code === detected)) return send(res, 400, { error: `${source} is not supported` });
    if (!languages.some((l) => l.code === target)) return send(res, 400, { error: `${target} is not supported` });
    const from = languages.find((l) => l.code === detected)!;
    if (!from.targets.includes(target)) {
      const to = languages.find((l) => l.code === target)!;
      return send(res, 400, { error: `${to.name} (${to.code}) is not available as a target language from ${from.name} (${from.code})` });
    }
    if (fake.mode === 'rate-limit') return send(res, 429, { error: 'Slowdown: 1 per 1 minute' });
    if (fake.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html', 'access-control-allow-origin': '*' }).end('<!doctype html><title>Captive portal</title>');
      return;
    }
    if (fake.mode === 'slow') {
      pending.add(res); // never answered; closed with the server
      return;
    }
    const format = (fields.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'html') return send(res, 400, { error: `${format} format is not supported` });
    const out = texts.map((text) => fakeTranslate(text, target, format));
    const result: Record<string, unknown> = { translatedText: Array.isArray(q) ? out : out[0] };
    if (source === 'auto') {
      const guess = { confidence: 90.0, language: detected };
      result.detectedLanguage = Array.isArray(q) ? texts.map(() => guess) : guess;
    }
    return send(res, 200, result);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => {
    for (const res of pending) res.destroy();
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return fake;
}
