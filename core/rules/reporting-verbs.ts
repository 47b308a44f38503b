/**
 * Words that mark reported speech, per language (DOMAIN.md "Quotations").
 * Matched case-insensitively on whole words; a phrase matches word by word.
 */
export interface ReportingWords {
  /** Verbs and verb phrases of saying, either side of the speaker: “…,” said X / X said: “…” / kata X / X mengatakan. */
  verbs: readonly string[];
  /** Words that mark the sentence's topic right after it (tr "Mustafa Kaya ise …" "as for Mustafa Kaya"): a name before one is a person. */
  topicWords?: readonly string[];
  /** Prepositions that put the speaker after them: according to X, menurut X, selon X. */
  accordingTo: readonly string[];
  /** Pronouns that refer back to the last named speaker. */
  pronouns: readonly string[];
  /** A verb ending in one of these refers back to the last speaker: tambah-nya, dit-il. */
  pronounSuffixes: readonly string[];
  /** Auxiliaries that carry such a suffix before a participle: a-t-il déclaré. */
  auxiliaries: readonly string[];
  /** Words allowed between a verb and the quotation: said that “…”. */
  conjunctions: readonly string[];
  /**
   * Auxiliaries of a compound past (ha detto, a raconté, hat gesagt, has said):
   * in the slot right after a quotation, auxiliary + participle reads as a verb
   * of saying even when the participle is in no list.
   */
  perfectAuxiliaries?: readonly string[];
  /** Postpositions that put the speaker before them, in the case the name is written in (hu "Karácsony Gergely szerint"). */
  accordingToAfter?: readonly string[];
  /**
   * Particles right after a closing mark that make the next word a verb of
   * saying, whatever verb it is: Turkish `"…" diye ekledi` ("saying, he added").
   */
  quotatives?: readonly string[];
  /**
   * Quotations opened by a dash instead of marks, one paragraph each, with the
   * speaker after the comma that ends them: "– Vi må handle nå, sier Kari
   * Nordmann." (Scandinavian, Finnish and Slavic news).
   */
  dashQuotations?: boolean;
  /**
   * Words are written syllable by syllable (vi), and a syllable of a verb
   * phrase may be a given name ("nhấn mạnh" / Lưu Văn Mạnh, "tâm sự" / Lý Thị
   * Tâm): the verbs do not keep their words out of names.
   */
  syllabic?: boolean;
}

const INDONESIAN_BASE = ['kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'lanjut', 'sebut', 'papar', 'terang', 'seru', 'pesan', 'akui', 'nilai', 'harap', 'pinta', 'sambung', 'timpal', 'kilah', 'cetus', 'jawab', 'tanya', 'tandas', 'kisah', 'keluh', 'ajak', 'imbau', 'klaim', 'beber', 'urai', 'singgung'];

const INDONESIAN: ReportingWords = {
  verbs: [
    ...INDONESIAN_BASE,
    'demikian pernyataan', 'demikian kata', 'demikian ujar', 'demikian disampaikan', 'demikian dikatakan', 'demikian penjelasan',
    'mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'mengungkapkan', 'menambahkan', 'menyebutkan', 'menyebut',
    'memaparkan', 'menerangkan', 'menuturkan', 'mengucapkan', 'menyampaikan', 'melanjutkan', 'mengimbuhkan', 'berkata',
    'mengaku', 'mengakui', 'bilang', 'dikatakan', 'disampaikan', 'ditegaskan', 'dijelaskan',
    'menilai', 'mengingatkan', 'menekankan', 'menandaskan', 'mengklaim', 'menjawab', 'bertanya', 'berharap', 'mengeluhkan', 'mengeluh',
    'mengimbau', 'mengajak', 'menceritakan', 'bercerita', 'membeberkan', 'menguraikan', 'meminta', 'berujar', 'bertutur', 'menyebutnya',
    'memberitahu',
  ],
  accordingTo: ['menurut'],
  pronouns: ['dia', 'ia', 'beliau'],
  pronounSuffixes: ['nya'],
  auxiliaries: [],
  conjunctions: ['bahwa', 'jika', 'kalau'],
  perfectAuxiliaries: ['telah', 'sudah'],
};

/** Slavic past tenses agree with the speaker: the masculine forms and the feminine ones made from them (сказал → сказала, řekl → řekla). */
function withFeminine(masculine: readonly string[], feminine: (m: string) => string): string[] {
  return masculine.flatMap((m) => [m, feminine(m)]);
}
const appendA = (m: string): string => `${m}a`;
const appendCyrillicA = (m: string): string => `${m}\u0430`;
/** Ukrainian: сказав → сказала, розповів → розповіла. */
const ukrainianFeminine = (m: string): string => `${m.replace(/в$/u, '')}ла`;

/** Romanian compound past, also with the adverb of repetition: "a declarat", "a mai declarat". */
function romanianPast(participles: readonly string[]): string[] {
  return participles.flatMap((p) => [`a ${p}`, `a mai ${p}`]);
}
/** Romanian sites still write ş ţ (cedilla) for ș ț (comma below): both spellings. */
function withCedillas(list: readonly string[]): string[] {
  return [...new Set(list.flatMap((w) => [w, w.replace(/ș/gu, 'ş').replace(/ț/gu, 'ţ')]))];
}

const RUSSIAN: ReportingWords = {
  verbs: [
    ...withFeminine(
      [
        'сказал', 'заявил', 'добавил', 'отметил', 'подчеркнул', 'пояснил', 'сообщил', 'рассказал', 'уточнил', 'признал', 'ответил',
        'написал', 'заверил', 'предупредил', 'напомнил', 'объяснил', 'указал', 'констатировал', 'резюмировал', 'заключил', 'призвал', 'пообещал',
        'продолжил', 'говорил', 'заметил', 'возразил', 'посетовал', 'уверил', 'подытожил', 'добавлял', 'рассуждал',
      ],
      appendCyrillicA,
    ),
    'признался', 'призналась', 'пожаловался', 'пожаловалась', 'говорит', 'отмечает', 'подчеркивает', 'подчёркивает', 'добавляет', 'заявляет', 'рассказывает',
    'поясняет', 'утверждает', 'уверен', 'уверена', 'считает', 'объясняет', 'признается', 'признаётся', 'пишет', 'уточняет', 'напоминает',
    'предупреждает', 'говорится', 'цитирует',
  ],
  accordingTo: ['по словам', 'по мнению', 'как сообщил', 'как заявил'],
  pronouns: ['он', 'она'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['что'],
  dashQuotations: true,
};

const UKRAINIAN: ReportingWords = {
  verbs: [
    ...withFeminine(
      [
        'сказав', 'заявив', 'додав', 'зазначив', 'наголосив', 'підкреслив', 'пояснив', 'повідомив', 'розповів', 'відповів', 'написав', 'запевнив',
        'попередив', 'нагадав', 'уточнив', 'визнав', 'зауважив', 'підсумував', 'закликав', 'пообіцяв', 'продовжив', 'прокоментував', 'резюмував',
      ],
      ukrainianFeminine,
    ),
    'каже', 'говорить', 'вважає', 'зазначає', 'додає', 'наголошує', 'заявляє', 'розповідає', 'пояснює', 'підкреслює', 'пише', 'запевняє',
  ],
  accordingTo: ['за словами', 'на думку'],
  pronouns: ['він', 'вона'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['що'],
  dashQuotations: true,
};

const POLISH: ReportingWords = {
  verbs: [
    ...withFeminine(
      [
        'powiedział', 'dodał', 'stwierdził', 'podkreślił', 'zaznaczył', 'ocenił', 'mówił', 'przekonywał', 'wyjaśnił', 'zapowiedział', 'poinformował',
        'oświadczył', 'przyznał', 'zapewnił', 'tłumaczył', 'zauważył', 'odpowiedział', 'napisał', 'przypomniał', 'relacjonował', 'opowiadał',
        'skomentował', 'argumentował', 'apelował', 'zadeklarował', 'podsumował', 'wskazał', 'zaapelował', 'ostrzegał', 'wyjaśniał', 'dopytywał',
        'zdradził', 'ujawnił', 'przestrzegł', 'uzasadnił', 'oznajmił', 'zakomunikował', 'ostrzegł',
      ],
      appendA,
    ),
    'mówi', 'podkreśla', 'zaznacza', 'dodaje', 'ocenia', 'tłumaczy', 'wyjaśnia', 'przekonuje', 'twierdzi', 'uważa', 'zauważa', 'pisze',
    'ostrzega', 'przypomina', 'opowiada', 'komentuje', 'stwierdza', 'zapewnia', 'przyznaje', 'zapowiada', 'informuje', 'apeluje', 'wskazuje',
  ],
  accordingTo: ['według', 'zdaniem'],
  pronouns: ['on', 'ona'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['że'],
  dashQuotations: true,
};

const CZECH: ReportingWords = {
  verbs: [
    ...withFeminine(
      [
        'řekl', 'uvedl', 'dodal', 'prohlásil', 'sdělil', 'vysvětlil', 'upozornil', 'zdůraznil', 'poznamenal', 'konstatoval', 'napsal', 'doplnil',
        'tvrdil', 'odpověděl', 'potvrdil', 'připomněl', 'oznámil', 'varoval', 'podotkl', 'svěřil', 'popsal', 'uzavřel', 'shrnul', 'ujistil',
        'přiznal', 'vzkázal', 'reagoval', 'pokračoval', 'zopakoval', 'okomentoval', 'prozradil',
      ],
      appendA,
    ),
    'přidává se', 'přidal se', 'přidala se', 'ptá se', 'ptal se', 'ptala se', 'svěřil se', 'svěřila se', 'míní', 'uvádí', 'říká', 'píše', 'doplňuje', 'dodává', 'vysvětluje', 'tvrdí', 'upozorňuje', 'zdůrazňuje', 'poznamenává', 'připomíná', 'myslí',
    'domnívá', 'konstatuje', 'varuje', 'popisuje', 'odpovídá', 'přiznává', 'podotýká',
  ],
  accordingTo: ['podle'],
  pronouns: ['on', 'ona'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['že'],
  dashQuotations: true,
};

const SLOVAK: ReportingWords = {
  verbs: [
    ...withFeminine(
      [
        'povedal', 'uviedol', 'dodal', 'vyhlásil', 'zdôraznil', 'vysvetlil', 'poznamenal', 'napísal', 'priznal', 'potvrdil', 'oznámil', 'upozornil',
        'doplnil', 'konštatoval', 'reagoval', 'odpovedal', 'pripomenul', 'varoval', 'tvrdil', 'informoval', 'skonštatoval', 'uzavrel', 'zhrnul',
      ],
      appendA,
    ).map((w) => (w === 'uviedola' ? 'uviedla' : w)), // the one irregular feminine
    'pridáva sa', 'pridal sa', 'pridala sa', 'pýta sa', 'pýtal sa', 'pýtala sa', 'hovorí', 'tvrdí', 'myslí', 'uvádí', 'dodáva', 'vysvetľuje', 'zdôrazňuje', 'píše', 'upozorňuje', 'pripomína', 'konštatuje',
  ],
  accordingTo: ['podľa'],
  pronouns: ['on', 'ona'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['že'],
  dashQuotations: true,
};

const ROMANIAN: ReportingWords = {
  verbs: withCedillas([
    ...romanianPast([
      'declarat', 'spus', 'afirmat', 'adăugat', 'precizat', 'explicat', 'subliniat', 'menționat', 'arătat', 'transmis', 'completat', 'anunțat',
      'susținut', 'răspuns', 'scris', 'avertizat', 'recunoscut', 'insistat', 'continuat', 'conchis', 'punctat', 'comentat', 'povestit',
      'mărturisit', 'amintit', 'estimat', 'apreciat', 'replicat', 'dezvăluit', 'reiterat', 'remarcat', 'atras atenția', 'ținut să precizeze',
    ]),
    'spune', 'declară', 'afirmă', 'adaugă', 'precizează', 'explică', 'subliniază', 'susține', 'arată', 'consideră', 'crede', 'avertizează',
    'recunoaște', 'insistă', 'mai spune', 'mai adaugă', 'povestește', 'mărturisește', 'explicat', 'declarat', 'spus', 'transmite', 'scrie',
  ]),
  accordingTo: withCedillas(['potrivit lui', 'potrivit', 'conform', 'după cum a declarat', 'în opinia lui', 'în opinia']),
  pronouns: ['el', 'ea', 'acesta', 'aceasta'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['că'],
  perfectAuxiliaries: ['a', 'au'],
};

/**
 * Turkish puts the verb last: `Bakan Mehmet Yılmaz, "…" dedi.` (the speaker
 * before the quotation, see core/quotes/extract.ts) and `"…" diye ekledi.`
 * ("diye" is a quotative: any verb after it is one of saying).
 */
const TURKISH: ReportingWords = {
  verbs: [
    'dedi', 'diyor', 'demişti', 'der', 'söyledi', 'söylüyor', 'belirtti', 'belirtiyor', 'ifade etti', 'vurguladı', 'kaydetti', 'açıkladı',
    'ekledi', 'sordu', 'yanıtladı', 'cevap verdi', 'dile getirdi', 'aktardı', 'konuştu', 'bildirdi', 'uyardı', 'hatırlattı', 'anlattı',
    'değerlendirdi', 'yorumladı', 'savundu', 'iddia etti', 'açıklamasında bulundu', 'ifadelerini kullandı', 'ifadesini kullandı',
    'sözlerine yer verdi', 'şeklinde konuştu', 'diye konuştu', 'diye ekledi', 'dedi ki', 'yazdı', 'paylaştı', 'kaydediyor', 'vurguluyor',
  ],
  accordingTo: [],
  pronouns: ['o'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: [],
  quotatives: ['diye', 'şeklinde', 'biçiminde'],
  topicWords: ['ise'],
};

const DANISH: ReportingWords = {
  verbs: [
    'siger', 'sagde', 'fortæller', 'fortalte', 'forklarer', 'forklarede', 'mener', 'mente', 'tilføjer', 'tilføjede', 'understreger', 'understregede',
    'skriver', 'skrev', 'påpeger', 'påpegede', 'udtaler', 'udtalte', 'svarer', 'svarede', 'konstaterer', 'konstaterede', 'erkender', 'erkendte',
    'advarer', 'advarede', 'fastslår', 'fastslog', 'uddyber', 'uddybede', 'lyder det fra', 'vurderer', 'vurderede', 'pointerer', 'pointerede',
    'indrømmer', 'indrømmede', 'oplyser', 'oplyste', 'tilføjer han', 'fortsætter', 'fortsatte', 'lover', 'lovede', 'spørger', 'spurgte',
  ],
  accordingTo: ['ifølge'],
  pronouns: ['han', 'hun'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['at'],
  perfectAuxiliaries: ['har', 'havde'],
  dashQuotations: true,
};

/** Bokmål and nynorsk forms in one table: sites mix them and pages are tagged nb, nn or no. */
const NORWEGIAN: ReportingWords = {
  verbs: [
    'sier', 'sa', 'sa til', 'forteller', 'fortalte', 'forklarer', 'forklarte', 'mener', 'mente', 'legger til', 'la til', 'understreker',
    'understreket', 'skriver', 'skrev', 'påpeker', 'påpekte', 'uttaler', 'uttalte', 'svarer', 'svarte', 'konstaterer', 'konstaterte', 'erkjenner',
    'erkjente', 'advarer', 'advarte', 'opplyser', 'opplyste', 'utdyper', 'utdypet', 'fastslår', 'fastslo', 'innrømmer', 'innrømmet', 'lover',
    'lovet', 'fortsetter', 'fortsatte', 'sier han', 'sier hun', 'spør', 'spurte',
    // "legger hun til": the particle comes after the pronoun.
    'legger', 'la hun til', 'la han til',
    // nynorsk
    'seier', 'fortel', 'fortalde', 'meiner', 'meinte', 'legg til', 'skriv', 'skreiv', 'forklarar', 'forklarte', 'svarar', 'understrekar', 'opplyser',
  ],
  accordingTo: ['ifølge', 'ifølgje'],
  pronouns: ['han', 'hun', 'ho'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['at'],
  perfectAuxiliaries: ['har', 'hadde'],
  dashQuotations: true,
};

const FINNISH: ReportingWords = {
  verbs: [
    'sanoi', 'sanoo', 'kertoo', 'kertoi', 'totesi', 'toteaa', 'lisäsi', 'lisää', 'painotti', 'painottaa', 'korosti', 'korostaa', 'muistutti',
    'muistuttaa', 'arvioi', 'arvioivat', 'selitti', 'selittää', 'huomautti', 'huomauttaa', 'vakuutti', 'vakuuttaa', 'kirjoitti', 'kirjoittaa',
    'vastasi', 'vastaa', 'myönsi', 'myöntää', 'tiivisti', 'tiivistää', 'kommentoi', 'jatkoi', 'jatkaa', 'kuvailee', 'kuvaili', 'sanoo hän',
    'varoitti', 'varoittaa', 'uskoo', 'uskoi', 'pohtii', 'pohti', 'kiittelee', 'harmittelee', 'iloitsee', 'kertoo hän',
  ],
  accordingTo: [],
  pronouns: ['hän'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['että'],
  perfectAuxiliaries: ['on', 'oli'],
  dashQuotations: true,
};

/** Hungarian separates a verb's prefix after it ("tette hozzá", "jelentette ki"); names run family name first. */
const HUNGARIAN: ReportingWords = {
  verbs: [
    'mondta', 'mondta el', 'közölte', 'hangsúlyozta', 'tette hozzá', 'hozzátette', 'jelentette ki', 'fogalmazott', 'mondja', 'nyilatkozta',
    'emelte ki', 'magyarázta', 'írta', 'válaszolta', 'jegyezte meg', 'fejtette ki', 'állította', 'figyelmeztetett', 'reagált', 'felelte',
    'erősítette meg', 'szögezte le', 'húzta alá', 'mutatott rá', 'idézte fel', 'nyilatkozott', 'közli', 'hangsúlyozza', 'teszi hozzá',
    'fogalmaz', 'emeli ki', 'magyarázza', 'azt mondta', 'úgy fogalmazott', 'kérdezte', 'panaszolta', 'ismerte el', 'tájékoztatott',
    'jelentette be', 'jelezte', 'közölte vele', 'mondta el', 'számolt be', 'idézte', 'tette fel a kérdést',
  ],
  accordingTo: [],
  accordingToAfter: ['szerint'],
  pronouns: ['ő'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['hogy'],
  dashQuotations: true,
};

const GREEK: ReportingWords = {
  verbs: [
    'δήλωσε', 'είπε', 'ανέφερε', 'πρόσθεσε', 'τόνισε', 'σημείωσε', 'εξήγησε', 'υπογράμμισε', 'ανακοίνωσε', 'λέει', 'δηλώνει', 'αναφέρει',
    'τονίζει', 'σημειώνει', 'εξηγεί', 'προσθέτει', 'υποστήριξε', 'υποστηρίζει', 'απάντησε', 'έγραψε', 'γράφει', 'επεσήμανε', 'επισήμανε',
    'παραδέχθηκε', 'παραδέχτηκε', 'διευκρίνισε', 'υπενθύμισε', 'συμπλήρωσε', 'κατέληξε', 'προειδοποίησε', 'ξεκαθάρισε', 'σχολίασε',
    'ανέφερε χαρακτηριστικά', 'είπε χαρακτηριστικά', 'δήλωσε χαρακτηριστικά', 'περιέγραψε', 'εκτίμησε', 'διαβεβαίωσε',
  ],
  accordingTo: ['σύμφωνα με', 'κατά τον', 'κατά την'],
  pronouns: ['αυτός', 'αυτή', 'εκείνος', 'εκείνη', 'ίδιος', 'ίδια'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['ότι', 'πως'],
  perfectAuxiliaries: ['έχει', 'είχε'],
};

/**
 * Vietnamese writes a word's syllables apart; "ông", "bà" are both the title
 * before a name ("ông Nguyễn Văn An") and the pronoun after a quote ("ông nói").
 */
const VIETNAMESE: ReportingWords = {
  verbs: [
    'nói', 'cho biết', 'cho hay', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'phát biểu', 'tuyên bố', 'giải thích', 'bày tỏ', 'nhận định', 'cho rằng',
    'thông tin', 'thừa nhận', 'kể', 'viết', 'trả lời', 'nhận xét', 'lưu ý', 'đánh giá', 'tiết lộ', 'cảnh báo', 'nêu rõ', 'bổ sung', 'nói thêm',
    'nhắc lại', 'thông báo', 'đề nghị', 'kêu gọi', 'khuyến cáo', 'tâm sự', 'kể lại', 'phân tích', 'lý giải', 'nhấn mạnh thêm', 'chia sẻ thêm',
  ],
  accordingTo: ['theo'],
  pronouns: ['ông', 'bà', 'anh', 'chị'],
  pronounSuffixes: [],
  auxiliaries: [],
  conjunctions: ['rằng', 'là'],
  perfectAuxiliaries: ['đã'],
  syllabic: true,
};

export const REPORTING_WORDS: Record<string, ReportingWords> = {
  en: {
    verbs: [
      'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'explains',
      'noted', 'notes', 'stated', 'states', 'continued', 'insisted', 'argued', 'warned', 'declared', 'replied', 'recalled',
      'acknowledged', 'stressed', 'emphasized', 'emphasised', 'admitted', 'remarked', 'answered', 'claimed', 'commented',
      'announced', 'went on', 'responded', 'observed', 'concluded',
      'recounted', 'reflected', 'quipped', 'joked', 'shouted', 'urged', 'pleaded', 'predicted', 'cautioned', 'conceded', 'confirmed',
      'countered', 'agreed', 'suggested', 'pointed out', 'testified', 'tweeted', 'posted', 'lamented', 'complained', 'maintained', 'contended',
      'vowed', 'promised', 'assured', 'reiterated', 'mused', 'whispered', 'sighed', 'laughed', 'recalls', 'remembered', 'remembers', 'admits',
      'warns', 'insists', 'argues', 'explained', 'wondered', 'shared', 'texted', 'emailed', 'told reporters', 'explains', 'recalled',
    ],
    accordingTo: ['according to'],
    pronouns: ['he', 'she'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['that'],
    perfectAuxiliaries: ['has', 'have', 'had'],
  },
  id: INDONESIAN,
  ms: INDONESIAN,
  fr: {
    verbs: [
      'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a souligné', 'a indiqué', 'a assuré', 'a estimé', 'a insisté',
      'a précisé', 'a poursuivi', 'a répondu', 'a lancé', 'a confié', 'a martelé', 'avait déclaré',
      'déclare', 'dit', 'affirme', 'ajoute', 'explique', 'souligne', 'indique', 'assure', 'estime', 'précise', 'poursuit',
      'répond', 'lance', 'confie', 'insiste', 'martèle', 'déclaré', 'ajouté', 'expliqué', 'affirmé', 'souligné', 'précisé',
      'résume', 'raconte', 'témoigne', 'regrette', 'déplore', 'reconnaît', 'rappelle', 'observe', 'analyse', 'tranche', 'prévient', 'avertit',
      'note', 'conclut', 'commente', 'détaille', 'glisse', 'souffle', 'plaide', 'dénonce', 's’inquiète', "s'inquiète", 's’agace', "s'agace",
      'a raconté', 'a témoigné', 'a regretté', 'a déploré', 'a reconnu', 'a rappelé', 'a observé', 'a prévenu', 'a averti', 'a noté', 'a conclu',
      'a commenté', 'a détaillé', 'a glissé', 'a plaidé', 'a dénoncé', 'a fait savoir', 'a réagi', 'a jugé', 'a admis', 'a écrit', 'a résumé',
      'a annoncé', 'a promis', 'a prévenu', 'a tranché', 'a lancé', 'écrit', 'résumé', 'raconté', 'lancé', 'confié', 'estimé', 'indiqué',
    ],
    accordingTo: ['selon', "d'après", 'd’après'],
    pronouns: ['il', 'elle'],
    pronounSuffixes: ['-t-il', '-t-elle', '-il', '-elle'],
    auxiliaries: ['a', 'avait'],
    conjunctions: ['que', "qu'", 'qu’'],
    perfectAuxiliaries: ['a', 'avait', 'ont'],
  },
  de: {
    verbs: [
      'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'fügte', 'ergänzte', 'ergänzt',
      'sagte am', 'schrieb', 'schreibt', 'warnte', 'warnt', 'räumte', 'kritisierte', 'forderte', 'hat gesagt', 'hat erklärt',
      'erzählt', 'erzählte', 'berichtet', 'berichtete', 'mahnt', 'mahnte', 'kritisiert', 'bilanziert', 'bilanzierte', 'resümiert', 'resümierte',
      'versichert', 'versicherte', 'verspricht', 'versprach', 'fordert', 'antwortete', 'antwortet', 'entgegnete', 'entgegnet', 'widersprach',
      'unterstrich', 'unterstreicht', 'appellierte', 'beklagte', 'beklagt', 'klagt', 'klagte', 'lobte', 'lobt', 'rief', 'ruft', 'schildert',
      'schilderte', 'hofft', 'hoffte', 'ergänzte', 'fügte hinzu', 'fügt hinzu', 'gab zu', 'gibt zu', 'räumt ein', 'räumte ein', 'stellte klar',
      'stellt klar', 'sagt', 'heißt es', 'hieß es', 'teilte mit', 'teilt mit', 'kündigte an', 'kündigt an', 'zitiert', 'meinte', 'findet',
    ],
    accordingTo: ['laut', 'so'],
    pronouns: ['er', 'sie'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['dass'],
    perfectAuxiliaries: ['hat', 'habe', 'hatte'],
  },
  es: {
    verbs: [
      'dijo', 'afirmó', 'declaró', 'explicó', 'añadió', 'aseguró', 'señaló', 'indicó', 'agregó', 'sostuvo', 'subrayó', 'destacó',
      'manifestó', 'insistió', 'advirtió', 'ha dicho', 'ha afirmado', 'ha explicado', 'ha señalado', 'ha asegurado',
      'dice', 'afirma', 'asegura', 'explica', 'añade', 'señala', 'sostiene', 'agrega',
      'contó', 'admitió', 'reconoció', 'respondió', 'comentó', 'relató', 'expresó', 'precisó', 'apuntó', 'recordó', 'lamentó', 'denunció',
      'criticó', 'concluyó', 'remarcó', 'enfatizó', 'puntualizó', 'detalló', 'mencionó', 'reiteró', 'aclaró', 'sentenció', 'opinó', 'consideró',
      'estimó', 'planteó', 'sumó', 'completó', 'ironizó', 'confesó', 'expuso', 'argumentó', 'contestó', 'replicó', 'insistió', 'advirtió',
      'cuenta', 'relata', 'admite', 'reconoce', 'lamenta', 'comenta', 'recuerda', 'advierte', 'insiste', 'considera', 'opina', 'concluye',
      'ha contado', 'ha reconocido', 'ha advertido', 'ha indicado', 'ha destacado', 'ha añadido', 'ha subrayado', 'ha recordado', 'ha declarado',
    ],
    accordingTo: ['según', 'de acuerdo con'],
    pronouns: ['él', 'ella'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['que'],
    perfectAuxiliaries: ['ha', 'había', 'han'],
  },
  pt: {
    verbs: [
      'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'destacou', 'ressaltou', 'garantiu', 'salientou', 'sublinhou',
      'completou', 'concluiu', 'observou', 'avaliou', 'diz', 'afirma', 'explica', 'acrescenta', 'ressalta', 'garante', 'declara',
      'reclamou', 'avalia', 'contou', 'conta', 'lembrou', 'lembra', 'ponderou', 'pondera', 'comentou', 'comenta', 'relatou', 'relata',
      'admitiu', 'admite', 'reconheceu', 'reconhece', 'respondeu', 'responde', 'argumentou', 'argumenta', 'defendeu', 'defende', 'criticou',
      'critica', 'alertou', 'alerta', 'advertiu', 'frisou', 'enfatizou', 'pontuou', 'reforçou', 'reforça', 'informou', 'informa', 'questionou',
      'lamentou', 'lamenta', 'desabafou', 'brincou', 'resumiu', 'resume', 'justificou', 'justifica', 'sustentou', 'assegurou', 'assinalou',
      'indicou', 'referiu', 'adiantou', 'considerou', 'considera', 'opinou', 'observa', 'prosseguiu', 'finalizou', 'rebateu', 'rebate',
      'reiterou', 'apontou', 'aponta', 'sublinha', 'salienta', 'destaca', 'conclui', 'completa', 'acredita', 'explicou',
    ],
    accordingTo: ['segundo', 'de acordo com', 'conforme'],
    pronouns: ['ele', 'ela'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['que'],
    perfectAuxiliaries: ['tem', 'tinha', 'havia'],
  },
  it: {
    verbs: [
      'ha detto', 'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha affermato', 'ha sottolineato', 'ha precisato', 'ha ribadito',
      'dice', 'afferma', 'spiega', 'aggiunge', 'sottolinea', 'dichiara', 'precisa', 'ribadisce', 'disse',
      'racconta', 'ha raccontato', 'commenta', 'ha commentato', 'osserva', 'ha osservato', 'conclude', 'ha concluso', 'sostiene',
      'ha sostenuto', 'ammette', 'ha ammesso', 'denuncia', 'ha denunciato', 'lamenta', 'ha lamentato', 'ricorda', 'ha ricordato', 'avverte',
      'ha avvertito', 'insiste', 'ha insistito', 'replica', 'ha replicato', 'risponde', 'ha risposto', 'attacca', 'ha attaccato', 'incalza',
      'rilancia', 'assicura', 'ha assicurato', 'garantisce', 'ha garantito', 'annuncia', 'ha annunciato', 'chiarisce', 'ha chiarito',
      'evidenzia', 'ha evidenziato', 'rimarca', 'puntualizza', 'ha puntualizzato', 'confida', 'ha confidato', 'riferisce', 'ha riferito',
      'scrive', 'ha scritto', 'continua', 'ha continuato', 'prosegue', 'ha proseguito', 'spiegava', 'diceva', 'ha concluso', 'ha osservato',
    ],
    accordingTo: ['secondo'],
    pronouns: ['lui', 'lei'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['che'],
    perfectAuxiliaries: ['ha', 'aveva', 'hanno'],
  },
  nl: {
    verbs: [
      'zei', 'zegt', 'stelde', 'stelt', 'verklaarde', 'benadrukte', 'voegde', 'schreef', 'aldus', 'vertelt', 'vertelde', 'legt uit', 'legde uit',
      'benadrukt', 'voegt toe', 'voegde toe', 'reageert', 'reageerde', 'waarschuwt', 'waarschuwde', 'schrijft', 'meent', 'meende', 'erkent',
      'erkende', 'laat weten', 'liet weten', 'antwoordt', 'antwoordde', 'klaagt', 'klaagde', 'concludeert', 'vervolgt', 'verzucht', 'zegt ze',
    ],
    accordingTo: ['volgens', 'aldus'],
    pronouns: ['hij', 'zij', 'ze'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['dat'],
    perfectAuxiliaries: ['heeft', 'had'],
  },
  sv: {
    verbs: ['säger', 'sade', 'sa', 'berättar', 'berättade', 'förklarar', 'förklarade', 'menar', 'menade', 'skriver', 'skrev', 'konstaterar', 'konstaterade', 'tillägger', 'tillade', 'betonar', 'betonade', 'svarar', 'svarade'],
    accordingTo: ['enligt'],
    pronouns: ['han', 'hon'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['att'],
    perfectAuxiliaries: ['har', 'hade'],
    dashQuotations: true,
  },
  pl: POLISH,
  ru: RUSSIAN,
  uk: UKRAINIAN,
  cs: CZECH,
  sk: SLOVAK,
  ro: ROMANIAN,
  tr: TURKISH,
  da: DANISH,
  nb: NORWEGIAN,
  fi: FINNISH,
  hu: HUNGARIAN,
  el: GREEK,
  vi: VIETNAMESE,
};

/** Languages read with another's rules (all of a language's tables: verbs, titles, clause words). */
export const RULE_LANGUAGE_ALIASES: Record<string, string> = { no: 'nb', nn: 'nb' };

/**
 * Words that join clauses and so never fill the verb slot after a quotation
 * ("…”, while Congress …", "…», et le maire …"): the slot rule in
 * core/quotes/attribution.ts reads any other lower-case word there as a verb of saying.
 */
export const CLAUSE_WORDS: Record<string, readonly string[]> = {
  en: ['while', 'as', 'when', 'because', 'since', 'although', 'though', 'after', 'before', 'until', 'if', 'and', 'but', 'or', 'so', 'then', 'even', 'just', 'not', 'also', 'including', 'according', 'whereas', 'where', 'with', 'without', 'like', 'unlike', 'despite', 'than', 'now', 'only', 'yet', 'plus'],
  id: ['sementara', 'ketika', 'saat', 'karena', 'sebab', 'meski', 'meskipun', 'walau', 'setelah', 'sebelum', 'hingga', 'sampai', 'jika', 'kalau', 'dan', 'tetapi', 'tapi', 'namun', 'atau', 'lalu', 'kemudian', 'bahkan', 'hanya', 'juga', 'termasuk', 'seperti', 'sehingga', 'agar', 'supaya', 'serta', 'bagi'],
  fr: ['et', 'mais', 'ou', 'donc', 'car', 'puis', 'alors', 'quand', 'lorsque', 'comme', 'si', 'même', 'avant', 'après', 'tandis', 'pendant', 'selon', 'sans', 'avec', 'voire'],
  de: ['und', 'aber', 'oder', 'denn', 'doch', 'sondern', 'wenn', 'als', 'weil', 'während', 'obwohl', 'nachdem', 'bevor', 'damit', 'sowie', 'also', 'wie', 'so', 'bis', 'seit', 'ohne', 'mit'],
  es: ['y', 'e', 'pero', 'o', 'u', 'pues', 'cuando', 'mientras', 'aunque', 'porque', 'como', 'si', 'incluso', 'antes', 'después', 'hasta', 'desde', 'sin', 'con', 'tras'],
  pt: ['e', 'mas', 'ou', 'pois', 'quando', 'enquanto', 'embora', 'porque', 'como', 'se', 'até', 'antes', 'depois', 'desde', 'sem', 'com', 'inclusive', 'porém'],
  it: ['e', 'ed', 'ma', 'o', 'oppure', 'però', 'quando', 'mentre', 'anche', 'sebbene', 'perché', 'poiché', 'come', 'se', 'prima', 'dopo', 'fino', 'senza', 'con', 'persino'],
  nl: ['en', 'maar', 'of', 'want', 'dus', 'toen', 'terwijl', 'omdat', 'hoewel', 'als', 'wanneer', 'voordat', 'nadat', 'zonder', 'met', 'tot', 'sinds'],
  sv: ['och', 'men', 'eller', 'för', 'när', 'medan', 'eftersom', 'fast', 'om', 'innan', 'efter', 'utan', 'med', 'sedan'],
  pl: ['i', 'a', 'ale', 'lub', 'albo', 'czy', 'gdy', 'kiedy', 'podczas', 'chociaż', 'choć', 'bo', 'ponieważ', 'jeśli', 'jeżeli', 'więc', 'zanim', 'po', 'przed', 'bez', 'z', 'ze', 'także', 'też', 'nawet', 'jak', 'oraz', 'natomiast', 'zaś'],
  ru: ['и', 'а', 'но', 'или', 'когда', 'пока', 'хотя', 'потому', 'поскольку', 'если', 'после', 'перед', 'до', 'так', 'также', 'даже', 'ведь', 'чтобы', 'как', 'где', 'при', 'без', 'с', 'для', 'однако', 'тогда', 'причем', 'причём'],
  uk: ['і', 'й', 'та', 'а', 'але', 'або', 'коли', 'поки', 'хоча', 'бо', 'оскільки', 'якщо', 'після', 'перед', 'до', 'також', 'навіть', 'адже', 'щоб', 'як', 'де', 'при', 'без', 'з', 'із', 'для', 'однак', 'проте'],
  cs: ['a', 'ale', 'nebo', 'když', 'zatímco', 'protože', 'jelikož', 'ačkoli', 'ačkoliv', 'přestože', 'pokud', 'jestli', 'než', 'po', 'před', 'bez', 's', 'se', 'také', 'i', 'či', 'však', 'proto', 'jak', 'kde', 'tedy'],
  sk: ['v', 'vo', 'na', 'do', 'o', 'z', 'zo', 'k', 'pre', 'pri', 'za', 'od', 'a', 'ale', 'alebo', 'keď', 'kým', 'pretože', 'hoci', 'ak', 'než', 'po', 'pred', 'bez', 's', 'so', 'aj', 'tiež', 'či', 'však', 'preto', 'ako', 'kde', 'teda'],
  ro: ['la', 'pe', 'de', 'din', 'despre', 'într', 'printr', 'prin', 'spre', 'și', 'şi', 'dar', 'iar', 'sau', 'când', 'în', 'timp', 'deși', 'deşi', 'pentru', 'dacă', 'după', 'înainte', 'fără', 'cu', 'chiar', 'doar', 'ca', 'ci', 'însă', 'deci', 'unde', 'ori', 'precum'],
  tr: ['ve', 'ama', 'fakat', 'ancak', 'veya', 'ya', 'ile', 'için', 'gibi', 'çünkü', 'eğer', 'sonra', 'önce', 'da', 'de', 'bile', 'ise', 'hem', 'ki', 'oysa', 'yani'],
  da: ['til', 'i', 'på', 'fra', 'hos', 'ved', 'af', 'mod', 'under', 'om', 'og', 'men', 'eller', 'for', 'når', 'mens', 'fordi', 'selvom', 'hvis', 'før', 'efter', 'uden', 'med', 'siden', 'så', 'da', 'også', 'selv', 'som'],
  nb: ['til', 'i', 'på', 'fra', 'hos', 'ved', 'av', 'mot', 'under', 'og', 'men', 'eller', 'for', 'når', 'mens', 'fordi', 'selv', 'om', 'hvis', 'før', 'etter', 'uten', 'med', 'siden', 'så', 'da', 'også', 'som', 'medan', 'viss', 'utan', 'òg'],
  fi: ['ja', 'mutta', 'tai', 'kun', 'koska', 'vaikka', 'jos', 'ennen', 'jälkeen', 'ilman', 'sekä', 'myös', 'jopa', 'sillä', 'eli', 'kuin', 'niin', 'vain'],
  hu: ['a', 'az', 'egy', 'és', 'de', 'vagy', 'amikor', 'mert', 'bár', 'ha', 'után', 'előtt', 'nélkül', 'is', 'sőt', 'hanem', 'pedig', 'mint', 'ahol', 'míg', 'azonban', 'viszont'],
  el: ['σε', 'στο', 'στη', 'στην', 'στον', 'στα', 'στις', 'από', 'για', 'προς', 'κατά', 'και', 'αλλά', 'ή', 'όταν', 'ενώ', 'επειδή', 'αν', 'μετά', 'πριν', 'χωρίς', 'με', 'ακόμη', 'ακόμα', 'όπως', 'όπου', 'ωστόσο', 'γιατί', 'καθώς', 'μόνο'],
  vi: ['và', 'nhưng', 'hoặc', 'khi', 'trong', 'vì', 'nếu', 'sau', 'trước', 'với', 'cũng', 'thì', 'mà', 'để', 'tuy', 'dù', 'còn', 'nên', 'do', 'như'],
};

/** Languages written without spaces: the speaker and verb sit next to the closing mark. */
export interface CjkReportingWords {
  /** Quotative particle right after the closing mark (ja と). */
  quotatives: readonly string[];
  /** Particles after the speaker (ja は / が). */
  topicParticles: readonly string[];
  verbs: readonly string[];
  /** Titles and honorifics written after a name: 首相, 氏, 总统. */
  titleSuffixes: readonly string[];
  pronouns: readonly string[];
  /** The characters of a name, as a regular-expression class (default: Han and Katakana). */
  nameChars?: string;
  /** Words are spaced (Korean): a space may stand between a name and its title ("김민수 장관은"). */
  spaced?: boolean;
  /** Offices and descriptions written before a name (zh "副总经理李红梅"): the name is what follows the last one. */
  titlePrefixes?: readonly string[];
  /** Family names, to tell where a name starts in a run of characters with no spaces (zh). */
  surnames?: readonly string[];
  /** Characters that spell foreign names by sound (zh): a run of them is a name. */
  foreignNameChars?: string;
}

export const CJK_REPORTING_WORDS: Record<string, CjkReportingWords> = {
  /**
   * Korean is spaced but has no capitals: like Japanese, the speaker is read
   * from particles — `김민수 장관은 "…"고 말했다` (topic 은, quotative 고).
   */
  ko: {
    quotatives: ['고', '라고', '이라고', '며', '라며', '이라며', '면서', '라면서'],
    topicParticles: ['은', '는', '이', '가', '도'],
    verbs: [
      '말했다', '밝혔다', '강조했다', '설명했다', '덧붙였다', '전했다', '주장했다', '지적했다', '언급했다', '말한다', '밝힌다', '강조한다',
      '답했다', '표했다', '발표했다', '당부했다', '토로했다', '호소했다', '우려했다', '전망했다', '예상했다', '말했습니다', '밝혔습니다',
      // "…”고 했다": plain "did" as its own word after the quotative reports speech ("…이라고 비판했다" is no speech verb).
      ' 했다', ' 한다', ' 했습니다',
    ],
    titleSuffixes: [
      '장관', '대통령', '총리', '의원', '대표', '시장', '교수', '위원장', '대변인', '회장', '사장', '씨', '원장', '청장', '지사', '국장', '과장',
      '부장', '연구원', '박사', '변호사', '감독', '선수', '구청장', '군수', '차관', '실장', '본부장', '이사장', '총장',
      '사무처장', '처장', '소장', '센터장', '팀장', '교사', '대사', '부시장', '부지사', '국회의원', '위원', '이사', '공동대표', '사무총장',
    ],
    pronouns: ['그', '그녀'],
    nameChars: '[\\p{Script=Hangul}]',
    spaced: true,
  },
  ja: {
    quotatives: ['と', 'って'],
    topicParticles: ['は', 'が', 'も'],
    verbs: ['述べ', '語っ', '語り', '語る', '話し', '話す', '言っ', '言い', '説明し', '強調し', '明らかにし', '指摘し', '発表し', 'コメントし', '訴え', '答え', '記者団に'],
    titleSuffixes: ['首相', '大統領', '総理', '大臣', '長官', '官房長官', '外相', '知事', '市長', '議員', '社長', '会長', '代表', '教授', '委員長', '総裁', '氏', 'さん', '様', '容疑者', '被告'],
    pronouns: ['彼', '彼女'],
  },
  zh: {
    quotatives: [],
    topicParticles: [],
    verbs: [
      '表示', '说', '說', '指出', '称', '稱', '强调', '強調', '认为', '認為', '透露', '坦言',
      // A verb of saying written with its manner ("补充说" added, "介绍说" explained): the manner is no part of the name.
      '补充说', '補充說', '补充道', '说道', '說道', '介绍说', '介紹說', '告诉记者', '對記者說', '对记者说', '回忆说', '解释说', '解釋說',
    ],
    titleSuffixes: ['总统', '總統', '总理', '總理', '主席', '部长', '部長', '发言人', '發言人', '先生', '女士', '教授', '市长', '市長'],
    pronouns: ['他', '她'],
    // Chinese writes an office or description before the name ("副总经理李红梅表示", "市民王志强说").
    titlePrefixes: [
      '副总经理', '总经理', '董事长', '副主任', '主任', '副局长', '局长', '院长', '教授', '研究员', '专家', '市民', '村民', '居民', '记者',
      '发言人', '负责人', '主席', '书记', '副市长', '市长', '省长', '部长', '外长', '总统', '总理', '经理', '医生', '老师', '校长', '律师',
      '工程师', '所长', '处长', '社长', '网友', '游客', '乘客', '家长', '工作人员', '志愿者', '创始人', '大使', '委员', '代表', '司机', '店主',
      '總經理', '董事長', '局長', '院長', '專家', '發言人', '負責人', '市長', '部長', '總統', '總理', '經理', '醫生', '老師', '校長', '律師',
    ],
    // Foreign names are written in characters chosen for their sound ("席尔霍尔茨", "特朗普"); a run of three or more of
    // them, or one with the middle dot ("唐纳德·特朗普"), is a name.
    foreignNameChars:
      '阿埃艾安奥巴拜班邦贝本比彼宾波伯博布查达戴丹德迪蒂丁多厄恩尔法菲费芬丰弗福盖冈戈格贡古哈海汉豪赫亨霍基吉加杰卡凯坎康考柯科克肯库拉莱赖兰朗劳勒雷里利莉列琳卢鲁路伦罗洛玛迈麦曼梅门蒙米莫姆穆纳娜内尼妮涅纽诺欧帕佩普奇齐乔切琼萨塞桑瑟森沙舍什舒斯索塔泰坦特提图托瓦威维沃乌希席辛休雅亚扬耶伊尤约泽扎詹茨兹佐夫娃黛薇丝莎龙默·',
    // Without spaces the name's first character must be told: the common family names (and two-character ones first).
    surnames: [
      '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '歐陽', '諸葛',
      '王', '李', '张', '張', '刘', '劉', '陈', '陳', '杨', '楊', '黄', '黃', '赵', '趙', '吴', '吳', '周', '徐', '孙', '孫', '马', '馬', '朱',
      '胡', '郭', '何', '高', '林', '罗', '羅', '郑', '鄭', '梁', '谢', '謝', '宋', '唐', '许', '許', '韩', '韓', '冯', '馮', '邓', '鄧',
      '曹', '彭', '曾', '肖', '蕭', '田', '董', '袁', '潘', '于', '蒋', '蔣', '蔡', '余', '杜', '叶', '葉', '程', '苏', '蘇', '魏', '吕',
      '呂', '丁', '任', '沈', '姚', '卢', '盧', '姜', '崔', '钟', '鍾', '谭', '譚', '陆', '陸', '汪', '范', '金', '石', '廖', '贾', '賈',
      '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯', '龙', '龍', '史', '陶', '黎',
      '贺', '顾', '毛', '郝', '龚', '邵', '万', '钱', '錢', '严', '嚴', '武', '戴', '莫', '孔', '向', '汤', '湯', '常', '温', '康', '施',
    ],
  },
};
