// @vitest-environment happy-dom
/**
 * The popup's Summary, Quotes and Source sections with mock data and mock
 * actions: headings a screen reader announces, empty states, what each copy
 * button copies, the citation switch, quotes that ask to be shown in the page,
 * and the on-device key points states.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/Popup';
import type { ArticleSummary, KeyPointsState } from '../../../components/popup-view';
import { translator } from './messages';
import { CANONICAL, popupArticle } from './popup-fixture';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

interface Options {
  article?: ArticleSummary;
  locale?: 'en' | 'id';
  onCopy?: (text: string) => Promise<void>;
  onShowQuote?: (quote: { text: string }) => Promise<boolean>;
  onKeyPoints?: () => void;
  keyPoints?: KeyPointsState;
}

function show(options: Options = {}) {
  const onCopy = options.onCopy ?? vi.fn(async (_text: string) => {});
  const onShowQuote = options.onShowQuote ?? vi.fn(async () => true);
  const locale = options.locale ?? 'en';
  act(() => {
    render(
      <Popup
        view={{ kind: 'article', summary: options.article ?? popupArticle() }}
        t={translator(locale)}
        onToggleReader={vi.fn()}
        locale={locale}
        onCopy={onCopy}
        onShowQuote={onShowQuote}
        {...(options.onKeyPoints ? { onKeyPoints: options.onKeyPoints } : {})}
        {...(options.keyPoints ? { keyPoints: options.keyPoints } : {})}
      />,
      root,
    );
  });
  return { onCopy, onShowQuote };
}

const section = (id: string) => root.querySelector<HTMLElement>(`[data-section="${id}"]`)!;

async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    await Promise.resolve();
  });
}

describe('popup sections', () => {
  it('has Summary, Quotes and Source sections, each labelled by a real h2', () => {
    show();
    const sections = [...root.querySelectorAll('section[aria-labelledby]')].filter((s) => s.getAttribute('data-section'));
    expect(sections.map((s) => s.getAttribute('data-section'))).toEqual(['summary', 'quotes', 'source']);
    for (const s of sections) {
      const heading = root.querySelector(`#${s.getAttribute('aria-labelledby')}`);
      expect(heading?.tagName).toBe('H2');
      expect(s.contains(heading)).toBe(true);
    }
    expect(sections.map((s) => s.querySelector('h2')?.textContent)).toEqual(['Summary', 'Quotes', 'Source']);
  });

  it('speaks Indonesian with the Indonesian messages', () => {
    show({ locale: 'id' });
    expect([...root.querySelectorAll('section h2')].map((h) => h.textContent)).toEqual(['Ringkasan', 'Kutipan', 'Sumber']);
    expect(section('source').textContent).toContain('Penyunting');
    expect(section('source').querySelector('[data-field="published"]')?.textContent).toContain('23 September 2023 pukul 17.02 (UTC+07:00)');
  });

  describe('Summary', () => {
    it('lists the extractive sentences in order, in the article language', () => {
      show();
      const items = [...section('summary').querySelectorAll('.summary-list li')].map((li) => li.textContent);
      expect(items).toEqual(popupArticle().summary);
      expect(section('summary').querySelector('.summary-list')?.getAttribute('lang')).toBe('id');
    });

    it('copies the sentences as plain text, one per line, and says so', async () => {
      const { onCopy } = show();
      await click(section('summary').querySelector('button[data-copy="copySummary"]'));
      expect(onCopy).toHaveBeenCalledWith(popupArticle().summary.join('\n'));
      expect(section('summary').querySelector('.copy-status')?.textContent).toBe('Copied');
    });

    it('says when copying failed', async () => {
      show({ onCopy: vi.fn(async () => { throw new Error('denied'); }) });
      await click(section('summary').querySelector('button[data-copy="copySummary"]'));
      expect(section('summary').querySelector('.copy-status')?.textContent).toBe("Couldn't copy");
    });

    it('offers on-device key points only when given the action, and calls it', async () => {
      show();
      expect(section('summary').querySelector('.key-points-button')).toBeNull();
      const onKeyPoints = vi.fn();
      show({ onKeyPoints });
      const button = section('summary').querySelector('.key-points-button');
      expect(button?.textContent).toBe('Key points (on-device)');
      await click(button);
      expect(onKeyPoints).toHaveBeenCalledTimes(1);
    });

    it('shows download progress, then the key points (which the copy button copies)', async () => {
      show({ onKeyPoints: vi.fn(), keyPoints: { status: 'working', progress: 0.4 } });
      expect(section('summary').querySelector('.progress')?.textContent).toContain('Downloading the on-device model… 40%');
      expect(section('summary').querySelector<HTMLButtonElement>('.key-points-button')?.disabled).toBe(true);
      show({ onKeyPoints: vi.fn(), keyPoints: { status: 'working', progress: null } });
      expect(section('summary').querySelector('.progress')?.textContent).toBe('Summarizing on this device…');
      const { onCopy } = show({ onKeyPoints: vi.fn(), keyPoints: { status: 'done', points: ['Point one', 'Point two'] } });
      expect([...section('summary').querySelectorAll('.key-points li')].map((li) => li.textContent)).toEqual(['Point one', 'Point two']);
      expect(section('summary').querySelector('.key-points-button')).toBeNull();
      await click(section('summary').querySelector('button[data-copy="copySummary"]'));
      expect(onCopy).toHaveBeenCalledWith('Point one\nPoint two');
    });

    it('falls back to the extractive sentences with a short note when the model fails', () => {
      show({ onKeyPoints: vi.fn(), keyPoints: { status: 'failed' } });
      expect(section('summary').querySelectorAll('.summary-list li')).toHaveLength(3);
      expect(section('summary').textContent).toContain("The on-device summary isn't available here");
    });

    it('says so when there is no summary, with no copy button', () => {
      show({ article: popupArticle({ summary: [] }) });
      expect(section('summary').querySelector('.empty')?.textContent).toBe('This article is too short to summarize.');
      expect(section('summary').querySelector('button[data-copy]')).toBeNull();
    });
  });

  describe('Quotes', () => {
    it('shows each quote with its speaker, and "Unknown speaker" when the article names none', () => {
      show();
      const quotes = [...section('quotes').querySelectorAll('.quote')];
      expect(quotes).toHaveLength(4);
      expect(quotes.map((q) => q.querySelector('.speaker')?.textContent)).toEqual([
        '— Vladimir Putin', '— Vladimir Putin', '— Kim Jong Un', '— Unknown speaker',
      ]);
      // The comma that tied the quote to "…, he said" is the article's, not the speaker's.
      expect(quotes[0]!.querySelector('.quote-text')?.textContent).toBe('“Korea adalah tetangga kami”');
    });

    it('copies “text” — speaker, Site, canonical URL for each quote', async () => {
      const { onCopy } = show();
      const buttons = section('quotes').querySelectorAll('button[data-copy="copyQuote"]');
      expect(buttons).toHaveLength(4);
      await click(buttons[2]);
      expect(onCopy).toHaveBeenLastCalledWith(`“Perlunya memperkuat "kontak erat"” — Kim Jong Un, Jurnal Soreang, ${CANONICAL}`);
      await click(buttons[3]);
      expect(onCopy).toHaveBeenLastCalledWith(`“Kami akan menunggu” — Jurnal Soreang, ${CANONICAL}`);
    });

    it('uses the page URL when there is no canonical link', async () => {
      const article = popupArticle();
      const { onCopy } = show({ article: { ...article, attribution: { ...article.attribution, canonicalUrl: null } } });
      await click(section('quotes').querySelector('button[data-copy="copyQuote"]'));
      expect(onCopy).toHaveBeenCalledWith(`“Korea adalah tetangga kami” — Vladimir Putin, Jurnal Soreang, ${article.url}`);
    });

    it('asks to show a clicked quote in the page, and says when it is not there', async () => {
      const onShowQuote = vi.fn(async () => false);
      show({ onShowQuote });
      await click(section('quotes').querySelectorAll('button.quote-text')[1]);
      expect(onShowQuote).toHaveBeenCalledWith(popupArticle().quotes[1]);
      await act(async () => { await Promise.resolve(); });
      expect(section('quotes').querySelectorAll('.quote')[1]!.textContent).toContain("Couldn't find this quote on the page.");
    });

    it('has an empty state', () => {
      show({ article: popupArticle({ quotes: [] }) });
      expect(section('quotes').querySelector('.empty')?.textContent).toBe('No direct quotations in this article');
      expect(section('quotes').querySelector('.quote')).toBeNull();
    });

    it('renders quote text as text, never as markup', () => {
      show({ article: popupArticle({ quotes: [{ text: '<img src=x onerror=alert(1)>', speaker: '<b>X</b>', paragraph: 0 }] }) });
      expect(root.querySelector('img[src="x"]')).toBeNull();
      expect(root.querySelector('b')).toBeNull();
      expect(section('quotes').querySelector('.speaker')?.textContent).toBe('— <b>X</b>');
    });
  });

  describe('Source', () => {
    const field = (name: string) => section('source').querySelector(`[data-field="${name}"] dd`)?.textContent;

    it('lists site, author, editor, original source, dates with their offset, link and language', () => {
      show();
      expect(field('site')).toBe('Jurnal Soreang');
      expect(field('author')).toBe('Not named on the page');
      expect(field('editor')).toBe('Yoga Mulyana');
      expect(field('source')).toBe('ANTARA');
      expect(field('published')).toBe('September 23, 2023 at 5:02 PM (UTC+07:00)');
      expect(field('modified')).toBe('September 24, 2023 at 8:30 AM (UTC+07:00)');
      expect(section('source').querySelector('[data-field="published"] time')?.getAttribute('datetime')).toBe('2023-09-23T17:02:00+07:00');
      expect(field('language')).toBe('Indonesian (id)');
      const link = section('source').querySelector<HTMLAnchorElement>('[data-field="link"] a')!;
      expect(link.getAttribute('href')).toBe(CANONICAL);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    });

    it('names several authors, and leaves out what the page does not say', () => {
      const article = popupArticle();
      show({
        article: {
          ...article,
          attribution: { ...article.attribution, authors: ['A. Satu', 'B. Dua'], author: 'A. Satu, B. Dua', editor: null, source: null, modifiedTime: article.attribution.publishedTime },
        },
      });
      expect(section('source').querySelector('[data-field="author"] dt')?.textContent).toBe('Authors');
      expect(field('author')).toBe('A. Satu, B. Dua');
      for (const name of ['editor', 'source', 'modified']) expect(section('source').querySelector(`[data-field="${name}"]`)).toBeNull();
    });

    it('switches the citation between plain and APA, and copies the one shown', async () => {
      const { onCopy } = show();
      const text = () => section('source').querySelector('.citation-text')?.textContent;
      const [plain, apa] = [...section('source').querySelectorAll<HTMLButtonElement>('.switch button')];
      expect(plain?.getAttribute('aria-pressed')).toBe('true');
      expect(apa?.getAttribute('aria-pressed')).toBe('false');
      expect(text()).toBe(popupArticle().citation.plain);
      await click(section('source').querySelector('button[data-copy="copyCitation"]'));
      expect(onCopy).toHaveBeenLastCalledWith(popupArticle().citation.plain);

      await click(apa);
      expect(apa?.getAttribute('aria-pressed')).toBe('true');
      expect(plain?.getAttribute('aria-pressed')).toBe('false');
      expect(text()).toBe(popupArticle().citation.apa);
      await click(section('source').querySelector('button[data-copy="copyCitation"]'));
      expect(onCopy).toHaveBeenLastCalledWith(popupArticle().citation.apa);
    });
  });

  it('without actions, shows the data with no copy buttons and quotes as plain text', () => {
    act(() => render(<Popup view={{ kind: 'article', summary: popupArticle() }} t={translator('en')} onToggleReader={vi.fn()} />, root));
    expect(root.querySelector('button[data-copy]')).toBeNull();
    expect(root.querySelector('button.quote-text')).toBeNull();
    expect(root.querySelectorAll('.quote')).toHaveLength(4);
  });
});
