/** Links and images made absolute against the page URL, so the article works outside its page. */
const URL_ATTRS: [string, string][] = [['a', 'href'], ['img', 'src'], ['source', 'src'], ['video', 'src'], ['audio', 'src'], ['video', 'poster']];

function resolve(value: string, base: string): string {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

export function absolutizeUrls(root: Element, base: string): void {
  for (const [tag, attr] of URL_ATTRS) {
    for (const el of Array.from(root.querySelectorAll(`${tag}[${attr}]`))) {
      const value = el.getAttribute(attr)!;
      if (value.startsWith('#') || /^(?:data|mailto|tel):/iu.test(value)) continue;
      el.setAttribute(attr, resolve(value, base));
    }
  }
  for (const el of Array.from(root.querySelectorAll('img[srcset], source[srcset]'))) {
    const set = el.getAttribute('srcset')!;
    el.setAttribute('srcset', set.split(',').map((part) => {
      const [u, ...descriptor] = part.trim().split(/\s+/u);
      return u ? [resolve(u, base), ...descriptor].join(' ') : '';
    }).filter(Boolean).join(', '));
  }
}

/** The page's host without "www.", or null for an unparsable URL. */
export function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}
