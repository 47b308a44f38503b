/** The most frequent short words per language: enough to tell languages of one script apart. */
export const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'are', 'this', 'by', 'be', 'at', 'from', 'have', 'not', 'but', 'has', 'they', 'his', 'which', 'said', 'were'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'dalam', 'akan', 'pada', 'juga', 'ke', 'karena', 'adalah', 'bahwa', 'oleh', 'ada', 'mereka', 'kami', 'telah', 'sudah', 'atau', 'saat', 'bisa', 'kata', 'lebih'],
  ms: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'dalam', 'akan', 'pada', 'juga', 'ke', 'kerana', 'adalah', 'bahawa', 'oleh', 'ada', 'mereka', 'telah', 'sudah', 'atau', 'boleh', 'kata', 'lebih', 'selepas', 'beliau'],
  de: ['der', 'die', 'und', 'in', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'es', 'an', 'werden', 'aus', 'er', 'hat', 'dass'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'en', 'un', 'une', 'du', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'il', 'avec', 'ce', 'par', 'plus', 'ne', 'se', 'sont', 'elle', 'aux'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'del', 'se', 'las', 'por', 'un', 'para', 'con', 'no', 'una', 'su', 'al', 'es', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'o', 'fue'],
  pt: ['o', 'a', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na', 'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das'],
  it: ['il', 'di', 'che', 'e', 'la', 'in', 'un', 'a', 'per', 'non', 'una', 'del', 'con', 'sono', 'le', 'si', 'da', 'della', 'gli', 'ha', 'al', 'anche', 'come', 'più', 'questo', 'nel', 'alla', 'ma'],
  nl: ['de', 'het', 'een', 'van', 'en', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'aan', 'er', 'om', 'ook', 'als', 'bij', 'maar', 'naar', 'dan', 'nog', 'wordt', 'door', 'heeft'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'do', 'to', 'że', 'jest', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od', 'przez', 'jego', 'już', 'tym', 'dla', 'czy', 'być', 'który', 'oraz', 'są'],
  cs: ['a', 'se', 'na', 'je', 'že', 'v', 'to', 'do', 'o', 've', 'jako', 'by', 'pro', 'ale', 'jsou', 'z', 'k', 'také', 'jeho', 'byl', 'které', 'už', 'podle', 'při', 'jak', 'této', 'tak', 'bylo'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'en', 'ama', 'ne', 'kadar', 'sonra', 'her', 'o', 'şey', 'değil', 'mi', 'var', 'ancak', 'yıl', 'dedi', 'olduğunu', 'ise'],
  vi: ['và', 'của', 'là', 'có', 'trong', 'được', 'cho', 'không', 'người', 'với', 'các', 'những', 'một', 'này', 'đã', 'để', 'khi', 'từ', 'năm', 'theo', 'đến', 'về', 'tại', 'cũng', 'nhiều', 'ra', 'như', 'sẽ'],
  sv: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'man'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'он', 'как', 'это', 'к', 'из', 'за', 'от', 'о', 'для', 'но', 'его', 'так', 'же', 'все', 'было', 'уже', 'при', 'который', 'также', 'года', 'только'],
  uk: ['і', 'в', 'не', 'на', 'що', 'з', 'у', 'до', 'та', 'як', 'це', 'за', 'від', 'по', 'але', 'про', 'його', 'для', 'вже', 'які', 'також', 'було', 'року', 'був', 'може', 'під', 'після', 'їх'],
};
