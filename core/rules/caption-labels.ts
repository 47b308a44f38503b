/**
 * Openings of photo captions and credits printed as plain lines
 * ("Image copyright Getty Images", "(Image: GETTY)", "Foto: Antara",
 * "Bild: dpa"). A short block that opens with one of these, followed by a
 * colon or by the credit itself, is a caption: it stays in the reader's HTML
 * under its picture but is not part of the story's plain text.
 */
export const CAPTION_LABELS: Record<string, readonly string[]> = {
  en: ['image copyright', 'image caption', 'media caption', 'image', 'photo', 'photograph', 'picture', 'credit', 'image credit', 'photo credit', 'illustration'],
  id: ['foto', 'sumber foto', 'kredit foto', 'ilustrasi'],
  ms: ['foto', 'gambar'],
  de: ['bild', 'foto', 'bildquelle', 'fotos', 'titelbild', 'beitragsbild', 'abbildung', 'zeichnungen'],
  fr: ['photo', 'crédit photo', 'crédit', 'illustration'],
  es: ['foto', 'imagen', 'crédito'],
  pt: ['foto', 'imagem', 'crédito'],
  it: ['foto', 'immagine'],
  nl: ['foto', 'beeld'],
  pl: ['fot', 'zdjęcie'],
  // Arabic, Hindi, Persian, Hebrew, Bengali, Urdu: as their news sites print them (spelling variants: core/rules/spelling-folds.ts).
  ar: ['تصوير'],
  hi: ['फोटो', 'तस्वीर'],
  fa: ['عکس'],
  he: ['צילום'],
  bn: ['ছবি'],
  ur: ['تصویر'],
};
