/**
 * The reader's colour themes as data. The stylesheet is generated from this
 * table and a unit test computes every text/background pair's WCAG contrast
 * from it, so a colour edited here is checked where it is used.
 */
import type { ThemeChoice } from './appearance';

export interface ThemeColors {
  /** Page background behind the article. */
  background: string;
  /** Buttons and panels drawn on the background. */
  surface: string;
  text: string;
  /** Secondary text: meta line, captions, counts. */
  muted: string;
  link: string;
  /** The site name above the title. */
  accent: string;
  /** Quoted passages. */
  quote: string;
  /** Button labels (on `surface`). */
  control: string;
  /** Focus rings and the quote bar: non-text, needs 3:1 against the background. */
  focus: string;
  /** Outlines of buttons and choices: non-text, needs 3:1 against background and surface. */
  edge: string;
  /** Hairlines between sections (decorative). */
  border: string;
  /** CSS color-scheme, so scrollbars and native controls match. */
  scheme: 'light' | 'dark';
}

export type ConcreteTheme = Exclude<ThemeChoice, 'auto'>;

export const THEMES: Record<ConcreteTheme, ThemeColors> = {
  light: {
    background: '#fbfaf7', surface: '#ffffff', text: '#1f2328', muted: '#57606a', link: '#0f5f58', accent: '#0f766e',
    quote: '#3b4249', control: '#0f5f58', focus: '#0d9488', edge: '#868c93', border: '#e4e1d8', scheme: 'light',
  },
  sepia: {
    background: '#f4ecd8', surface: '#fbf6ea', text: '#3b2f1e', muted: '#665640', link: '#7a3e0b', accent: '#7a4a12',
    quote: '#4f4030', control: '#7a3e0b', focus: '#a0522d', edge: '#8f7a5c', border: '#dccfb0', scheme: 'light',
  },
  dark: {
    background: '#1b1d21', surface: '#26292e', text: '#e6e2da', muted: '#a9adb3', link: '#7fd1c4', accent: '#6cc5b8',
    quote: '#cfcac0', control: '#7fd1c4', focus: '#5eead4', edge: '#6f757d', border: '#3a3e45', scheme: 'dark',
  },
};

/** What "auto" shows for each system preference (prefers-color-scheme). */
export const AUTO_THEME = { light: 'light', dark: 'dark' } as const satisfies Record<'light' | 'dark', ConcreteTheme>;

/** Printing is always dark ink on white paper, whatever the screen theme. */
export const PRINT_THEME: ConcreteTheme = 'light';
