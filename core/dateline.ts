/**
 * Datelines open a news story: "Jakarta (ANTARA) -", "LONDON (Reuters) -",
 * "JAKARTA, KOMPAS.com -", "JURNAL SOREANG -". They are data (place and
 * outlet), not article text, so they are moved into attribution.
 */
import { agencyName } from './agencies';

export interface Dateline {
  /** The prefix as printed, e.g. "Jakarta (ANTARA) -". */
  text: string;
  place: string | null;
  outlet: string;
  /** Set when the outlet is a wire service. */
  agency: string | null;
}

const DASH = '[-–—]{1,2}';
// "LONDON, Sept 21 (Reuters) -": a date may stand between place and agency.
const WITH_AGENCY = new RegExp(`^\\s*(?<place>[\\p{Lu}][\\p{L} .'’/]{1,40}?)\\s*(?:,\\s*[\\p{L}.]{3,10}\\s+\\d{1,2}\\s*)?,?\\s*\\((?<outlet>[^()]{2,40})\\)\\s*${DASH}\\s*`, 'u');
const WITH_OUTLET = new RegExp(`^\\s*(?<place>[\\p{Lu}][\\p{L} .'’/]{1,30}?)\\s*,\\s*(?<outlet>[\\p{L}\\d]+(?:\\.[\\p{L}]{2,6}){1,2})\\s*${DASH}\\s*`, 'u');
const OUTLET_FIRST = new RegExp(`^\\s*(?<outlet>[\\p{L}\\d]+\\.(?:com|co\\.id|co|id|net|org|my))\\s*,\\s*(?<place>[\\p{Lu}][\\p{L} .'’]{1,30}?)\\s*${DASH}\\s*`, 'iu');
const CAPS_OUTLET = new RegExp(`^\\s*(?<outlet>[\\p{Lu}\\d][\\p{Lu}\\d .'&]{2,40}?)\\s*${DASH}\\s*`, 'u');

export function parseDateline(paragraph: string, siteName: string | null): Dateline | null {
  const head = paragraph.slice(0, 120);
  for (const re of [WITH_AGENCY, WITH_OUTLET, OUTLET_FIRST]) {
    const m = re.exec(head);
    if (m?.groups) {
      const outlet = m.groups.outlet!.trim();
      return { text: m[0].trim(), place: m.groups.place?.trim() ?? null, outlet, agency: agencyName(outlet) };
    }
  }
  const caps = CAPS_OUTLET.exec(head);
  if (caps?.groups) {
    const outlet = caps.groups.outlet!.trim();
    const agency = agencyName(outlet);
    const isSite = siteName !== null && outlet.toLowerCase() === siteName.toLowerCase();
    if (agency || isSite) return { text: caps[0].trim(), place: null, outlet, agency };
  }
  return null;
}
