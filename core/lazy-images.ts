/**
 * Lazy-loaded images carry their real address in data attributes until a
 * script swaps it in; the clone runs no scripts, so we swap it ourselves.
 */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^(?:data:image\/(?:gif|png|svg)|about:blank)|(?:blank|spacer|placeholder|lazy|loading|transparent)\.(?:gif|png|svg|jpg)/iu;

export function resolveLazyImages(doc: Document): void {
  for (const img of Array.from(doc.querySelectorAll('img, source'))) {
    const src = img.getAttribute('src');
    if (!src || PLACEHOLDER.test(src)) {
      const real = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER.test(v));
      if (real) img.setAttribute('src', real);
    }
    if (!img.getAttribute('srcset')) {
      const set = LAZY_SRCSET.map((a) => img.getAttribute(a)).find(Boolean);
      if (set) img.setAttribute('srcset', set);
    }
  }
}
