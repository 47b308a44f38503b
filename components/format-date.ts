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
