/** Text helpers shared by the cleaning rules. All are pure over a DOM subtree. */

const WS = /[\s\u00a0\u200b\u2060\ufeff]+/g;

export function squash(s: string): string {
  return s.replace(WS, ' ').trim();
}

/** Lower-cased, whitespace-folded, with list bullets and trailing separators dropped: the form table entries are written in. */
export function normalizeLabel(s: string): string {
  return squash(s)
    .toLowerCase()
    .replace(/^[\s•·▪►▶»›\-–—|:*#>]+/u, '')
    .replace(/[\s•·▪►▶»›\-–—|:：.,;!*#<>()[\]]+$/u, '')
    .trim();
}

/** Elements that start a new line of text: their neighbours must not be glued to them. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/**
 * Whitespace-folded text in which block boundaries become spaces
 * ("ADVERTISEMENT</div><div>Scroll" → "ADVERTISEMENT Scroll"), while inline
 * markup inside a word stays joined.
 */
/** Elements whose text is code or fallback markup, never prose. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

export function textOf(node: Node): string {
  if (node.nodeType === 3 || (!(node as Element).firstElementChild && !NOT_TEXT.has((node as Element).localName))) return squash(node.textContent ?? '');
  let out = '';
  const stack: (Node | null)[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n === null) {
      out += ' '; // leaving a block
      continue;
    }
    if (!n) continue;
    if (n.nodeType === 3) {
      out += n.nodeValue ?? '';
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    if (NOT_TEXT.has((n as Element).localName)) continue;
    const block = BLOCK_ELEMENTS.has((n as Element).localName);
    if (block) {
      out += ' ';
      stack.push(null);
    }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return squash(out);
}

function isInsideLink(node: Node, root: Node): boolean {
  for (let p = node.parentNode; p && p !== root.parentNode; p = p.parentNode) {
    if ((p as Element).localName === 'a') return true;
    if (p === root) break;
  }
  return false;
}

/** Text that is not inside a link: what a block says of its own. */
export function ownText(root: Element): string {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!isInsideLink(n, root)) out += ' ' + (n.nodeValue ?? '');
  }
  return squash(out);
}

export function links(root: Element): HTMLAnchorElement[] {
  const found = Array.from(root.querySelectorAll('a')) as HTMLAnchorElement[];
  if (root.localName === 'a') found.unshift(root as HTMLAnchorElement);
  return found;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/gu;

/** Words, counting each CJK/Thai character as one, so density rules work in every script. */
export function countWords(s: string): number {
  const cjk = s.match(CJK)?.length ?? 0;
  const rest = s.replace(CJK, ' ').trim();
  return cjk + (rest ? rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length : 0);
}

export function linkDensity(root: Element): number {
  const total = textOf(root).length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of links(root)) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}

/** Strips punctuation and separators, keeping letters, digits and spaces. */
export function lettersOnly(s: string): string {
  return squash(s.replace(/[^\p{L}\p{N}\s]+/gu, ' ')).toLowerCase();
}

/** True when the element has letters or digits directly in it, not only inside child elements. */
export function hasLooseText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
  }
  return false;
}
