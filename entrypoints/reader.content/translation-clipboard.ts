/**
 * Copies text from a page script: the async Clipboard API where the page
 * allows it, else a selected, hidden textarea in our own shadow root and
 * execCommand('copy'), which still works on pages whose permissions policy
 * blocks the API.
 */
export async function copyToClipboard(win: Window, text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = win.document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.setProperty('position', 'fixed');
    area.style.setProperty('opacity', '0');
    root.append(area);
    area.select();
    try {
      return win.document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
