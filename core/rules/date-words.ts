/** Month names (full and short) per language, numbered 1–12, for visible dates. */
export const MONTHS: Record<string, readonly (readonly string[])[]> = {
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  id: [['januari', 'jan'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['agustus', 'agu', 'ags'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
  de: [['januar', 'jän', 'jänner'], ['februar'], ['märz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober', 'okt'], ['november'], ['dezember', 'dez']],
  fr: [['janvier', 'janv'], ['février', 'févr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'], ['juillet', 'juil'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'déc']],
  es: [['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'], ['agosto', 'ago'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre', 'dic']],
  pt: [['janeiro'], ['fevereiro', 'fev'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro', 'set'], ['outubro', 'out'], ['novembro'], ['dezembro', 'dez']],
  it: [['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'], ['luglio', 'lug'], ['agosto'], ['settembre', 'sett'], ['ottobre', 'ott'], ['novembre'], ['dicembre']],
  nl: [['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
};

/** Weekday names that may open a visible date ("Kamis (14/9/2023)"). */
export const WEEKDAYS: readonly string[] = [
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
];

/** Time-zone abbreviations printed after visible times, as UTC offsets. */
export const ZONE_OFFSETS: Record<string, string> = {
  wib: '+07:00', wita: '+08:00', wit: '+09:00', utc: '+00:00', gmt: '+00:00', z: '+00:00',
  bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', est: '-05:00', edt: '-04:00',
  cst: '-06:00', cdt: '-05:00', pst: '-08:00', pdt: '-07:00', ist: '+05:30', jst: '+09:00', kst: '+09:00', sgt: '+08:00', myt: '+08:00', aest: '+10:00',
};

/** Words that may stand before a visible date ("Diperbarui", "Updated"). */
export const DATE_PREFIXES: readonly string[] = ['diperbarui', 'dipublikasikan', 'diterbitkan', 'terbit', 'published', 'updated', 'posted', 'last updated', 'veröffentlicht', 'aktualisiert', 'publié le', 'mis à jour', 'publicado', 'atualizado'];

/** Small words a date line may hold besides dates and times ("Publié le 12/10/2023 à 14:31, mis à jour le …"). */
export const DATE_LINE_WORDS: readonly string[] = [
  'am', 'pm', 'pukul', 'jam', 'um', 'uhr', 'at', 'à', 'h', 'le', 'mis', 'jour', 'de', 'del', 'al', 'updated', 'update', 'published',
  'posted', 'actualizado', 'atualizado', 'em', 'às', 'diperbarui', 'terbit', 'aktualisiert', 'am', 'ago', 'hours', 'hour', 'minutes', 'on',
];

/**
 * Labels printed in their own element before a date ("<h5>Datum:</h5> 03.11.2021", "<b>Published:</b> …").
 * Never an "updated" label: the date a page was last changed is not when the story came out.
 */
export const DATE_LABELS: readonly string[] = [
  'datum', 'date', 'published', 'published on', 'posted', 'posted on', 'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am',
  'publié le', 'date de publication', 'fecha', 'fecha de publicación', 'publicado', 'publicado el', 'publicado em', 'data', 'data di pubblicazione',
  'tanggal', 'diterbitkan', 'datum van publicatie', 'gepubliceerd', 'opublikowano', 'дата', 'опубликовано', '日付', '公開日', '发布时间', '發佈時間',
];

/** Labels before the date a page was last changed ("last edited 2019-11-10", "Letzte Änderung: 31.10.2023"): a page's date only when it states no other. */
export const UPDATED_LABELS: readonly string[] = [
  'last edited', 'last modified', 'last updated', 'page last edited', 'zuletzt geändert', 'zuletzt bearbeitet', 'zuletzt aktualisiert', 'letzte änderung',
  'letzte aktualisierung', 'dernière modification', 'dernière mise à jour', 'última modificación', 'última actualización', 'última atualização',
  'ultima modifica', 'laatst gewijzigd', 'terakhir diperbarui',
];

/** Words that mark a printed date as the last update's ("Updated Jul 24, 2018", "Aktualisiert am …"), not the story's. */
export const UPDATE_WORDS: readonly string[] = ['updated', 'update', 'aktualisiert', 'geändert', 'mis à jour', 'actualizado', 'atualizado', 'diperbarui', 'aggiornato', 'bijgewerkt'];
