/**
 * CSS generated from the appearance tables: one custom-property block per
 * theme, font, width and line height, keyed by data attributes on the reader
 * root. Used by the overlay's stylesheet and the options page's preview.
 */
import { FONT_STACKS, LINE_HEIGHTS, WIDTH_EMS, type ReaderAppearance } from './appearance';
import { AUTO_THEME, THEMES, type ThemeColors } from './themes';

const CSS_VARS: Record<Exclude<keyof ThemeColors, 'scheme'>, string> = {
  background: '--jr-bg',
  surface: '--jr-surface',
  text: '--jr-text',
  muted: '--jr-muted',
  link: '--jr-link',
  accent: '--jr-accent',
  quote: '--jr-quote',
  control: '--jr-control',
  focus: '--jr-focus',
  edge: '--jr-edge',
  border: '--jr-border',
};

export function themeDeclarations(colors: ThemeColors): string {
  const vars = (Object.keys(CSS_VARS) as (keyof typeof CSS_VARS)[]).map((key) => `${CSS_VARS[key]}: ${colors[key]};`);
  return [...vars, `color-scheme: ${colors.scheme};`].join(' ');
}

/** Rules giving `root` (a selector for the element carrying the data attributes) its colours, font, width and leading. */
export function appearanceRules(root: string): string {
  const rules: string[] = [];
  for (const [name, colors] of Object.entries(THEMES)) rules.push(`${root}[data-theme="${name}"] { ${themeDeclarations(colors)} }`);
  rules.push(`${root}[data-theme="auto"] { ${themeDeclarations(THEMES[AUTO_THEME.light])} }`);
  rules.push(`@media (prefers-color-scheme: dark) { ${root}[data-theme="auto"] { ${themeDeclarations(THEMES[AUTO_THEME.dark])} } }`);
  for (const [name, stack] of Object.entries(FONT_STACKS)) rules.push(`${root}[data-font="${name}"] { --jr-font: ${stack}; }`);
  for (const [name, ems] of Object.entries(WIDTH_EMS)) rules.push(`${root}[data-width="${name}"] { --jr-width: ${ems}em; }`);
  for (const [name, ratio] of Object.entries(LINE_HEIGHTS)) rules.push(`${root}[data-line-height="${name}"] { --jr-leading: ${ratio}; }`);
  return rules.join('\n');
}

/** The attributes (and the size, a continuous value) that select those rules for one appearance. */
export function appearanceAttributes(appearance: ReaderAppearance): Record<string, string> {
  return {
    'data-theme': appearance.theme,
    'data-font': appearance.font,
    'data-width': appearance.width,
    'data-line-height': appearance.lineHeight,
    style: `--jr-scale: ${appearance.textScale / 100}`,
  };
}
