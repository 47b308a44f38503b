/**
 * happy-dom parses a `style` attribute with a regular expression that backtracks
 * catastrophically on odd text: 400 spaces take over a second, and words before
 * an unclosed "(" take minutes (found by the fuzzer, seed 618). Browsers parse
 * styles themselves; Node parses keep only plain `property: value` declarations,
 * whitespace collapsed, which is all the analysis reads (display, visibility).
 */
const PROPERTY = /^-{0,2}[a-z][\w-]*$/iu;
/** Longer values are never a display or visibility; they are where the backtracking grows. */
const MAX_VALUE = 300;

export function plainStyle(style: string): string {
  const kept: string[] = [];
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim();
    const value = part.slice(colon + 1).replace(/\s+/gu, ' ').trim();
    if (!PROPERTY.test(property) || value.length > MAX_VALUE) continue;
    if (value.split('(').length !== value.split(')').length) continue;
    kept.push(`${property}: ${value}`);
  }
  return kept.join('; ');
}
