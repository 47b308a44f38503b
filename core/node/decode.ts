/**
 * Turning page bytes into a string the way a browser would: gunzip when the
 * bytes are gzip, then BOM, then the HTTP charset, then valid UTF-8, then the
 * page's own `<meta charset>`, else windows-1252. Saved pages often keep a
 * stale `<meta charset=iso-8859-1>` after being re-saved as UTF-8, so valid
 * UTF-8 wins over a declared single-byte charset (as the shared scorers do).
 */
import { gunzipSync } from 'node:zlib';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzipIfNeeded(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? new Uint8Array(gunzipSync(bytes)) : bytes;
}

/** The `charset` parameter of a Content-Type header, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w:.-]+)"?/iu.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a page declares in its first 8 kB (`<meta charset>` or `http-equiv`), or null. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 8192)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  // Browsers read these labels as windows-1252.
  const l = /^(iso-8859-1|latin-?1|us-ascii|ascii)$/u.test(label) ? 'windows-1252' : label;
  try {
    return new TextDecoder(l);
  } catch {
    return null;
  }
}

/** Decode HTML bytes; `declared` is the charset from an HTTP Content-Type, if any. */
export function decodeHtml(bytes: Uint8Array, declared: string | null = null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const http = decoderFor(declared);
  if (http) return http.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    /* not UTF-8: fall through to the page's own declaration */
  }
  return (decoderFor(charsetFromMeta(bytes)) ?? new TextDecoder('windows-1252')).decode(bytes);
}
