// @vitest-environment happy-dom
/**
 * The overlay's toolbar, appearance panel and "What was removed" list, as a
 * keyboard and screen-reader user meets them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderOverlay, type OverlayArticle } from '../../../components/ReaderOverlay';
import { DEFAULT_APPEARANCE, type ReaderAppearance } from '../../../components/reader/appearance';
import type { RemovedItem } from '../../../core/types';
import { translator } from '../components/messages';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function article(): OverlayArticle {
  const body = document.createDocumentFragment();
  const p = document.createElement('p');
  p.textContent = 'Pemimpin Rusia Vladimir Putin menyatakan bahwa pertemuan itu tidak melanggar apa pun.';
  body.append(p);
  return {
    title: 'Putin: Pertemuan Tidak Melanggar Perjanjian', lang: 'id', dir: 'ltr', byline: null, siteName: 'Jurnal Soreang',
    source: 'ANTARA', publishedTime: null, readingTimeMinutes: 3, body,
  };
}

const REMOVED: RemovedItem[] = [
  { kind: 'promo', text: 'Baca Juga: Jadwal Persib Pekan Ini', rule: 'promo-lead-in' },
  { kind: 'ad', text: 'ADVERTISEMENT', rule: 'ad-label' },
  { kind: 'promo', text: 'Baca Juga: Harga Emas Hari Ini', rule: 'promo-lead-in' },
  { kind: 'ad', text: '', rule: 'class-token:ad' },
  { kind: 'share', text: 'Bagikan ke Facebook', rule: 'share-bar' },
];

function mount(props: Partial<Parameters<typeof ReaderOverlay>[0]> = {}, locale: 'en' | 'id' = 'en') {
  act(() => render(<ReaderOverlay article={article()} t={translator(locale)} onClose={vi.fn()} {...props} />, root));
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T & HTMLElement>(selector);
const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];

describe('reader toolbar', () => {
  it('is a labelled toolbar: Appearance, Copy as Markdown, Print, then other features, then Close', () => {
    mount({ appearance: DEFAULT_APPEARANCE, onAppearanceChange: vi.fn(), onCopyMarkdown: vi.fn(), onPrint: vi.fn(), actions: <button type="button" class="tool listen">Listen</button> });
    const toolbar = $('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).toBe('Reader tools');
    expect($$('[role="toolbar"] button').map((b) => b.textContent?.trim())).toEqual(['Aa Appearance', 'Copy as Markdown', 'Print', 'Listen', '× Close']);
  });

  it('shows only the tools that are wired (the plain overlay keeps just Close)', () => {
    mount();
    expect($$('[role="toolbar"] button').map((b) => b.className)).toEqual(['close']);
  });

  it('opens the appearance panel as a labelled group of radio groups, and reports each choice', () => {
    const onAppearanceChange = vi.fn<(next: ReaderAppearance) => void>();
    mount({ appearance: DEFAULT_APPEARANCE, onAppearanceChange });
    const toggle = $('.appearance-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($('#jernih-appearance-panel')).toBeNull();
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = $(`#${toggle.getAttribute('aria-controls')}`)!;
    expect(panel.getAttribute('role')).toBe('group');
    expect(panel.getAttribute('aria-label')).toBe('Reader appearance');
    expect($$('fieldset legend').map((l) => l.textContent)).toEqual(['Theme', 'Font', 'Line width', 'Line spacing']);
    expect($$('input[name="jernih-reader-theme"]').map((r) => (r as HTMLInputElement).value)).toEqual(['auto', 'light', 'sepia', 'dark']);
    expect($<HTMLInputElement>('input[name="jernih-reader-theme"]:checked')!.value).toBe('auto');

    act(() => $('input[name="jernih-reader-theme"][value="dark"]')!.click());
    expect(onAppearanceChange).toHaveBeenLastCalledWith({ ...DEFAULT_APPEARANCE, theme: 'dark' });
    act(() => $('input[name="jernih-reader-font"][value="mono"]')!.click());
    expect(onAppearanceChange).toHaveBeenLastCalledWith({ ...DEFAULT_APPEARANCE, font: 'mono' });
    act(() => $('button[aria-label="Larger text"]')!.click());
    expect(onAppearanceChange).toHaveBeenLastCalledWith({ ...DEFAULT_APPEARANCE, textScale: 137.5 });
    act(() => $('button[aria-label="Smaller text"]')!.click());
    expect(onAppearanceChange).toHaveBeenLastCalledWith({ ...DEFAULT_APPEARANCE, textScale: 112.5 });
  });

  it('opening the panel takes focus to the chosen theme, so the keyboard is where the choices are', () => {
    mount({ appearance: { ...DEFAULT_APPEARANCE, theme: 'dark' }, onAppearanceChange: vi.fn() });
    act(() => $('.appearance-toggle')!.click());
    expect(document.activeElement).toBe($('input[name="jernih-reader-theme"][value="dark"]'));
  });

  it('puts the chosen appearance on the reader root, and the size as a scale of the browser default', () => {
    mount({ appearance: { theme: 'sepia', font: 'sans', textScale: 150, width: 'wide', lineHeight: 'relaxed' } });
    const reader = $('.reader')!;
    expect(reader.dataset).toMatchObject({ theme: 'sepia', font: 'sans', width: 'wide', lineHeight: 'relaxed' });
    expect(reader.getAttribute('style')).toContain('--jr-scale: 1.5');
  });

  it('says when the Markdown was copied, and when the clipboard refused', async () => {
    const onCopyMarkdown = vi.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    mount({ onCopyMarkdown });
    const status = $('[role="status"].status')!;
    await act(async () => $('.copy-markdown')!.click());
    expect(status.textContent).toBe('Article copied as Markdown');
    await act(async () => $('.copy-markdown')!.click());
    expect(status.textContent).toBe("Couldn't copy");
    expect(onCopyMarkdown).toHaveBeenCalledTimes(2);
  });

  it('moves along the toolbar with the arrow keys, Home and End', () => {
    mount({ appearance: DEFAULT_APPEARANCE, onAppearanceChange: vi.fn(), onCopyMarkdown: vi.fn(), onPrint: vi.fn() });
    const buttons = $$('[role="toolbar"] button');
    const press = (key: string) => act(() => { document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })); });
    buttons[0]!.focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(buttons[1]);
    press('End');
    expect(document.activeElement).toBe(buttons.at(-1));
    press('ArrowRight');
    expect(document.activeElement).toBe(buttons[0]);
    press('ArrowLeft');
    expect(document.activeElement).toBe(buttons.at(-1));
  });

  it('keeps Tab inside the dialog: past the last control it comes back to the first', () => {
    mount({ onCopyMarkdown: vi.fn(), removed: REMOVED });
    const last = $('.removed summary')!;
    last.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    act(() => { last.dispatchEvent(tab); });
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe($('.copy-markdown'));
  });

  it('speaks Indonesian with the Indonesian messages', () => {
    mount({ appearance: DEFAULT_APPEARANCE, onAppearanceChange: vi.fn(), onCopyMarkdown: vi.fn(), onPrint: vi.fn() }, 'id');
    expect($('[role="toolbar"]')!.getAttribute('aria-label')).toBe('Alat mode baca');
    expect($$('[role="toolbar"] button').map((b) => b.textContent?.trim())).toEqual(['Aa Tampilan', 'Salin sebagai Markdown', 'Cetak', '× Tutup']);
  });
});

describe('What was removed', () => {
  it('is collapsed, with the total and the counts by kind in its summary', () => {
    mount({ removed: REMOVED });
    const details = $<HTMLDetailsElement>('details.removed')!;
    expect(details.open).toBe(false);
    expect($('.removed-title')!.textContent).toBe('What was removed (5)');
    expect($$('.removed-count').map((c) => c.textContent?.replace(' · ', ''))).toEqual(['Promo: 2', 'Ad: 2', 'Share buttons: 1']);
    // Until opened, the removed words are not in the reader at all.
    expect(root.textContent).not.toContain('Jadwal Persib');
  });

  it('lists every item with its kind, text and rule once opened', async () => {
    mount({ removed: REMOVED });
    const details = $<HTMLDetailsElement>('details.removed')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    const items = $$('.removed-item');
    expect(items).toHaveLength(5);
    expect(items.map((li) => li.dataset.kind)).toEqual(['promo', 'ad', 'promo', 'ad', 'share']);
    expect(items[0]!.querySelector('.removed-kind')!.textContent).toBe('Promo');
    expect(items[0]!.querySelector('.removed-text')!.textContent).toBe('Baca Juga: Jadwal Persib Pekan Ini');
    expect(items[0]!.querySelector('.removed-text')!.getAttribute('lang')).toBe('id');
    expect(items[0]!.querySelector('.removed-rule')!.textContent).toBe('rule: promo-lead-in');
    expect(items[3]!.querySelector('.removed-text')!.textContent).toBe('(no text)');
  });

  it('says plainly when nothing was removed', async () => {
    mount({ removed: [] });
    const details = $<HTMLDetailsElement>('details.removed')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect($('.removed-title')!.textContent).toBe('What was removed (0)');
    expect($('.removed-none')!.textContent).toBe('Nothing was removed from this page.');
  });
});
