/**
 * Resolves once the page has had a chance to paint: after the next animation frame, in a task of its own. Work
 * split around it runs as separate tasks with a frame between, so the page never stalls for their sum. A tab
 * that gets no animation frames (hidden) moves on after `fallbackMs`.
 */
export function afterNextPaint(win: Window, fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = win.setTimeout(resolve, fallbackMs);
    win.requestAnimationFrame(() => {
      win.setTimeout(() => {
        win.clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}
