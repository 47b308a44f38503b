/**
 * A tiny static server for real-browser tests and `npm start`: the reference
 * article, a page with no article, on 127.0.0.1 and a free port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFixture } from './pages';

export const ARTICLE_PATH = '/article.html';
export const SHORT_PATH = '/short.html';

const SHORT_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Contact us</title></head>
<body><h1>Contact us</h1><p>Write to us any time.</p><a href="/">Home</a></body></html>`;

function pages(): Map<string, string> {
  return new Map([
    [ARTICLE_PATH, readFixture('cases/01-jurnal-soreang-putin/page.html')],
    [SHORT_PATH, SHORT_PAGE],
  ]);
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Extra pages a test file serves besides the shared ones: path → HTML, or a full response (status, type). */
export type ExtraRoutes = Record<string, string | { status: number; body: string; type?: string; headers?: Record<string, string> }>;

export async function startFixtureServer(extra: ExtraRoutes = {}): Promise<FixtureServer> {
  const routes = pages();
  const responses = new Map(Object.entries(extra).map(([path, route]) => [path, typeof route === 'string' ? { status: 200, body: route } : route]));
  const server: Server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = requested.pathname;
    // Extra routes may name a query too ("/story.html?page=2"), for paged articles.
    const special = responses.get(`${path}${requested.search}`) ?? responses.get(path);
    if (special) {
      const headers = 'headers' in special ? special.headers : undefined;
      res.writeHead(special.status, { 'content-type': special.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(special.body);
      return;
    }
    const body = routes.get(path === '/' ? ARTICLE_PATH : path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
