/**
 * Solar Hijri (Persian) dates as Gregorian ones. Iranian and Afghan pages print "۱۶ آذر ۱۴۰۵";
 * the calendar's own new year (Nowruz) falls on 19–22 March, so we ask Intl's Persian calendar
 * which of those days is 1 Farvardin and count the days from there: no leap-year tables of our own.
 */

/** The formatter is made on first use: making one loads calendar data (slow in Chromium), and most pages never need it. */
let persianFormatter: Intl.DateTimeFormat | null | undefined;

function formatter(): Intl.DateTimeFormat | null {
  if (persianFormatter === undefined) {
    try {
      persianFormatter = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      // An engine without the Persian calendar falls back to the Gregorian one silently.
      if (persianFormatter.resolvedOptions().calendar !== 'persian') persianFormatter = null;
    } catch {
      persianFormatter = null;
    }
  }
  return persianFormatter;
}

const DAY_MS = 86_400_000;

/** Months 1–6 have 31 days, 7–11 have 30, the last 29 (30 in a leap year). */
function daysBefore(month: number): number {
  return month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
}

/** 1 Farvardin of Solar Hijri year `year` as a UTC time, or null when the engine has no Persian calendar. */
function nowruz(year: number): number | null {
  const f = formatter();
  if (!f) return null;
  for (let day = 19; day <= 22; day++) {
    const t = Date.UTC(year + 621, 2, day);
    const parts = f.formatToParts(new Date(t));
    const part = (type: string) => +(parts.find((p) => p.type === type)?.value ?? 0);
    if (part('month') === 1 && part('day') === 1) return t;
  }
  return null;
}

/** The Gregorian day of a Solar Hijri date (1405-09-16 → 2026-12-07), or null for an impossible date. */
export function solarHijriToGregorian(year: number, month: number, day: number): { y: number; m: number; d: number } | null {
  if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30) || year < 1300 || year > 1500) return null;
  const start = nowruz(year);
  if (start === null) return null;
  const t = start + (daysBefore(month) + day - 1) * DAY_MS;
  // 30 Esfand exists only in a leap year: otherwise it would be the next year's Nowruz.
  if (month === 12 && day === 30 && t === nowruz(year + 1)) return null;
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
