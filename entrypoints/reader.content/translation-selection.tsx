/**
 * "Translate selection": reads what the reader selected in this frame (also
 * inside our reader overlay), shows the popover next to it and fills it from
 * the reader's engines. Escape, a click outside or the close button remove
 * it and leave the page as it was; nothing is sent anywhere but to the
 * engines the reader set up (or, on their click, the web translator).
 */
import { TranslationSession, type ChainFailure } from '../../core/translate/chain';
import { detectWithBuiltIn } from '../../core/translate/built-in';
import { sameLanguage } from '../../core/translate/language-codes';
import { resolveSourceLanguage } from '../../core/translate/source-language';
import { webTranslatorById } from '../../core/translate/web-translators';
import type { Translate } from '../../components/i18n';
import { TranslationPopover, type PopoverState } from '../../components/translation/TranslationPopover';
import { needsDownload } from '../../components/translation/failure';
import { translationSetting } from '../shared/settings/translation';
import { effectiveTarget } from '../shared/settings/translation-schema';
import { MAX_WEB_TEXT_CHARS, translationBackgroundMessenger } from '../shared/translation-protocol';
import { copyToClipboard } from './translation-clipboard';
import { pageEngines, windowLanguageDetector } from './translation-engines';
import { createPopoverHost, type PopoverHost } from './translation-popover-host';
import { HOST_ATTRIBUTE as READER_ATTRIBUTE } from './overlay-host';

/** Long selections are fine (they are split per engine); this only bounds a runaway select-all. */
const MAX_SELECTION_CHARS = MAX_WEB_TEXT_CHARS;

interface SelectedText {
  text: string;
  declared: string | null;
  range: Range | null;
}

type ShadowWithSelection = ShadowRoot & { getSelection?: () => Selection | null };

/** The selection in the reader overlay's shadow root when there is one (Chrome exposes it there), else the page's. */
function currentSelection(win: Window): Selection | null {
  const readerRoot = win.document.querySelector(`[${READER_ATTRIBUTE}]`)?.shadowRoot as ShadowWithSelection | null | undefined;
  const inReader = readerRoot?.getSelection?.();
  if (inReader && !inReader.isCollapsed && inReader.toString().trim()) return inReader;
  return win.getSelection();
}

function readSelection(win: Window, fallback: string): SelectedText | null {
  const selection = currentSelection(win);
  const text = selection?.toString().trim() ?? '';
  if (text && selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0).cloneRange();
    const node = range.commonAncestorContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return { text: text.slice(0, MAX_SELECTION_CHARS), declared: element?.closest('[lang]')?.getAttribute('lang') ?? null, range };
  }
  // A selection in a text field isn't in the document's selection; the menu's copy of it is all we have.
  const typed = fallback.trim();
  if (!typed) return null;
  const active = win.document.activeElement;
  return { text: typed, declared: active?.closest('[lang]')?.getAttribute('lang') ?? null, range: null };
}

function anchorRect(selected: SelectedText | null, win: Window): { left: number; top: number; bottom: number } {
  const rect = selected?.range?.getBoundingClientRect();
  if (rect && (rect.width > 0 || rect.height > 0)) return rect;
  const active = win.document.activeElement?.getBoundingClientRect();
  if (active && active.height > 0) return active;
  return { left: win.innerWidth / 2 - 210, top: 0, bottom: 48 };
}

export class SelectionTranslation {
  #host: PopoverHost | null = null;
  #teardown: (() => void) | null = null;
  #controller: AbortController | null = null;

  constructor(private readonly win: Window & typeof globalThis, private readonly t: Translate) {
    // Registered once, before reader mode ever adds its own: Escape closes the popover first, not the reader under it.
    win.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.#host) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      this.close();
    }, true);
  }

  close(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.#teardown?.();
    this.#teardown = null;
    this.#host?.remove();
    this.#host = null;
  }

  async start(menuSelectionText: string): Promise<void> {
    this.close();
    const win = this.win;
    const selected = readSelection(win, menuSelectionText);
    const host = createPopoverHost(win.document, win);
    this.#host = host;
    this.#listen(host, selected);
    host.place(anchorRect(selected, win));
    const locale = browser.i18n.getUILanguage();
    const settings = await translationSetting.get();
    const web = webTranslatorById(settings.webTranslator);
    const target = effectiveTarget(settings, locale);
    let state: PopoverState = { kind: 'no-text' };
    const show = (next: PopoverState) => {
      state = next;
      if (this.#host !== host) return; // closed meanwhile
      host.render(
        <TranslationPopover
          state={state}
          t={this.t}
          locale={locale}
          web={{ name: web.name, host: web.host }}
          onClose={() => this.close()}
          onCopy={(text) => copyToClipboard(win, text, host.element.shadowRoot!)}
          onRetry={() => void run(true)}
          onOpenOptions={() => void translationBackgroundMessenger.sendMessage('translation:openOptions', undefined)}
          onOpenWeb={() => {
            if (state.kind === 'no-text') return;
            void translationBackgroundMessenger.sendMessage('translation:openWeb', { text: state.original, source: state.source, target: state.target });
          }}
          onDownload={() => download()}
        />,
      );
    };
    if (!selected) return show({ kind: 'no-text' });

    const { text } = selected;
    const { engines, builtIn } = pageEngines(settings, win, (fraction) => {
      if (state.kind === 'needs-download') show({ ...state, progress: fraction });
    });
    const session = new TranslationSession(engines);
    show({ kind: 'working', original: text, source: null, target });
    const source = await resolveSourceLanguage({
      declared: selected.declared,
      text,
      detect: (sample) => detectWithBuiltIn(windowLanguageDetector(win), sample),
    });
    if (source && sameLanguage(source, target)) return show({ kind: 'same-language', original: text, source, target });

    const run = async (reset: boolean): Promise<void> => {
      if (reset) session.reset();
      this.#controller?.abort();
      const controller = new AbortController();
      this.#controller = controller;
      show({ kind: 'working', original: text, source, target });
      const outcome = await session.translate({ text, source, target, signal: controller.signal });
      if (controller.signal.aborted) return;
      if (outcome.ok) {
        show({ kind: 'done', original: text, translation: outcome.text, source: outcome.source ?? source, target, engine: outcome.engine });
      } else if (needsDownload(outcome) && !outcome.attempts.some((a) => a.error.code === 'aborted')) {
        show({ kind: 'needs-download', original: text, source, target, progress: null });
      } else {
        show({ kind: 'failed', original: text, source, target, failure: outcome as ChainFailure });
      }
    };

    // Straight from the click: the user gesture a language-pack download needs is still fresh.
    const download = () => {
      if (!builtIn || !source) return;
      show({ kind: 'needs-download', original: text, source, target, progress: 0 });
      builtIn.prepare(source, target).then(
        () => run(true),
        () => run(true), // the chain then says what went wrong, with the other engines' answers
      );
    };

    await run(false);
  }

  /** A click outside closes (Escape is handled in the constructor); scrolling keeps the popover next to the text. */
  #listen(host: PopoverHost, selected: SelectedText | null): void {
    const win = this.win;
    const onPointer = (event: Event) => {
      if (!event.composedPath().includes(host.element)) this.close();
    };
    const onScroll = () => {
      if (selected?.range) host.place(anchorRect(selected, win));
    };
    win.addEventListener('pointerdown', onPointer, true);
    win.addEventListener('scroll', onScroll, true);
    win.addEventListener('resize', onScroll);
    this.#teardown = () => {
      win.removeEventListener('pointerdown', onPointer, true);
      win.removeEventListener('scroll', onScroll, true);
      win.removeEventListener('resize', onScroll);
    };
  }
}
