// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderNotice } from '../../../components/ReaderNotice';
import { ReaderOverlay, type OverlayArticle } from '../../../components/ReaderOverlay';
import { translator } from './messages';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function body(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const p = document.createElement('p');
  p.textContent = 'Pemimpin Rusia Vladimir Putin menyatakan bahwa pertemuan itu tidak melanggar apa pun.';
  fragment.append(p);
  return fragment;
}

function article(overrides: Partial<OverlayArticle> = {}): OverlayArticle {
  return {
    title: 'Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian',
    lang: 'id',
    dir: 'ltr',
    byline: 'Yoga Mulyana',
    siteName: 'Jurnal Soreang',
    source: 'ANTARA',
    publishedTime: '2023-09-23T17:02:00+07:00',
    readingTimeMinutes: 3,
    body: body(),
    ...overrides,
  };
}

describe('ReaderOverlay', () => {
  it('renders title, byline, site, date, reading time, source and the article body', () => {
    render(<ReaderOverlay article={article()} t={translator('en')} onClose={vi.fn()} />, root);
    expect(root.querySelector('h1')?.textContent).toBe('Putin: Pertemuan Korea Utara Dengan Rusia Tidak Melanggar Perjanjian');
    expect(root.querySelector('.site')?.textContent).toBe('Jurnal Soreang');
    const meta = root.querySelector('.meta')?.textContent ?? '';
    expect(meta).toContain('By Yoga Mulyana');
    expect(meta).toContain('23 September 2023');
    expect(meta).toContain('3 min read');
    expect(root.querySelector('.source')?.textContent).toBe('Source: ANTARA');
    expect(root.querySelector('.article-body p')?.textContent).toContain('Vladimir Putin');
  });

  it('sets lang and dir on the article container', () => {
    render(<ReaderOverlay article={article({ lang: 'ar', dir: 'rtl' })} t={translator('en')} onClose={vi.fn()} />, root);
    const container = root.querySelector('article')!;
    expect(container.getAttribute('lang')).toBe('ar');
    expect(container.getAttribute('dir')).toBe('rtl');
  });

  it('leaves out what the page does not say instead of printing empty labels', () => {
    render(<ReaderOverlay article={article({ byline: null, siteName: null, source: null, publishedTime: null })} t={translator('en')} onClose={vi.fn()} />, root);
    expect(root.querySelector('.site')).toBeNull();
    expect(root.querySelector('.source')).toBeNull();
    expect(root.querySelector('.meta')?.textContent).toBe('3 min read');
  });

  it('is a labelled modal dialog whose close button gets focus and calls onClose', () => {
    const onClose = vi.fn();
    act(() => render(<ReaderOverlay article={article()} t={translator('en')} onClose={onClose} />, root)); // act flushes effects
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Jernih reader mode');
    const close = root.querySelector<HTMLButtonElement>('button.close')!;
    expect(document.activeElement).toBe(close);
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('speaks Indonesian with the Indonesian messages', () => {
    render(<ReaderOverlay article={article()} t={translator('id')} onClose={vi.fn()} />, root);
    expect(root.querySelector('.meta')?.textContent).toContain('Oleh Yoga Mulyana');
    expect(root.querySelector('.meta')?.textContent).toContain('3 menit baca');
    expect(root.querySelector('.source')?.textContent).toBe('Sumber: ANTARA');
    expect(root.querySelector('button.close')?.textContent).toContain('Tutup');
  });
});

describe('ReaderNotice', () => {
  it('says the page has no article and can be closed', () => {
    const onClose = vi.fn();
    render(<ReaderNotice t={translator('en')} onClose={onClose} />, root);
    expect(root.querySelector('h1')?.textContent).toBe('No article found');
    expect(root.querySelector('article')).toBeNull();
    root.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says a huge page is too large rather than that it has no article', () => {
    render(<ReaderNotice t={translator('id')} onClose={() => {}} tooLarge />, root);
    expect(root.querySelector('h1')?.textContent).toBe('Halaman ini terlalu besar untuk mode baca');
    expect(root.textContent).toContain('20.000');
  });
});
