/**
 * How articles describe people they do not name, and the words that tell a
 * person's name from an organisation's or a place's (DOMAIN.md "Quotations").
 * All lower-case; matched word by word, case-insensitively.
 */
export interface DescriptorWords {
  /** Articles and numerals that introduce someone not named yet: a spokesperson, ein Sprecher, seorang petugas. Stripped from the speaker shown. */
  indefinite: readonly string[];
  /** Articles that point back to someone already introduced: the mayor, o autarca. */
  definite: readonly string[];
  /** Possessives: "her husband", "zijn buurvrouw" is someone new, related to the person before; shown with the possessive. */
  possessives: readonly string[];
  /** Common nouns for unnamed people (titles in person-titles.ts count too): resident, driver, Anwohner, warga. */
  nouns: readonly string[];
  /** Words that join a description to its complement: spokesperson FOR the ministry, Sprecher DER Stadt, juru bicara (none). */
  complements: readonly string[];
  /** Words that end a description: relative pronouns (who, que, yang, die) and the like. */
  stops: readonly string[];
  /** Nouns are capitalized (German): after an article, a capitalized word may head a description. */
  capitalizedNouns?: boolean;
}

export const DESCRIPTOR_WORDS: Record<string, DescriptorWords> = {
  en: {
    indefinite: ['a', 'an', 'one', 'another'],
    definite: ['the'],
    possessives: ['his', 'her', 'their'],
    nouns: [
      'spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials', 'resident', 'neighbour', 'neighbor', 'driver', 'passenger',
      'witness', 'source', 'worker', 'teacher', 'parent', 'student', 'nurse', 'doctor', 'farmer', 'owner', 'shopkeeper', 'vendor',
      'manager', 'employee', 'aide', 'analyst', 'expert', 'economist', 'lawyer', 'officer', 'representative', 'member', 'volunteer',
      'customer', 'commuter', 'voter', 'protester', 'survivor', 'man', 'woman', 'mother', 'father',
      'specialist', 'scientist', 'researcher', 'epidemiologist', 'virologist', 'physician', 'historian', 'consultant',
    ],
    complements: ['of', 'for', 'at', 'from', 'the'],
    stops: ['who', 'whom', 'whose', 'which', 'that', 'said', 'told', 'says', 'in', 'on', 'during', 'after', 'before', 'when', 'as'],
  },
  id: {
    indefinite: ['seorang', 'salah', 'sejumlah', 'para'],
    definite: [],
    possessives: [],
    nouns: [
      'petugas', 'warga', 'pedagang', 'pengemudi', 'sopir', 'penumpang', 'saksi', 'sumber', 'pejabat', 'karyawan', 'pegawai', 'buruh',
      'petani', 'nelayan', 'guru', 'siswa', 'mahasiswa', 'orang tua', 'ibu rumah tangga', 'pengunjung', 'pembeli', 'relawan', 'perawat',
      'dokter', 'pemilik', 'pengelola', 'staf', 'tetangga', 'juru bicara', 'jubir', 'humas', 'perwakilan',
    ],
    complements: ['dari'],
    stops: ['yang', 'yg', 'saat', 'ketika', 'kepada', 'di', 'pada', 'dalam', 'usai', 'seusai', 'dengan', 'itu', 'tersebut', 'ini'],
  },
  fr: {
    indefinite: ['un', 'une'],
    definite: ['le', 'la', "l'", 'l’', 'les'],
    possessives: ['son', 'sa', 'ses'],
    nouns: [
      'porte-parole', 'responsable', 'habitant', 'habitante', 'riverain', 'riveraine', 'chauffeur', 'passager', 'passagère', 'témoin',
      'source', 'salarié', 'salariée', 'employé', 'employée', 'agent', 'agente', 'commerçant', 'commerçante', 'élu', 'élue', 'syndicaliste',
      'voisin', 'voisine', 'médecin', 'infirmière', 'enseignant', 'enseignante', 'parent', 'expert', 'experte', 'conseiller', 'conseillère',
      'autarque',
      'spécialiste', 'scientifique', 'chercheur', 'chercheuse', 'épidémiologiste', 'virologue', 'économiste', 'analyste', 'historien',
      'historienne', 'consultant', 'consultante',
    ],
    complements: ['de', 'du', 'des', 'd', "d'", 'd’', 'la', 'le', 'les', "l'", 'l’', 'aux', 'au', 'à'],
    stops: ['qui', 'que', 'dont', 'lors', 'devant', 'sur', 'dans', 'en', 'après', 'avant'],
  },
  de: {
    indefinite: ['ein', 'eine', 'einer', 'eines'],
    definite: ['der', 'die'],
    possessives: ['sein', 'seine', 'ihr', 'ihre'],
    nouns: [
      'sprecher', 'sprecherin', 'anwohner', 'anwohnerin', 'nachbar', 'nachbarin', 'fahrer', 'fahrerin', 'fahrgast', 'passagier', 'zeuge',
      'zeugin', 'mitarbeiter', 'mitarbeiterin', 'beamter', 'beamtin', 'händler', 'händlerin', 'verkäufer', 'verkäuferin', 'besucher',
      'besucherin', 'experte', 'expertin', 'sprecherin', 'vertreter', 'vertreterin', 'insider', 'mann', 'frau', 'mutter', 'vater',
      'fachmann', 'fachfrau', 'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin', 'virologe', 'virologin', 'epidemiologe',
      'epidemiologin', 'ökonom', 'ökonomin', 'analyst', 'analystin', 'historiker', 'historikerin',
    ],
    complements: ['der', 'des', 'vom', 'von', 'am', 'im', 'beim', 'für', 'aus', 'den', 'dem'],
    stops: ['welche', 'welcher', 'gegenüber', 'nach', 'in', 'bei', 'auf'],
    capitalizedNouns: true,
  },
  es: {
    indefinite: ['un', 'una', 'uno'],
    definite: ['el', 'la', 'los', 'las'],
    possessives: ['su', 'sus'],
    nouns: [
      'vocero', 'vocera', 'portavoz', 'funcionario', 'funcionaria', 'vecino', 'vecina', 'residente', 'conductor', 'conductora', 'chofer',
      'pasajero', 'pasajera', 'testigo', 'fuente', 'trabajador', 'trabajadora', 'empleado', 'empleada', 'comerciante', 'vendedor',
      'vendedora', 'maestro', 'maestra', 'médico', 'médica', 'enfermera', 'experto', 'experta', 'legislador', 'legisladora', 'representante',
      'integrante', 'miembro', 'hombre', 'mujer', 'madre', 'padre',
      'especialista', 'científico', 'científica', 'investigador', 'investigadora', 'economista', 'analista', 'epidemiólogo', 'epidemióloga',
      'historiador', 'historiadora',
    ],
    complements: ['de', 'del', 'la', 'el', 'los', 'las'],
    stops: ['que', 'quien', 'quienes', 'cuyo', 'cuya', 'en', 'durante', 'tras', 'ante', 'a', 'al'],
  },
  pt: {
    indefinite: ['um', 'uma'],
    definite: ['o', 'a', 'os', 'as'],
    possessives: ['seu', 'sua'],
    nouns: [
      'porta-voz', 'funcionário', 'funcionária', 'morador', 'moradora', 'vizinho', 'vizinha', 'motorista', 'passageiro', 'passageira',
      'testemunha', 'fonte', 'trabalhador', 'trabalhadora', 'comerciante', 'vendedor', 'vendedora', 'professor', 'professora', 'médico',
      'médica', 'enfermeira', 'especialista', 'autarca', 'representante', 'integrante', 'membro', 'homem', 'mulher', 'mãe', 'pai',
      'cientista', 'investigador', 'investigadora', 'pesquisador', 'pesquisadora', 'economista', 'analista', 'epidemiologista', 'historiador',
      'historiadora',
    ],
    complements: ['de', 'do', 'da', 'dos', 'das', 'o', 'a', 'os', 'as'],
    stops: ['que', 'quem', 'cujo', 'cuja', 'em', 'no', 'na', 'durante', 'após', 'ao', 'à'],
  },
  it: {
    indefinite: ['un', 'uno', 'una', 'un’', "un'"],
    definite: ['il', 'lo', 'la', "l'", 'l’', 'i', 'gli', 'le'],
    possessives: ['suo', 'sua'],
    nouns: [
      'portavoce', 'funzionario', 'funzionaria', 'residente', 'abitante', 'vicino', 'vicina', 'autista', 'passeggero', 'passeggera',
      'testimone', 'fonte', 'lavoratore', 'lavoratrice', 'dipendente', 'commerciante', 'negoziante', 'insegnante', 'medico', 'infermiera',
      'esperto', 'esperta', 'rappresentante', 'uomo', 'donna', 'madre', 'padre',
      'specialista', 'scienziato', 'scienziata', 'ricercatore', 'ricercatrice', 'economista', 'analista', 'epidemiologo', 'epidemiologa',
      'virologo', 'virologa', 'storico', 'storica',
    ],
    complements: ['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'dell’', "dell'", 'al', 'alla', 'allo', 'all’', "all'"],
    stops: ['che', 'cui', 'il', 'quale', 'durante', 'in', 'nel', 'nella', 'dopo', 'davanti'],
  },
  nl: {
    indefinite: ['een'],
    definite: ['de', 'het'],
    possessives: ['zijn', 'haar', 'hun'],
    nouns: [
      'woordvoerder', 'woordvoerster', 'woordvoerster', 'bewoner', 'bewoonster', 'buurman', 'buurvrouw', 'chauffeur', 'passagier',
      'getuige', 'bron', 'medewerker', 'medewerkster', 'winkelier', 'ondernemer', 'ambtenaar', 'agent', 'leraar', 'lerares', 'arts',
      'verpleegkundige', 'deskundige', 'vertegenwoordiger', 'man', 'vrouw', 'moeder', 'vader',
      'specialist', 'wetenschapper', 'onderzoeker', 'onderzoekster', 'econoom', 'analist', 'viroloog', 'epidemioloog', 'historicus',
    ],
    complements: ['van', 'bij', 'uit'],
    stops: ['die', 'dat', 'wie', 'in', 'op', 'tijdens', 'na'],
  },
};
// Malay shares Indonesian's grammar words; the nouns of both are listed for both (pages mix them, detection may too).
DESCRIPTOR_WORDS.id = { ...DESCRIPTOR_WORDS.id!, nouns: [...DESCRIPTOR_WORDS.id!.nouns, 'jurucakap', 'penduduk', 'pemandu', 'pekerja', 'peniaga', 'mangsa'] };
DESCRIPTOR_WORDS.ms = DESCRIPTOR_WORDS.id;

/**
 * A person's age used as a noun: "der 46-Jährige", "the 46-year-old", "de 67-jarige", "la 32enne". After a
 * definite article it points back to the person named before, like a title does.
 */
export const AGE_NOUNS: Record<string, RegExp> = {
  en: /^\d{1,3}-year-old$/iu,
  de: /^\d{1,3}-jährige[rn]?$/iu,
  nl: /^\d{1,3}-jarige$/iu,
  it: /^\d{1,3}enne$/iu,
};

/** Relative pronouns used only for people: "Marcus, who has driven the 72 route …" makes Marcus a person. */
export const PERSON_RELATIVES: Record<string, readonly string[]> = {
  en: ['who', 'whom', 'whose'],
  es: ['quien', 'quienes'],
  pt: ['quem'],
  fr: ['lequel', 'laquelle'],
  de: [],
  it: [],
  nl: ['wie'],
};

/**
 * Words that make a capitalized run an organisation or a place, not a person
 * (Farming Community Network, Prasarana Malaysia Berhad, Kelurahan Tembalang,
 * Rua Brasílio Itiberê). Any language: sites quote across languages.
 */
export const NON_PERSON_WORDS: readonly string[] = [
  // en
  'network', 'society', 'authority', 'office', 'department', 'council', 'ministry', 'university', 'college', 'school', 'elementary',
  'federation', 'association', 'union', 'party', 'bank', 'agency', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'institute',
  'foundation', 'committee', 'commission', 'service', 'services', 'court', 'police', 'hospital', 'church', 'club', 'board', 'county',
  'city', 'state', 'street', 'avenue', 'road', 'bridge', 'airport', 'station', 'center', 'centre', 'news',
  'times', 'post', 'press', 'gazette', 'journal', 'herald', 'senate', 'house', 'congress', 'parliament', 'government', 'administration',
  // id / ms
  'kelurahan', 'kecamatan', 'kabupaten', 'kota', 'provinsi', 'desa', 'jalan', 'jl', 'dinas', 'badan', 'kementerian', 'kementrian',
  'pemkot', 'pemkab', 'pemprov', 'pemerintah', 'dprd', 'dpr', 'universitas', 'rumah', 'sakit', 'rsud', 'pt', 'tbk', 'berhad', 'sdn', 'bhd',
  'persatuan', 'majlis', 'jabatan', 'kerajaan', 'lembaga', 'perusahaan', 'komisi', 'polres', 'polda', 'pasar', 'stasiun', 'bandara',
  // fr
  'ministère', 'université', 'mairie', 'conseil', 'syndicat', 'société', 'compagnie', 'rue', 'boulevard', 'place', 'gare', 'port', 'préfecture',
  // de
  'ministerium', 'universität', 'stadt', 'verein', 'verband', 'gesellschaft', 'gmbh', 'ag', 'partei', 'amt', 'straße', 'strasse', 'platz',
  'bahnhof', 'landkreis', 'kreis', 'polizei', 'stadtverwaltung', 'gemeinderat', 'landtag', 'bundestag',
  // es / pt / it
  'ministerio', 'universidad', 'ayuntamiento', 'gobierno', 'compañía', 'secretaría', 'avenida', 'calle', 'plaza', 'colonia', 'partido',
  'ministério', 'universidade', 'prefeitura', 'câmara', 'governo', 'secretaria', 'rua', 'praça', 'bairro', 'linha', 'empresa', 'instituto',
  'ministero', 'università', 'comune', 'regione', 'provincia', 'governo', 'società', 'via', 'piazza', 'stazione', 'autorità', 'consiglio',
  'comitato', 'porto',
  // nl
  'gemeente', 'ministerie', 'universiteit', 'provincie', 'straat', 'laan', 'plein', 'stichting', 'vereniging', 'partij', 'omroep',
];

/**
 * Compound titles in languages that glue them together: Oberbürgermeisterin,
 * Grünen-Fraktionschef, Sozialreferentin. A capitalized word with one of these
 * endings stands before a name as a title.
 */
export const TITLE_ENDINGS: Record<string, readonly string[]> = {
  de: [
    'meister', 'meisterin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'leiter',
    'leiterin', 'referent', 'referentin', 'direktor', 'direktorin', 'vorsitzender', 'vorsitzende', 'rat', 'rätin', 'kanzler', 'kanzlerin',
    'abgeordneter', 'abgeordnete', 'sekretär', 'sekretärin', 'beauftragter', 'beauftragte', 'experte', 'expertin', 'stadtrat', 'stadträtin',
  ],
  nl: ['woordvoerder', 'minister', 'voorzitter', 'directeur', 'wethouder', 'burgemeester'],
  da: ['borgmester', 'minister', 'direktør', 'formand', 'ordfører', 'chef', 'leder', 'talsmand', 'talskvinde', 'inspektør', 'læge'],
  nb: ['ordfører', 'minister', 'direktør', 'leder', 'sjef', 'talsperson', 'mester', 'lege', 'forsker', 'representant'],
  fi: ['ministeri', 'johtaja', 'päällikkö', 'pormestari', 'tiedottaja', 'lääkäri', 'tutkija', 'edustaja', 'komisario'],
  hu: ['polgármester', 'miniszter', 'elnök', 'igazgató', 'szóvivő', 'képviselő'],
};

/** Elided articles glued to the next word (l’assessore, dell’Autorità): the word after them is what counts. */
export const ELIDED_PREFIXES: readonly string[] = ["l'", 'l’', "d'", 'd’', "dell'", 'dell’', "all'", 'all’', "dall'", 'dall’', "nell'", 'nell’', "sull'", 'sull’', "un'", 'un’', "qu'", 'qu’'];
