// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChainFailure } from '../../../core/translate/chain';
import { ArticleTranslationStore, initialArticleState } from '../../../components/translation/article-translation-store';
import { ArticleTranslationContext, TranslatableArticleBody, TranslatableTitle } from '../../../components/translation/TranslatableArticle';
import { TranslationPopover, type PopoverState } from '../../../components/translation/TranslationPopover';
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

const actions = () => ({
  onClose: vi.fn(), onCopy: vi.fn(async () => true), onRetry: vi.fn(), onOpenOptions: vi.fn(), onOpenWeb: vi.fn(), onDownload: vi.fn(),
});
const web = { name: 'Google Translate', host: 'translate.google.com' };
const text = () => root.textContent?.replace(/\s+/gu, ' ').trim() ?? '';

function popover(state: PopoverState, locale: 'en' | 'id' = 'en', handlers = actions()) {
  act(() => render(<TranslationPopover state={state} t={translator(locale)} locale={locale} web={web} {...handlers} />, root));
  return handlers;
}

const serverDown: ChainFailure = {
  ok: false,
  attempts: [
    { engine: 'built-in', label: 'On-device (browser)', error: { code: 'unavailable', message: 'no API' } },
    { engine: 'apertium', label: 'Apertium (127.0.0.1:2737)', error: { code: 'unreachable', message: 'Could not reach …' } },
  ],
};

describe('the translation popover', () => {
  it('shows the translation, the languages and the engine; the original is one click away', () => {
    popover({ kind: 'done', original: 'Jalan baru dibuka.', translation: 'The new road opens.', source: 'id', target: 'en', engine: { id: 'apertium', label: 'Apertium (127.0.0.1:2737)' } });
    expect(root.querySelector('.langs')!.textContent).toBe('Indonesian to English');
    expect(root.querySelector('.translation')!.textContent).toBe('The new road opens.');
    expect(root.querySelector('.translation')!.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.engine')!.textContent).toBe('by Apertium server (127.0.0.1:2737)');
    act(() => (root.querySelector('button.toggle') as HTMLButtonElement).click());
    expect(root.querySelector('.translation')!.textContent).toBe('Jalan baru dibuka.');
    expect(root.querySelector('.translation')!.getAttribute('lang')).toBe('id');
    expect(root.querySelector('button.toggle')!.textContent).toBe('Show translation');
  });

  it('says what happened with each engine, the one to act on first, and offers retry, options and the web translator', () => {
    const handlers = popover({ kind: 'failed', original: 'x', source: 'id', target: 'en', failure: serverDown });
    const lines = Array.from(root.querySelectorAll('.error p'), (p) => p.textContent);
    expect(lines).toEqual([
      "Apertium server (127.0.0.1:2737) didn't answer. Is the server running at that address?",
      "On-device translator isn't available here. On-device translation needs Chrome 138 or newer; a server needs the access you allow in Jernih's options.",
      'The original text is unchanged.',
    ]);
    expect(text()).toContain('Sends the text to translate.google.com.');
    act(() => (root.querySelector('button.retry') as HTMLButtonElement).click());
    act(() => (root.querySelector('button.options') as HTMLButtonElement).click());
    act(() => (root.querySelector('button.web') as HTMLButtonElement).click());
    expect([handlers.onRetry, handlers.onOpenOptions, handlers.onOpenWeb].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('quotes the server, names the HTTP status, and speaks Indonesian', () => {
    popover({
      kind: 'failed', original: 'x', source: 'en', target: 'id',
      failure: { ok: false, attempts: [{ engine: 'libretranslate', label: 'LibreTranslate (lt.example.org)', error: { code: 'http', message: 'HTTP 500', status: 500, serverMessage: 'Cannot translate text: boom' } }] },
    }, 'id');
    expect(root.querySelector('.error p')!.textContent).toBe('Server LibreTranslate (lt.example.org) menjawab dengan galat (HTTP 500). Kata server: Cannot translate text: boom');
  });

  it('with no engine at all, says to set one up', () => {
    popover({ kind: 'failed', original: 'x', source: 'en', target: 'id', failure: { ok: false, attempts: [] } });
    expect(root.querySelector('.error p')!.textContent).toBe("No translation engine is set up. Choose one in Jernih's options, or open the text in a web translator.");
  });

  it('offers the on-device download as a button (the click is the gesture), then shows its progress', () => {
    const handlers = popover({ kind: 'needs-download', original: 'x', source: 'ja', target: 'en', progress: null });
    act(() => (root.querySelector('button.download') as HTMLButtonElement).click());
    expect(handlers.onDownload).toHaveBeenCalledTimes(1);
    popover({ kind: 'needs-download', original: 'x', source: 'ja', target: 'en', progress: 0.42 }, 'en', handlers);
    expect(text()).toContain('Downloading the language pack… 42%');
    expect(root.querySelector('button.download')).toBeNull();
  });
});

function articleBody(): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const wrap = document.createElement('div');
  const h2 = document.createElement('h2');
  h2.textContent = 'Judul';
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = 'https://ex.example/';
  a.textContent = 'tautan';
  p.append('Sebuah ', a, ' di sini.');
  wrap.append(h2, p);
  fragment.append(wrap);
  return fragment;
}

describe('the article view in reader mode', () => {
  function mount(store: ArticleTranslationStore | null) {
    const body = articleBody();
    act(() => render(
      <ArticleTranslationContext.Provider value={store}>
        <h1><TranslatableTitle text="Judul artikel" /></h1>
        <TranslatableArticleBody content={body} t={translator('en')} />
      </ArticleTranslationContext.Provider>,
      root,
    ));
  }
  const noop = { retry: vi.fn(), setMode: vi.fn(), download: vi.fn(), openOptions: vi.fn(), openWeb: vi.fn() };

  it('is the plain article until the reader asks for a translation', () => {
    mount(new ArticleTranslationStore(initialArticleState('en'), noop));
    expect(root.querySelector('.jt-bar')).toBeNull();
    expect(root.querySelector('.article-body p')!.textContent).toBe('Sebuah tautan di sini.');
    expect(root.querySelector('h1')!.textContent).toBe('Judul artikel');
  });

  it('fills each paragraph as it arrives, rebuilding the link from the original, and switches views', () => {
    const store = new ArticleTranslationStore(initialArticleState('en'), { ...noop, setMode: (mode) => store.update({ mode }) });
    mount(store);
    act(() => store.update({ status: 'working', source: 'id', target: 'en', units: [{ status: 'pending' }, { status: 'pending' }] }));
    expect(root.querySelector('.jt-status')!.textContent).toBe('Translating… 0 of 2 translated');
    act(() => store.setUnit(1, { status: 'done', format: 'html', text: 'A <span data-j="0">link</span> here.' }));
    const units = root.querySelectorAll('.jt-unit');
    expect(units[0]!.className).toContain('jt-pending');
    expect(units[1]!.className).toContain('jt-done');
    const link = units[1]!.querySelector('.jt-trans a')!;
    expect([link.getAttribute('href'), link.textContent]).toEqual(['https://ex.example/', 'link']);
    expect(units[1]!.querySelector('.jt-trans')!.getAttribute('lang')).toBe('en');
    act(() => {
      store.setUnit(-1, { status: 'done', format: 'text', text: 'Article title' });
      store.setUnit(0, { status: 'done', format: 'text', text: 'Title' });
      store.update({ status: 'done', engine: { id: 'apertium', label: 'Apertium (h)' } });
    });
    expect(root.querySelector('.jt-status')!.textContent).toBe('Translated from Indonesian to English by Apertium server (h)');
    expect(root.querySelector('h1')!.textContent).toBe('Article title');
    act(() => (Array.from(root.querySelectorAll('.jt-modes button')).find((b) => b.textContent === 'Side by side') as HTMLButtonElement).click());
    expect(root.querySelector('.jt-body > div')!.className).toContain('jt-mode-side');
    expect(root.querySelector('h1')!.textContent).toBe('Judul artikelArticle title');
    // The originals are all still there, untouched.
    expect(Array.from(root.querySelectorAll('.jt-orig'), (o) => o.textContent)).toEqual(['Judul', 'Sebuah tautan di sini.']);
  });
});
