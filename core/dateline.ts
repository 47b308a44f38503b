/**
 * Datelines open a news story: "Jakarta (ANTARA) -", "LONDON (Reuters) -",
 * "JAKARTA, KOMPAS.com -", "JURNAL SOREANG -". They are data (place and
 * outlet), not article text, so they are moved into attribution.
 */
import { agencyName } from './agencies';
import { CJK_BYLINE_ROLES } from './rules/credit-labels';
import { WIRE_AGENCIES } from './rules/wire-agencies';

export interface Dateline {
  /** The prefix as printed, e.g. "Jakarta (ANTARA) -". */
  text: string;
  place: string | null;
  outlet: string;
  /** Set when the outlet is a wire service. */
  agency: string | null;
  /** Reporters the dateline names ("新华社成都12月7日电（记者 张伟）"). */
  reporters?: string[];
}

const DASH = '[-–—]{1,2}';
/** A date between the place and the wire: "Sept 21", "7", "7 décembre", "7. prosince". */
const DAY = '(?:[\\p{L}.]{3,12}\\s+\\d{1,2}|\\d{1,2}\\.?(?:\\s+[\\p{L}]{3,12}\\.?)?)';
const PLACE = "(?<place>[\\p{Lu}][\\p{L} .'’/-]{1,40}?)";
/** A place in a script without capitals: letters with their vowel signs (\p{M}: "दिल्ली"), opening with an uncased letter. */
const CASELESS_PLACE = "(?<place>\\p{Lo}[\\p{Lo}\\p{M}\\u200c .'’/]{1,40}?)";
// The day may be written as a word ("लखनऊ, सात दिसंबर (भाषा)": "seven December"); only a known wire makes these datelines.
const MARKED_DAY = '(?:[\\p{L}\\p{M}.]{3,12}\\s+\\d{1,2}|\\d{1,2}\\.?(?:\\s+[\\p{L}\\p{M}]{3,12}\\.?)?|[\\p{L}\\p{M}]{2,12}\\s+[\\p{L}\\p{M}]{3,12})';
// "LONDON, Sept 21 (Reuters) -", "MADRID, 7 (EUROPA PRESS) -": a date may stand between place and agency.
const WITH_AGENCY = new RegExp(`^\\s*${PLACE}\\s*(?:,\\s*${DAY}\\s*)?,?\\s*\\((?<outlet>[^()]{2,40})\\)\\s*${DASH}\\s*`, 'u');
/** A Korean wire's place=agency in brackets, opening a story or a byline: "[서울=뉴시스]", "(서울=연합뉴스)". */
export const KOREAN_WIRE = /^\s*[[(（](?<place>[^=\])）]{1,20})=(?<outlet>[^\])）]{2,20})[\])）]/u;
// Read only for a known wire, whose credit may stand without a dash: "Stockholm (TT) Regeringen …", "OSLO (NTB): …",
// "МОСКВА, 7 декабря. /ТАСС/.", "МОСКВА, 7 дек — РИА Новости."
const WIRE_ONLY = [
  new RegExp(`^\\s*${PLACE}\\s*(?:,\\s*${DAY}\\s*)?\\((?<outlet>[^()]{2,40})\\)(?:\\s*:\\s*|\\s+(?=\\p{Lu}))`, 'u'),
  new RegExp(`^\\s*${PLACE}\\s*,\\s*${DAY}\\s*[./]?\\s*/(?<outlet>[^/]{2,30})/\\.?\\s*`, 'u'),
  new RegExp(`^\\s*${PLACE}\\s*,\\s*${DAY}\\s*${DASH}\\s*(?<outlet>[^.,]{2,30})\\.\\s*`, 'u'),
  // Korean wires: "(서울=연합뉴스) 김민수 기자 = ", "[서울=뉴시스]"; the reporter line after it goes with it.
  new RegExp(`${KOREAN_WIRE.source}\\s*(?:[^=\\s]{2,10}(?:\\s+[^=\\s]{2,10}){0,2}\\s*=\\s*)?`, 'u'),
  // Scripts without capitals (Arabic, Persian, Hebrew, Devanagari) cannot show a place by its capital, so only a known wire
  // makes these datelines: "القاهرة (رويترز) -", "تهران (ایرنا) -", "नई दिल्ली, 7 दिसंबर (भाषा) …", and IRNA's "تهران- ایرنا-".
  new RegExp(`^\\s*${CASELESS_PLACE}\\s*(?:,\\s*${MARKED_DAY}\\s*)?[,\\s–—-]*\\((?<outlet>[^()]{2,40})\\)\\s*(?:${DASH}\\s*|:\\s*|(?=\\p{L}))`, 'u'),
  new RegExp(`^\\s*${CASELESS_PLACE}\\s*[-–—]\\s*(?<outlet>[\\p{Lo}\\p{M} ]{2,30}?)\\s*[-–—]\\s*`, 'u'),
];
/** The roles written before or after a CJK name ("记者", "기자"), longest first, as one alternation: datelines and bylines read them alike. */
export const CJK_ROLES = [...CJK_BYLINE_ROLES].sort((a, b) => b.length - a.length).join('|');
const CJK_ROLE_WORDS = new RegExp(`(?:${CJK_ROLES})`, 'gu');

/** Outlets that open a Chinese dateline: the wires in Han script, and "本报"/"本网" (this paper, this site). */
const HAN_OUTLETS = [...Object.values(WIRE_AGENCIES).flat().filter((f) => /^\p{Script=Han}+$/u.test(f)), '本报', '本网']
  .sort((a, b) => b.length - a.length).join('|');
/** "新华社成都12月7日电（记者 张伟）", "本报北京12月7日讯 记者李明": outlet, place, date, "电"/"讯" (wired/reported), reporters. */
const HAN_DATELINE = new RegExp(`^\\s*(?<outlet>${HAN_OUTLETS})(?<place>\\p{Script=Han}{2,8}?)\\d{1,2}月\\d{1,2}日(?:电|讯|電|訊)\\s*(?:[（(]\\s*(?<reporters>[^（()）]{2,40}?)\\s*[）)]|(?<bare>(?:${CJK_ROLES})\\s*\\p{Script=Han}{2,4}(?:[、，,\\s]+\\p{Script=Han}{2,4}){0,3}(?=\\s)))?`, 'u');

/** The names in a dateline's reporter credit: roles out, split at "、", commas and spaces. */
function reporterNames(credit: string): string[] {
  return credit.replace(CJK_ROLE_WORDS, ' ').split(/[、，,\s]+/u).filter((n) => /^\p{Script=Han}{2,4}$/u.test(n));
}

const WITH_OUTLET = new RegExp(`^\\s*(?<place>[\\p{Lu}][\\p{L} .'’/]{1,30}?)\\s*,\\s*(?<outlet>[\\p{L}\\d]+(?:\\.[\\p{L}]{2,6}){1,2})\\s*${DASH}\\s*`, 'u');
const OUTLET_FIRST = new RegExp(`^\\s*(?<outlet>[\\p{L}\\d]+\\.(?:com|co\\.id|co|id|net|org|my))\\s*,\\s*(?<place>[\\p{Lu}][\\p{L} .'’]{1,30}?)\\s*${DASH}\\s*`, 'iu');
const CAPS_OUTLET = new RegExp(`^\\s*(?<outlet>[\\p{Lu}\\d][\\p{Lu}\\d .'&]{2,40}?)\\s*${DASH}\\s*`, 'u');

export function parseDateline(paragraph: string, siteName: string | null): Dateline | null {
  const head = paragraph.slice(0, 120);
  const han = HAN_DATELINE.exec(head);
  if (han?.groups) {
    const { outlet, place, reporters, bare } = han.groups;
    return { text: han[0].trim(), place: place!, outlet: outlet!, agency: agencyName(outlet!), reporters: reporterNames(reporters ?? bare ?? '') };
  }
  for (const re of [WITH_AGENCY, WITH_OUTLET, OUTLET_FIRST]) {
    const m = re.exec(head);
    if (m?.groups) {
      const outlet = m.groups.outlet!.trim();
      return { text: m[0].trim(), place: m.groups.place?.trim() ?? null, outlet, agency: agencyName(outlet) };
    }
  }
  for (const re of WIRE_ONLY) {
    const m = re.exec(head);
    const agency = m?.groups ? agencyName(m.groups.outlet!.trim()) : null;
    if (m?.groups && agency) return { text: m[0].trim(), place: m.groups.place!.trim(), outlet: m.groups.outlet!.trim(), agency };
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
