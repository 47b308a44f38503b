/** Words of a pager ("Halaman: 1 2 3 Selanjutnya"); digits are always pager words. */
export const PAGER_WORDS: Record<string, readonly string[]> = {
  id: ['halaman', 'hal', 'selanjutnya', 'sebelumnya', 'berikutnya', 'lihat semua', 'tampilkan semua', 'halaman selanjutnya', 'halaman sebelumnya', 'semua'],
  en: ['page', 'pages', 'next', 'previous', 'prev', 'next page', 'previous page', 'view all', 'show all', 'single page', 'first', 'last', 'of'],
  de: ['seite', 'weiter', 'zurück', 'nächste seite', 'vorherige seite', 'alle'],
  fr: ['page', 'suivant', 'précédent', 'page suivante'],
  es: ['página', 'siguiente', 'anterior'],
  pt: ['página', 'próxima', 'anterior'],
  it: ['pagina', 'successiva', 'precedente'],
  nl: ['pagina', 'volgende', 'vorige'],
  pl: ['strona', 'następna', 'poprzednia'],
  ms: ['halaman', 'seterusnya', 'sebelumnya'],
  cs: ['strana', 'další', 'předchozí'],
  ru: ['страница', 'следующая', 'предыдущая'],
  tr: ['sayfa', 'sonraki', 'önceki'],
  vi: ['trang', 'tiếp theo', 'trước'],
  // Arabic, Hindi, Persian, Hebrew, Bengali, Urdu: as their news sites print them (spelling variants: core/rules/spelling-folds.ts).
  ar: ['الصفحة', 'التالي', 'السابق', 'التالية', 'السابقة'],
  hi: ['पृष्ठ', 'अगला', 'पिछला'],
  fa: ['صفحه', 'بعدی', 'قبلی'],
  he: ['עמוד', 'הבא', 'הקודם'],
  bn: ['পাতা', 'পরবর্তী', 'পূর্ববর্তী'],
  ur: ['صفحہ', 'اگلا', 'پچھلا'],
  // Swahili, Filipino, Catalan, Croatian, Serbian (Latin and Cyrillic), Bulgarian, Slovenian, Lithuanian, Latvian, Estonian.
  ca: ['pàgina', 'següent'],
  hr: ['stranica', 'sljedeća', 'prethodna'],
  sr: ['страна', 'следећа', 'претходна', 'sledeća'],
  bg: ['следваща', 'предишна'],
  sl: ['stran', 'naslednja', 'prejšnja'],
  lt: ['puslapis', 'kitas', 'ankstesnis'],
  lv: ['lapa', 'nākamā', 'iepriekšējā'],
  et: ['lehekülg', 'järgmine', 'eelmine'],
};

/**
 * A link's whole text (lower case, arrows and brackets stripped) that means "the next page of this article".
 * Never "next story": a link counts only when its URL is the same article's next page (core/pages/pager.ts).
 */
export const PAGER_NEXT_WORDS: Record<string, readonly string[]> = {
  id: ['selanjutnya', 'berikutnya', 'halaman selanjutnya', 'halaman berikutnya', 'lanjut', 'lanjutkan', 'lanjut baca', 'baca selanjutnya'],
  ms: ['seterusnya', 'halaman seterusnya', 'halaman sebelah', 'berikutnya'],
  en: ['next', 'next page', 'continue', 'next part', 'continue to next page', 'continue reading on next page'],
  de: ['weiter', 'nächste', 'nächste seite', 'weiter zur nächsten seite', 'vor'],
  fr: ['suivant', 'suivante', 'page suivante', 'suite'],
  es: ['siguiente', 'página siguiente', 'continuar'],
  pt: ['próxima', 'próxima página', 'seguinte', 'página seguinte'],
  it: ['successiva', 'pagina successiva', 'avanti', 'prossima', 'continua'],
  nl: ['volgende', 'volgende pagina'],
};

/** The word for "page": in pager links ("Seite 2", "Halaman 2") and in paged URLs (/page/2, /halaman-2, /seite-2). */
export const PAGER_PAGE_WORDS: Record<string, readonly string[]> = {
  id: ['halaman', 'hal', 'bagian'],
  ms: ['halaman', 'muka surat', 'bahagian'],
  en: ['page', 'p', 'pg', 'part'],
  de: ['seite', 'teil'],
  fr: ['page', 'partie'],
  es: ['página', 'pagina', 'pag', 'parte'],
  pt: ['página', 'pagina', 'pag', 'parte'],
  it: ['pagina', 'pag', 'parte'],
  nl: ['pagina', 'deel'],
};
