// @vitest-environment happy-dom
/** What the overlay shows for read aloud and for the following pages of a multi-page article. */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowingPages } from '../../../components/reader/FollowingPages';
import { ReadAloudControls } from '../../../components/reader/ReadAloudControls';
import { SiteReaderSwitch } from '../../../components/SiteReaderSwitch';
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

function paragraph(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const p = document.createElement('p');
  p.textContent = text;
  fragment.append(p);
  return fragment;
}

describe('ReadAloudControls', () => {
  const actions = () => ({ play: vi.fn(), pause: vi.fn(), stop: vi.fn() });

  it('offers "Read aloud" when idle, and nothing else', () => {
    const a = actions();
    render(<ReadAloudControls status={{ state: 'idle' }} t={translator('en')} actions={a} />, root);
    const buttons = root.querySelectorAll('button');
    expect(Array.from(buttons, (b) => b.textContent?.trim())).toEqual(['▶ Read aloud']);
    buttons[0]!.click();
    expect(a.play).toHaveBeenCalled();
  });

  it('while reading: pause, stop and where it is', () => {
    const a = actions();
    render(<ReadAloudControls status={{ state: 'playing', block: 3, total: 12 }} t={translator('en')} actions={a} />, root);
    const [play, stop] = Array.from(root.querySelectorAll('button'));
    expect(play!.getAttribute('aria-pressed')).toBe('true');
    expect(play!.textContent).toContain('Pause');
    expect(root.querySelector('.read-aloud-progress')?.textContent).toBe('Reading paragraph 3 of 12');
    play!.click();
    stop!.click();
    expect(a.pause).toHaveBeenCalled();
    expect(a.stop).toHaveBeenCalled();
    expect(root.querySelector('.read-aloud')?.classList.contains('read-aloud-active')).toBe(true);
  });

  it('paused: resume; and it says so when the browser cannot speak', () => {
    render(<ReadAloudControls status={{ state: 'paused', block: 2, total: 5 }} t={translator('id')} actions={actions()} />, root);
    expect(root.querySelector('.read-aloud-play')?.textContent).toContain('Lanjutkan');
    render(<ReadAloudControls status={{ state: 'idle' }} t={translator('en')} />, root);
    expect(root.textContent).toBe('This browser cannot read aloud.');
    expect(root.querySelector('button')).toBeNull();
  });
});

describe('FollowingPages', () => {
  it('shows progress while pages load', () => {
    render(<FollowingPages state={{ total: 3, loading: 2, pages: [] }} t={translator('en')} />, root);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading page 2 of 3…');
  });

  it('appends each page\'s text in order, labelled with its number, and says when all came', () => {
    const pages = [
      { ok: true as const, number: 2, url: 'https://a.example/s?page=2', body: paragraph('Dua.') },
      { ok: true as const, number: 3, url: 'https://a.example/s?page=3', body: paragraph('Tiga.') },
    ];
    render(<FollowingPages state={{ total: 3, loading: null, pages }} t={translator('en')} />, root);
    const sections = Array.from(root.querySelectorAll('section'));
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual(['Page 2', 'Page 3']);
    expect(sections.map((s) => s.textContent)).toEqual(['Dua.', 'Tiga.']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('This article had 3 pages: all of them are shown here.');
  });

  it('says clearly which page is missing and why, with a link to it', () => {
    const pages = [
      { ok: true as const, number: 2, url: 'https://a.example/s?page=2', body: paragraph('Dua.') },
      { ok: false as const, number: 3, url: 'https://a.example/s?page=3', reason: 'http' as const, status: 404 },
    ];
    render(<FollowingPages state={{ total: 3, loading: null, pages }} t={translator('en')} />, root);
    const note = root.querySelector('[role="alert"]')!;
    expect(note.textContent).toContain('Page 3 could not be loaded (the site answered HTTP 404), so the article is incomplete here.');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('https://a.example/s?page=3');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('');
  });

  it('shows nothing for a one-page article', () => {
    render(<FollowingPages state={null} t={translator('en')} />, root);
    expect(root.innerHTML).toBe('');
  });
});

describe('SiteReaderSwitch', () => {
  it('is a labelled switch for the tab\'s site', () => {
    const onChange = vi.fn();
    render(<SiteReaderSwitch t={translator('en')} site="kompas.com" on={false} onChange={onChange} />, root);
    const input = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(root.querySelector('label')?.textContent).toBe('Always open kompas.com in reader mode');
    input.click();
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
