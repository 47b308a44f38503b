/**
 * Plain text that keeps the article's blocks: each paragraph, heading, list
 * item, caption or table row on its own, separated by a blank line, so two
 * paragraphs are never glued into one ("…akhir.Awal…").
 */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tr', 'ul', 'caption', 'center',
]);
/**
 * Left out with their text. `rt` / `rp` are ruby annotations (Japanese furigana, Chinese pinyin or zhuyin) and their
 * fallback brackets: a reading aid set above the base text, not part of the sentence ("子こども" for "子").
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'button', 'select', 'textarea', 'input', 'rt', 'rp']);
const CELL = new Set(['td', 'th']);

/** Elements that end a line, or whose text is left out or set apart: a root with none of them inside is one line. */
const LINE_SHAPING = [...BLOCK, ...SKIP, ...CELL, 'br'].join(', ');
const NOT_A_LINE = new Set([...SKIP, ...CELL, 'br']);

/**
 * True when `blockText(root)` is one line that folds spaces as the cleaning's `textOf` does, so a caller holding
 * that text needs no second walk: nothing inside `root` starts a line, is left out or is a cell, and its text has
 * no U+2060 (the one space-like character `textOf` folds and `blockText` keeps).
 */
export function isOneLine(root: Element): boolean {
  return !NOT_A_LINE.has(root.localName) && root.querySelector(LINE_SHAPING) === null && !(root.textContent ?? '').includes('\u2060');
}

/** `skip`: elements whose text is left out (captions), their block boundaries kept. */
export function blockText(root: Node, skip?: (el: Element) => boolean): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\f\r\u00a0\u200b]+/gu, ' ').replace(/ *\n */gu, '\n').trim();
    if (t) blocks.push(t);
    line = '';
  };
  const leave = (node: Node) => {
    const name = (node as Element).localName ?? '';
    if (BLOCK.has(name)) flush();
    else if (CELL.has(name)) line += '\t';
  };
  // Iterative walk along child and sibling links, leaving each entered element on the way up: no stack, no
  // allocation per node, and deeply nested pages cannot overflow.
  let node: Node | null = root;
  while (node) {
    let enter = false;
    if (node.nodeType === 3) line += (node.nodeValue ?? '').replace(/\s+/gu, ' ');
    else if (node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11) {
      const name = (node as Element).localName ?? '';
      if (SKIP.has(name)) {
        // left out
      } else if (skip && node !== root && node.nodeType === 1 && skip(node as Element)) {
        if (BLOCK.has(name)) flush();
      } else if (name === 'br') line += '\n';
      else if (name !== 'img') {
        if (BLOCK.has(name)) flush();
        enter = true;
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (enter) leave(node);
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      leave(node);
    }
    node = node === root ? null : node.nextSibling;
  }
  flush();
  return blocks.map((b) => b.replace(/\t+$/u, '').replace(/\t/gu, ' | ')).join('\n\n');
}
