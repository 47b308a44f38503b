/**
 * How the reader looks (theme, font, size, width, line height), one setting
 * for every tab: a change in one open reader reaches the others through watch().
 *
 * Version 2 stores the text size as a percentage of the browser's default font
 * size instead of CSS pixels: pixels ignored a reader who had set a larger
 * default font in the browser (a common low-vision setting), percentages
 * follow it. The migration keeps the size a v1 reader saw on a default (16 px)
 * browser, snapped to the nearest step of the new scale.
 */
import {
  DEFAULT_APPEARANCE, FONT_CHOICES, LINE_HEIGHT_CHOICES, MAX_TEXT_SCALE, MIN_TEXT_SCALE, THEME_CHOICES, WIDTH_CHOICES,
  nearestTextScale, type ReaderAppearance,
} from '../../../components/reader/appearance';
import { defineSetting } from './define-setting';
import { numberIn, objectOf, oneOf } from './parse';

/** The browser default font size the v1 pixel sizes were chosen against. */
const V1_BASE_PX = 16;

/** v1 → v2: `fontSize` (px) becomes `textScale` (% of the browser default); every other field is kept as stored. */
export function migrateV1ToV2(old: unknown): unknown {
  if (typeof old !== 'object' || old === null || Array.isArray(old)) return old; // the parser falls back field by field
  const { fontSize, ...rest } = old as Record<string, unknown>;
  const textScale = typeof fontSize === 'number' && Number.isFinite(fontSize) ? nearestTextScale((fontSize / V1_BASE_PX) * 100) : undefined;
  return { ...rest, textScale };
}

export const readerAppearanceSetting = defineSetting<ReaderAppearance>({
  key: 'local:reader-appearance',
  version: 2,
  defaults: DEFAULT_APPEARANCE,
  parse: objectOf<ReaderAppearance>({
    theme: oneOf(THEME_CHOICES),
    font: oneOf(FONT_CHOICES),
    textScale: numberIn(MIN_TEXT_SCALE, MAX_TEXT_SCALE),
    width: oneOf(WIDTH_CHOICES),
    lineHeight: oneOf(LINE_HEIGHT_CHOICES),
  }),
  migrations: { 2: migrateV1ToV2 },
  examples: {
    1: { theme: 'sepia', font: 'sans', fontSize: 22, width: 'wide', lineHeight: 'relaxed' },
    2: { theme: 'dark', font: 'mono', textScale: 150, width: 'narrow', lineHeight: 'compact' },
  },
});
