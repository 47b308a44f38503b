/**
 * Lead-in phrases that introduce a link to another article ("Baca Juga: …").
 * A block is a promo when its text is one of these followed only by link text;
 * the phrase alone never removes prose. Matching is case-insensitive and
 * ignores a trailing ":" "|" "-" or "»".
 */
export const PROMO_LEAD_INS: Record<string, readonly string[]> = {
  id: [
    'baca juga', 'baca', 'lihat juga', 'simak juga', 'tonton juga', 'cek juga', 'baca selengkapnya',
    'berita terkait', 'artikel terkait', 'topik terkait', 'berita lainnya', 'artikel lainnya',
    'baca artikel lainnya', 'jangan lewatkan', 'saksikan juga', 'klik juga', 'baca pula',
  ],
  ms: ['artikel berkaitan', 'baca lagi', 'berita berkaitan'],
  en: [
    'read more', 'read', 'read also', 'also read', 'also see', 'see also', 'related', 'related stories',
    'related articles', 'related story', 'related article', 'learn more', 'more', 'read next',
    'you might also like', 'you may also like', 'recommended', 'more on this story',
    'more from', 'continue reading', 'watch', 'watch also', 'listen', 'must read', 'don\'t miss', 'see more',
  ],
  fr: ['lire aussi', 'à lire aussi', 'lisez aussi', 'lire également', 'à lire', 'voir aussi', 'sur le même sujet'],
  de: ['lesen sie auch', 'mehr zum thema', 'weiterlesen', 'auch interessant', 'lesen sie mehr', 'siehe auch', 'das könnte sie auch interessieren',
    'auch lesen', 'lesen sie hier', 'schon gelesen', 'lesen sie auch die folgenden beiträge', 'diese artikel könnten dich ebenfalls interessieren', 'zum weiterlesen',
  ],
  pt: ['leia também', 'veja também', 'leia mais', 'saiba mais'],
  es: ['lee también', 'te puede interesar', 'leer más', 'relacionado', 'lea también', 'ver también', 'puede interesarte', 'lea más', 'le puede interesar', 'lea', 'vea también', 'mira'],
  it: ['leggi anche', 'potrebbe interessarti', 'leggi pure'],
  nl: ['lees ook', 'bekijk ook', 'lees meer'],
  pl: ['przeczytaj również', 'przeczytaj też', 'czytaj także', 'czytaj też', 'zobacz też', 'zobacz także', 'dowiedz się więcej'],
  cs: ['související', 'čtěte také', 'přečtěte si také'],
  ru: ['читайте также', 'смотрите также', 'по теме'],
  uk: ['читайте також', 'дивіться також'],
  tr: ['ayrıca okuyun', 'ilgili haber', 'ilgili haberler'],
  vi: ['xem thêm', 'tin liên quan', 'đọc thêm'],
  zh: ['推荐阅读', '相关文章', '相关阅读', '延伸阅读', '相關文章', '延伸閱讀'],
  ja: ['関連記事', 'あわせて読みたい', '併せて読みたい'],
  ko: ['관련 기사', '관련기사', '함께 읽기'],
  th: ['อ่านเพิ่มเติม', 'ข่าวที่เกี่ยวข้อง'],
  da: ['læs også', 'læs mere', 'se også'],
  nb: ['les også', 'les mer', 'se også'],
  fi: ['lue myös', 'lue lisää', 'katso myös'],
  hu: ['olvassa el ezt is', 'ez is érdekelheti', 'kapcsolódó', 'kapcsolódó cikk'],
  // Greek typed in capitals drops the accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"), and keys are only lower-cased, not unaccented.
  el: ['διαβάστε επίσης', 'διαβαστε επισης', 'διαβάστε ακόμη', 'διαβαστε ακομη', 'δείτε επίσης'],
  // Romanian sites print ș with a comma, ş with a cedilla (older fonts) or no accent at all ("Citeste si").
  ro: ['citește și', 'citeşte şi', 'citeste si', 'vezi și', 'vezi şi'],
  sk: ['čítajte aj', 'prečítajte si aj', 'čítajte tiež', 'súvisiace'],
  sv: ['läs också', 'läs mer', 'läs även', 'se också'],
  // Arabic, Hindi, Persian, Hebrew, Bengali, Urdu: as their news sites print them (spelling variants: core/rules/spelling-folds.ts).
  ar: ['اقرأ أيضا', 'شاهد أيضا', 'طالع أيضا', 'اقرأ المزيد', 'ذات صلة'],
  hi: ['यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'और पढ़ें', 'यह भी देखें'],
  fa: ['بیشتر بخوانید', 'بخوانید', 'مطلب مرتبط', 'اخبار مرتبط'],
  he: ['קראו גם', 'קרא גם', 'עוד בנושא', 'כתבות נוספות'],
  bn: ['আরও পড়ুন', 'আরো পড়ুন', 'এটিও পড়ুন', 'আরও দেখুন'],
  ur: ['یہ بھی پڑھیں', 'مزید پڑھیں', 'یہ بھی دیکھیں'],
  // Swahili, Filipino, Catalan, Croatian, Serbian (Latin and Cyrillic), Bulgarian, Slovenian, Lithuanian, Latvian, Estonian.
  sw: ['soma pia', 'soma zaidi', 'habari zinazohusiana'],
  tl: ['basahin', 'basahin din', 'panoorin', 'kaugnay na balita'],
  ca: ['llegiu també', 'llegeix també', 'també et pot interessar', 'vegeu també'],
  hr: ['pročitajte i', 'pročitajte još', 'povezani članci', 'vezane vijesti'],
  sr: ['прочитајте још', 'pročitajte još', 'погледајте и', 'povezane vesti'],
  bg: ['прочетете още', 'още по темата', 'вижте още', 'свързани новини'],
  sl: ['preberite še', 'preberi še', 'povezani članki'],
  lt: ['taip pat skaitykite', 'skaitykite daugiau', 'susiję straipsniai'],
  lv: ['lasi arī', 'lasiet arī', 'saistītie raksti'],
  et: ['loe ka', 'loe lisaks', 'vaata ka', 'seotud artiklid'],
};
