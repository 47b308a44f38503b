/** Fetched pages decode as a browser would: BOM, HTTP charset, valid UTF-8, <meta charset>, else windows-1252. */
import { describe, expect, it } from 'vitest';
import { charsetOf, decodePage } from '../../../core/pages/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

describe('decoding a fetched page', () => {
  it('reads UTF-8 by default and with a BOM', () => {
    expect(decodePage(utf8('<p>Zürich – Jalan</p>'), null)).toBe('<p>Zürich – Jalan</p>');
    expect(decodePage(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('é')]), 'text/html; charset=iso-8859-1')).toBe('é');
  });

  it('follows the HTTP charset, then the page\'s <meta charset> when the bytes are not UTF-8', () => {
    expect(decodePage(latin1('<p>caf\u00e9</p>'), 'text/html; charset=ISO-8859-1')).toBe('<p>café</p>');
    // Привет in windows-1251: not valid UTF-8, so the <meta charset> decides.
    expect(decodePage(latin1('<meta charset="windows-1251"><p>\u00cf\u00f0\u00e8\u00e2\u00e5\u00f2</p>'), 'text/html')).toContain('<p>Привет</p>');
    expect(decodePage(latin1('<p>na\u00efve</p>'), null)).toBe('<p>naïve</p>');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset="UTF-8"')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeNull();
  });
});
