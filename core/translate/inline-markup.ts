/**
 * A paragraph's inline formatting through an engine and back, without ever
 * parsing what the server returns as HTML. Going out, each inline element
 * becomes a numbered placeholder (`<span data-j="3">…</span>`; an element
 * whose content must not be translated, like code or an image, an empty
 * one) and text is escaped. Coming back, a tiny tokenizer recognises only
 * our placeholders; any other tag or stray `<` is text, and each
 * placeholder is rebuilt from a copy of the ORIGINAL element, so a server
 * can't add an attribute, a link target or a script. Nodes are created with
 * createElement/createTextNode only.
 */

/** Inline elements whose content is not prose to translate: kept whole, moved with the translation. */
const ATOMIC = new Set([
  'br', 'wbr', 'img', 'picture', 'svg', 'math', 'code', 'kbd', 'samp', 'var', 'video', 'audio', 'iframe', 'input',
  'select', 'button', 'textarea', 'object', 'embed', 'canvas', 'meter', 'progress', 'output', 'source', 'track',
]);

export interface EncodedInline {
  /** The content as placeholder markup. */
  markup: string;
  /** The plain text, whitespace collapsed (for engines that take text only). */
  text: string;
  /** slots[n] is the original element behind placeholder n. */
  slots: Element[];
  /** Whether any placeholder was needed (no: the plain text is all there is). */
  hasMarkup: boolean;
}

function escapeText(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Encodes a run of sibling nodes (text and inline elements). */
export function encodeInline(nodes: readonly Node[]): EncodedInline {
  const slots: Element[] = [];
  let markup = '';
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/gu, ' ');
      markup += escapeText(value);
      text += value;
      return;
    }
    if (!isElement(node)) return;
    const n = slots.length;
    slots.push(node);
    if (ATOMIC.has(node.localName)) {
      markup += `<span data-j="${n}"></span>`;
      text += node.localName === 'br' ? '\n' : (node.textContent ?? '').replace(/\s+/gu, ' ');
      return;
    }
    markup += `<span data-j="${n}">`;
    node.childNodes.forEach(walk);
    markup += '</span>';
  };
  nodes.forEach(walk);
  return { markup: markup.trim(), text: text.replace(/[ \t]+/gu, ' ').replace(/ ?\n ?/gu, '\n').trim(), slots, hasMarkup: slots.length > 0 };
}

/** What the tokenizer makes of a translated string: text and our placeholders, nested. */
export type MarkupNode = { kind: 'text'; text: string } | { kind: 'slot'; slot: number; children: MarkupNode[] };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references a server may send back; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<\s*(\/?)\s*([a-z][a-z0-9-]*)((?:\s+[^<>]*?)?)\s*(\/?)\s*>/giu;
const SLOT_ATTR = /\bdata-j\s*=\s*(?:"(\d+)"|'(\d+)'|(\d+))/iu;

/** Our placeholders back as a tree; every other tag is dropped, its text kept. */
export function parseTranslatedMarkup(markup: string, slotCount: number): MarkupNode[] {
  const root: MarkupNode[] = [];
  const stack: { children: MarkupNode[]; slot: number | null }[] = [{ children: root, slot: null }];
  const top = () => stack[stack.length - 1]!;
  const pushText = (raw: string) => {
    if (!raw) return;
    const text = decodeEntities(raw);
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.kind === 'text') last.text += text;
    else siblings.push({ kind: 'text', text });
  };
  let cursor = 0;
  for (const m of markup.matchAll(TAG)) {
    pushText(markup.slice(cursor, m.index));
    cursor = m.index + m[0].length;
    const [, closing, name, attrs = '', selfClosing] = m;
    if (name!.toLowerCase() === 'br' && !closing) {
      pushText('\n');
      continue;
    }
    if (name!.toLowerCase() !== 'span') continue; // a tag we did not send: its text stays, the tag goes
    if (closing) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const id = SLOT_ATTR.exec(attrs);
    const slot = id ? Number(id[1] ?? id[2] ?? id[3]) : NaN;
    if (!Number.isInteger(slot) || slot < 0 || slot >= slotCount) {
      // A span of the server's own: a transparent group, so its closing tag balances.
      if (!selfClosing) stack.push({ children: top().children, slot: null });
      continue;
    }
    const node: MarkupNode = { kind: 'slot', slot, children: [] };
    top().children.push(node);
    if (!selfClosing) stack.push({ children: node.children, slot });
  }
  pushText(markup.slice(cursor));
  return root;
}

/** Slot numbers present in a tree. */
function slotsIn(nodes: readonly MarkupNode[], into = new Set<number>()): Set<number> {
  for (const node of nodes) {
    if (node.kind === 'slot') {
      into.add(node.slot);
      slotsIn(node.children, into);
    }
  }
  return into;
}

function isAtomic(el: Element): boolean {
  return ATOMIC.has(el.localName);
}

/**
 * DOM nodes for a translated run, owned by `doc`: placeholders become copies
 * of the original elements (attributes from the original only), atomic ones
 * whole. A placeholder used twice is kept once; an atomic element the
 * translation lost (an image, a formula) is appended, so nothing disappears.
 */
export function buildTranslatedNodes(doc: Document, tree: readonly MarkupNode[], slots: readonly Element[]): Node[] {
  const used = new Set<number>();
  const build = (nodes: readonly MarkupNode[]): Node[] =>
    nodes.flatMap((node): Node[] => {
      if (node.kind === 'text') return [doc.createTextNode(node.text)];
      const original = slots[node.slot];
      if (!original || used.has(node.slot)) return build(node.children);
      used.add(node.slot);
      if (isAtomic(original)) return [doc.importNode(original, true)];
      const copy = doc.importNode(original, false) as Element;
      copy.append(...build(node.children));
      return [copy];
    });
  const out = build(tree);
  const present = slotsIn(tree);
  slots.forEach((el, i) => {
    if (!present.has(i) && isAtomic(el) && el.localName !== 'br' && el.localName !== 'wbr') out.push(doc.createTextNode(' '), doc.importNode(el, true));
  });
  return out;
}

/** Plain translated text as nodes: line breaks become <br>. */
export function buildTextNodes(doc: Document, text: string): Node[] {
  const out: Node[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push(doc.createElement('br'));
    if (line) out.push(doc.createTextNode(line));
  });
  return out;
}
