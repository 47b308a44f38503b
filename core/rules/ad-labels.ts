/**
 * Whole-text labels of ad slots and the prompts that sit beside them.
 * A block is removed only when its entire text is made of these labels
 * (so "Iklan" inside a sentence is never touched).
 */
export const AD_LABELS: Record<string, readonly string[]> = {
  en: ['advertisement', 'advertisements', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'story continues below advertisement', 'article continues below advertisement', 'continue reading below', 'scroll to continue with content', 'content continues below'],
  id: ['iklan', 'advertisement', 'scroll untuk lanjut membaca', 'gulir untuk lanjut baca', 'scroll ke bawah untuk lanjut membaca', 'lanjutkan membaca di bawah', 'konten berbayar', 'konten bersponsor'],
  de: ['anzeige', 'werbung', 'weiter nach der anzeige', 'artikel wird nach der anzeige fortgesetzt'],
  fr: ['publicité', 'pub', 'la suite après la publicité', 'la suite après cette publicité'],
  es: ['publicidad', 'anuncio', 'contenido patrocinado'],
  pt: ['publicidade', 'continua após a publicidade', 'continua depois da publicidade'],
  it: ['pubblicità', 'contenuto sponsorizzato'],
  nl: ['advertentie', 'gesponsord'],
  pl: ['reklama', 'artykuł sponsorowany'],
  ru: ['реклама'],
  vi: ['quảng cáo'],
  zh: ['广告', '廣告'],
  ja: ['広告'],
  ko: ['광고'],
  tr: ['reklam'],
  ms: ['iklan', 'kandungan tajaan'],
  cs: ['reklama', 'inzerce'],
  uk: ['реклама'],
  sv: ['annons'],
  th: ['โฆษณา'],
  da: ['annonce', 'reklame', 'sponsoreret indhold'],
  nb: ['annonse', 'reklame', 'annonsørinnhold'],
  fi: ['mainos', 'kaupallinen yhteistyö', 'artikkeli jatkuu mainoksen jälkeen'],
  hu: ['hirdetés', 'reklám', 'szponzorált tartalom'],
  // Capitals drop the accents: "ΔΙΑΦΗΜΙΣΗ".
  el: ['διαφήμιση', 'διαφημιση', 'χορηγούμενο περιεχόμενο'],
  ro: ['publicitate', 'reclamă', 'conținut sponsorizat'],
  sk: ['reklama', 'inzercia', 'komerčná prezentácia'],
  // Arabic, Hindi, Persian, Hebrew, Bengali, Urdu: as their news sites print them (spelling variants: core/rules/spelling-folds.ts).
  ar: ['إعلان', 'إعلانات', 'محتوى مدفوع', 'محتوى برعاية'],
  hi: ['विज्ञापन', 'प्रायोजित'],
  fa: ['تبلیغات', 'آگهی', 'رپرتاژ آگهی'],
  he: ['פרסומת', 'תוכן שיווקי', 'תוכן ממומן'],
  bn: ['বিজ্ঞাপন', 'স্পন্সরড'],
  ur: ['اشتہار', 'اشتہارات'],
  // Swahili, Filipino, Catalan, Croatian, Serbian (Latin and Cyrillic), Bulgarian, Slovenian, Lithuanian, Latvian, Estonian.
  sw: ['tangazo', 'matangazo'],
  tl: ['patalastas'],
  ca: ['publicitat', 'contingut patrocinat'],
  hr: ['oglas', 'reklama', 'sponzorirani sadržaj'],
  sr: ['реклама', 'oglas', 'оглас'],
  bg: ['реклама', 'платена публикация'],
  sl: ['oglas', 'oglasno sporočilo'],
  lt: ['reklama', 'užsakomasis turinys'],
  lv: ['reklāma', 'sponsorēts saturs'],
  et: ['reklaam', 'sisuturundus'],
};
