/**
 * Rights notices that close a page: "All rights reserved", "Alle Rechte
 * vorbehalten", "Wszelkie prawa zastrzeżone". A short block under the story
 * that holds one is the site's footer, though it reads as a sentence (see
 * core/clean/edges.ts). Inside the story it is never touched.
 */
export const RIGHTS_PHRASES: Record<string, readonly string[]> = {
  en: ['all rights reserved'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés'],
  es: ['todos los derechos reservados'],
  pt: ['todos os direitos reservados'],
  it: ['tutti i diritti riservati'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
  cs: ['všechna práva vyhrazena'],
  ru: ['все права защищены'],
  uk: ['всі права захищені'],
  tr: ['tüm hakları saklıdır'],
  id: ['hak cipta dilindungi undang-undang'],
  ms: ['hak cipta terpelihara'],
  sv: ['alla rättigheter förbehållna'],
  vi: ['bảo lưu mọi quyền'],
  zh: ['版权所有', '版權所有'],
  ja: ['無断転載を禁じます'],
  ko: ['무단 전재 및 재배포 금지'],
  da: ['alle rettigheder forbeholdes'],
  nb: ['alle rettigheter reservert', 'alle rettigheter forbeholdt'],
  fi: ['kaikki oikeudet pidätetään'],
  hu: ['minden jog fenntartva'],
  el: ['επιφύλαξη παντός δικαιώματος', 'όλα τα δικαιώματα διατηρούνται'],
  ro: ['toate drepturile rezervate'],
  sk: ['všetky práva vyhradené'],
  // Arabic, Hindi, Persian, Hebrew, Bengali, Urdu: as their news sites print them (spelling variants: core/rules/spelling-folds.ts).
  ar: ['جميع الحقوق محفوظة', 'كل الحقوق محفوظة'],
  hi: ['सर्वाधिकार सुरक्षित'],
  fa: ['کلیه حقوق محفوظ است', 'تمامی حقوق محفوظ است', 'حقوق مادی و معنوی'],
  he: ['כל הזכויות שמורות'],
  bn: ['সর্বস্বত্ব সংরক্ষিত'],
  ur: ['جملہ حقوق محفوظ ہیں'],
  // Swahili, Filipino, Catalan, Croatian, Serbian (Latin and Cyrillic), Bulgarian, Slovenian, Lithuanian, Latvian, Estonian.
  sw: ['haki zote zimehifadhiwa'],
  ca: ['tots els drets reservats'],
  hr: ['sva prava pridržana'],
  sr: ['sva prava zadržana', 'сва права задржана'],
  bg: ['всички права запазени'],
  sl: ['vse pravice pridržane'],
  lt: ['visos teisės saugomos'],
  lv: ['visas tiesības aizsargātas'],
  et: ['kõik õigused kaitstud'],
};

/** A Creative Commons licence code ("CC-BY", "CC BY-NC-ND 4.0"): the licence notice under a text, in any language. */
export const LICENCE_CODE = /\bCC[- ]BY(?:[- ](?:NC|ND|SA))*\b/u;

/**
 * Openings of the line a blog puts under a post: "This entry was posted in …
 * Bookmark the permalink.", "Der Beitrag wurde am … veröffentlicht und unter …
 * abgelegt". Under the story such a block is the template's, though it reads
 * as a sentence; inside the story it is never touched.
 */
export const POST_FOOTER_OPENINGS: Record<string, readonly string[]> = {
  en: ['this entry was posted', 'this post was posted', 'posted in', 'filed under'],
  de: ['der beitrag wurde am', 'dieser beitrag wurde am', 'dieser eintrag wurde', 'erstellt am', 'veröffentlicht in'],
  fr: ['cet article a été publié', 'publié dans'],
  es: ['esta entrada fue publicada', 'publicado en'],
  pt: ['esta entrada foi publicada', 'publicado em'],
  it: ['questa voce è stata pubblicata', 'pubblicato in'],
  nl: ['dit bericht is geplaatst', 'geplaatst in'],
  pl: ['ten wpis został opublikowany', 'opublikowano w'],
  id: ['diposting di', 'ditulis dalam'],
};
