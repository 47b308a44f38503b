/**
 * Where a page's prose is: its text grouped into blocks (the text of each
 * block-level element, runs of loose text included), and which of those read
 * as sentences. Candidate choice uses it as structural evidence that does not
 * depend on class names or language.
 */
import { countWords } from './clean/text';

/** Elements that start a block of text of their own (inline elements and `<br>` do not). */
const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
/** Text that is never read: code, fallbacks, form controls, graphics. */
const UNREAD: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'textarea', 'svg', 'math']);
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu;
const HAS_TEXT = /[\p{L}\p{N}]/u;

export interface TextBlock {
  /** The block-level element the text sits in directly. */
  el: Element;
  /** Its text, whitespace folded. */
  text: string;
  /** How many of its non-space characters are link text. */
  linkChars: number;
  chars: number;
}

function hidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

/** The text blocks under `root` in document order; hidden elements and code are skipped. */
export function textBlocks(root: Element): TextBlock[] {
  const byElement = new Map<Element, { el: Element; parts: string[]; linkChars: number }>();
  const order: Element[] = [];
  // Iterative walk: pages nest thousands of levels deep.
  const stack: { node: Node; block: Element; inLink: boolean }[] = [{ node: root, block: root, inLink: false }];
  while (stack.length) {
    const { node, block, inLink } = stack.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!HAS_TEXT.test(value)) continue;
      let entry = byElement.get(block);
      if (!entry) {
        entry = { el: block, parts: [], linkChars: 0 };
        byElement.set(block, entry);
        order.push(block);
      }
      entry.parts.push(value);
      if (inLink) entry.linkChars += value.replace(/\s+/gu, '').length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && (UNREAD.has(el.localName) || hidden(el))) continue;
    const nextBlock = el === root || BLOCKS.has(el.localName) ? el : block;
    const link = inLink || el.localName === 'a';
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, block: nextBlock, inLink: link });
  }
  return order.map((el) => {
    const entry = byElement.get(el)!;
    const text = entry.parts.join(' ').replace(/\s+/gu, ' ').trim();
    return { el, text, linkChars: entry.linkChars, chars: text.replace(/\s+/gu, '').length };
  });
}

/**
 * A sentence's end: . ! ? … after two lower-case letters (not an initial, "W.") or a number or closing quote, or a
 * full stop of the scripts written without spaces.
 */
const SENTENCE_ENDS = /(?:[\p{Ll}\p{Lo}\p{Lm}\p{M}]{2}|[\p{N}%)"”’»])[.!?…؟।]+(?=\s|$|["'”’»)\]])|[。！？]/gu;
/** Fewer words than this is a label, a title or a line of data, not a paragraph. */
const MIN_PROSE_WORDS = 8;
/** Prose has a sentence end at least every this many words; a list of names, prices or links set as one block does not. */
const MAX_WORDS_PER_SENTENCE = 50;
const MAX_LINK_SHARE = 0.3;

/** A block that reads as prose: sentences, eight words or more, little of it link text. */
export function isProseBlock(block: TextBlock): boolean {
  if (!block.chars || block.linkChars / block.chars >= MAX_LINK_SHARE) return false;
  const words = countWords(block.text);
  if (words < MIN_PROSE_WORDS) return false;
  const sentences = block.text.match(SENTENCE_ENDS)?.length ?? 0;
  return sentences > 0 && sentences * MAX_WORDS_PER_SENTENCE >= words;
}

/** Prose characters under each element (the blocks' own element and every ancestor up to `root`). */
export function proseByElement(root: Element, blocks: readonly TextBlock[] = textBlocks(root)): Map<Element, number> {
  const totals = new Map<Element, number>();
  for (const block of blocks) {
    if (!isProseBlock(block)) continue;
    for (let a: Element | null = block.el; a; a = a.parentElement) {
      totals.set(a, (totals.get(a) ?? 0) + block.chars);
      if (a === root) break;
    }
  }
  return totals;
}
