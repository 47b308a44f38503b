/**
 * The pieces of an article that get translated, found on its (sanitized) DOM:
 * every run of inline content inside a block: paragraphs, headings, list
 * items, captions, quotes, table cells, and the loose text of a mixed block.
 * Code blocks, formulas and other non-prose stay as they are. The walk is
 * deterministic, so the same article DOM (or a copy of it) gives the same
 * units in the same order: the content script translates the units of the
 * original, the view shows them on its copy.
 */
import { encodeInline, type EncodedInline } from './inline-markup';

/** Elements that start a new block: their inline content is a unit of its own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'menu',
]);

/** Blocks whose content is not prose: never translated. */
const SKIPPED = new Set(['pre', 'script', 'style', 'template', 'noscript', 'math', 'svg', 'textarea', 'select']);

export type UnitKind = 'heading' | 'caption' | 'quote' | 'list' | 'cell' | 'paragraph';

export interface ArticleUnit extends EncodedInline {
  /** The block the run lives in. */
  container: Element;
  /** The run itself: consecutive inline siblings inside `container`. */
  nodes: Node[];
  kind: UnitKind;
  /** Whether the run is all of the container's content (the usual case: a whole <p>). */
  whole: boolean;
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && (BLOCKS.has((node as Element).localName) || SKIPPED.has((node as Element).localName));
}

function kindOf(container: Element): UnitKind {
  const name = container.localName;
  if (/^h[1-6]$/u.test(name)) return 'heading';
  if (name === 'figcaption' || name === 'caption' || container.closest('figcaption')) return 'caption';
  if (container.closest('blockquote, q')) return 'quote';
  if (container.closest('li, dt, dd')) return 'list';
  if (container.closest('td, th')) return 'cell';
  return 'paragraph';
}

const HAS_WORDS = /[\p{L}\p{N}]/u;

/** The translatable units under `root`, in reading order. */
export function findUnits(root: ParentNode): ArticleUnit[] {
  const units: ArticleUnit[] = [];
  const visit = (container: ParentNode): void => {
    const children = Array.from(container.childNodes);
    let run: Node[] = [];
    const flush = () => {
      const nodes = run;
      run = [];
      if (nodes.length === 0 || container.nodeType !== 1) return;
      const encoded = encodeInline(nodes);
      if (!HAS_WORDS.test(encoded.text)) return;
      const el = container as Element;
      const whole = children.every((child) => nodes.includes(child) || (child.nodeType === 3 && !(child.nodeValue ?? '').trim()) || child.nodeType === 8);
      units.push({ ...encoded, container: el, nodes, kind: kindOf(el), whole });
    };
    for (const child of children) {
      if (child.nodeType === 1 && SKIPPED.has((child as Element).localName)) {
        flush();
      } else if (isBlock(child)) {
        flush();
        visit(child as Element);
      } else if (child.nodeType === 3 || child.nodeType === 1) {
        run.push(child);
      }
    }
    flush();
  };
  visit(root);
  return units;
}

/**
 * The article body (a sanitized fragment) copied into a fresh wrapper, and
 * its units. The content script and the view both start here, so loose text
 * at the top of the fragment is a unit on both sides and the indexes agree.
 */
export function articleUnits(body: Node, doc: Document): { root: HTMLElement; units: ArticleUnit[] } {
  const root = doc.createElement('div');
  root.append(doc.importNode(body, true));
  return { root, units: findUnits(root) };
}
