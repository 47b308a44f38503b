import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from './i18n';

interface ReaderDialogProps {
  t: Translate;
  onClose: () => void;
  children: ComponentChildren;
}

/** The overlay's frame: a modal dialog whose close button takes focus on open, so a keyboard user lands inside. */
export function ReaderDialog({ t, onClose, children }: ReaderDialogProps) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // preventScroll: focusing must not move the page the reader will return to.
    closeButton.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div class="reader" role="dialog" aria-modal="true" aria-label={t('overlayLabel')}>
      <div class="toolbar">
        <button type="button" class="close" ref={closeButton} onClick={onClose}>
          <span aria-hidden="true">×</span> {t('overlayClose')}
        </button>
      </div>
      {children}
    </div>
  );
}
