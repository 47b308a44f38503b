/**
 * Bytes of a fetched page to text the way a browser decodes them: BOM, then
 * the HTTP charset, then valid UTF-8, then the page's own <meta charset>,
 * else windows-1252. Pure: TextDecoder exists in browsers and in Node.
 */

/** The `charset` parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w:.-]+)"?/iu.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

function decoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(/^(?:iso-8859-1|latin-?1|us-ascii|ascii)$/iu.test(label) ? 'windows-1252' : label);
  } catch {
    return null;
  }
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 8192));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const declared = decoder(charsetOf(contentType));
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return (decoder(metaCharset(bytes)) ?? new TextDecoder('windows-1252')).decode(bytes);
  }
}
