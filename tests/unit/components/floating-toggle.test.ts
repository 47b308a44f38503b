// @vitest-environment happy-dom
/** The floating reader button: a labelled real button in its own shadow root, that presses by click or keyboard. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFloatingToggle, TOGGLE_ATTRIBUTE } from '../../../components/floating-toggle';

afterEach(() => {
  for (const el of document.querySelectorAll(`[${TOGGLE_ATTRIBUTE}]`)) el.remove();
});

describe('floating toggle', () => {
  it('adds one host with an open shadow root holding a labelled button', () => {
    mountFloatingToggle(document, 'Open in reader mode (Jernih)', vi.fn());
    const hosts = document.querySelectorAll(`[${TOGGLE_ATTRIBUTE}]`);
    expect(hosts).toHaveLength(1);
    const button = hosts[0]!.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Open in reader mode (Jernih)');
    expect(button.title).toBe('Open in reader mode (Jernih)');
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('calls back when pressed, without the page seeing the click', () => {
    const onActivate = vi.fn();
    const pageHandler = vi.fn();
    document.addEventListener('click', pageHandler);
    const toggle = mountFloatingToggle(document, 'Open', onActivate);
    toggle.element.shadowRoot!.querySelector('button')!.click();
    document.removeEventListener('click', pageHandler);
    expect(onActivate).toHaveBeenCalledTimes(1);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('leaves no trace once removed', () => {
    const toggle = mountFloatingToggle(document, 'Open', vi.fn());
    toggle.remove();
    expect(document.querySelector(`[${TOGGLE_ATTRIBUTE}]`)).toBeNull();
  });
});
