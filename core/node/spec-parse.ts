/**
 * Builds a document from parse5's spec-conformant parse using only standard
 * DOM calls, so any DOM implementation gets the tree a browser would build.
 * happy-dom's own parser strays from the spec on real pages (an <iframe> in
 * <head> swallows the body; parsing stops at some <svg>), which made whole
 * articles vanish.
 */
import { parse } from 'parse5';
import { plainStyle } from './style-attribute';

interface P5Attr { name: string; value: string; namespace?: string; prefix?: string }
interface P5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: P5Attr[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
  data?: string;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Deepest element nesting we build, as Blink's parser does (512): deeper
 * elements become children of the element at this depth. Browsers never hand
 * our content script a deeper parsed tree, and Node's DOMs (happy-dom, jsdom)
 * recurse per level when cloning or tearing down, so 10,000 levels would
 * overflow their stack.
 */
export const MAX_DEPTH = 512;

/**
 * An id or name that is also a Node property ("parentNode"): browsers keep it, but happy-dom then loops until
 * V8 aborts the whole process (found by the hostile pages). Nothing we read needs such an id, so Node parses
 * drop it. Only Node's own members: ids like "title" or "body" are common on real pages and stay.
 */
function clobbers(el: Element, attr: P5Attr): boolean {
  if ((attr.name !== 'id' && attr.name !== 'name') || attr.namespace) return false;
  const nodeMembers = Object.getPrototypeOf(Object.getPrototypeOf(el.ownerDocument.createTextNode(''))) as object; // CharacterData → Node
  return attr.value in nodeMembers;
}

function copyAttributes(el: Element, attrs: P5Attr[]): void {
  for (const a of attrs) {
    if (clobbers(el, a)) continue;
    try {
      if (a.namespace) el.setAttributeNS(a.namespace, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
      else el.setAttribute(a.name, a.name === 'style' ? plainStyle(a.value) : a.value);
    } catch {
      // A name the HTML parser accepts but the DOM API rejects (e.g. `"foo`): browsers keep it, but nothing we read needs it.
    }
  }
}

/** Parses `html` per the HTML spec into a fresh document created by `blank`. */
export function specParse(html: string, blank: Document): Document {
  const ast = parse(html) as unknown as P5Node;
  const doc = blank;
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  // Explicit stack instead of recursion: hostile pages nest tens of thousands deep.
  const stack: [P5Node, Node, number][] = [];
  for (let i = (ast.childNodes?.length ?? 0) - 1; i >= 0; i--) stack.push([ast.childNodes![i]!, doc, 1]);
  while (stack.length) {
    const [node, parent, depth] = stack.pop()!;
    let created: Node | null = null;
    switch (node.nodeName) {
      case '#text':
        created = doc.createTextNode(node.value ?? '');
        break;
      case '#comment':
        created = doc.createComment(node.data ?? '');
        break;
      case '#documentType':
        continue;
      default: {
        if (!node.tagName) continue;
        const kids = node.nodeName === 'template' && node.content ? node.content.childNodes ?? [] : node.childNodes ?? [];
        // An SVG or MathML <template> is no template; happy-dom's serializer throws on it (found by the fuzzer).
        const foreignTemplate = node.tagName === 'template' && (node.namespaceURI ?? HTML_NS) !== HTML_NS;
        if (depth > MAX_DEPTH || foreignTemplate) {
          // Too deep: this element's children go to its parent, keeping their order and text.
          for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, parent, depth]);
          continue;
        }
        let el: Element;
        try {
          el = doc.createElementNS(node.namespaceURI ?? HTML_NS, node.tagName);
        } catch {
          continue;
        }
        copyAttributes(el, node.attrs ?? []);
        created = el;
        const target: Node = node.nodeName === 'template' && 'content' in el ? (el as HTMLTemplateElement).content : el;
        for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, target, depth + 1]);
      }
    }
    if (created) parent.appendChild(created);
  }
  return doc;
}
