// @vitest-environment happy-dom
/** The options section for read aloud: one voice picker per language (online voices marked), and the speed. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudSection, type ReadAloudSectionProps } from '../../../components/options/ReadAloudSection';
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

const LANGUAGES: ReadAloudSectionProps['languages'] = [
  { lang: 'id', name: 'Indonesian', voices: [
    { voiceURI: 'id-local', name: 'Damayanti', lang: 'id-ID', localService: true },
    { voiceURI: 'id-online', name: 'Google Bahasa Indonesia', lang: 'id-ID', localService: false },
  ] },
  { lang: 'en', name: 'English', voices: [{ voiceURI: 'en-1', name: 'Alex', lang: 'en-US', localService: true }] },
];

function show(overrides: Partial<ReadAloudSectionProps> = {}) {
  const props: ReadAloudSectionProps = {
    t: translator('en'), languages: LANGUAGES, chosen: { id: 'id-online' }, rate: 1, rateMin: 0.5, rateMax: 2,
    onVoice: vi.fn(), onRate: vi.fn(), ...overrides,
  };
  act(() => render(<ReadAloudSection {...props} />, root));
  return props;
}

describe('ReadAloudSection', () => {
  it('offers each language\'s voices after "Automatic", marks online ones, and shows the stored choice', () => {
    show();
    const select = root.querySelector<HTMLSelectElement>('#voice-id')!;
    expect(root.querySelector('label[for="voice-id"]')?.textContent).toBe('Voice for Indonesian');
    expect(Array.from(select.options, (o) => o.textContent)).toEqual([
      'Automatic (a voice on this device first)', 'Damayanti (id-ID)', 'Google Bahasa Indonesia (id-ID) (online)',
    ]);
    expect(select.value).toBe('id-online');
    expect(root.querySelector<HTMLSelectElement>('#voice-en')!.value).toBe('');
  });

  it('reports a voice choice, and "Automatic" as no choice', () => {
    const props = show();
    const select = root.querySelector<HTMLSelectElement>('#voice-id')!;
    act(() => {
      select.value = 'id-local';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => {
      select.value = '';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onVoice).toHaveBeenNthCalledWith(1, 'id', 'id-local');
    expect(props.onVoice).toHaveBeenNthCalledWith(2, 'id', null);
  });

  it('reports the speed and says plainly when the browser has no voices', () => {
    const props = show({ languages: [] });
    const range = root.querySelector<HTMLInputElement>('#read-aloud-rate')!;
    act(() => {
      range.value = '1.5';
      range.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onRate).toHaveBeenCalledWith(1.5);
    expect(root.querySelector('.empty')?.textContent).toBe('This browser offers no speech voices, so there is nothing to choose.');
    expect(root.querySelector('select')).toBeNull();
  });
});
