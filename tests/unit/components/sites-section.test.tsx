// @vitest-environment happy-dom
/** The options section for reader mode per site: toggle the floating button, add sites (normalized, checked), remove them. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SitesSection, type SitesSectionProps } from '../../../components/options/SitesSection';
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

function show(overrides: Partial<SitesSectionProps> = {}) {
  const props: SitesSectionProps = {
    t: translator('en'),
    floatingToggle: true,
    sites: ['kompas.com', 'tempo.co'],
    onFloatingToggle: vi.fn(),
    onAddSite: vi.fn(),
    onRemoveSite: vi.fn(),
    ...overrides,
  };
  act(() => render(<SitesSection {...props} />, root));
  return props;
}

function type(value: string) {
  const input = root.querySelector<HTMLInputElement>('#add-site-input')!;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('SitesSection', () => {
  it('shows the floating-button switch and each listed site with a labelled remove button', () => {
    const props = show();
    const box = root.querySelector<HTMLInputElement>('input[name="floating-toggle"]')!;
    expect(box.checked).toBe(true);
    act(() => box.click());
    expect(props.onFloatingToggle).toHaveBeenCalledWith(false);
    const removes = Array.from(root.querySelectorAll<HTMLButtonElement>('.site-list button'));
    expect(removes.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove kompas.com', 'Remove tempo.co']);
    act(() => removes[1]!.click());
    expect(props.onRemoveSite).toHaveBeenCalledWith('tempo.co');
  });

  it('adds what the reader typed as a normalized host and clears the field', () => {
    const props = show();
    type('https://www.BBC.co.uk/news/world-1');
    expect(props.onAddSite).toHaveBeenCalledWith('bbc.co.uk');
    expect(root.querySelector<HTMLInputElement>('#add-site-input')!.value).toBe('');
  });

  it('keeps a value that names no site in the field and says what to type', () => {
    const props = show();
    type('kompas com');
    expect(props.onAddSite).not.toHaveBeenCalled();
    const input = root.querySelector<HTMLInputElement>('#add-site-input')!;
    expect(input.value).toBe('kompas com');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('“kompas com” is not a web site address. Type a host name such as kompas.com.');
  });

  it('says a site is listed already instead of adding it twice', () => {
    const props = show();
    type('www.kompas.com');
    expect(props.onAddSite).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('kompas.com is already in the list.');
  });

  it('says when the list is empty, in Indonesian too', () => {
    show({ sites: [], t: translator('id') });
    expect(root.querySelector('.empty')?.textContent).toContain('Belum ada situs');
  });
});
