/** Text helpers shared by the cleaning rules. All are pure over a DOM subtree. */
import { FOLDABLE, SPELLING_FOLDS } from '../rules/spelling-folds';

const WS = /[\s\u00a0\u200b\u2060\ufeff]+/g;
/** A character `squash` keeps (the complement of WS). */
const NOT_FOLDED = /[^\s\u00a0\u200b\u2060\ufeff]/;

export function squash(s: string): string {
  // Most strings asked are folded already (a word, a label, a text built from folded parts): the replace would
  // still match every single space and build a copy. One scan proves there is nothing to fold.
  if (isSquashed(s)) return s;
  // The ends cut by position first (a slice, not a copy): a text node's value is often folded but for the line
  // breaks and indentation around it, and the replace and trim each built a copy of the whole string.
  let start = 0;
  let end = s.length;
  while (start < end && isFolded(s.charCodeAt(start))) start++;
  while (end > start && isFolded(s.charCodeAt(end - 1))) end--;
  const inner = s.slice(start, end);
  return isSquashed(inner) ? inner : inner.replace(WS, ' ');
}

/** True when `squash(s)` is `s`: no folded character but single spaces between kept ones. */
function isSquashed(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i === 0 || i === last || isFolded(s.charCodeAt(i + 1)) : c > 32 && c < 0xa0 ? false : isFolded(c)) return false;
  }
  return true;
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

/** Elements whose text is code or fallback markup, never prose. */
const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Memo tables for one read-only stretch of a cleaning pass (see `withTextMemo`), one per memoized function: a
 * block's text, own text and links are asked for by several rules, and again by the rules of every wrapper around it.
 */
let memo: Map<object, unknown> | null = null;

/**
 * Runs `fn` with the text helpers (and every `memoizedByNode` function) memoized per node. Only for a walk in
 * which no subtree is read after it has changed: a top-down walk that removes only the element it is looking at,
 * whose rules read only that element's own subtree, qualifies (an element not yet visited has had nothing
 * inside it removed).
 */
export function withTextMemo<T>(fn: () => T): T {
  const outer = memo;
  memo = new Map();
  try {
    return fn();
  } finally {
    memo = outer;
  }
}

/** This walk's own table for one memoized function, made on first use; null outside a `withTextMemo` walk. */
function walkTable<T>(create: () => T): () => T | null {
  const id = {};
  return () => {
    if (!memo) return null;
    let table = memo.get(id) as T | undefined;
    if (!table) memo.set(id, (table = create()));
    return table;
  };
}

/** `compute`, remembered per key while a `withTextMemo` walk runs; computed afresh outside one. */
function memoized<K, V>(compute: (key: K) => V, create: () => { has(k: K): boolean; get(k: K): V | undefined; set(k: K, v: V): unknown }): (key: K) => V {
  const tableNow = walkTable(create);
  return (key) => {
    const table = tableNow();
    if (!table) return compute(key);
    if (table.has(key)) return table.get(key)!;
    const value = compute(key);
    table.set(key, value);
    return value;
  };
}

/**
 * `compute`, remembered per node while a `withTextMemo` walk runs. A plain Map, not a WeakMap: the table is dropped
 * when the walk ends anyway, and weak tables cost the garbage collector extra work per entry (ephemerons).
 */
export function memoizedByNode<K extends object, V>(compute: (node: K) => V): (node: K) => V {
  return memoized(compute, () => new Map<K, V>());
}

/**
 * `compute`, remembered per string while a `withTextMemo` walk runs (several rules fold the same text, and a
 * wrapper around one block has that block's text: the rules' verdicts on a text hold for both).
 */
export function memoizedByString<V>(compute: (s: string) => V): (s: string) => V {
  return memoized(compute, () => new Map<string, V>());
}

/**
 * Whitespace-folded text in which block boundaries become spaces
 * ("ADVERTISEMENT</div><div>Scroll" → "ADVERTISEMENT Scroll"), while inline
 * markup inside a word stays joined.
 */
export const textOf: (node: Node) => string = memoizedByNode((node: Node) => {
  const table = foldedTexts();
  return table ? composedText(node, table, WHOLE_TEXT).text : computeTextOf(node);
});

/**
 * A node's folded text (`squash` of its unfolded text), and whether the unfolded text began and ended with a
 * folded character: enough to fold a parent's text from its children's, since a run of spaces across a seam
 * folds to one space. A wrapper's text then costs joining its children's, not folding its whole text again.
 */
interface Folded {
  text: string;
  lead: boolean;
  trail: boolean;
}

/** Unfolded text "". */
const NOTHING: Folded = { text: '', lead: false, trail: false };
/** Table marks of a node whose children are being composed (compared by identity, never read as text). */
const ENTERED_BLOCK: Folded = { text: '', lead: false, trail: false };
const ENTERED_INLINE: Folded = { text: '', lead: false, trail: false };
/** Unfolded text of spaces only. */
const SPACE: Folded = { text: '', lead: true, trail: true };

function folded(raw: string): Folded {
  if (!raw) return NOTHING;
  // Whitespace between tags (a large share of a page's text nodes) folds to nothing: no copy, no new object.
  if (!NOT_FOLDED.test(raw)) return SPACE;
  return { text: squash(raw), lead: isFolded(raw.charCodeAt(0)), trail: isFolded(raw.charCodeAt(raw.length - 1)) };
}

/** How a node's unfolded text is made: left out, its children's padded with spaces (a block), or its children's. */
type Shape = 'none' | 'block' | 'inline';

interface TextShape {
  /** A text node's part. */
  leaf(value: string): Folded;
  /** Any other node's. */
  shape(node: Node): Shape;
}

/** `textOf`: blocks padded with spaces, code left out. */
const WHOLE_TEXT: TextShape = {
  leaf: folded,
  shape(node) {
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return 'none';
    const name = (node as Element).localName;
    return NOT_TEXT.has(name) ? 'none' : BLOCK_ELEMENTS.has(name) ? 'block' : 'inline';
  },
};

/** `ownText`: text nodes each after a space, links left out. */
const OWN_TEXT: TextShape = {
  leaf: (value) => (value ? { ...folded(value), lead: true } : SPACE),
  // A <template> holds no child nodes (its markup is in its content fragment), though happy-dom answers its
  // `firstChild` from there: left out, as its empty child list always made it.
  shape: (node) => (node.nodeType !== 1 || (node as Element).localName === 'a' || (node as Element).localName === 'template' ? 'none' : 'inline'),
};

/** Per-walk tables of folded texts, by node (only read inside a walk). */
const foldedTexts = walkTable(() => new Map<Node, Folded>());
const ownFoldedTexts = walkTable(() => new Map<Node, Folded>());

/** The children's parts joined: one space where a run of spaces met a seam, none at either end. */
function joinChildren(node: Node, table: Map<Node, Folded>, how: TextShape, block: boolean): Folded {
  let text = '';
  let lead: boolean | null = null;
  let trail = false;
  let space = false;
  // Sibling links, not `childNodes`: a NodeList per node read was a tenth of the text's cost.
  for (let kid = node.firstChild; kid; kid = kid.nextSibling) {
    const part = kid.nodeType === 3 ? how.leaf(kid.nodeValue ?? '') : table.get(kid) ?? NOTHING;
    if (!part.text && !part.lead && !part.trail) continue;
    if (lead === null) lead = part.lead;
    trail = part.trail;
    if (!part.text) {
      space = true;
      continue;
    }
    if (text && (space || part.lead)) text += ' ';
    text += part.text;
    space = part.trail;
  }
  if (block) return { text, lead: true, trail: true };
  return lead === null ? NOTHING : { text, lead, trail };
}

/**
 * A node's folded text built bottom-up from its children's, each remembered in `table`: within a memoized
 * walk, a wrapper's text then costs only joining its children's, not another walk of everything inside it.
 * Iterative (post-order on an explicit stack), so deep nesting cannot overflow.
 */
function composedText(root: Node, table: Map<Node, Folded>, how: TextShape): Folded {
  const known = table.get(root);
  if (known !== undefined && known !== ENTERED_BLOCK && known !== ENTERED_INLINE) return known;
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack[stack.length - 1]!;
    const state = table.get(n);
    if (state !== undefined) {
      stack.pop();
      // Its children are done: join them.
      if (state === ENTERED_BLOCK || state === ENTERED_INLINE) table.set(n, joinChildren(n, table, how, state === ENTERED_BLOCK));
      continue;
    }
    if (n.nodeType === 3) {
      stack.pop();
      table.set(n, how.leaf(n.nodeValue ?? ''));
      continue;
    }
    const shape = how.shape(n);
    if (shape === 'none') {
      stack.pop();
      table.set(n, NOTHING);
      continue;
    }
    // Marked in the table itself while its children are composed (a Set of entered nodes per call cost as much).
    table.set(n, shape === 'block' ? ENTERED_BLOCK : ENTERED_INLINE);
    for (let kid = n.lastChild; kid; kid = kid.previousSibling) if (kid.nodeType !== 3 && !table.has(kid)) stack.push(kid);
  }
  return table.get(root)!;
}

function computeTextOf(node: Node): string {
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

/**
 * Whether `textOf(root)` is non-empty, without building it: true at the first text node (outside code) with a
 * character that is not folded away as space. The empty-page check asked for the whole page's text only to test it.
 */
export function hasText(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) {
      if (NOT_FOLDED.test(n.nodeValue ?? '')) return true;
      continue;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    if (NOT_TEXT.has((n as Element).localName)) continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/** A UTF-16 unit that `squash` folds away (WS: JavaScript's \\s plus U+200B and U+2060). */
function isFolded(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/**
 * True when `textOf(root)` is certainly longer than `n`: it keeps every character that is not folded away, so
 * more than `n` of those mean more than `n` characters. Stops counting there, so a big block costs only its first
 * `n` characters (a label check reading every block's whole text cost a walk per block).
 */
export function textLongerThan(root: Node, n: number): boolean {
  let kept = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) if (!isFolded(value.charCodeAt(i)) && ++kept > n) return true;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (NOT_TEXT.has((node as Element).localName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/** Text that is not inside a link: what a block says of its own. */
export const ownText: (root: Element) => string = memoizedByNode((root: Element) => {
  const table = ownFoldedTexts();
  if (!table) return computeOwnText(root);
  return root.localName === 'a' ? '' : composedText(root, table, OWN_TEXT).text;
});

function computeOwnText(root: Element): string {
  if (root.localName === 'a') return '';
  // One walk that steps over links, in document order.
  let out = '';
  let n: Node | null = root.firstChild?.parentNode === root ? root.firstChild : null;
  while (n) {
    if (n.nodeType === 3) out += ' ' + (n.nodeValue ?? '');
    // (`firstChild.parentNode === n`: happy-dom answers a <template>'s firstChild from its content fragment.)
    else if (n.nodeType === 1 && (n as Element).localName !== 'a' && n.firstChild?.parentNode === n) {
      n = n.firstChild;
      continue;
    }
    while (n !== root && !n.nextSibling) n = n.parentNode!;
    n = n === root ? null : n.nextSibling;
  }
  return squash(out);
}


const NO_LINKS: readonly HTMLAnchorElement[] = [];

type LinkSource = (el: Element) => readonly HTMLAnchorElement[] | null;
/** During a `withTextMemo` walk: where the walk answers `links` from its own pass over the tree (null: not known there). */
const linkSourceInWalk = walkTable((): { find: LinkSource | null } => ({ find: null }));

/** Lets the running walk answer `links` for the elements it knows (outside a walk, nothing is kept). */
export function linksFoundInWalk(find: LinkSource): void {
  const slot = linkSourceInWalk();
  if (slot) slot.find = find;
}

/** The links in and including `root` (shared while memoized: read, never change it). */
export const links: (root: Element) => readonly HTMLAnchorElement[] = memoizedByNode(findLinks);

function findLinks(root: Element): readonly HTMLAnchorElement[] {
  const known = linkSourceInWalk()?.find?.(root);
  if (known) return known;
  const found = Array.from(root.getElementsByTagName('a')) as HTMLAnchorElement[];
  if (root.localName === 'a') found.unshift(root as HTMLAnchorElement);
  return found;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]/gu;

/** Words, counting each CJK/Thai character as one, so density rules work in every script. */
export const countWords: (s: string) => number = memoizedByString(computeCountWords);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A UTF-16 unit that JavaScript's `\s` matches (`isFolded` without U+200B and U+2060). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function computeCountWords(s: string): number {
  const cjk = s.match(CJK)?.length ?? 0;
  const rest = cjk ? s.replace(CJK, ' ') : s;
  // The runs between spaces that hold a letter or digit, counted in one pass: splitting into words and testing
  // each with a pattern built an array and a string per word. A run's characters are tested only until its
  // first letter or digit.
  let words = 0;
  let lettered = false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (isSpace(c)) {
      if (lettered) words++;
      lettered = false;
      continue;
    }
    if (lettered) continue;
    if (c < 128) lettered = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < rest.length && (rest.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      lettered = LETTER_OR_DIGIT.test(rest.slice(i, i + 2));
      i++;
    } else lettered = LETTER_OR_DIGIT.test(rest[i]!);
  }
  return cjk + (lettered ? words + 1 : words);
}

/** Sentence end, in any script: . ! ? … 。 ！ ？ ؟ । and a closing quote or bracket after them. */
const SENTENCE_END = /[.!?…。！？؟।][\s"'”’»)\]]*$/u;

/** Whether a text ends like a sentence (the block is prose, not a label, a list or a headline). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function linkDensity(root: Element): number {
  const total = textOf(root).length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of links(root)) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}


/**
 * True when `lettersOnly(s)` is certainly longer than `n`: it keeps every letter and digit (lower-casing never
 * shortens one), so more than `n` of those mean a longer key. Stops counting there, so testing a long block
 * against a table of short keys costs its first few words, not a fold of all of it. (A letter outside the
 * Basic Multilingual Plane is not counted: the answer stays a safe "not certain".)
 */
export function lettersLongerThan(s: string, n: number): boolean {
  if (s.length <= n) return false;
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kept = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(s[i]!);
    if (kept && ++count > n) return true;
  }
  return false;
}

/**
 * `lettersLongerThan(textOf(root), n)` without building the text: counts the letters and digits of the text nodes
 * (outside code) and stops past `n`, so a long paragraph asked whether it is a short label costs its first words.
 */
export function textLettersLongerThan(root: Node, n: number): boolean {
  let count = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      const s = node.nodeValue ?? '';
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        const kept = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(s[i]!);
        if (kept && ++count > n) return true;
      }
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    if (NOT_TEXT.has((node as Element).localName)) continue;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return false;
}

/**
 * Strips punctuation and separators, keeping letters (with their vowel signs and accents: "पढ़ें", "อ่าน"
 * stay one word), digits and spaces, with the spellings of core/rules/spelling-folds.ts folded.
 */
export const lettersOnly: (s: string) => string = memoizedByString(computeLettersOnly);

/**
 * What is not part of a word: punctuation, symbols, separators; emoji variation selectors and enclosing marks
 * ("▶️ Baca juga", "1️⃣"); a vowel sign or accent with no letter before it.
 */
const NOT_WORD = /[^\p{L}\p{Mn}\p{Mc}\p{N}\s]+|[\ufe00-\ufe0f]+|(?<![\p{L}\p{Mn}\p{Mc}\p{N}])[\p{Mn}\p{Mc}]+/gu;

function computeLettersOnly(s: string): string {
  // The Turkish capital "İ" lower-cases to "i" and a combining dot: "İLGİLİ HABER" must read as the table's "ilgili haber".
  return squash(foldSpellings(s).replace(NOT_WORD, ' ')).toLowerCase().replace(DOTTED_I, 'i');
}
const DOTTED_I = /i\u0307/gu;

function foldSpellings(s: string): string {
  if (!FOLDABLE.test(s)) return s;
  let folded = s.normalize('NFC');
  for (const [from, to] of SPELLING_FOLDS) folded = folded.replace(from, to);
  return folded;
}

/** True when the element has letters or digits directly in it, not only inside child elements. */
export function hasLooseText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.nodeValue ?? '')) return true;
  }
  return false;
}
