/**
 * Pure parsers for stored settings. Storage holds whatever an older version,
 * another browser or a bug wrote there; a parser turns any unknown value into
 * a valid one, falling back to the default FIELD BY FIELD so one bad field
 * never costs the reader the rest of their settings. No browser APIs here:
 * unit tests exercise every parser directly.
 */

/** Turns an unknown stored value into a valid `T`, using `fallback` for what is missing or wrong. */
export type Parser<T> = (raw: unknown, fallback: T) => T;

export const bool: Parser<boolean> = (raw, fallback) => (typeof raw === 'boolean' ? raw : fallback);

export function oneOf<const T extends string>(choices: readonly T[]): Parser<T> {
  return (raw, fallback) => (typeof raw === 'string' && (choices as readonly string[]).includes(raw) ? (raw as T) : fallback);
}

/** A finite number inside [min, max]; out-of-range values are clamped, not dropped (a reader's 2% too-big font is still their choice). */
export function numberIn(min: number, max: number): Parser<number> {
  return (raw, fallback) => (typeof raw === 'number' && Number.isFinite(raw) ? Math.min(max, Math.max(min, raw)) : fallback);
}

/** A string of at most `maxLength` characters (stored strings come back into the UI). */
export function text(maxLength = 2048): Parser<string> {
  return (raw, fallback) => (typeof raw === 'string' && raw.length <= maxLength ? raw : fallback);
}

/** A list whose items are each checked; bad items are dropped, the rest kept. */
export function listOf<T>(item: (raw: unknown) => T | undefined, maxItems = 1000): Parser<T[]> {
  return (raw, fallback) => {
    if (!Array.isArray(raw)) return fallback;
    const kept: T[] = [];
    for (const entry of raw.slice(0, maxItems)) {
      const parsed = item(entry);
      if (parsed !== undefined) kept.push(parsed);
    }
    return kept;
  };
}

/** A string-keyed map whose values are each checked; bad entries are dropped. */
export function recordOf<T>(value: (raw: unknown) => T | undefined, maxEntries = 1000): Parser<Record<string, T>> {
  return (raw, fallback) => {
    if (!isPlainObject(raw)) return fallback;
    const kept: Record<string, T> = Object.create(null);
    for (const [key, entry] of Object.entries(raw).slice(0, maxEntries)) {
      const parsed = value(entry);
      if (parsed !== undefined) kept[key] = parsed;
    }
    return kept;
  };
}

/** An object parsed field by field: each field falls back to its own default. Unknown fields are dropped. */
export function objectOf<T extends object>(fields: { [K in keyof T]: Parser<T[K]> }): Parser<T> {
  return (raw, fallback) => {
    const source = isPlainObject(raw) ? raw : {};
    const result = {} as T;
    for (const key of Object.keys(fields) as (keyof T)[]) {
      const own = Object.prototype.hasOwnProperty.call(source, key) ? (source as Record<keyof T, unknown>)[key] : undefined;
      result[key] = fields[key](own, fallback[key]);
    }
    return result;
  };
}

function isPlainObject(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}
