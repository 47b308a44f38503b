/** A publication date as a reader says it ("23 September 2023"), in the article's language; null if unparseable. */
export function formatArticleDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // The date as printed by the publisher: keep the offset's calendar day, not the reader's time zone.
  const day = /^\d{4}-\d{2}-\d{2}/u.exec(iso)?.[0];
  const calendarDay = day ? new Date(`${day}T12:00:00Z`) : date;
  try {
    return new Intl.DateTimeFormat(lang || undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(calendarDay);
  } catch {
    // An unknown language tag: fall back to the reader's own locale.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(calendarDay);
  }
}

const OFFSET = /(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/u;

function offsetLabel(offset: string): string {
  if (offset === 'Z') return 'UTC';
  const sign = offset[0];
  const digits = offset.slice(1).replace(':', '');
  return `UTC${sign}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

/**
 * A date and time as the publisher stated it, in the reader's UI language, with the stated offset shown
 * ("23 September 2023, 17.02 (UTC+07:00)"): the wall-clock time is the page's, not converted to the reader's
 * zone. A date without a time is shown as a date only; null if unparseable.
 */
export function formatDateTimeWithOffset(iso: string | null, locale: string): string | null {
  if (!iso) return null;
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return null;
  const offset = OFFSET.exec(iso)?.[1];
  const format = (options: Intl.DateTimeFormatOptions, date: Date): string => {
    try {
      return new Intl.DateTimeFormat(locale || undefined, { ...options, timeZone: 'UTC' }).format(date);
    } catch {
      return new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(date);
    }
  };
  if (!offset) {
    // No time zone given: a bare date (or a floating time) is shown as the calendar day it names.
    const day = /^\d{4}-\d{2}-\d{2}/u.exec(iso)?.[0];
    return format({ dateStyle: 'long' }, day ? new Date(`${day}T12:00:00Z`) : instant);
  }
  let minutes = 0;
  if (offset !== 'Z') {
    const digits = offset.slice(1).replace(':', '');
    minutes = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * (offset[0] === '-' ? -1 : 1);
  }
  const wallClock = new Date(instant.getTime() + minutes * 60_000);
  return `${format({ dateStyle: 'long', timeStyle: 'short' }, wallClock)} (${offsetLabel(offset)})`;
}
