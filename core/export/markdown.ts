/**
 * An article as CommonMark (with GFM tables and strikethrough): a title, a
 * source line, the link, then the body converted from the sanitized article
 * DOM: headings, paragraphs, lists, links, quotes, code, tables and images
 * with their alt text. Pure: DOM in, string out; it reads nodes only, never
 * serializes markup, and works on any DOM (browser, happy-dom, jsdom).
 */

export interface MarkdownArticle {
  title: string;
  /** The article's link (canonical when known); relative links in the body resolve against it. */
  url: string | null;
  /** Site, author, date … already worded for the reader; joined with " · ". Empty parts are skipped. */
  sourceLine: readonly (string | null | undefined)[];
  /** The article body (sanitized DOM). */
  body: ParentNode;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements whose content we never export. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'button', 'svg', 'iframe', 'form', 'input', 'select', 'textarea']);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

/** Characters that would start Markdown syntax inside running text. */
const INLINE_SPECIALS = /[\\`*_[\]<>~|]/gu;

/** Escapes text so it reads back as the same text, not as Markdown. */
export function escapeMarkdownText(text: string): string {
  return text.replace(INLINE_SPECIALS, '\\$&').replace(/&(?=#?\w+;)/gu, '\\&');
}

/** Escapes what would make a line a heading, quote, list item or rule when it is only text. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|(\d{1,9})([.)])(?=\s|$)|=+\s*$)/u, (_m, space: string, mark: string, digits?: string, dot?: string) =>
    digits ? `${space}${digits}\\${dot}` : `${space}\\${mark}`);
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT;
}

function tag(node: Node): string {
  return isElement(node) ? node.localName.toLowerCase() : '';
}

interface Context {
  base: string | null;
}

/** An absolute http(s)/mailto URL, or null for anything we should not link to. */
function resolveUrl(raw: string | null, ctx: Context): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = ctx.base ? new URL(value, ctx.base) : new URL(value);
    return /^(?:https?|mailto|tel):$/u.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A URL as a link destination: spaces and parentheses percent-encoded so the destination can't end early. */
function destination(url: string): string {
  return url.replace(/[\s()<>]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function firstSrcsetCandidate(srcset: string | null): string | null {
  const first = srcset?.split(',')[0]?.trim().split(/\s+/u)[0];
  return first || null;
}

function imageMarkdown(img: Element, ctx: Context): string {
  const src = resolveUrl(img.getAttribute('src'), ctx) ?? resolveUrl(firstSrcsetCandidate(img.getAttribute('srcset')), ctx);
  if (!src) return '';
  const alt = escapeMarkdownText((img.getAttribute('alt') ?? '').replace(/\s+/gu, ' ').trim());
  return `![${alt}](${destination(src)})`;
}

/** Wraps `inner` in a delimiter, keeping its outer spaces outside (`** bold**` would not be bold). */
function wrap(inner: string, delimiter: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inner)!;
  return m[2] ? `${m[1]}${delimiter}${m[2]}${delimiter}${m[3]}` : inner;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/gu), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Inline content of `node`'s children: text with emphasis, links, code and images. Newlines only from <br>. */
function inline(node: Node, ctx: Context): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out += inlineNode(child, ctx);
  return out;
}

function inlineNode(node: Node, ctx: Context): string {
  if (node.nodeType === TEXT) return escapeMarkdownText((node.nodeValue ?? '').replace(/\s+/gu, ' '));
  if (!isElement(node)) return '';
  const name = tag(node);
  if (SKIP.has(name)) return '';
  switch (name) {
    case 'br':
      return '  \n';
    case 'img':
      return imageMarkdown(node, ctx);
    case 'strong':
    case 'b':
      return wrap(inline(node, ctx), '**');
    case 'em':
    case 'i':
    case 'cite':
    case 'dfn':
      return wrap(inline(node, ctx), '*');
    case 'del':
    case 's':
    case 'strike':
      return wrap(inline(node, ctx), '~~');
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt': {
      const text = (node.textContent ?? '').replace(/\s+/gu, ' ');
      return text.trim() ? codeSpan(text) : text;
    }
    case 'q':
      return `“${inline(node, ctx)}”`;
    case 'a': {
      const text = inline(node, ctx);
      const raw = node.getAttribute('href');
      // A jump within the page ("#top") means nothing once the text leaves it.
      const href = raw?.trim().startsWith('#') ? null : resolveUrl(raw, ctx);
      if (!href) return text;
      const label = text.replace(/\s+/gu, ' ').trim();
      if (!label) return `<${href}>`;
      const m = /^(\s*)[\s\S]*?(\s*)$/u.exec(text)!;
      return `${m[1]}[${label}](${destination(href)})${m[2]}`;
    }
    default:
      // Any block that turns up inside inline content (a <p> in a link) reads as a space-separated run.
      return BLOCKS.has(name) ? ` ${inline(node, ctx)} ` : inline(node, ctx);
  }
}

/** Trims a paragraph's lines, collapses spaces and escapes line starts that would read as structure. */
function paragraph(text: string): string {
  return text
    .split('\n')
    .map((line, i, lines) => {
      const hardBreak = i < lines.length - 1 && / {2}$/u.test(line);
      const tidy = line.replace(/ {2,}/gu, ' ').trim();
      return escapeLineStart(tidy) + (hardBreak && tidy ? '  ' : '');
    })
    .join('\n')
    .replace(/^(?:\s*\n)+|(?:\n\s*)+$/gu, '')
    .replace(/ +$/u, '');
}

/** Block content of `node`'s children: one string per block, in order. */
function blocks(node: Node, ctx: Context): string[] {
  const out: string[] = [];
  let pending = '';
  const flush = () => {
    const text = paragraph(pending);
    if (text) out.push(text);
    pending = '';
  };
  for (const child of Array.from(node.childNodes)) {
    const name = tag(child);
    if (isElement(child) && BLOCKS.has(name)) {
      flush();
      out.push(...block(child, ctx));
    } else {
      pending += inlineNode(child, ctx);
    }
  }
  flush();
  return out;
}

function block(el: Element, ctx: Context): string[] {
  const name = tag(el);
  if (SKIP.has(name)) return [];
  if (/^h[1-6]$/u.test(name)) {
    // The article's title is the one level-1 heading; the body's headings start one level below it.
    const level = Math.min(6, Number(name[1]) + (name === 'h1' ? 1 : 0));
    const text = paragraph(inline(el, ctx).replace(/\s*\n\s*/gu, ' '));
    return text ? [`${'#'.repeat(level)} ${text}`] : [];
  }
  switch (name) {
    case 'p':
    case 'dt':
    case 'summary': {
      const text = paragraph(inline(el, ctx));
      return text ? [text] : [];
    }
    case 'hr':
      return ['---'];
    case 'pre':
      return [fencedCode(el)];
    case 'blockquote': {
      const inner = blocks(el, ctx).join('\n\n');
      return inner ? [inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')] : [];
    }
    case 'ul':
    case 'ol':
      return list(el, ctx);
    case 'figcaption': {
      const text = paragraph(inline(el, ctx));
      return text ? [wrap(text, '*')] : [];
    }
    case 'table':
      return table(el, ctx);
    case 'dd':
      return blocks(el, ctx).map((b) => b.split('\n').map((line) => (line ? `  ${line}` : line)).join('\n'));
    default:
      return blocks(el, ctx);
  }
}

function fencedCode(pre: Element): string {
  const text = (pre.textContent ?? '').replace(/\n$/u, '');
  const longest = Math.max(0, ...Array.from(text.matchAll(/^`{3,}/gmu), (m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}

/** Our own list markers (text that merely looks like one was escaped by `paragraph`). */
const LIST_MARKER = /^(?:\d+\.|-) /u;

function list(el: Element, ctx: Context): string[] {
  const ordered = tag(el) === 'ol';
  const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
  let n = Number.isFinite(start) ? start : 1;
  const items: string[] = [];
  let loose = false;
  for (const child of Array.from(el.children)) {
    if (tag(child) !== 'li') continue;
    const marker = ordered ? `${n++}. ` : '- ';
    const parts = blocks(child, ctx);
    // A nested list follows its line directly; a second paragraph needs a blank line, which makes the list loose.
    if (parts.slice(1).some((part) => !LIST_MARKER.test(part))) loose = true;
    const body = parts.map((part, i) => (i === 0 ? part : `${LIST_MARKER.test(part) ? '\n' : '\n\n'}${part}`)).join('');
    const indent = ' '.repeat(marker.length);
    items.push((marker + body.split('\n').map((line, i) => (i === 0 || !line ? line : indent + line)).join('\n')).trimEnd());
  }
  return items.length ? [items.join(loose ? '\n\n' : '\n')] : [];
}

function cellText(cell: Element, ctx: Context): string {
  // Pipes in text are already escaped by escapeMarkdownText.
  return paragraph(inline(cell, ctx).replace(/\s*\n\s*/gu, ' ')) || ' ';
}

/** A GFM table; the first row is the header (GFM needs one). */
function table(el: Element, ctx: Context): string[] {
  const rows = Array.from(el.querySelectorAll('tr')).filter((tr) => tr.closest('table') === el);
  const cells = rows.map((tr) => Array.from(tr.children).filter((c) => /^t[dh]$/u.test(tag(c))).map((c) => cellText(c, ctx)));
  const width = Math.max(0, ...cells.map((r) => r.length));
  if (width === 0) return [];
  const pad = (row: string[]) => `| ${[...row, ...Array(width - row.length).fill(' ')].join(' | ')} |`;
  const lines = [pad(cells[0]!), `|${' --- |'.repeat(width)}`, ...cells.slice(1).map(pad)];
  const caption = el.querySelector('caption');
  return caption ? [wrap(paragraph(inline(caption, ctx)), '*'), lines.join('\n')] : [lines.join('\n')];
}

/** The body alone, as Markdown blocks separated by blank lines. */
export function bodyToMarkdown(body: ParentNode, baseUrl: string | null = null): string {
  return blocks(body as unknown as Node, { base: baseUrl }).join('\n\n');
}

/** Title, source line, link, then the body; ends with one newline. */
export function articleToMarkdown(article: MarkdownArticle): string {
  const out: string[] = [];
  const title = article.title.replace(/\s+/gu, ' ').trim();
  if (title) out.push(`# ${escapeMarkdownText(title)}`);
  const source = article.sourceLine.map((part) => part?.replace(/\s+/gu, ' ').trim()).filter((part): part is string => !!part);
  if (source.length) out.push(`*${source.map(escapeMarkdownText).join(' · ')}*`);
  const link = resolveUrl(article.url, { base: null });
  if (link) out.push(`<${link}>`);
  const body = bodyToMarkdown(article.body, link);
  if (body) out.push(body);
  return `${out.join('\n\n')}\n`;
}
