/**
 * How the reader looks: the choices a reader can make and what each means,
 * as data. The overlay, the options page and the stored setting all read
 * these tables, so a new choice is one row here.
 */

export const THEME_CHOICES = ['auto', 'light', 'sepia', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const FONT_CHOICES = ['serif', 'sans', 'mono', 'system'] as const;
export type FontChoice = (typeof FONT_CHOICES)[number];

export const WIDTH_CHOICES = ['narrow', 'medium', 'wide'] as const;
export type WidthChoice = (typeof WIDTH_CHOICES)[number];

export const LINE_HEIGHT_CHOICES = ['compact', 'normal', 'relaxed'] as const;
export type LineHeightChoice = (typeof LINE_HEIGHT_CHOICES)[number];

export interface ReaderAppearance {
  theme: ThemeChoice;
  font: FontChoice;
  /**
   * Text size in percent of the browser's default font size (100 = the reader's own browser setting), so a
   * reader who set a larger default in the browser gets proportionally larger text here too.
   */
  textScale: number;
  width: WidthChoice;
  lineHeight: LineHeightChoice;
}

/** 125 % of the usual 16 px default is the 20 px the reader has always opened with. */
export const DEFAULT_APPEARANCE: ReaderAppearance = {
  theme: 'auto',
  font: 'serif',
  textScale: 125,
  width: 'medium',
  lineHeight: 'normal',
};

/** The sizes `+` and `-` step through (percent of the browser default). */
export const TEXT_SCALE_STEPS = [75, 87.5, 100, 112.5, 125, 137.5, 150, 175, 200, 250] as const;
export const MIN_TEXT_SCALE: number = TEXT_SCALE_STEPS[0];
export const MAX_TEXT_SCALE: number = TEXT_SCALE_STEPS[TEXT_SCALE_STEPS.length - 1]!;

/** Font stacks: named faces first where they are common, always ending in a generic family that exists everywhere. */
export const FONT_STACKS: Record<FontChoice, string> = {
  serif: "Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "'Source Sans 3', 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif",
  mono: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace",
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif",
};

/** Column width in em of the article's own text size, so larger text keeps the same characters per line. */
export const WIDTH_EMS: Record<WidthChoice, number> = { narrow: 32, medium: 38, wide: 48 };

export const LINE_HEIGHTS: Record<LineHeightChoice, number> = { compact: 1.4, normal: 1.6, relaxed: 1.9 };

/** The next size up (`direction` 1) or down (-1) from `scale`; stays put at either end. */
export function stepTextScale(scale: number, direction: 1 | -1): number {
  if (direction > 0) return TEXT_SCALE_STEPS.find((step) => step > scale + 0.01) ?? MAX_TEXT_SCALE;
  return [...TEXT_SCALE_STEPS].reverse().find((step) => step < scale - 0.01) ?? MIN_TEXT_SCALE;
}

/** The step closest to `scale` (a stored value from an older version may fall between steps); a tie goes to the larger, easier to read. */
export function nearestTextScale(scale: number): number {
  let best: number = TEXT_SCALE_STEPS[0];
  for (const step of TEXT_SCALE_STEPS) if (Math.abs(step - scale) <= Math.abs(best - scale)) best = step;
  return best;
}

/** "125%", in the reader's number format. */
export function formatTextScale(scale: number, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(scale / 100);
  } catch {
    return `${scale}%`;
  }
}
