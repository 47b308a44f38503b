/** The reader's own keys, decided from the event alone so they are tested without a browser. */

const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'image', 'range', 'color', 'file']);

/** True when keys typed at `target` are text for a field (an input, a textarea, an editable region). */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  const el = target as (Element & { isContentEditable?: boolean; type?: string }) | null | undefined;
  if (!el || typeof el.localName !== 'string') return false;
  if (el.localName === 'textarea' || el.localName === 'select') return true;
  if (el.localName === 'input') return !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
  return el.isContentEditable === true;
}

/**
 * `+` (or `=`, the same key unshifted) makes the text larger, `-` smaller; null for any other key, with a
 * modifier (Ctrl/⌘ + and - are the browser's zoom), or while typing in a field.
 */
export function textSizeKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'composedPath' | 'target' | 'isComposing'>): 1 | -1 | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  const direction = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : null;
  if (direction === null) return null;
  // Inside a shadow root the event's target is retargeted to the host: the real one is first in the path.
  const target = event.composedPath?.()[0] ?? event.target;
  return isTypingTarget(target) ? null : direction;
}
