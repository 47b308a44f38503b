import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from './i18n';
import { DEFAULT_APPEARANCE, type ReaderAppearance } from './reader/appearance';
import { appearanceAttributes } from './reader/theme-css';
import { focusables, moveToolbarFocus } from './reader/focus';

interface ReaderDialogProps {
  t: Translate;
  onClose: () => void;
  children: ComponentChildren;
  appearance?: ReaderAppearance;
  /** True until the stored appearance has loaded: the frame stays transparent rather than flash the wrong theme. */
  pending?: boolean;
  /** Controls placed in the toolbar before Close (the overlay's own tools, then other features' actions). */
  tools?: ComponentChildren;
  /** Shown under the toolbar, inside the sticky bar (the appearance panel). */
  panel?: ComponentChildren;
  /** A short live message under the toolbar ("Copied"), announced to screen readers. */
  status?: string;
}

/**
 * The overlay's frame: a modal dialog with a sticky toolbar whose close button takes focus on open, so a
 * keyboard user lands inside, and Tab cycles within the dialog instead of wandering into the hidden page.
 */
export function ReaderDialog({ t, onClose, children, appearance = DEFAULT_APPEARANCE, pending = false, tools, panel, status }: ReaderDialogProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // preventScroll: focusing must not move the page the reader will return to.
    closeButton.current?.focus({ preventScroll: true });
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = focusables(dialog.current);
    const first = items[0];
    const last = items[items.length - 1];
    const active = activeElementIn(dialog.current);
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !dialog.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <div
      class="reader"
      role="dialog"
      aria-modal="true"
      aria-label={t('overlayLabel')}
      ref={dialog}
      onKeyDown={onKeyDown}
      data-pending={pending ? '' : undefined}
      {...appearanceAttributes(appearance)}
    >
      <div class="bar">
        <div class="toolbar" role="toolbar" aria-label={t('readerToolbarLabel')} onKeyDown={moveToolbarFocus}>
          {tools}
          <span class="spacer" aria-hidden="true" />
          <button type="button" class="close" ref={closeButton} onClick={onClose}>
            <span aria-hidden="true">×</span> {t('overlayClose')}
          </button>
        </div>
        {panel}
        <p class="status" role="status">{status ?? ''}</p>
      </div>
      {children}
    </div>
  );
}

/** The focused element, looked up in the dialog's own tree (a shadow root keeps its focus to itself). */
function activeElementIn(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}
