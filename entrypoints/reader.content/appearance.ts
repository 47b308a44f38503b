/**
 * The open reader's appearance, bound to the stored setting: loaded when the
 * overlay mounts, saved on every change, and updated live when another tab or
 * the options page changes it. `+`/`-` step the text size.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_APPEARANCE, stepTextScale, type ReaderAppearance } from '../../components/reader/appearance';
import { textSizeKey } from '../../components/reader/keys';
import { readerAppearanceSetting } from '../shared/settings/reader-appearance';

/** The last value this page saw, so a second open in the same page shows it at once. */
let lastKnown: ReaderAppearance | null = null;

export interface AppearanceBinding {
  value: ReaderAppearance;
  /** True until the stored value has been read the first time in this page. */
  pending: boolean;
  change: (next: ReaderAppearance) => void;
  /** One size step up or down from the newest value, even between two renders (a held-down key). */
  stepSize: (direction: 1 | -1) => void;
}

function sameAppearance(a: ReaderAppearance, b: ReaderAppearance): boolean {
  return (Object.keys(DEFAULT_APPEARANCE) as (keyof ReaderAppearance)[]).every((key) => a[key] === b[key]);
}

export function useReaderAppearance(): AppearanceBinding {
  const [value, setValue] = useState<ReaderAppearance | null>(lastKnown);
  const latest = useRef<ReaderAppearance | null>(lastKnown);
  /** Our own writes whose storage echo hasn't come back yet: an echo is not news, and may be older than our newest. */
  const unechoed = useRef<ReaderAppearance[]>([]);
  const show = (next: ReaderAppearance) => {
    latest.current = next;
    lastKnown = next;
    setValue(next);
  };
  useEffect(() => {
    let live = true;
    void readerAppearanceSetting.get().then((stored) => {
      // A change made before the first read finished is newer than what was read.
      if (live && unechoed.current.length === 0) show(stored);
    });
    const unwatch = readerAppearanceSetting.watch((stored) => {
      const ours = unechoed.current[0];
      if (ours && sameAppearance(ours, stored)) {
        unechoed.current.shift();
        return;
      }
      unechoed.current = [];
      show(stored); // another tab or the options page
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const change = (next: ReaderAppearance) => {
    unechoed.current.push(next);
    show(next);
    void readerAppearanceSetting.set(next);
  };
  const stepSize = (direction: 1 | -1) => {
    const current = latest.current ?? DEFAULT_APPEARANCE;
    const textScale = stepTextScale(current.textScale, direction);
    if (textScale !== current.textScale) change({ ...current, textScale });
  };
  return { value: value ?? DEFAULT_APPEARANCE, pending: value === null, change, stepSize };
}

/** `+`/`-` anywhere in the page while the reader is open, except while typing in a field. */
export function useTextSizeKeys(win: Window, binding: AppearanceBinding): void {
  const current = useRef(binding);
  current.current = binding;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const direction = textSizeKey(event);
      if (direction === null) return;
      event.preventDefault();
      event.stopPropagation(); // the hidden page's own shortcuts must not act too
      current.current.stepSize(direction);
    };
    // Capture on window, like Escape: the keys work wherever focus is in the reader or the page under it.
    win.addEventListener('keydown', onKeyDown, true);
    return () => win.removeEventListener('keydown', onKeyDown, true);
  }, [win]);
}
