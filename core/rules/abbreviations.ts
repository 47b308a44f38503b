/**
 * Abbreviations that end in a dot but do not end a sentence, per language,
 * lower-cased without the final dot. The sentence segmenter splits after
 * them ("Dr. | Smith"); the summarizer joins the pieces again.
 */
export const ABBREVIATIONS: Record<string, readonly string[]> = {
  any: ['dr', 'prof', 'no', 'nr', 'st', 'vs', 'ca', 'approx', 'fig', 'vol', 'p', 'pp', 'mt', 'ft'],
  en: ['mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'sgt', 'capt', 'rev', 'hon', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'corp', 'dept'],
  id: ['dll', 'dsb', 'dst', 'jl', 'jln', 'drs', 'ir', 'h', 'hj', 'kh', 'bpk', 'sdr', 'tn', 'ny', 'rp', 'yth', 'tsb', 'a.n', 'u.p', 'kec', 'kab', 'prov'],
  ms: ['dll', 'dsb', 'jln', 'dr', 'tn', 'hj', 'rm', 'sdn', 'bhd'],
  de: ['z.b', 'd.h', 'u.a', 'bzw', 'ggf', 'vgl', 'usw', 'evtl', 'ca', 'hr', 'fr', 'str', 'inkl', 'mio', 'mrd'],
  fr: ['m', 'mme', 'mlle', 'av', 'env', 'cf', 'mio', 'mds'],
  es: ['sr', 'sra', 'srta', 'dña', 'ud', 'uds', 'núm', 'av', 'ee.uu', 'p.ej'],
  pt: ['sr', 'sra', 'av', 'nº', 'ex'],
  it: ['sig', 'sigg', 'dott', 'avv', 'ing', 'on', 'ecc'],
  nl: ['dhr', 'mevr', 'bijv', 'o.a', 'ca', 'm.b.t'],
  // Titles and street words that stand before a capitalised name ("ул. Тверская", "św. Jana", "κ. Παπαδόπουλος");
  // not "г." (year) or "т.д." (etc.), which often end a sentence.
  ru: ['ул', 'им', 'пл', 'просп', 'акад', 'ген'],
  uk: ['вул', 'ім', 'пл', 'просп', 'акад'],
  pl: ['ul', 'al', 'pl', 'św', 'gen', 'płk', 'ks', 'mec', 'np', 'tzw', 'm.in'],
  cs: ['ul', 'nám', 'sv', 'gen', 'ing', 'mgr', 'mudr', 'judr', 'phdr', 'tzv', 'např'],
  sk: ['ul', 'nám', 'sv', 'ing', 'mgr', 'mudr', 'judr', 'tzv', 'napr'],
  ro: ['dl', 'dna', 'str', 'bd', 'gen'],
  tr: ['doç', 'av', 'bkz', 'sn', 'cad', 'sok', 'mah', 'yrd'],
  sv: ['bl.a', 't.ex', 'dvs'],
  da: ['bl.a', 'f.eks', 'dvs', 'hr'],
  nb: ['bl.a', 'f.eks', 'dvs', 'hr'],
  fi: ['esim', 'ns', 'mm'],
  hu: ['id', 'özv', 'ifj', 'stb', 'pl'],
  el: ['κ', 'κα', 'οδ'],
};

/** Japanese pieces that continue the sentence before them: 「…」と述べた. */
export const CONTINUATION_STARTS: Record<string, readonly string[]> = {
  ja: ['と', 'って', 'という', 'との'],
};
