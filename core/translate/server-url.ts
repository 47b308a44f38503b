/**
 * The address of a reader's own translation server, checked before it is
 * stored or asked for a permission: http or https only, no user:password, no
 * query or fragment (the API paths are appended to it). Also the host
 * permission pattern to request for it: match patterns cannot name a port,
 * so the pattern covers the host on every port.
 */
export type ServerUrlCheck =
  | { ok: true; url: string; permission: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'scheme' | 'credentials' | 'query' };

export function checkServerUrl(input: string): ServerUrlCheck {
  const raw = input.trim();
  if (!raw) return { ok: false, reason: 'empty' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//iu.test(raw) ? raw : `http://${raw}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  if (url.username || url.password) return { ok: false, reason: 'credentials' };
  if (url.search || url.hash) return { ok: false, reason: 'query' };
  if (!url.hostname) return { ok: false, reason: 'invalid' };
  const path = url.pathname.replace(/\/+$/u, '');
  return { ok: true, url: `${url.origin}${path}`, permission: `${url.protocol}//${url.hostname}/*` };
}

/** How a server engine is named next to its translations: the software and the host it runs on. */
export function serverLabel(engine: 'apertium' | 'libretranslate', url: string): string {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the address as given
  }
  return `${engine === 'apertium' ? 'Apertium' : 'LibreTranslate'} (${host})`;
}
