/** Labels of visible credit lines ("Editor: Yoga Mulyana"), and which attribution field each fills. */
export type CreditField = 'author' | 'editor' | 'source';

export const CREDIT_LABELS: Record<string, Partial<Record<CreditField, readonly string[]>>> = {
  id: { author: ['penulis', 'reporter', 'pewarta', 'kontributor', 'wartawan', 'oleh', 'rep', 'laporan', 'ditulis oleh'], editor: ['editor', 'redaktur', 'penyunting', 'penyelaras', 'penyelaras bahasa', 'red', 'editor bahasa'], source: ['sumber', 'sumber berita'] },
  ms: { author: ['oleh', 'penulis', 'wartawan'], editor: ['editor', 'penyunting'], source: ['sumber'] },
  en: { author: ['by', 'author', 'written by', 'reporter', 'reporting by', 'words by', 'story by'], editor: ['editor', 'edited by', 'editing by'], source: ['source', 'sources'] },
  de: { author: ['von', 'autor', 'autorin', 'text', 'erstellt von', 'geschrieben von', 'verfasst von', 'ein artikel von', 'ein beitrag von'], editor: ['redaktion', 'bearbeitet von', 'redigiert von'], source: ['quelle'] },
  fr: { author: ['par', 'auteur', 'autrice'], editor: ['édité par', 'édition'], source: ['source'] },
  es: { author: ['por', 'autor', 'autora'], editor: ['editado por', 'edición', 'contenido editado por', 'texto editado por'], source: ['fuente'] },
  pt: { author: ['por', 'autor', 'autora', 'reportagem'], editor: ['editado por', 'edição', 'conteúdo editado por', 'texto editado por'], source: ['fonte'] },
  it: { author: ['di', 'autore', 'a cura di'], editor: ['redazione'], source: ['fonte'] },
  nl: { author: ['door', 'auteur'], editor: ['redactie'], source: ['bron'] },
  ru: { author: ['автор', 'текст'], editor: ['редактор'], source: ['источник'] },
  uk: { author: ['авторка'], editor: ['редакторка'], source: ['джерело'] },
  pl: { author: ['autorka', 'tekst'], editor: ['redakcja', 'redaktor'], source: ['źródło'] },
  cs: { author: ['napsal', 'napsala'], editor: ['redakce'], source: ['zdroj'] },
  sk: { editor: ['redakcia'] },
  ro: { author: ['scris de'], editor: ['redactor'], source: ['sursa', 'sursă'] },
  tr: { author: ['yazar', 'muhabir', 'yazan'], editor: ['editör'], source: ['kaynak'] },
  sv: { author: ['av', 'skribent'], editor: ['redaktör'], source: ['källa'] },
  da: { author: ['af', 'tekst', 'skrevet af'], editor: ['redaktør'], source: ['kilde'] },
  nb: { author: ['skrevet av', 'journalist'], editor: ['redigert av'], source: ['kilde'] },
  fi: { author: ['kirjoittaja', 'teksti', 'toimittaja'], source: ['lähde'] },
  hu: { author: ['szerző', 'írta'], editor: ['szerkesztő'], source: ['forrás'] },
  el: { author: ['συντάκτης', 'συντάκτρια', 'γράφει'], editor: ['επιμέλεια'], source: ['πηγή'] },
  vi: { author: ['tác giả', 'bài'], editor: ['biên tập'], source: ['nguồn', 'theo'] },
  ar: { author: ['بقلم', 'كتب', 'كتبت', 'الكاتب'], editor: ['تحرير'], source: ['المصدر'] },
  he: { author: ['מאת', 'כתב', 'כתבה'], editor: ['עריכה'], source: ['מקור'] },
  fa: { author: ['نویسنده', 'نوشته'], editor: ['ویراستار'], source: ['منبع'] },
  hi: { author: ['लेखक', 'लेखिका'], editor: ['संपादक'], source: ['स्रोत'] },
  zh: { author: ['作者', '记者', '記者', '撰文'], editor: ['编辑', '責任編輯', '责任编辑'], source: ['来源', '來源'] },
  ja: { author: ['執筆', '筆者'], editor: ['編集'], source: ['出典', '出所'] },
  ko: { author: ['글'], editor: ['편집'], source: ['출처'] },
  th: { author: ['ผู้เขียน', 'เขียนโดย'], editor: ['บรรณาธิการ'], source: ['ที่มา'] },
};

/**
 * The label of a Twitter card's label/data pair that names the author (`twitter:label1` "Written by",
 * `twitter:data1` "Jane Doe": SEO plugins write it in the site's language).
 */
export const CARD_AUTHOR_LABELS: readonly string[] = [
  'written by', 'author', 'authors', 'by', 'geschrieben von', 'verfasst von', 'autor', 'autorin', 'von', 'écrit par', 'auteur', 'par',
  'escrito por', 'autora', 'por', 'scritto da', 'autore', 'geschreven door', 'auteur', 'door', 'ditulis oleh', 'penulis', 'oleh',
  'skrevet af', 'skrevet av', 'skriven av', 'napisane przez', 'autorstwa', 'yazan', 'автор', '著者', '作者', '글쓴이',
];

/**
 * Labels that may stand before a name without a colon ("By Jane Doe",
 * "Reporter Hendra Wicaksono", "di Marco Rossi"). Source labels only before a
 * wire we know ("Theo TTXVN", "Sumber ANTARA"): "Sumber Daya Alam" is a
 * phrase, not a credit.
 */
export const BARE_CREDIT_FIELDS: readonly CreditField[] = ['author', 'editor'];

/** Words for a site's newsroom that sign a story with the site's name ("ZDNet Japan Staff", "Redaktion auto-motor.at"). */
export const NEWSROOM_WORDS: readonly string[] = [
  'staff', 'team', 'newsroom', 'desk', 'redaktion', 'online-redaktion', 'redaksi', 'tim redaksi', 'redacción', 'redação', 'redazione',
  'rédaction', 'redactie', 'redakcja', '編集部',
];

/**
 * Roles printed before or after a name in scripts without spaces between words ("김민수 기자", "山田太郎 記者",
 * "记者 李明"): the name alone is one "word", so these are cut whatever is left.
 */
export const CJK_BYLINE_ROLES: readonly string[] = ['기자', '특파원', '선임기자', '전문기자', '記者', '特派員', '编辑委員', '編集委員', '记者', '特约记者', '通讯员', '本报记者'];

/** Job titles printed after a byline name ("Sarah Whitfield Staff Writer"): not part of the name. */
export const BYLINE_ROLES: readonly string[] = [
  'staff writer', 'staff reporter', 'senior reporter', 'senior writer', 'reporter', 'correspondent', 'chief correspondent',
  'contributor', 'contributing writer', 'columnist', 'editor', 'senior editor', 'staff', 'wartawan', 'kontributor',
  'redaktur', 'jurnalis', 'korrespondent', 'korrespondentin', 'redakteur', 'redakteurin', 'envoyé spécial', 'envoyée spéciale',
  'correspondant', 'correspondante', 'corresponsal', 'correspondente', 'inviato',
];

/** "Artikel ini telah tayang di Kompas.com dengan judul …": the outlet that first ran the story. */
export const REPUBLISHED_FROM: readonly RegExp[] = [
  /^artikel ini (?:telah|sudah|pernah) (?:tayang|terbit|dimuat|diterbitkan) (?:di|pada|dalam) (?<source>.+?)(?: dengan judul\b.*|\.)?$/iu,
  /^(?:this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared) (?:in|on|by)) (?<source>.+?)(?:\.|,.*)?$/iu,
];

/** Copyright lines: they name an original source only when the holder is a wire service ("Copyright © ANTARA 2023", "© dpa-infocom"). */
export const COPYRIGHT_LINE = /^(?:copyright|hak cipta|©)\s*(?:©|\(c\))?\s*(?:\d{4}\s+)?(?<holder>[\p{L}][\p{L}-]*)/iu;
