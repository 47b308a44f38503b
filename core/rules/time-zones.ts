/**
 * Where a page's dates carry no zone, the zone of its region: from the
 * language tag's region (es-AR) or the country domain (.fr, .co.id). A bare
 * language is used only where it names one country's zone; "en", "es" and
 * "pt" alone name none, and the date then keeps no offset rather than a guess.
 */
export const ZONE_BY_REGION: Record<string, string> = {
  ID: 'Asia/Jakarta', MY: 'Asia/Kuala_Lumpur', SG: 'Asia/Singapore', FR: 'Europe/Paris', DE: 'Europe/Berlin', AT: 'Europe/Vienna',
  CH: 'Europe/Zurich', IT: 'Europe/Rome', ES: 'Europe/Madrid', PT: 'Europe/Lisbon', NL: 'Europe/Amsterdam', BE: 'Europe/Brussels',
  PL: 'Europe/Warsaw', CZ: 'Europe/Prague', GB: 'Europe/London', UK: 'Europe/London', IE: 'Europe/Dublin', BR: 'America/Sao_Paulo',
  AR: 'America/Argentina/Buenos_Aires', MX: 'America/Mexico_City', CL: 'America/Santiago', CO: 'America/Bogota', PE: 'America/Lima',
  US: 'America/New_York', CA: 'America/Toronto', JP: 'Asia/Tokyo', KR: 'Asia/Seoul', CN: 'Asia/Shanghai', TW: 'Asia/Taipei',
  HK: 'Asia/Hong_Kong', IN: 'Asia/Kolkata', AU: 'Australia/Sydney', NZ: 'Pacific/Auckland', TR: 'Europe/Istanbul', RU: 'Europe/Moscow',
  UA: 'Europe/Kyiv', VN: 'Asia/Ho_Chi_Minh', TH: 'Asia/Bangkok', PH: 'Asia/Manila', DK: 'Europe/Copenhagen', NO: 'Europe/Oslo',
  SE: 'Europe/Stockholm', FI: 'Europe/Helsinki', HU: 'Europe/Budapest', RO: 'Europe/Bucharest', SK: 'Europe/Bratislava', GR: 'Europe/Athens',
  BG: 'Europe/Sofia', HR: 'Europe/Zagreb', SI: 'Europe/Ljubljana', RS: 'Europe/Belgrade', EE: 'Europe/Tallinn', LV: 'Europe/Riga',
  LT: 'Europe/Vilnius', IS: 'Atlantic/Reykjavik', IL: 'Asia/Jerusalem', LU: 'Europe/Luxembourg',
};

/** Languages spoken as a news language in essentially one time zone. */
export const ZONE_BY_LANGUAGE: Record<string, string> = {
  id: 'Asia/Jakarta', ms: 'Asia/Kuala_Lumpur', de: 'Europe/Berlin', it: 'Europe/Rome', ja: 'Asia/Tokyo', ko: 'Asia/Seoul',
  pl: 'Europe/Warsaw', cs: 'Europe/Prague', nl: 'Europe/Amsterdam', tr: 'Europe/Istanbul', vi: 'Asia/Ho_Chi_Minh', th: 'Asia/Bangkok', uk: 'Europe/Kyiv',
  da: 'Europe/Copenhagen', nb: 'Europe/Oslo', nn: 'Europe/Oslo', no: 'Europe/Oslo', sv: 'Europe/Stockholm', fi: 'Europe/Helsinki',
  hu: 'Europe/Budapest', ro: 'Europe/Bucharest', sk: 'Europe/Bratislava', el: 'Europe/Athens', bg: 'Europe/Sofia', hr: 'Europe/Zagreb',
  sl: 'Europe/Ljubljana', et: 'Europe/Tallinn', lv: 'Europe/Riga', lt: 'Europe/Vilnius', is: 'Atlantic/Reykjavik', he: 'Asia/Jerusalem', fa: 'Asia/Tehran', hi: 'Asia/Kolkata',
  // Chinese is written in China, Taiwan, Hong Kong, Macau, Singapore and Malaysia: all at UTC+8.
  zh: 'Asia/Shanghai',
};
