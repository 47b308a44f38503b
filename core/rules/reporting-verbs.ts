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
}

const INDONESIAN_BASE = ['kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'lanjut', 'sebut', 'papar', 'terang', 'seru', 'pesan', 'akui'];

const INDONESIAN: ReportingWords = {
  verbs: [
    ...INDONESIAN_BASE,
    'demikian pernyataan', 'demikian kata', 'demikian ujar', 'demikian disampaikan', 'demikian dikatakan', 'demikian penjelasan',
    'mengatakan', 'menyatakan', 'menjelaskan', 'menegaskan', 'mengungkapkan', 'menambahkan', 'menyebutkan', 'menyebut',
    'memaparkan', 'menerangkan', 'menuturkan', 'mengucapkan', 'menyampaikan', 'melanjutkan', 'mengimbuhkan', 'berkata',
    'mengaku', 'mengakui', 'bilang', 'dikatakan', 'disampaikan', 'ditegaskan', 'dijelaskan',
  ],
  accordingTo: ['menurut'],
  pronouns: ['dia', 'ia', 'beliau'],
  pronounSuffixes: ['nya'],
  auxiliaries: [],
  conjunctions: ['bahwa', 'jika', 'kalau'],
};

export const REPORTING_WORDS: Record<string, ReportingWords> = {
  en: {
    verbs: [
      'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'explained', 'explains',
      'noted', 'notes', 'stated', 'states', 'continued', 'insisted', 'argued', 'warned', 'declared', 'replied', 'recalled',
      'acknowledged', 'stressed', 'emphasized', 'emphasised', 'admitted', 'remarked', 'answered', 'claimed', 'commented',
      'announced', 'went on', 'responded', 'observed', 'concluded',
    ],
    accordingTo: ['according to'],
    pronouns: ['he', 'she'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['that'],
  },
  id: INDONESIAN,
  ms: INDONESIAN,
  fr: {
    verbs: [
      'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a souligné', 'a indiqué', 'a assuré', 'a estimé', 'a insisté',
      'a précisé', 'a poursuivi', 'a répondu', 'a lancé', 'a confié', 'a martelé', 'avait déclaré',
      'déclare', 'dit', 'affirme', 'ajoute', 'explique', 'souligne', 'indique', 'assure', 'estime', 'précise', 'poursuit',
      'répond', 'lance', 'confie', 'insiste', 'martèle', 'déclaré', 'ajouté', 'expliqué', 'affirmé', 'souligné', 'précisé',
    ],
    accordingTo: ['selon', "d'après", 'd’après'],
    pronouns: ['il', 'elle'],
    pronounSuffixes: ['-t-il', '-t-elle', '-il', '-elle'],
    auxiliaries: ['a', 'avait'],
    conjunctions: ['que', "qu'", 'qu’'],
  },
  de: {
    verbs: [
      'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'fügte', 'ergänzte', 'ergänzt',
      'sagte am', 'schrieb', 'schreibt', 'warnte', 'warnt', 'räumte', 'kritisierte', 'forderte', 'hat gesagt', 'hat erklärt',
    ],
    accordingTo: ['laut', 'so'],
    pronouns: ['er', 'sie'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['dass'],
  },
  es: {
    verbs: [
      'dijo', 'afirmó', 'declaró', 'explicó', 'añadió', 'aseguró', 'señaló', 'indicó', 'agregó', 'sostuvo', 'subrayó', 'destacó',
      'manifestó', 'insistió', 'advirtió', 'ha dicho', 'ha afirmado', 'ha explicado', 'ha señalado', 'ha asegurado',
      'dice', 'afirma', 'asegura', 'explica', 'añade', 'señala', 'sostiene', 'agrega',
    ],
    accordingTo: ['según', 'de acuerdo con'],
    pronouns: ['él', 'ella'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['que'],
  },
  pt: {
    verbs: [
      'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'destacou', 'ressaltou', 'garantiu', 'salientou', 'sublinhou',
      'completou', 'concluiu', 'observou', 'avaliou', 'diz', 'afirma', 'explica', 'acrescenta', 'ressalta', 'garante', 'declara',
    ],
    accordingTo: ['segundo', 'de acordo com', 'conforme'],
    pronouns: ['ele', 'ela'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['que'],
  },
  it: {
    verbs: [
      'ha detto', 'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha affermato', 'ha sottolineato', 'ha precisato', 'ha ribadito',
      'dice', 'afferma', 'spiega', 'aggiunge', 'sottolinea', 'dichiara', 'precisa', 'ribadisce', 'disse',
    ],
    accordingTo: ['secondo'],
    pronouns: ['lui', 'lei'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['che'],
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
    verbs: ['zei', 'zegt', 'stelde', 'stelt', 'verklaarde', 'benadrukte', 'voegde', 'schreef', 'aldus'],
    accordingTo: ['volgens', 'aldus'],
    pronouns: ['hij', 'zij', 'ze'],
    pronounSuffixes: [],
    auxiliaries: [],
    conjunctions: ['dat'],
  },
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
