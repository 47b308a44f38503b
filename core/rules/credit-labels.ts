/** Labels of visible credit lines ("Editor: Yoga Mulyana"), and which attribution field each fills. */
export type CreditField = 'author' | 'editor' | 'source';

export const CREDIT_LABELS: Record<string, Partial<Record<CreditField, readonly string[]>>> = {
  id: { author: ['penulis', 'reporter', 'pewarta', 'kontributor', 'wartawan', 'oleh'], editor: ['editor', 'redaktur', 'penyunting', 'penyelaras', 'penyelaras bahasa'], source: ['sumber', 'sumber berita'] },
  en: { author: ['by', 'author', 'written by', 'reporter', 'reporting by', 'words by'], editor: ['editor', 'edited by', 'editing by'], source: ['source', 'sources'] },
  de: { author: ['von', 'autor', 'autorin'], editor: ['redaktion', 'bearbeitet von'], source: ['quelle'] },
  fr: { author: ['par', 'auteur'], editor: ['édité par', 'rédaction'], source: ['source'] },
  es: { author: ['por', 'autor', 'redacción'], editor: ['editado por', 'edición'], source: ['fuente'] },
  pt: { author: ['por', 'autor', 'reportagem'], editor: ['editado por', 'edição'], source: ['fonte'] },
};

/** "Artikel ini telah tayang di Kompas.com dengan judul …": the outlet that first ran the story. */
export const REPUBLISHED_FROM: readonly RegExp[] = [
  /^artikel ini (?:telah|sudah|pernah) (?:tayang|terbit|dimuat|diterbitkan) (?:di|pada|dalam) (?<source>.+?)(?: dengan judul\b.*|\.)?$/iu,
  /^(?:this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared) (?:in|on|by)) (?<source>.+?)(?:\.|,.*)?$/iu,
  /^(?:copyright|hak cipta)\s*(?:©|\(c\))?\s*(?<source>antara|reuters|ap|afp|bloomberg)\b.*$/iu,
];
