/**
 * Wire services and their spellings in datelines and credit lines. The key is
 * the name we report; values are the forms seen on pages (case-insensitive).
 */
export const WIRE_AGENCIES: Record<string, readonly string[]> = {
  ANTARA: ['antara', 'antaranews', 'antara news', 'antaranews.com'],
  Reuters: ['reuters', 'thomson reuters'],
  AP: ['ap', 'associated press', 'the associated press'],
  AFP: ['afp', 'agence france-presse', 'agence france presse'],
  Bloomberg: ['bloomberg'],
  dpa: ['dpa', 'deutsche presse-agentur'],
  EFE: ['efe', 'agencia efe'],
  ANSA: ['ansa'],
  Xinhua: ['xinhua', 'xinhua news agency'],
  Kyodo: ['kyodo', 'kyodo news'],
  Yonhap: ['yonhap', 'yonhap news agency'],
  Bernama: ['bernama'],
  Anadolu: ['anadolu', 'anadolu agency', 'aa'],
  TASS: ['tass'],
  PTI: ['pti', 'press trust of india'],
  UPI: ['upi'],
  'Agência Brasil': ['agência brasil', 'agencia brasil'],
  Lusa: ['lusa'],
};
