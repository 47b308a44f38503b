/**
 * How the reader looks (theme, font, size, width, line height), one setting
 * for every tab: a change in one open reader reaches the others through watch().
 */
import { FONT_CHOICES, LINE_HEIGHT_CHOICES, THEME_CHOICES, WIDTH_CHOICES, type FontChoice, type LineHeightChoice, type ThemeChoice, type WidthChoice } from '../../../components/reader/appearance';
import { defineSetting } from './define-setting';
import { numberIn, objectOf, oneOf } from './parse';

export interface StoredReaderAppearance {
  theme: ThemeChoice;
  font: FontChoice;
  /** Article text size in CSS pixels. */
  fontSize: number;
  width: WidthChoice;
  lineHeight: LineHeightChoice;
}

const DEFAULTS: StoredReaderAppearance = { theme: 'auto', font: 'serif', fontSize: 20, width: 'medium', lineHeight: 'normal' };

export const readerAppearanceSetting = defineSetting<StoredReaderAppearance>({
  key: 'local:reader-appearance',
  version: 1,
  defaults: DEFAULTS,
  parse: objectOf<StoredReaderAppearance>({
    theme: oneOf(THEME_CHOICES),
    font: oneOf(FONT_CHOICES),
    fontSize: numberIn(12, 40),
    width: oneOf(WIDTH_CHOICES),
    lineHeight: oneOf(LINE_HEIGHT_CHOICES),
  }),
  examples: {
    1: { theme: 'sepia', font: 'sans', fontSize: 22, width: 'wide', lineHeight: 'relaxed' },
  },
});
