/**
 * Freezes the page under the overlay and puts it back exactly: we touch only
 * the inline `style` attribute of <html> and <body>, remember its exact text
 * (or absence), the scroll offsets and the focused element, and restore all of it.
 */
export interface PageSnapshot {
  scrollX: number;
  scrollY: number;
  htmlStyle: string | null;
  bodyStyle: string | null;
  focused: Element | null;
}

export function lockPage(doc: Document, win: Window): PageSnapshot {
  const snapshot: PageSnapshot = {
    scrollX: win.scrollX,
    scrollY: win.scrollY,
    htmlStyle: doc.documentElement.getAttribute('style'),
    bodyStyle: doc.body?.getAttribute('style') ?? null,
    focused: doc.activeElement,
  };
  for (const el of [doc.documentElement, doc.body]) el?.style.setProperty('overflow', 'hidden', 'important');
  return snapshot;
}

function restoreStyle(el: Element | null, style: string | null): void {
  if (!el) return;
  // Chrome writes CSSOM edits (ours via setProperty, or the page's) back to the attribute lazily; read it to flush
  // that now, or a later serialization re-adds `style=""` after we removed the attribute.
  void el.getAttribute('style');
  if (style === null) el.removeAttribute('style');
  else el.setAttribute('style', style);
}

export function unlockPage(doc: Document, win: Window, snapshot: PageSnapshot): void {
  restoreStyle(doc.documentElement, snapshot.htmlStyle);
  restoreStyle(doc.body, snapshot.bodyStyle);
  // 'instant': a page with `scroll-behavior: smooth` would otherwise animate back.
  win.scrollTo({ left: snapshot.scrollX, top: snapshot.scrollY, behavior: 'instant' });
  const focused = snapshot.focused;
  if (focused && focused.isConnected && focused !== doc.body && 'focus' in focused) {
    (focused as HTMLElement).focus({ preventScroll: true });
  }
}
