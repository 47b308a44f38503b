// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import type { PopupView } from '../../../components/popup-view';
import { translator } from './messages';
import { popupArticle } from './popup-fixture';

const t = translator('en');
let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function show(view: PopupView, onToggleReader = vi.fn()) {
  render(<Popup view={view} t={t} onToggleReader={onToggleReader} />, root);
  return onToggleReader;
}

const article: PopupView = {
  kind: 'article',
  summary: popupArticle(),
};

describe('Popup', () => {
  it('shows the article facts as text and a Reader mode button that calls its action', () => {
    const onToggle = show(article);
    expect(root.querySelector('.title')?.textContent).toBe('Putin: Pertemuan Korea Utara');
    expect(root.querySelector('.card .site')?.textContent).toBe('Jurnal Soreang');
    expect(root.querySelector('.reading-time')?.textContent).toBe('3 min read');
    expect(root.querySelector('.removed')?.textContent).toBe('20 clutter items removed');
    const button = root.querySelector<HTMLButtonElement>('button.primary')!;
    expect(button.textContent).toBe('Reader mode');
    button.click();
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('says "1 clutter item" in the singular and offers to close an open reader', () => {
    show({ kind: 'article', summary: { ...(article as Extract<PopupView, { kind: 'article' }>).summary, removedCount: 1, readerOpen: true } });
    expect(root.querySelector('.removed')?.textContent).toBe('1 clutter item removed');
    expect(root.querySelector('button.primary')?.textContent).toBe('Close reader mode');
    expect(root.querySelector('button.primary')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('renders page text as text, never as markup', () => {
    show({ kind: 'article', summary: popupArticle({ title: '<img src=x onerror=alert(1)>', site: 'S', readingTimeMinutes: 1, removedCount: 0 }) });
    expect(root.querySelector('img[src="x"]')).toBeNull();
    expect(root.querySelector('.title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('says so when the page has no article, with no reader button', () => {
    show({ kind: 'no-article', readerOpen: false });
    expect(root.querySelector('[data-state="no-article"] .title')?.textContent).toBe('No article found');
    expect(root.textContent).toContain("doesn't look like an article");
    expect(root.querySelector('button')).toBeNull();
  });

  it('says a huge page is too large, not that it has no article', () => {
    show({ kind: 'no-article', readerOpen: false, tooLarge: true });
    expect(root.querySelector('[data-state="no-article"] .title')?.textContent).toBe('This page is too large for reader mode');
    expect(root.textContent).not.toContain("doesn't look like an article");
  });

  it.each([
    ['browser-page', "browser's own pages"],
    ['store', 'Extension stores are protected'],
    ['pdf', 'PDF'],
    ['file-access', 'Allow access to file URLs'],
    ['cannot-access', "didn't let Jernih read this page"],
  ] as const)('explains a restricted page (%s)', (reason, phrase) => {
    show({ kind: 'restricted', reason });
    expect(root.querySelector('[data-state="restricted"] .title')?.textContent).toBe("Jernih can't run on this page");
    expect(root.textContent).toContain(phrase);
    expect(root.querySelector('button')).toBeNull();
  });

  it('shows a loading state, then errors in plain words', () => {
    show({ kind: 'loading' });
    expect(root.querySelector('[data-state="loading"]')?.textContent).toBe('Reading this page…');
    show({ kind: 'error', message: 'The tab was closed.' });
    expect(root.querySelector('[data-state="error"]')?.textContent).toContain('Something went wrong');
    expect(root.textContent).toContain('The tab was closed.');
  });

  it('disables the button while busy so one click does one toggle', () => {
    render(<Popup view={article} t={t} onToggleReader={vi.fn()} busy />, root);
    expect(root.querySelector<HTMLButtonElement>('button.primary')?.disabled).toBe(true);
  });
});
