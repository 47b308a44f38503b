// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderSection } from '../../../components/options/ReaderSection';
import { DEFAULT_APPEARANCE, type ReaderAppearance } from '../../../components/reader/appearance';
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

describe('options: reader section', () => {
  it('shows the stored choices checked and previews them', () => {
    const value: ReaderAppearance = { theme: 'dark', font: 'mono', textScale: 150, width: 'narrow', lineHeight: 'compact' };
    render(<ReaderSection t={translator('en')} value={value} onChange={vi.fn()} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Reader mode');
    const checked = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => `${r.name}=${r.value}`);
    expect(checked).toEqual(['options-reader-theme=dark', 'options-reader-font=mono', 'options-reader-width=narrow', 'options-reader-lineHeight=compact']);
    expect(root.querySelector('output')?.textContent).toMatch(/150\s?%/u);
    const preview = root.querySelector<HTMLElement>('.jernih-preview')!;
    expect(preview.dataset).toMatchObject({ theme: 'dark', font: 'mono', width: 'narrow', lineHeight: 'compact' });
  });

  it('saves a change through onChange', () => {
    const onChange = vi.fn();
    render(<ReaderSection t={translator('id')} value={DEFAULT_APPEARANCE} onChange={onChange} />, root);
    expect(root.querySelector('h2')?.textContent).toBe('Mode baca');
    act(() => root.querySelector<HTMLInputElement>('input[value="sepia"]')!.click());
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_APPEARANCE, theme: 'sepia' });
  });

  it('shows no controls until the stored value has loaded (never the defaults as if they were saved)', () => {
    render(<ReaderSection t={translator('en')} value={null} onChange={vi.fn()} />, root);
    expect(root.querySelector('input')).toBeNull();
  });
});
