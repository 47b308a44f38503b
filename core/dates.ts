/** Dates as ISO 8601 with offset, from machine-readable values and from visible local formats. */
import { DATE_LINE_WORDS, DATE_PREFIXES, MONTH_NUMBER_WORDS, MONTHS, OTHER_CALENDAR_WORDS, SOLAR_HIJRI_MONTHS, WEEKDAYS, ZONE_OFFSETS } from './rules/date-words';
import { solarHijriToGregorian } from './solar-hijri';

const monthByName = new Map<string, number>();
for (const months of Object.values(MONTHS)) {
  months.forEach((names, i) => names.forEach((n) => monthByName.set(n, i + 1)));
}
const solarHijriMonth = new Map<string, number>();
SOLAR_HIJRI_MONTHS.forEach((names, i) => names.forEach((n) => solarHijriMonth.set(n, i + 1)));
const weekdays = new Set(WEEKDAYS);
const DATE_CONNECTORS = new Set(DATE_LINE_WORDS);
const otherCalendarWords = new Set(OTHER_CALENDAR_WORDS);

/** Whether a word is a weekday's name in a language we read ("Kamis", "یکشنبه"). */
export function isWeekday(word: string): boolean {
  return weekdays.has(word.toLowerCase());
}

/** Whether a word belongs to a date: a month's name in any language we read ("December", "декабря") or a date line's small word ("on", "ngày"). */
export function isDateWord(word: string): boolean {
  const lower = word.toLowerCase();
  return monthByName.has(lower) || DATE_CONNECTORS.has(lower);
}

const MONTH_NUMBER = new RegExp(`(\\d{1,2})\\s+(?:${MONTH_NUMBER_WORDS.join('|')})\\s+(\\d{1,2})(?:\\s+\\p{L}+|,)?\\s+(\\d{4})`, 'u');

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: string): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1900 || y > 2200) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offset}`;
}

function normalizeOffset(raw: string | undefined, fallback: string | null): string | null {
  if (raw && /^[+-]\d{4}$/u.test(raw)) return `${raw.slice(0, 3)}:${raw.slice(3)}`;
  if (!raw) return fallback;
  if (raw === 'Z' || raw === 'z') return '+00:00';
  const m = /^([+-])(\d{2}):?(\d{2})?$/u.exec(raw);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : fallback;
}

const MACHINE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/iu;

/**
 * A machine-readable date (JSON-LD, meta, `time[datetime]`) as ISO 8601 with
 * its own offset kept. Without an offset, `defaultOffset` is used (a visible
 * zone such as WIB), else UTC.
 */
export function toIsoDate(value: string | null | undefined, defaultOffset: string | null = null): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = MACHINE.exec(v);
  if (m) {
    // A date alone stays a date: we do not invent a time of day.
    if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
    const offset = normalizeOffset(m[7], defaultOffset) ?? '';
    return iso(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), offset);
  }
  return parseVisibleDate(v, defaultOffset);
}

// "17:02", "10.15 Uhr", "07h30" (French), with an optional zone after it.
const TIME = /(\d{1,2})(?:[:.h]|時)(\d{2})(?:[:.](\d{2}))?\s*(wib|wita|wit|utc|gmt|[a-z]{2,4}t)?\b/iu;

function stripPrefixes(text: string): string {
  let t = text.toLowerCase().trim();
  for (const p of DATE_PREFIXES) if (t.startsWith(p)) t = t.slice(p.length).replace(/^[\s:：,-]+/u, '');
  // A weekday of one word or two ("Thứ hai, 7/12/2026").
  const first = /^([\p{L}']+)(?:\s+([\p{L}']+))?[\s,]+/u.exec(t);
  if (first?.[2] && weekdays.has(`${first[1]} ${first[2]}`)) t = t.slice(first[0].length);
  else if (first && weekdays.has(first[1]!)) t = t.slice(first[1]!.length).replace(/^[\s,]+/u, '');
  return t;
}

/** Digits of other scripts as ASCII ("٧ ديسمبر ٢٠٢٦", "۱۴۰۵", "७"): the patterns below read ASCII digits. */
function asciiDigits(text: string): string {
  return /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/u.test(text)
    ? text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/gu, (d) => {
      const c = d.codePointAt(0)!;
      return String(c - (c >= 0x0966 ? 0x0966 : c >= 0x06f0 ? 0x06f0 : 0x0660));
    })
    : text;
}

// "23 September 2023", "21 de Setembro de 2023", "5. März 2024", "7 października 2026", "۱۶ آذر ۱۴۰۵"
const DAY_MONTH_YEAR = /(\d{1,2})\.?\s+(?:de\s+)?([\p{L}\p{M}]{2,12})\.?,?\s+(?:de\s+|del\s+)?(\d{4})/gu;
// "September 23, 2023", "Apr 27th, 2020"
const MONTH_DAY_YEAR = /([\p{L}\p{M}]{2,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/gu;
// Year first (Hungarian): "2026. december 7."
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\.\s+([\p{L}\p{M}]{2,12})\.?\s+(\d{1,2})\.?(?!\d)/gu;

/**
 * The first match whose month word is a month we read. Not simply the first match: an Arabic page prints the
 * Hijri date before the Gregorian one ("16 رجب 1448 هـ - 7 ديسمبر 2026 م"), and "3 items 2020" is no date.
 */
function firstWithMonth(pattern: RegExp, text: string, group: number, solarHijri = false): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const word = m[group]!;
    if (monthByName.has(word) || (solarHijri && solarHijriMonth.has(word))) return m;
    // Look again from the next character: the day of the next date may sit inside this match.
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * Visible dates in local formats: "23 September 2023, 17:02 WIB",
 * "Kamis (14/9/2023)", "September 23, 2023 5:02 PM EDT", "14.09.2023 10:00".
 */
export function parseVisibleDate(text: string, defaultOffset: string | null = null): string | null {
  const t = stripPrefixes(asciiDigits(text)).replace(/[()]/gu, ' ');
  let y = 0, mo = 0, d = 0;
  let m = firstWithMonth(DAY_MONTH_YEAR, t, 2, true);
  if (m && monthByName.has(m[2]!)) {
    d = +m[1]!; mo = monthByName.get(m[2]!)!; y = +m[3]!;
  } else if (m && solarHijriMonth.has(m[2]!)) {
    // "۱۶ آذر ۱۴۰۵" (Persian): the Solar Hijri day as its Gregorian one.
    const g = solarHijriToGregorian(+m[3]!, solarHijriMonth.get(m[2]!)!, +m[1]!);
    if (!g) return null;
    ({ y, m: mo, d } = g);
  } else if ((m = firstWithMonth(MONTH_DAY_YEAR, t, 1))) {
    mo = monthByName.get(m[1]!)!; d = +m[2]!; y = +m[3]!;
  } else if ((m = firstWithMonth(YEAR_MONTH_DAY, t, 2))) {
    y = +m[1]!; mo = monthByName.get(m[2]!)!; d = +m[3]!;
  } else if ((m = MONTH_NUMBER.exec(t))) {
    // A numbered month after its word (Vietnamese): "ngày 7 tháng 12 năm 2026"
    d = +m[1]!; mo = +m[2]!; y = +m[3]!;
  } else if ((m = /([\p{L}]{3,10})\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?\s+(?:[a-z]{2,5}\s+)?)(\d{4})/u.exec(t)) && monthByName.has(m[1]!)) {
    // "Mon Aug 03 12:45:00 EDT 2015" (a server's default date format): the time sits before the year.
    mo = monthByName.get(m[1]!)!; d = +m[2]!; y = +m[4]!;
    return parseVisibleDate(`${y}-${mo}-${d} ${m[3]}`, defaultOffset);
  } else if ((m = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d:])/u.exec(t))) {
    d = +m[1]!; mo = +m[2]!; y = +m[3]!;
    // "9/21/2016": only a US month-first date has a "month" above 12.
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else if ((m = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/u.exec(t) ?? /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(t))) {
    // "2023-09-14", "2019年04月28日" (Chinese, Japanese)
    y = +m[1]!; mo = +m[2]!; d = +m[3]!;
  } else if ((m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/u.exec(t))) {
    // "2.11.22", "28.09.19 12:44": a two-digit year is this century's.
    d = +m[1]!; mo = +m[2]!; y = 2000 + +m[3]!;
  } else {
    return null;
  }
  // Thai dates count years in the Buddhist era: 2569 BE is 2026.
  if (y >= 2400 && y <= 2700) y -= 543;
  const rest = t.slice((m.index ?? 0) + m[0].length);
  const time = TIME.exec(rest);
  let h = 0, mi = 0, s = 0;
  // Without a zone on the page, the local time is given without an offset rather than a guessed one.
  let offset = defaultOffset ?? '';
  if (time) {
    h = +time[1]!; mi = +time[2]!; s = +(time[3] ?? 0);
    if (/\bpm\b/iu.test(rest) && h < 12) h += 12;
    if (/\bam\b/iu.test(rest) && h === 12) h = 0;
    const zone = time[4]?.toLowerCase() ?? /\b(wib|wita|wit|utc|gmt|[a-z]{2,4}t)\b/iu.exec(rest)?.[1]?.toLowerCase();
    if (zone && ZONE_OFFSETS[zone]) offset = ZONE_OFFSETS[zone];
    // "GMT+7", "UTC+05:30": the offset written after the zone is the time's.
    const shifted = /\b(?:gmt|utc)\s*([+-])(\d{1,2})(?::?(\d{2}))?(?!\d)/iu.exec(rest);
    if (shifted && +shifted[2]! <= 14) offset = `${shifted[1]}${pad(+shifted[2]!)}:${shifted[3] ?? '00'}`;
  } else {
    const zone = /\b(wib|wita|wit)\b/iu.exec(rest)?.[1]?.toLowerCase();
    if (zone) offset = ZONE_OFFSETS[zone]!;
  }
  return iso(y, mo, d, h, mi, s, offset);
}

/** The visible zone in a date text ("WIB" → "+07:00"), to give offset-less machine dates their zone. */
export function visibleZoneOffset(text: string): string | null {
  const zone = /\b(wib|wita|wit)\b/iu.exec(text)?.[1]?.toLowerCase();
  return zone ? ZONE_OFFSETS[zone]! : null;
}

/** A block whose whole text is a date (with optional weekday, time, zone, "Updated" prefix). */
export function looksLikeDateLine(raw: string): boolean {
  const text = asciiDigits(raw);
  if (text.length > 80 || !/\d{4}/u.test(text)) return false;
  if (!parseVisibleDate(text)) return false;
  // Nothing but date words, numbers, zones and separators may remain.
  const words = stripPrefixes(text).replace(/[\d:/.,()\-|–—]+/gu, ' ').split(/\s+/u).filter(Boolean);
  return words.every((w) => monthByName.has(w) || solarHijriMonth.has(w) || otherCalendarWords.has(w) || weekdays.has(w) || w in ZONE_OFFSETS || DATE_CONNECTORS.has(w));
}

/** One formatter per zone: making an Intl.DateTimeFormat loads time-zone data, tens of ms each time in Chromium. */
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' });
    zoneFormatters.set(zone, formatter);
  }
  return formatter;
}

/** The UTC offset ("+01:00") that an IANA zone has at a local date-time. */
export function zoneOffsetAt(zone: string, localIso: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/u.exec(localIso);
  if (!m) return null;
  try {
    const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
    const name = zoneFormatter(zone)
      .formatToParts(new Date(asUtc)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    const o = /GMT([+-]\d{2}):?(\d{2})?/u.exec(name);
    return o ? `${o[1]}:${o[2] ?? '00'}` : name === 'GMT' ? '+00:00' : null;
  } catch {
    return null;
  }
}

/** Gives a local date-time (no offset) the offset of `zone`; dates and zoned values pass through. */
export function withZone(value: string | null, zone: string | null): string | null {
  if (!value || !zone || !/T\d{2}:\d{2}:\d{2}$/u.test(value)) return value;
  const offset = zoneOffsetAt(zone, value);
  return offset ? `${value}${offset}` : value;
}

/**
 * A UTC instant ("…Z", "…+00:00") as the local time of `zone`: a page of a region prints the story's
 * local day and time, and the structured data's UTC may fall on the day before or after it.
 */
export function inZone(value: string | null, zone: string | null): string | null {
  if (!value || !zone || !/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/u.test(value)) return value;
  const t = Date.parse(value);
  const offset = Number.isNaN(t) ? null : zoneOffsetAt(zone, new Date(t).toISOString());
  const o = offset ? /^([+-])(\d{2}):(\d{2})$/u.exec(offset) : null;
  if (!o || offset === '+00:00') return value;
  const minutes = (o[1] === '-' ? -1 : 1) * (+o[2]! * 60 + +o[3]!);
  return `${new Date(t + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}
