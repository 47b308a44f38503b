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
  // Slavic and Greek dates print the month in the genitive ("7 декабря 2026"); the nominative is listed too for headings.
  ru: [['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен', 'сент'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек']],
  uk: [['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень']],
  pl: [['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'], ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'], ['października', 'październik'], ['listopada'], ['grudnia', 'grudzień']],
  cs: [['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec']],
  sk: [['januára', 'január'], ['februára', 'február'], ['marca'], ['apríla', 'apríl'], ['mája', 'máj'], ['júna', 'jún'], ['júla', 'júl'], ['augusta'], ['septembra'], ['októbra', 'október'], ['novembra'], ['decembra']],
  ro: [['ianuarie', 'ian'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie', 'iun'], ['iulie', 'iul'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie', 'noi'], ['decembrie']],
  // Turkish without its dotless ı and cedillas too: "ARALIK".toLowerCase() is "aralik", and some sites drop the marks.
  tr: [['ocak'], ['şubat', 'subat'], ['mart'], ['nisan'], ['mayıs', 'mayis'], ['haziran'], ['temmuz'], ['ağustos', 'agustos'], ['eylül', 'eylul'], ['ekim'], ['kasım', 'kasim'], ['aralık', 'aralik']],
  sv: [['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'], ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december']],
  da: [['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december']],
  nb: [['januar'], ['februar'], ['mars'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['desember']],
  fi: [['tammikuuta', 'tammikuu'], ['helmikuuta', 'helmikuu'], ['maaliskuuta', 'maaliskuu'], ['huhtikuuta', 'huhtikuu'], ['toukokuuta', 'toukokuu'], ['kesäkuuta', 'kesäkuu'], ['heinäkuuta', 'heinäkuu'], ['elokuuta', 'elokuu'], ['syyskuuta', 'syyskuu'], ['lokakuuta', 'lokakuu'], ['marraskuuta', 'marraskuu'], ['joulukuuta', 'joulukuu']],
  hu: [['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'], ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec']],
  // Arabic: the Egyptian and Gulf names, and the Levantine ones of one word.
  ar: [['يناير'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'إبريل', 'ابريل', 'نيسان'], ['مايو', 'أيار'], ['يونيو', 'يونيه', 'حزيران'], ['يوليو', 'يوليه', 'تموز'], ['أغسطس', 'اغسطس'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'اكتوبر'], ['نوفمبر'], ['ديسمبر']],
  // Hebrew dates say "in December" (בדצמבר): both forms.
  he: [['ינואר', 'בינואר'], ['פברואר', 'בפברואר'], ['מרץ', 'במרץ'], ['אפריל', 'באפריל'], ['מאי', 'במאי'], ['יוני', 'ביוני'], ['יולי', 'ביולי'], ['אוגוסט', 'באוגוסט'], ['ספטמבר', 'בספטמבר'], ['אוקטובר', 'באוקטובר'], ['נובמבר', 'בנובמבר'], ['דצמבר', 'בדצמבר']],
  hi: [['जनवरी'], ['फ़रवरी', 'फरवरी'], ['मार्च'], ['अप्रैल'], ['मई'], ['जून'], ['जुलाई'], ['अगस्त'], ['सितंबर', 'सितम्बर'], ['अक्टूबर', 'अक्तूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर']],
  th: [['มกราคม'], ['กุมภาพันธ์'], ['มีนาคม'], ['เมษายน'], ['พฤษภาคม'], ['มิถุนายน'], ['กรกฎาคม'], ['สิงหาคม'], ['กันยายน'], ['ตุลาคม'], ['พฤศจิกายน'], ['ธันวาคม']],
  // Persian pages print the Gregorian months too (BBC Persian: "۷ دسامبر ۲۰۲۶"); their own calendar's are SOLAR_HIJRI_MONTHS.
  fa: [['ژانویه', 'ژانویهٔ'], ['فوریه', 'فوریهٔ'], ['مارس'], ['آوریل'], ['مه', 'مهٔ', 'می'], ['ژوئن'], ['ژوئیه', 'ژوئیهٔ', 'جولای'], ['اوت', 'آگوست'], ['سپتامبر'], ['اکتبر'], ['نوامبر'], ['دسامبر']],
  el: [['ιανουαρίου', 'ιανουάριος'], ['φεβρουαρίου', 'φεβρουάριος'], ['μαρτίου', 'μάρτιος'], ['απριλίου', 'απρίλιος'], ['μαΐου', 'μάιος'], ['ιουνίου', 'ιούνιος'], ['ιουλίου', 'ιούλιος'], ['αυγούστου', 'αύγουστος'], ['σεπτεμβρίου', 'σεπτέμβριος'], ['οκτωβρίου', 'οκτώβριος'], ['νοεμβρίου', 'νοέμβριος'], ['δεκεμβρίου', 'δεκέμβριος']],
};

/** Months of the Solar Hijri calendar (Iran, Afghanistan; Dari names after the slash), 1 = Farvardin, which starts at Nowruz in March. */
export const SOLAR_HIJRI_MONTHS: readonly (readonly string[])[] = [
  ['فروردین', 'حمل'], ['اردیبهشت', 'ثور'], ['خرداد', 'جوزا'], ['تیر', 'سرطان'], ['مرداد', 'امرداد', 'اسد'], ['شهریور', 'سنبله'],
  ['مهر', 'میزان'], ['آبان', 'عقرب'], ['آذر', 'قوس'], ['دی', 'جدی'], ['بهمن', 'دلو'], ['اسفند', 'حوت'],
];

/**
 * Words of a second calendar printed beside the Gregorian date, which a date line may hold but which are never
 * read as a date: Hijri months on Arabic pages ("16 رجب 1448 هـ - 7 ديسمبر 2026 م") and the era marks. Kept out
 * of the date words that cut names, since "Ramadan" is a surname too.
 */
export const OTHER_CALENDAR_WORDS: readonly string[] = [
  'محرم', 'صفر', 'ربيع', 'الأول', 'الاول', 'الآخر', 'الثاني', 'جمادى', 'الأولى', 'الاولى', 'الآخرة', 'الاخرة', 'رجب', 'شعبان', 'رمضان',
  'شوال', 'ذو', 'القعدة', 'الحجة', 'م', 'هـ', 'ه', 'ش',
];

/** Words before a month's number ("ngày 7 tháng 12 năm 2026": Vietnamese "tháng" is "month"). */
export const MONTH_NUMBER_WORDS: readonly string[] = ['tháng'];

/** Weekday names that may open a visible date ("Kamis (14/9/2023)"). */
export const WEEKDAYS: readonly string[] = [
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'ahad',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
  'понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'пʼятниця', 'субота', 'неділя',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'neděle', 'pondelok', 'utorok', 'štvrtok', 'piatok', 'nedeľa',
  'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică',
  'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'mandag', 'tirsdag', 'lørdag', 'søndag',
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai',
  'hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap',
  'δευτέρα', 'τρίτη', 'τετάρτη', 'πέμπτη', 'παρασκευή', 'σάββατο', 'κυριακή',
  'الأحد', 'الاحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت',
  'रविवार', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'बृहस्पतिवार', 'शुक्रवार', 'शनिवार',
  'יום ראשון', 'יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת',
  'วันอาทิตย์', 'วันจันทร์', 'วันอังคาร', 'วันพุธ', 'วันพฤหัสบดี', 'วันศุกร์', 'วันเสาร์',
  // Persian, with and without the zero-width non-joiner inside ("سه‌شنبه").
  'شنبه', 'یکشنبه', 'یک‌شنبه', 'دوشنبه', 'سه‌شنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'پنج‌شنبه', 'جمعه',
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật',
];

/** Time-zone abbreviations printed after visible times, as UTC offsets. */
export const ZONE_OFFSETS: Record<string, string> = {
  wib: '+07:00', wita: '+08:00', wit: '+09:00', utc: '+00:00', gmt: '+00:00', z: '+00:00',
  bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00', est: '-05:00', edt: '-04:00',
  cst: '-06:00', cdt: '-05:00', pst: '-08:00', pdt: '-07:00', ist: '+05:30', jst: '+09:00', kst: '+09:00', sgt: '+08:00', myt: '+08:00', aest: '+10:00',
};

/** Words that may stand before a visible date ("Diperbarui", "Updated"). */
export const DATE_PREFIXES: readonly string[] = [
  'diperbarui', 'dipublikasikan', 'diterbitkan', 'terbit', 'published', 'updated', 'posted', 'last updated', 'veröffentlicht', 'aktualisiert',
  'publié le', 'mis à jour', 'publicado', 'atualizado', 'опубликовано', 'обновлено', 'опубліковано', 'оновлено', 'opublikowano', 'zaktualizowano',
  'publikováno', 'aktualizováno', 'publicat', 'actualizat', 'yayınlanma', 'güncelleme', 'publicerad', 'uppdaterad', 'publiceret', 'opdateret',
  'publisert', 'oppdatert', 'julkaistu', 'päivitetty', 'közzétéve', 'frissítve', 'δημοσιεύθηκε', 'ενημερώθηκε', 'cập nhật',
  // Korean "registered / entered / last edited", Japanese "published / updated", Chinese "published at / updated at".
  '기사입력', '입력', '등록', '최종수정', '수정', '업데이트', '发布时间', '发布于', '更新时间', '發佈時間', '更新時間', '公開日', '更新日', '公開', '更新',
];

/** Small words a date line may hold besides dates and times ("Publié le 12/10/2023 à 14:31, mis à jour le …"). */
export const DATE_LINE_WORDS: readonly string[] = [
  'am', 'pm', 'pukul', 'jam', 'um', 'uhr', 'at', 'à', 'h', 'le', 'mis', 'jour', 'de', 'del', 'al', 'updated', 'update', 'published',
  'posted', 'actualizado', 'atualizado', 'em', 'às', 'diperbarui', 'terbit', 'aktualisiert', 'am', 'ago', 'hours', 'hour', 'minutes', 'on',
  // "kl. 10.15" (da, nb, sv), "klo" (fi), "г. в 14:30" (ru), "р." (uk), "o" (pl), "v" (cs), "saat" (tr), "ngày 7 tháng 12 năm 2026 lúc" (vi)
  'kl', 'klo', 'г', 'в', 'р', 'o', 'v', 'saat', 'ngày', 'tháng', 'năm', 'lúc', 'gmt', 'utc',
  // "등록 2026-12-07 14:20 수정 2026-12-07 16:02": a Korean date line gives both dates, each after its word.
  '입력', '등록', '수정', '최종수정', '업데이트',
];

/**
 * Labels printed in their own element before a date ("<h5>Datum:</h5> 03.11.2021", "<b>Published:</b> …").
 * Never an "updated" label: the date a page was last changed is not when the story came out.
 */
export const DATE_LABELS: readonly string[] = [
  'datum', 'date', 'published', 'published on', 'posted', 'posted on', 'veröffentlicht', 'veröffentlicht am', 'erschienen', 'erschienen am',
  'publié le', 'date de publication', 'fecha', 'fecha de publicación', 'publicado', 'publicado el', 'publicado em', 'data', 'data di pubblicazione',
  'tanggal', 'diterbitkan', 'datum van publicatie', 'gepubliceerd', 'opublikowano', 'дата', 'опубликовано', '日付', '公開日', '发布时间', '發佈時間',
  'дата публикации', 'опубліковано', 'data publikacji', 'publikováno', 'datum publikace', 'publicat', 'data publicării', 'yayın tarihi',
  'yayınlanma', 'publicerad', 'publiceret', 'publisert', 'julkaistu', 'megjelent', 'közzétéve', 'δημοσιεύθηκε', 'ngày đăng',
];

/** Labels before the date a page was last changed ("last edited 2019-11-10", "Letzte Änderung: 31.10.2023"): a page's date only when it states no other. */
export const UPDATED_LABELS: readonly string[] = [
  'last edited', 'last modified', 'last updated', 'page last edited', 'zuletzt geändert', 'zuletzt bearbeitet', 'zuletzt aktualisiert', 'letzte änderung',
  'letzte aktualisierung', 'dernière modification', 'dernière mise à jour', 'última modificación', 'última actualización', 'última atualização',
  'ultima modifica', 'laatst gewijzigd', 'terakhir diperbarui', 'последнее обновление', 'ostatnia aktualizacja', 'naposledy aktualizováno',
  'ultima actualizare', 'son güncelleme', 'senast uppdaterad', 'sidst opdateret', 'sist oppdatert', 'viimeksi päivitetty', 'utoljára frissítve',
  'τελευταία ενημέρωση', 'cập nhật lần cuối',
];

/** Words that mark a printed date as the last update's ("Updated Jul 24, 2018", "Aktualisiert am …"), not the story's. */
export const UPDATE_WORDS: readonly string[] = [
  'updated', 'update', 'aktualisiert', 'geändert', 'mis à jour', 'actualizado', 'atualizado', 'diperbarui', 'aggiornato', 'bijgewerkt',
  'обновлено', 'оновлено', 'zaktualizowano', 'aktualizováno', 'actualizat', 'güncellendi', 'güncelleme', 'uppdaterad', 'opdateret', 'oppdatert',
  'päivitetty', 'frissítve', 'ενημερώθηκε', 'cập nhật',
];
