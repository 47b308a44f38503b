/** Keyboard movement inside the reader: what can take focus, and arrow keys along the toolbar. */

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

function isShown(el: HTMLElement): boolean {
  // Detached test DOMs have no layout: count everything there rather than nothing.
  return typeof el.getClientRects !== 'function' || el.getClientRects().length > 0 || !el.ownerDocument.defaultView?.getComputedStyle;
}

/** Elements under `root` that Tab can reach, in document order (unchecked radios of a group excluded, as Tab skips them). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.localName === 'input' && (el as HTMLInputElement).type === 'radio' && !(el as HTMLInputElement).checked) return false;
    return isShown(el);
  });
}

/**
 * ARIA toolbar keys: Left/Right move between its controls (wrapping), Home/End go to the ends. Every control
 * also stays in the Tab order, so controls other features add to the toolbar need no extra wiring.
 */
export function moveToolbarFocus(event: KeyboardEvent): void {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  if (!keys.includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
  const toolbar = event.currentTarget as HTMLElement;
  const target = event.target as HTMLElement;
  if (target.matches('input, select, textarea, [contenteditable]')) return; // their own arrows
  const items = focusables(toolbar);
  if (items.length === 0) return;
  const at = items.indexOf(target);
  const rtl = toolbar.ownerDocument.defaultView?.getComputedStyle(toolbar).direction === 'rtl';
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = items.length - 1;
  else next = (at + (event.key === forward ? 1 : -1) + items.length) % items.length;
  event.preventDefault();
  items[next]?.focus();
}
