/**
 * Sites as a reader names them in the "always open in reader" list: a host
 * name, lower case, without "www.", punycoded. An entry covers its
 * subdomains too ("kompas.com" covers "nasional.kompas.com"), because news
 * sites spread one outlet over many.
 */

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;

/**
 * The host a reader meant by `input` ("https://www.Kompas.com/read/…", "kompas.com", "kompas.com."), or null
 * when it names no web site (empty, a path alone, "localhost:abc", a bare word with spaces).
 */
export function normalizeSiteHost(input: string): string | null {
  const raw = input.trim();
  if (!raw || /\s/u.test(raw) || raw.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname.replace(/\.$/u, '').replace(/^www\./u, '');
  if (host.startsWith('[')) return host; // an IPv6 literal, kept as the URL parser wrote it
  // One label ("kompas") is a typo for a site far more often than an intranet host.
  return HOST.test(host) && (host.includes('.') || host === 'localhost') ? host : null;
}

/** The site of a page URL, or null for pages that are not on the web (file:, chrome:, about:…). */
export function siteOfUrl(url: string): string | null {
  return /^https?:\/\//iu.test(url) ? normalizeSiteHost(url) : null;
}

/** True when the page at `url` is one of `sites` or on a subdomain of one. */
export function isListedSite(sites: readonly string[], url: string): boolean {
  const host = siteOfUrl(url);
  if (!host) return false;
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The list with `site` added once (kept in the order the reader added them), or removed. */
export function withSite(sites: readonly string[], site: string, listed: boolean): string[] {
  const rest = sites.filter((s) => s !== site);
  return listed ? [...rest, site] : rest;
}

/**
 * The list after the switch for the page at `url` is set: on adds the page's own site; off removes every entry
 * that covers the page (its site and any parent domain listed), so the page really stops opening by itself.
 */
export function setPageListed(sites: readonly string[], url: string, listed: boolean): string[] {
  const host = siteOfUrl(url);
  if (!host) return [...sites];
  if (listed) return withSite(sites, host, true);
  return sites.filter((site) => !(host === site || host.endsWith(`.${site}`)));
}
