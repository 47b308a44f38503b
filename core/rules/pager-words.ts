/** Words of a pager ("Halaman: 1 2 3 Selanjutnya"); digits are always pager words. */
export const PAGER_WORDS: Record<string, readonly string[]> = {
  id: ['halaman', 'hal', 'selanjutnya', 'sebelumnya', 'berikutnya', 'lihat semua', 'tampilkan semua', 'halaman selanjutnya', 'halaman sebelumnya', 'semua'],
  en: ['page', 'pages', 'next', 'previous', 'prev', 'next page', 'previous page', 'view all', 'show all', 'single page', 'first', 'last', 'of'],
  de: ['seite', 'weiter', 'zurück', 'nächste seite', 'vorherige seite', 'alle'],
  fr: ['page', 'suivant', 'précédent', 'page suivante'],
  es: ['página', 'siguiente', 'anterior'],
  pt: ['página', 'próxima', 'anterior'],
};
