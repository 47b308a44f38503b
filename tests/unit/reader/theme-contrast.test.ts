/**
 * WCAG AA in every theme, computed from the theme table the stylesheet is
 * generated from: text, links and secondary text at least 4.5:1 against the
 * backgrounds they sit on; focus rings and control outlines at least 3:1.
 */
import { describe, expect, it } from 'vitest';
import { READER_CSS } from '../../../components/reader-styles';
import { THEMES, type ThemeColors } from '../../../components/reader/themes';
import { themeDeclarations } from '../../../components/reader/theme-css';
import { contrastRatio } from '../../helpers/contrast';

type Role = Exclude<keyof ThemeColors, 'scheme' | 'border'>;
/** Foreground, background, minimum: every pairing the stylesheet draws. */
const PAIRS: [Role, 'background' | 'surface', number][] = [
  ['text', 'background', 4.5],
  ['muted', 'background', 4.5],
  ['link', 'background', 4.5],
  ['accent', 'background', 4.5],
  ['quote', 'background', 4.5],
  ['control', 'background', 4.5],
  ['control', 'surface', 4.5], // button labels, and the inverted pressed state (surface on control)
  ['text', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
  ['edge', 'background', 3],
  ['edge', 'surface', 3],
];

describe('contrast ratio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(119, 119, 119)', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });
});

describe.each(Object.entries(THEMES))('theme %s', (name, colors) => {
  it.each(PAIRS)('%s on %s is at least %s:1', (fg, bg, min) => {
    const ratio = contrastRatio(colors[fg], colors[bg]);
    expect(ratio, `${name}: ${fg} ${colors[fg]} on ${bg} ${colors[bg]} = ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(min);
  });

  it('is what the overlay stylesheet uses', () => {
    expect(READER_CSS).toContain(`.reader[data-theme="${name}"] { ${themeDeclarations(colors)} }`);
  });
});

describe('the overlay stylesheet', () => {
  it('takes every colour from the theme table (no colour literal outside the generated blocks)', () => {
    const generated = Object.values(THEMES).map(themeDeclarations);
    let rest = READER_CSS;
    for (const block of generated) rest = rest.split(block).join('');
    expect(rest.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/giu) ?? []).toEqual([]);
  });
});
