/**
 * The one place where page-derived markup becomes HTML or DOM. Everything we
 * render from a page passes through here: DOMPurify with an allow-list fit for
 * articles. No scripts, handlers, forms, frames, styles, <base>, SVG or
 * javascript:/data: links; links open outside the reader.
 */
import createDOMPurify, { type Config } from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details',
  'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins',
  'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'source', 'span', 'strong',
  'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr', 'article',
];
/** Presentation MathML: formulas render natively in Chromium and Firefox. No annotation-xml (it can carry HTML). */
const MATHML_TAGS = [
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'mstyle', 'merror', 'mpadded',
  'mphantom', 'mfenced', 'menclose', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover', 'mmultiscripts',
  'mprescripts', 'none', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'semantics',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'cite', 'lang', 'dir', 'type', 'media', 'open', 'scope', 'headers', 'start', 'reversed', 'display', 'mathvariant', 'stretchy', 'fence', 'separator', 'accent', 'accentunder', 'linethickness', 'columnalign', 'rowspacing', 'columnspacing', 'displaystyle', 'scriptlevel', 'lspace', 'rspace', 'largeop', 'movablelimits', 'form', 'notation'];
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/iu;

const CONFIG: Config = {
  ALLOWED_TAGS: [...ALLOWED_TAGS, ...MATHML_TAGS],
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_URL,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
};

type Purifier = ReturnType<typeof createDOMPurify>;
const purifiers = new WeakMap<object, Purifier>();

function purifierFor(win: Window): Purifier {
  let p = purifiers.get(win);
  if (!p) {
    p = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
    // On a DOM it cannot really work with, DOMPurify returns its input
    // untouched, even where it reports itself supported (happy-dom): prove it
    // strips a known payload once, and fail closed otherwise.
    const canary = p.isSupported ? String(p.sanitize('<img src="x" onerror="alert(1)"><script>1</script>')) : '<script';
    if (/onerror|<script/iu.test(canary)) throw new Error('The sanitizer cannot run on this DOM: refusing to return unsanitized HTML');
    p.addHook('afterSanitizeAttributes', (node) => {
      const el = node as Element;
      if (el.localName === 'a' && el.hasAttribute('href')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      }
    });
    purifiers.set(win, p);
  }
  return p;
}

const ALLOW_LINK_TARGET: Config = { ...CONFIG, ADD_ATTR: ['target', 'rel'] };

/**
 * Sanitized HTML string of a subtree (or of markup). A subtree from another
 * DOM implementation than `win`'s (Node hosts parse with happy-dom but
 * sanitize with jsdom) is serialized first and re-parsed by `win`.
 */
export function sanitizeToHtml(win: Window, dirty: Node | string): string {
  const sameDom = typeof dirty === 'string' || dirty instanceof (win as unknown as { Node: typeof Node }).Node;
  const input = sameDom ? dirty : ((dirty as Element).outerHTML ?? '');
  return purifierFor(win).sanitize(input, { ...ALLOW_LINK_TARGET, RETURN_TRUSTED_TYPE: false }) as unknown as string;
}

/** Sanitized markup as a fragment owned by `win`'s document, ready to append (the overlay uses this). */
export function sanitizeToFragment(win: Window, dirty: string): DocumentFragment {
  return purifierFor(win).sanitize(dirty, { ...ALLOW_LINK_TARGET, RETURN_DOM_FRAGMENT: true }) as unknown as DocumentFragment;
}

/**
 * A fetched page (the next page of a multi-page article) as an inert Document: DOMParser runs no scripts and
 * loads nothing. A <base> for its own URL makes its relative links resolve against it, not against the page
 * we are on. Nothing of it is shown until analyze() has cleaned and sanitized it.
 */
export function parseFetchedPage(win: Window, html: string, url: string): Document {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  const doc = new Parser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}
