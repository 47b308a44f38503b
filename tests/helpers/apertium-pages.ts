/**
 * English pages for the translation tests (the shared fixtures are mostly
 * Indonesian; the Debian packages translate English to Spanish and
 * Indonesian to Malay), served on 127.0.0.1 like the fixture server. The
 * article has what a reader expects kept in a translation: a link, bold and
 * italic text, a heading, a quote and a caption. The text is written for the
 * tests, with fictional places and people.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ENGLISH_ARTICLE_PATH = '/en/bridge.html';
export const LONG_PAGE_PATH = '/en/long.html';

export const ARTICLE = {
  title: 'The new bridge opens to traffic next week',
  firstParagraph: 'The city council said on Monday that the new bridge over the river will open to traffic next week.',
  linkText: 'the transport office',
  linkHref: 'https://transport.example.org/bridge',
  heading: 'A long wait for the north side',
  quote: 'We have waited ten years for this road.',
  caption: 'The bridge seen from the old harbour.',
};

const PARAGRAPHS = [
  `${ARTICLE.firstParagraph}`,
  `Engineers from <a href="${ARTICLE.linkHref}">${ARTICLE.linkText}</a> checked the <b>steel cables</b> and the <i>concrete</i> of the deck for three days.`,
  'The work started four years ago and cost more than the council had planned, because the river flooded twice during the building.',
  'Drivers who live on the north side of the city will save almost half an hour on their way to work every morning.',
  'The old ferry will keep running until the end of the year, and then the boats will go to a museum in the harbour.',
  'Shops near the bridge hope that more people will come to the market on the weekend when the road is open.',
];

/** The English article's page, also used by `npm run bench:translate`. */
export function englishArticleHtml(): string {
  const [first, second, ...rest] = PARAGRAPHS;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE.title} | River Daily</title>
<meta property="og:site_name" content="River Daily"></head><body>
<header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<main><article>
<h1>${ARTICLE.title}</h1>
<p class="byline">By Ana Torres</p>
<p>${first}</p>
<p>${second}</p>
<figure><img src="/bridge.png" alt="The bridge" width="640" height="360"><figcaption>${ARTICLE.caption}</figcaption></figure>
<h2>${ARTICLE.heading}</h2>
${rest.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote><p>${ARTICLE.quote}</p></blockquote>
<p>The council will hold a small party on the bridge on Saturday, and everyone in the city is invited to walk across it.</p>
</article></main>
<footer><p>River Daily, all rights reserved.</p></footer>
</body></html>`;
}

/** A sentence per paragraph that exists nowhere else on the page, so a test can find its translation at the end of a long text. */
export const LONG_LAST_SENTENCE = 'The last ferry of the evening left the harbour at nine with only four passengers on board.';

/** Well over APy's silent ~40 kB POST limit once form-encoded: 150 paragraphs, the last one marked. */
function longHtml(): string {
  const body = Array.from({ length: 150 }, (_, i) => `<p>${PARAGRAPHS[i % PARAGRAPHS.length]} ${PARAGRAPHS[(i + 2) % PARAGRAPHS.length]} ${PARAGRAPHS[(i + 3) % PARAGRAPHS.length]}</p>`);
  body.push(`<p id="last">${LONG_LAST_SENTENCE}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body><main id="long">${body.join('\n')}</main></body></html>`;
}

export interface EnglishPages {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startEnglishPages(): Promise<EnglishPages> {
  const routes = new Map([[ENGLISH_ARTICLE_PATH, englishArticleHtml()], [LONG_PAGE_PATH, longHtml()]]);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = routes.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
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
