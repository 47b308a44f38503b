/** Sites in the "always open in reader" list: normalized host names that cover their subdomains, and nothing else. */
import { describe, expect, it } from 'vitest';
import { isListedSite, normalizeSiteHost, setPageListed, siteOfUrl, withSite } from '../../core/site-host';

describe('site hosts', () => {
  it.each([
    ['kompas.com', 'kompas.com'],
    ['https://www.Kompas.com/read/2024/03/11/x', 'kompas.com'],
    ['  nasional.tempo.co.  ', 'nasional.tempo.co'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['bücher.example', 'xn--bcher-kva.example'],
  ])('%j names %s', (input, host) => {
    expect(normalizeSiteHost(input)).toBe(host);
  });

  it.each(['', 'kompas com', 'kompas', 'file:///etc/passwd', 'javascript:alert(1)', '/path/only', 'http://', '-bad-.com'])('%j names no site', (input) => {
    expect(normalizeSiteHost(input)).toBeNull();
  });

  it('knows the site of web pages only', () => {
    expect(siteOfUrl('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOfUrl('chrome://extensions')).toBeNull();
    expect(siteOfUrl('file:///home/a.html')).toBeNull();
  });

  it('covers a listed site and its subdomains, not look-alikes', () => {
    const sites = ['kompas.com'];
    expect(isListedSite(sites, 'https://kompas.com/a')).toBe(true);
    expect(isListedSite(sites, 'https://nasional.kompas.com/read/1')).toBe(true);
    expect(isListedSite(sites, 'https://notkompas.com/a')).toBe(false);
    expect(isListedSite(sites, 'https://kompas.com.evil.example/a')).toBe(false);
    expect(isListedSite(sites, 'about:blank')).toBe(false);
  });

  it('adds a site once and removes it', () => {
    expect(withSite(['a.example'], 'b.example', true)).toEqual(['a.example', 'b.example']);
    expect(withSite(['a.example', 'b.example'], 'a.example', true)).toEqual(['b.example', 'a.example']);
    expect(withSite(['a.example', 'b.example'], 'a.example', false)).toEqual(['b.example']);
  });

  it('switching a page off removes every entry that covers it, switching on adds its own site', () => {
    expect(setPageListed(['kompas.com', 'tempo.co'], 'https://nasional.kompas.com/x', false)).toEqual(['tempo.co']);
    expect(setPageListed([], 'https://www.nasional.kompas.com/x', true)).toEqual(['nasional.kompas.com']);
    expect(setPageListed(['tempo.co'], 'chrome://newtab', true)).toEqual(['tempo.co']);
  });
});
