/**
 * Words that mark reported speech, per language (DOMAIN.md "Quotations").
 * Matched case-insensitively on whole words; a phrase matches word by word.
 */
export interface ReportingWords {
  /** Verbs and verb phrases of saying, either side of the speaker: “…,” said X / X said: “…” / kata X / X mengatakan. */
  verbs: readonly string[];
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
  pl: {
    verbs: ['powiedział', 'powiedziała', 'dodał', 'dodała', 'stwierdził', 'stwierdziła', 'podkreślił', 'podkreśliła', 'zaznaczył', 'zaznaczyła', 'ocenił', 'oceniła', 'mówi', 'mówił', 'mówiła', 'przekonywał', 'wyjaśnił'],
    accordingTo: ['według', 'zdaniem'],
    pronouns: ['on', 'ona'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['że'],
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
  },
};

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
}

export const CJK_REPORTING_WORDS: Record<string, CjkReportingWords> = {
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
    verbs: ['表示', '说', '說', '指出', '称', '稱', '强调', '強調', '认为', '認為', '透露', '坦言'],
    titleSuffixes: ['总统', '總統', '总理', '總理', '主席', '部长', '部長', '发言人', '發言人', '先生', '女士', '教授', '市长', '市長'],
    pronouns: ['他', '她'],
  },
};
