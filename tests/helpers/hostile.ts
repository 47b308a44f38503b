/**
 * The hostile-page fixtures and the structural check run on what Jernih
 * renders from them. `dangerousMarkup` is self-contained (no closures, no
 * imports) so Playwright can run it inside the page on the overlay's shadow
 * root, and Node tests can run it on analyze()'s HTML.
 */
import { readdirSync } from 'node:fs';
import { fixturePath, readFixture } from './pages';

export interface HostileFixture {
  name: string;
  html: string;
}

export function hostileFixtures(): HostileFixture[] {
  return readdirSync(fixturePath('hostile'))
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ name: file.replace(/\.html$/u, ''), html: readFixture(`hostile/${file}`) }));
}

/**
 * Everything under `root` that could run code, fetch, navigate or restyle: a
 * list of findings, empty when the markup is inert. Article markup only:
 * pass the article body, not our own UI (which has its own <style>).
 */
export function dangerousMarkup(root: ParentNode): string[] {
  const BAD_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
    'textarea', 'select', 'base', 'meta', 'link', 'svg', 'foreignobject', 'template', 'noscript', 'annotation-xml', 'portal', 'video', 'audio'];
  const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'ping'];
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (BAD_ELEMENTS.includes(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers drop tabs, newlines and controls inside a URL's scheme: compare what they would see.
      const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/gu, '').toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style' || name === 'srcdoc' || name === 'ping' || name === 'formaction' || name === 'http-equiv') found.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.includes(name) && /(?:^|,)(?:javascript|vbscript|data:text|data:application|data:image\/svg)/u.test(value)) {
        found.push(`${tag}[${name}=${value.slice(0, 40)}]`);
      }
      // Links are followed only on a click; anything else with a beacon URL would fetch it by being shown.
      const fetches = URL_ATTRIBUTES.includes(name) && !(name === 'href' && tag === 'a') && name !== 'cite';
      if (fetches && /\/beacon/u.test(value)) found.push(`${tag}[${name}] → beacon`);
    }
  }
  return found;
}
