/**
 * One fixture per entry of the language rule tables (core/rules/): the
 * clutter that entry exists to remove, as it appears on real pages. Keyed by
 * language, then by the entry exactly as the table spells it.
 * tests/unit/rules/rule-tables.test.ts runs each one through the pipeline and
 * checks that every table entry has a fixture here.
 */

/** One promo per lead-in: the lead-in and its linked headline must both go (kind "promo"). */
export const PROMO_LEAD_IN_FIXTURES: Record<string, Record<string, string>> = {
  id: {
    'baca juga': '<p><a href="/news/1">Baca juga: Harga Beras di Bandung Naik Lagi Pekan Ini</a></p>',
    'baca': '<div>BACA | <a href="/news/2">Jadwal KRL Berubah Mulai Senin Depan</a></div>',
    'lihat juga': '<p><strong>Lihat juga:</strong> <a href="/news/3">Harga Beras di Bandung Naik Lagi Pekan Ini</a></p>',
    'simak juga': '<p><a href="/news/4">Simak juga: Jadwal KRL Berubah Mulai Senin Depan</a></p>',
    'tonton juga': '<div>TONTON JUGA | <a href="/news/5">Harga Beras di Bandung Naik Lagi Pekan Ini</a></div>',
    'cek juga': '<p><strong>Cek juga:</strong> <a href="/news/6">Jadwal KRL Berubah Mulai Senin Depan</a></p>',
    'baca selengkapnya': '<p><a href="/news/7">Baca selengkapnya: Harga Beras di Bandung Naik Lagi Pekan Ini</a></p>',
    'berita terkait': '<div>BERITA TERKAIT | <a href="/news/8">Jadwal KRL Berubah Mulai Senin Depan</a></div>',
    'artikel terkait': '<p><strong>Artikel terkait:</strong> <a href="/news/9">Harga Beras di Bandung Naik Lagi Pekan Ini</a></p>',
    'topik terkait': '<p><a href="/news/10">Topik terkait: Jadwal KRL Berubah Mulai Senin Depan</a></p>',
    'berita lainnya': '<div>BERITA LAINNYA | <a href="/news/11">Harga Beras di Bandung Naik Lagi Pekan Ini</a></div>',
    'artikel lainnya': '<p><strong>Artikel lainnya:</strong> <a href="/news/12">Jadwal KRL Berubah Mulai Senin Depan</a></p>',
    'baca artikel lainnya': '<p><a href="/news/13">Baca artikel lainnya: Harga Beras di Bandung Naik Lagi Pekan Ini</a></p>',
    'jangan lewatkan': '<div>JANGAN LEWATKAN | <a href="/news/14">Jadwal KRL Berubah Mulai Senin Depan</a></div>',
    'saksikan juga': '<p><strong>Saksikan juga:</strong> <a href="/news/15">Harga Beras di Bandung Naik Lagi Pekan Ini</a></p>',
    'klik juga': '<p><a href="/news/16">Klik juga: Jadwal KRL Berubah Mulai Senin Depan</a></p>',
    'baca pula': '<div>BACA PULA | <a href="/news/17">Harga Beras di Bandung Naik Lagi Pekan Ini</a></div>',
  },
  ms: {
    'artikel berkaitan': '<p><strong>Artikel berkaitan:</strong> <a href="/news/18">Jadual Bas Elektrik Diumumkan</a></p>',
    'baca lagi': '<p><a href="/news/19">Baca lagi: Harga Minyak Sawit Naik Minggu Ini</a></p>',
    'berita berkaitan': '<div>BERITA BERKAITAN | <a href="/news/20">Jadual Bas Elektrik Diumumkan</a></div>',
  },
  en: {
    'read more': '<p><strong>Read more:</strong> <a href="/news/21">Markets Rally as Rate Hopes Grow</a></p>',
    'read': '<p><a href="/news/22">Read: Council Approves New Bus Lanes</a></p>',
    'read also': '<div>READ ALSO | <a href="/news/23">Markets Rally as Rate Hopes Grow</a></div>',
    'also read': '<p><strong>Also read:</strong> <a href="/news/24">Council Approves New Bus Lanes</a></p>',
    'also see': '<p><a href="/news/25">Also see: Markets Rally as Rate Hopes Grow</a></p>',
    'see also': '<div>SEE ALSO | <a href="/news/26">Council Approves New Bus Lanes</a></div>',
    'related': '<p><strong>Related:</strong> <a href="/news/27">Markets Rally as Rate Hopes Grow</a></p>',
    'related stories': '<p><a href="/news/28">Related stories: Council Approves New Bus Lanes</a></p>',
    'related articles': '<div>RELATED ARTICLES | <a href="/news/29">Markets Rally as Rate Hopes Grow</a></div>',
    'related story': '<p><strong>Related story:</strong> <a href="/news/30">Council Approves New Bus Lanes</a></p>',
    'related article': '<p><a href="/news/31">Related article: Markets Rally as Rate Hopes Grow</a></p>',
    'learn more': '<div>LEARN MORE | <a href="/news/32">Council Approves New Bus Lanes</a></div>',
    'more': '<p><strong>More:</strong> <a href="/news/33">Markets Rally as Rate Hopes Grow</a></p>',
    'read next': '<p><a href="/news/34">Read next: Council Approves New Bus Lanes</a></p>',
    'you might also like': '<div>YOU MIGHT ALSO LIKE | <a href="/news/35">Markets Rally as Rate Hopes Grow</a></div>',
    'you may also like': '<p><strong>You may also like:</strong> <a href="/news/36">Council Approves New Bus Lanes</a></p>',
    'recommended': '<p><a href="/news/37">Recommended: Markets Rally as Rate Hopes Grow</a></p>',
    'more on this story': '<div>MORE ON THIS STORY | <a href="/news/38">Council Approves New Bus Lanes</a></div>',
    'more from': '<p><strong>More from:</strong> <a href="/news/39">Markets Rally as Rate Hopes Grow</a></p>',
    'continue reading': '<p><a href="/news/40">Continue reading: Council Approves New Bus Lanes</a></p>',
    'watch': '<div>WATCH | <a href="/news/41">Markets Rally as Rate Hopes Grow</a></div>',
    'watch also': '<p><strong>Watch also:</strong> <a href="/news/42">Council Approves New Bus Lanes</a></p>',
    'listen': '<p><a href="/news/43">Listen: Markets Rally as Rate Hopes Grow</a></p>',
    'must read': '<div>MUST READ | <a href="/news/44">Council Approves New Bus Lanes</a></div>',
    'don\'t miss': '<p><strong>Don\'t miss:</strong> <a href="/news/45">Markets Rally as Rate Hopes Grow</a></p>',
    'see more': '<p><strong>SEE MORE:</strong> <a href="/news/see-more">Council Approves New Bus Lanes</a></p>',
  },
  fr: {
    'lire aussi': '<p><a href="/news/46">Lire aussi: Grève à Orly : les vols annulés</a></p>',
    'à lire aussi': '<div>À LIRE AUSSI | <a href="/news/47">Le gouvernement recule sur la réforme</a></div>',
    'lisez aussi': '<p><strong>Lisez aussi:</strong> <a href="/news/48">Grève à Orly : les vols annulés</a></p>',
    'lire également': '<p><a href="/news/49">Lire également: Le gouvernement recule sur la réforme</a></p>',
    'à lire': '<div>À LIRE | <a href="/news/50">Grève à Orly : les vols annulés</a></div>',
    'voir aussi': '<p><strong>Voir aussi:</strong> <a href="/news/51">Le gouvernement recule sur la réforme</a></p>',
    'sur le même sujet': '<p><a href="/news/52">Sur le même sujet: Grève à Orly : les vols annulés</a></p>',
  },
  de: {
    'lesen sie auch': '<div>LESEN SIE AUCH | <a href="/news/53">Die Bahn streikt wieder am Montag</a></div>',
    'mehr zum thema': '<p><strong>Mehr zum thema:</strong> <a href="/news/54">Mietspiegel in München steigt deutlich</a></p>',
    'weiterlesen': '<p><a href="/news/55">Weiterlesen: Die Bahn streikt wieder am Montag</a></p>',
    'auch interessant': '<div>AUCH INTERESSANT | <a href="/news/56">Mietspiegel in München steigt deutlich</a></div>',
    'lesen sie mehr': '<p><strong>Lesen sie mehr:</strong> <a href="/news/57">Die Bahn streikt wieder am Montag</a></p>',
    'siehe auch': '<p><a href="/news/58">Siehe auch: Mietspiegel in München steigt deutlich</a></p>',
    'das könnte sie auch interessieren': '<div>DAS KÖNNTE SIE AUCH INTERESSIEREN | <a href="/news/59">Die Bahn streikt wieder am Montag</a></div>',
    'auch lesen': '<p><strong>Auch lesen:</strong> <a href="/news/901">Diese 3 Sternzeichen verschenken ihr Herz an den Falschen</a></p>',
    'lesen sie hier': '<p>Lesen Sie hier: <a href="/news/902"><em>Spielabbruch in der Kreisliga nach dem Streit</em></a></p>',
    'schon gelesen': '<p><strong>Schon gelesen?</strong></p><blockquote><p><a href="/news/903">Luftwaffe lässt Piloten in Italien ausbilden</a></p></blockquote>',
    'lesen sie auch die folgenden beiträge': '<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p><ul><li><a href="/news/904">Warum Sie diese drei Prozesse digitalisieren sollten</a></li><li><a href="/news/905">Der Jobmarkt bleibt vital</a></li></ul>',
    'diese artikel könnten dich ebenfalls interessieren': '<p><em>Diese Artikel könnten dich ebenfalls interessieren:</em></p><p><a href="/news/906">Richtig frühstücken: Die besten Tipps für den Morgen</a></p>',
    'zum weiterlesen': '<p><strong>Zum Weiterlesen:</strong> <a href="/news/907">Mitarbeitergespräche positiv führen</a></p>',
  },
  pt: {
    'leia também': '<p><strong>Leia também:</strong> <a href="/news/60">Lisboa planta mil árvores novas</a></p>',
    'veja também': '<p><a href="/news/61">Veja também: Prefeitura amplia faixas de ônibus</a></p>',
    'leia mais': '<div>LEIA MAIS | <a href="/news/62">Lisboa planta mil árvores novas</a></div>',
    'saiba mais': '<p><strong>Saiba mais:</strong> <a href="/news/63">Prefeitura amplia faixas de ônibus</a></p>',
  },
  es: {
    'lee también': '<p><a href="/news/64">Lee también: Madrid amplía la zona de bajas emisiones</a></p>',
    'te puede interesar': '<div>TE PUEDE INTERESAR | <a href="/news/65">El Gobierno aprueba la nueva ley de vivienda</a></div>',
    'leer más': '<p><strong>Leer más:</strong> <a href="/news/66">Madrid amplía la zona de bajas emisiones</a></p>',
    'relacionado': '<p><a href="/news/67">Relacionado: El Gobierno aprueba la nueva ley de vivienda</a></p>',
    'lea también': '<div>LEA TAMBIÉN | <a href="/news/68">Madrid amplía la zona de bajas emisiones</a></div>',
    'ver también': '<p><strong>Ver también:</strong> <a href="/news/69">El Gobierno aprueba la nueva ley de vivienda</a></p>',
    'puede interesarte': '<p><a href="/news/70">Puede interesarte: Madrid amplía la zona de bajas emisiones</a></p>',
    'lea más': '<p>Lea más: <a href="/news/69">El Gobierno aprueba la nueva ley de vivienda</a></p>',
    'le puede interesar': '<p>Le puede interesar: <a href="/news/908">JEP abrirá tres nuevos macrocasos este año</a></p>',
    'lea': '<p><strong>Lea: <a href="/news/909">Consejo Permanente aborda este miércoles la confiscación de sus oficinas</a></strong></p>',
    'vea también': '<p><strong>VEA TAMBIÉN: <a href="/news/910">Estrella de la educación no brilla para estudiantes</a></strong></p>',
    'mira': '<p><strong>MIRA:</strong> <a href="/news/911">Madre se acerca a conocer los motivos de la captura</a></p>',
  },
  it: {
    'leggi anche': '<div>LEGGI ANCHE | <a href="/news/71">Venezia introduce il ticket d’accesso</a></div>',
    'potrebbe interessarti': '<p><strong>Potrebbe interessarti:</strong> <a href="/news/72">Trieste rinnova il molo storico</a></p>',
    'leggi pure': '<p><a href="/news/73">Leggi pure: Venezia introduce il ticket d’accesso</a></p>',
  },
  nl: {
    'lees ook': '<div>LEES OOK | <a href="/news/74">Nieuwe tramlijn in Utrecht geopend</a></div>',
    'bekijk ook': '<p><strong>Bekijk ook:</strong> <a href="/news/75">Eindhoven verhoogt de parkeertarieven</a></p>',
    'lees meer': '<p><a href="/news/76">Lees meer: Nieuwe tramlijn in Utrecht geopend</a></p>',
  },
  pl: {
    'przeczytaj również': '<div>PRZECZYTAJ RÓWNIEŻ | <a href="/news/77">Rząd zapowiada nowe podatki od przyszłego roku</a></div>',
    'przeczytaj też': '<p><strong>Przeczytaj też:</strong> <a href="/news/78">Warszawa otwiera nową linię metra</a></p>',
    'czytaj także': '<p><a href="/news/79">Czytaj także: Rząd zapowiada nowe podatki od przyszłego roku</a></p>',
    'czytaj też': '<div>CZYTAJ TEŻ | <a href="/news/80">Warszawa otwiera nową linię metra</a></div>',
    'zobacz też': '<p><strong>Zobacz też:</strong> <a href="/news/81">Rząd zapowiada nowe podatki od przyszłego roku</a></p>',
    'zobacz także': '<p><a href="/news/82">Zobacz także: Warszawa otwiera nową linię metra</a></p>',
    'dowiedz się więcej': '<p>Dowiedz się więcej: <a href="/news/83">Kto jak głosował w sprawie unijnych funduszy</a></p>',
  },
  cs: {
    'související': '<div>SOUVISEJÍCÍ | <a href="/news/83">Vláda schválila nový rozpočet na příští rok</a></div>',
    'čtěte také': '<p><strong>Čtěte také:</strong> <a href="/news/84">Praha otevírá novou tramvajovou trať</a></p>',
    'přečtěte si také': '<p><a href="/news/85">Přečtěte si také: Vláda schválila nový rozpočet na příští rok</a></p>',
  },
  ru: {
    'читайте также': '<div>ЧИТАЙТЕ ТАКЖЕ | <a href="/news/86">В Москве открыли новую станцию метро</a></div>',
    'смотрите также': '<p><strong>Смотрите также:</strong> <a href="/news/87">Правительство утвердило новый бюджет</a></p>',
    'по теме': '<p><a href="/news/88">По теме: В Москве открыли новую станцию метро</a></p>',
  },
  uk: {
    'читайте також': '<div>ЧИТАЙТЕ ТАКОЖ | <a href="/news/89">Уряд ухвалив новий бюджет на рік</a></div>',
    'дивіться також': '<p><strong>Дивіться також:</strong> <a href="/news/90">У Києві відкрили новий міст</a></p>',
  },
  tr: {
    'ayrıca okuyun': '<p><a href="/news/91">Ayrıca okuyun: Merkez Bankası faiz kararını açıkladı</a></p>',
    'ilgili haber': '<div>ILGILI HABER | <a href="/news/92">İstanbul’da yeni metro hattı açıldı</a></div>',
    'ilgili haberler': '<p><strong>Ilgili haberler:</strong> <a href="/news/93">Merkez Bankası faiz kararını açıkladı</a></p>',
  },
  vi: {
    'xem thêm': '<p><a href="/news/94">Xem thêm: Hà Nội mở tuyến metro thứ hai</a></p>',
    'tin liên quan': '<div>TIN LIÊN QUAN | <a href="/news/95">Chính phủ thông qua ngân sách mới</a></div>',
    'đọc thêm': '<p><strong>Đọc thêm:</strong> <a href="/news/96">Hà Nội mở tuyến metro thứ hai</a></p>',
  },
  zh: {
    '推荐阅读': '<p><a href="/news/97">推荐阅读: 央行宣布下调存款准备金率</a></p>',
    '相关文章': '<div>相关文章 | <a href="/news/98">北京地铁新线路今日开通</a></div>',
    '相关阅读': '<p><strong>相关阅读:</strong> <a href="/news/99">央行宣布下调存款准备金率</a></p>',
    '延伸阅读': '<p><a href="/news/100">延伸阅读: 北京地铁新线路今日开通</a></p>',
    '相關文章': '<div>相關文章 | <a href="/news/101">央行宣布下调存款准备金率</a></div>',
    '延伸閱讀': '<p><strong>延伸閱讀:</strong> <a href="/news/102">北京地铁新线路今日开通</a></p>',
  },
  ja: {
    '関連記事': '<p><a href="/news/103">関連記事: 地方鉄道の存続へ新たな支援策</a></p>',
    'あわせて読みたい': '<div>あわせて読みたい | <a href="/news/104">東京都が新しい防災計画を発表</a></div>',
    '併せて読みたい': '<p><strong>併せて読みたい:</strong> <a href="/news/105">地方鉄道の存続へ新たな支援策</a></p>',
  },
  ko: {
    '관련 기사': '<p><a href="/news/106">관련 기사: 서울시 새 버스 노선 개통</a></p>',
    '관련기사': '<div>관련기사 | <a href="/news/107">한국은행 기준금리 동결 결정</a></div>',
    '함께 읽기': '<p><strong>함께 읽기:</strong> <a href="/news/108">서울시 새 버스 노선 개통</a></p>',
  },
  th: {
    'อ่านเพิ่มเติม': '<p><a href="/news/109">อ่านเพิ่มเติม: รัฐบาลประกาศงบประมาณใหม่</a></p>',
    'ข่าวที่เกี่ยวข้อง': '<div>ข่าวที่เกี่ยวข้อง | <a href="/news/110">กรุงเทพฯ เปิดรถไฟฟ้าสายใหม่</a></div>',
  },
  da: {
    'læs også': '<p><strong>Læs også:</strong> <a href="/news/1201">Regeringen fremlægger ny finanslov</a></p>',
    'læs mere': '<p><a href="/news/1202">Læs mere: Metroen i Aarhus får ny linje</a></p>',
    'se også': '<div>SE OGSÅ | <a href="/news/1203">Regeringen fremlægger ny finanslov</a></div>',
  },
  nb: {
    'les også': '<p><strong>Les også:</strong> <a href="/news/1204">Regjeringen legger frem nytt statsbudsjett</a></p>',
    'les mer': '<p><a href="/news/1205">Les mer: Ny bybane åpner i Bergen</a></p>',
    'se også': '<div>SE OGSÅ | <a href="/news/1206">Regjeringen legger frem nytt statsbudsjett</a></div>',
  },
  fi: {
    'lue myös': '<p><strong>Lue myös:</strong> <a href="/news/1207">Hallitus esittelee uuden budjetin</a></p>',
    'lue lisää': '<p><a href="/news/1208">Lue lisää: Tampereen ratikka saa uuden linjan</a></p>',
    'katso myös': '<div>KATSO MYÖS | <a href="/news/1209">Hallitus esittelee uuden budjetin</a></div>',
  },
  hu: {
    'olvassa el ezt is': '<p><strong>Olvassa el ezt is:</strong> <a href="/news/1210">A kormány bemutatta az új költségvetést</a></p>',
    'ez is érdekelheti': '<p><a href="/news/1211">Ez is érdekelheti: Új villamosvonal indul Budapesten</a></p>',
    'kapcsolódó': '<div>KAPCSOLÓDÓ | <a href="/news/1212">A kormány bemutatta az új költségvetést</a></div>',
    'kapcsolódó cikk': '<p><strong>Kapcsolódó cikk:</strong> <a href="/news/1213">Új villamosvonal indul Budapesten</a></p>',
  },
  el: {
    'διαβάστε επίσης': '<p><strong>Διαβάστε επίσης:</strong> <a href="/news/1214">Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></p>',
    'διαβαστε επισης': '<div>ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ | <a href="/news/1215">Νέα γραμμή μετρό ανοίγει στη Θεσσαλονίκη</a></div>',
    'διαβάστε ακόμη': '<div>ΔΙΑΒΆΣΤΕ ΑΚΌΜΗ | <a href="/news/1216">Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></div>',
    'διαβαστε ακομη': '<div>ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ | <a href="/news/1217">Νέα γραμμή μετρό ανοίγει στη Θεσσαλονίκη</a></div>',
    'δείτε επίσης': '<p><a href="/news/1218">Δείτε επίσης: Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></p>',
  },
  ro: {
    'citește și': '<p><strong>Citește și:</strong> <a href="/news/1219">Guvernul prezintă noul buget</a></p>',
    'citeşte şi': '<p><a href="/news/1220">Citeşte şi: Metroul din Cluj primește o nouă linie</a></p>',
    'citeste si': '<div>CITESTE SI | <a href="/news/1221">Guvernul prezintă noul buget</a></div>',
    'vezi și': '<p><strong>Vezi și:</strong> <a href="/news/1222">Metroul din Cluj primește o nouă linie</a></p>',
    'vezi şi': '<p><a href="/news/1223">Vezi şi: Guvernul prezintă noul buget</a></p>',
  },
  sk: {
    'čítajte aj': '<p><strong>Čítajte aj:</strong> <a href="/news/1224">Vláda predstavila nový rozpočet</a></p>',
    'prečítajte si aj': '<p><a href="/news/1225">Prečítajte si aj: Bratislava otvára novú električkovú trať</a></p>',
    'čítajte tiež': '<div>ČÍTAJTE TIEŽ | <a href="/news/1226">Vláda predstavila nový rozpočet</a></div>',
    'súvisiace': '<p><strong>Súvisiace:</strong> <a href="/news/1227">Bratislava otvára novú električkovú trať</a></p>',
  },
  sv: {
    'läs också': '<p><strong>Läs också:</strong> <a href="/news/1228">Regeringen presenterar ny budget</a></p>',
    'läs mer': '<p><a href="/news/1229">Läs mer: Stockholm öppnar ny tunnelbanelinje</a></p>',
    'läs även': '<div>LÄS ÄVEN | <a href="/news/1230">Regeringen presenterar ny budget</a></div>',
    'se också': '<p><strong>Se också:</strong> <a href="/news/1231">Stockholm öppnar ny tunnelbanelinje</a></p>',
  },
  ar: {
    'اقرأ أيضا': '<p><a href="/news/2001">اقرأ أيضا: الحكومة تعلن موازنة العام الجديد</a></p>',
    'شاهد أيضا': '<div>شاهد أيضا | <a href="/news/2002">افتتاح خط مترو جديد في القاهرة</a></div>',
    'طالع أيضا': '<p><strong>طالع أيضا:</strong> <a href="/news/2003">الحكومة تعلن موازنة العام الجديد</a></p>',
    'اقرأ المزيد': '<p><a href="/news/2004">اقرأ المزيد: افتتاح خط مترو جديد في القاهرة</a></p>',
    'ذات صلة': '<div>ذات صلة | <a href="/news/2005">الحكومة تعلن موازنة العام الجديد</a></div>',
  },
  hi: {
    'यह भी पढ़ें': '<p><a href="/news/2006">यह भी पढ़ें: सरकार ने नए बजट का ऐलान किया</a></p>',
    'ये भी पढ़ें': '<div>ये भी पढ़ें | <a href="/news/2007">दिल्ली में नई मेट्रो लाइन शुरू</a></div>',
    'इसे भी पढ़ें': '<p><strong>इसे भी पढ़ें:</strong> <a href="/news/2008">सरकार ने नए बजट का ऐलान किया</a></p>',
    'और पढ़ें': '<p><a href="/news/2009">और पढ़ें: दिल्ली में नई मेट्रो लाइन शुरू</a></p>',
    'यह भी देखें': '<div>यह भी देखें | <a href="/news/2010">सरकार ने नए बजट का ऐलान किया</a></div>',
  },
  fa: {
    'بیشتر بخوانید': '<p><a href="/news/2011">بیشتر بخوانید: دولت بودجه سال جدید را اعلام کرد</a></p>',
    'بخوانید': '<div>بخوانید | <a href="/news/2012">خط جدید متروی تهران افتتاح شد</a></div>',
    'مطلب مرتبط': '<p><strong>مطلب مرتبط:</strong> <a href="/news/2013">دولت بودجه سال جدید را اعلام کرد</a></p>',
    'اخبار مرتبط': '<p><a href="/news/2014">اخبار مرتبط: خط جدید متروی تهران افتتاح شد</a></p>',
  },
  he: {
    'קראו גם': '<p><a href="/news/2015">קראו גם: הממשלה הציגה את התקציב החדש</a></p>',
    'קרא גם': '<div>קרא גם | <a href="/news/2016">קו רכבת קלה חדש נפתח בירושלים</a></div>',
    'עוד בנושא': '<p><strong>עוד בנושא:</strong> <a href="/news/2017">הממשלה הציגה את התקציב החדש</a></p>',
    'כתבות נוספות': '<p><a href="/news/2018">כתבות נוספות: קו רכבת קלה חדש נפתח בירושלים</a></p>',
  },
  bn: {
    'আরও পড়ুন': '<p><a href="/news/2019">আরও পড়ুন: সরকার নতুন বাজেট ঘোষণা করল</a></p>',
    'আরো পড়ুন': '<div>আরো পড়ুন | <a href="/news/2020">ঢাকায় নতুন মেট্রো লাইন চালু</a></div>',
    'এটিও পড়ুন': '<p><strong>এটিও পড়ুন:</strong> <a href="/news/2021">সরকার নতুন বাজেট ঘোষণা করল</a></p>',
    'আরও দেখুন': '<p><a href="/news/2022">আরও দেখুন: ঢাকায় নতুন মেট্রো লাইন চালু</a></p>',
  },
  ur: {
    'یہ بھی پڑھیں': '<p><a href="/news/2023">یہ بھی پڑھیں: حکومت نے نئے بجٹ کا اعلان کر دیا</a></p>',
    'مزید پڑھیں': '<div>مزید پڑھیں | <a href="/news/2024">لاہور میں نئی میٹرو لائن کا افتتاح</a></div>',
    'یہ بھی دیکھیں': '<p><strong>یہ بھی دیکھیں:</strong> <a href="/news/2025">حکومت نے نئے بجٹ کا اعلان کر دیا</a></p>',
  },
  sw: {
    'soma pia': '<p><a href="/news/3001">soma pia: Serikali yatangaza bajeti mpya ya mwaka</a></p>',
    'soma zaidi': '<div>soma zaidi | <a href="/news/3002">Treni mpya ya umeme yaanza safari Dar es Salaam</a></div>',
    'habari zinazohusiana': '<p><strong>habari zinazohusiana:</strong> <a href="/news/3003">Serikali yatangaza bajeti mpya ya mwaka</a></p>',
  },
  tl: {
    'basahin': '<p><a href="/news/3004">basahin: Inaprubahan ng Senado ang bagong badyet</a></p>',
    'basahin din': '<div>basahin din | <a href="/news/3005">Bagong linya ng MRT bubuksan sa Maynila</a></div>',
    'panoorin': '<p><strong>panoorin:</strong> <a href="/news/3006">Inaprubahan ng Senado ang bagong badyet</a></p>',
    'kaugnay na balita': '<p><a href="/news/3007">kaugnay na balita: Bagong linya ng MRT bubuksan sa Maynila</a></p>',
  },
  ca: {
    'llegiu també': '<p><a href="/news/3008">llegiu també: El Govern presenta els nous pressupostos</a></p>',
    'llegeix també': '<div>llegeix també | <a href="/news/3009">Barcelona estrena una nova línia de metro</a></div>',
    'també et pot interessar': '<p><strong>també et pot interessar:</strong> <a href="/news/3010">El Govern presenta els nous pressupostos</a></p>',
    'vegeu també': '<p><a href="/news/3011">vegeu també: Barcelona estrena una nova línia de metro</a></p>',
  },
  hr: {
    'pročitajte i': '<p><a href="/news/3012">pročitajte i: Vlada predstavila novi proračun</a></p>',
    'pročitajte još': '<div>pročitajte još | <a href="/news/3013">Zagreb dobiva novu tramvajsku liniju</a></div>',
    'povezani članci': '<p><strong>povezani članci:</strong> <a href="/news/3014">Vlada predstavila novi proračun</a></p>',
    'vezane vijesti': '<p><a href="/news/3015">vezane vijesti: Zagreb dobiva novu tramvajsku liniju</a></p>',
  },
  sr: {
    'прочитајте још': '<p><a href="/news/3016">прочитајте још: Влада представила нови буџет</a></p>',
    'pročitajte još': '<div>pročitajte još | <a href="/news/3017">Beograd dobija novu liniju metroa</a></div>',
    'погледајте и': '<p><strong>погледајте и:</strong> <a href="/news/3018">Влада представила нови буџет</a></p>',
    'povezane vesti': '<p><a href="/news/3019">povezane vesti: Beograd dobija novu liniju metroa</a></p>',
  },
  bg: {
    'прочетете още': '<p><a href="/news/3020">прочетете още: Правителството представи новия бюджет</a></p>',
    'още по темата': '<div>още по темата | <a href="/news/3021">Нова линия на метрото в София</a></div>',
    'вижте още': '<p><strong>вижте още:</strong> <a href="/news/3022">Правителството представи новия бюджет</a></p>',
    'свързани новини': '<p><a href="/news/3023">свързани новини: Нова линия на метрото в София</a></p>',
  },
  sl: {
    'preberite še': '<p><a href="/news/3024">preberite še: Vlada predstavila nov proračun</a></p>',
    'preberi še': '<div>preberi še | <a href="/news/3025">Ljubljana dobiva novo avtobusno progo</a></div>',
    'povezani članki': '<p><strong>povezani članki:</strong> <a href="/news/3026">Vlada predstavila nov proračun</a></p>',
  },
  lt: {
    'taip pat skaitykite': '<p><a href="/news/3027">taip pat skaitykite: Vyriausybė pristatė naują biudžetą</a></p>',
    'skaitykite daugiau': '<div>skaitykite daugiau | <a href="/news/3028">Vilniuje atidaroma nauja tramvajaus linija</a></div>',
    'susiję straipsniai': '<p><strong>susiję straipsniai:</strong> <a href="/news/3029">Vyriausybė pristatė naują biudžetą</a></p>',
  },
  lv: {
    'lasi arī': '<p><a href="/news/3030">lasi arī: Valdība iesniedz jauno budžetu</a></p>',
    'lasiet arī': '<div>lasiet arī | <a href="/news/3031">Rīgā atklāj jaunu tramvaja līniju</a></div>',
    'saistītie raksti': '<p><strong>saistītie raksti:</strong> <a href="/news/3032">Valdība iesniedz jauno budžetu</a></p>',
  },
  et: {
    'loe ka': '<p><a href="/news/3033">loe ka: Valitsus esitles uut eelarvet</a></p>',
    'loe lisaks': '<div>loe lisaks | <a href="/news/3034">Tallinnas avatakse uus trammiliin</a></div>',
    'vaata ka': '<p><strong>vaata ka:</strong> <a href="/news/3035">Valitsus esitles uut eelarvet</a></p>',
    'seotud artiklid': '<p><a href="/news/3036">seotud artiklid: Tallinnas avatakse uus trammiliin</a></p>',
  },
};

/** One ad slot per label: the label must go (kind "ad"). */
export const AD_LABEL_FIXTURES: Record<string, Record<string, string>> = {
  en: {
    'advertisement': '<div class="slot-111"><span>ADVERTISEMENT</span><div id="slot-111"></div></div>',
    'advertisements': '<p>Advertisements</p>',
    'ad': '<div class="slot-113"><span>AD</span><div id="slot-113"></div></div>',
    'ads': '<p>Ads</p>',
    'sponsored': '<div class="slot-115"><span>SPONSORED</span><div id="slot-115"></div></div>',
    'sponsored content': '<p>Sponsored content</p>',
    'paid content': '<div class="slot-117"><span>PAID CONTENT</span><div id="slot-117"></div></div>',
    'story continues below advertisement': '<p>Story continues below advertisement</p>',
    'article continues below advertisement': '<div class="slot-119"><span>ARTICLE CONTINUES BELOW ADVERTISEMENT</span><div id="slot-119"></div></div>',
    'continue reading below': '<p>Continue reading below</p>',
    'scroll to continue with content': '<div class="slot-121"><span>SCROLL TO CONTINUE WITH CONTENT</span><div id="slot-121"></div></div>',
    'content continues below': '<p>Content continues below</p>',
  },
  id: {
    'iklan': '<div class="slot-123"><span>IKLAN</span><div id="slot-123"></div></div>',
    'advertisement': '<p>Advertisement</p>',
    'scroll untuk lanjut membaca': '<div class="slot-125"><span>SCROLL UNTUK LANJUT MEMBACA</span><div id="slot-125"></div></div>',
    'gulir untuk lanjut baca': '<p>Gulir untuk lanjut baca</p>',
    'scroll ke bawah untuk lanjut membaca': '<div class="slot-127"><span>SCROLL KE BAWAH UNTUK LANJUT MEMBACA</span><div id="slot-127"></div></div>',
    'lanjutkan membaca di bawah': '<p>Lanjutkan membaca di bawah</p>',
    'konten berbayar': '<div class="slot-129"><span>KONTEN BERBAYAR</span><div id="slot-129"></div></div>',
    'konten bersponsor': '<p>Konten bersponsor</p>',
  },
  de: {
    'anzeige': '<div class="slot-131"><span>ANZEIGE</span><div id="slot-131"></div></div>',
    'werbung': '<p>Werbung</p>',
    'weiter nach der anzeige': '<div class="slot-133"><span>WEITER NACH DER ANZEIGE</span><div id="slot-133"></div></div>',
    'artikel wird nach der anzeige fortgesetzt': '<p>Artikel wird nach der anzeige fortgesetzt</p>',
  },
  fr: {
    'publicité': '<div class="slot-135"><span>PUBLICITÉ</span><div id="slot-135"></div></div>',
    'pub': '<p>Pub</p>',
    'la suite après la publicité': '<div class="slot-137"><span>LA SUITE APRÈS LA PUBLICITÉ</span><div id="slot-137"></div></div>',
    'la suite après cette publicité': '<p>La suite après cette publicité</p>',
  },
  es: {
    'publicidad': '<div class="slot-139"><span>PUBLICIDAD</span><div id="slot-139"></div></div>',
    'anuncio': '<p>Anuncio</p>',
    'contenido patrocinado': '<div class="slot-141"><span>CONTENIDO PATROCINADO</span><div id="slot-141"></div></div>',
  },
  pt: {
    'publicidade': '<p>Publicidade</p>',
    'continua após a publicidade': '<div class="slot-143"><span>CONTINUA APÓS A PUBLICIDADE</span><div id="slot-143"></div></div>',
    'continua depois da publicidade': '<p>Continua depois da publicidade</p>',
  },
  it: {
    'pubblicità': '<div class="slot-145"><span>PUBBLICITÀ</span><div id="slot-145"></div></div>',
    'contenuto sponsorizzato': '<p>Contenuto sponsorizzato</p>',
  },
  nl: {
    'advertentie': '<div class="slot-147"><span>ADVERTENTIE</span><div id="slot-147"></div></div>',
    'gesponsord': '<p>Gesponsord</p>',
  },
  pl: {
    'reklama': '<div class="slot-149"><span>REKLAMA</span><div id="slot-149"></div></div>',
    'artykuł sponsorowany': '<p>Artykuł sponsorowany</p>',
  },
  ru: {
    'реклама': '<div class="slot-151"><span>РЕКЛАМА</span><div id="slot-151"></div></div>',
  },
  vi: {
    'quảng cáo': '<p>Quảng cáo</p>',
  },
  zh: {
    '广告': '<div class="slot-153"><span>广告</span><div id="slot-153"></div></div>',
    '廣告': '<p>廣告</p>',
  },
  ja: {
    '広告': '<div class="slot-155"><span>広告</span><div id="slot-155"></div></div>',
  },
  ko: {
    '광고': '<p>광고</p>',
  },
  tr: {
    'reklam': '<div class="slot-157"><span>REKLAM</span><div id="slot-157"></div></div>',
  },
  ms: {
    'iklan': '<p>Iklan</p>',
    'kandungan tajaan': '<div class="slot-159"><span>KANDUNGAN TAJAAN</span><div id="slot-159"></div></div>',
  },
  cs: {
    'reklama': '<p>Reklama</p>',
    'inzerce': '<div class="slot-161"><span>INZERCE</span><div id="slot-161"></div></div>',
  },
  uk: {
    'реклама': '<p>Реклама</p>',
  },
  sv: {
    'annons': '<div class="slot-163"><span>ANNONS</span><div id="slot-163"></div></div>',
  },
  th: {
    'โฆษณา': '<p>โฆษณา</p>',
  },
  da: {
    'annonce': '<p>Annonce</p>',
    'reklame': '<div class="slot-1232"><span>REKLAME</span><div id="slot-1232"></div></div>',
    'sponsoreret indhold': '<p>Sponsoreret indhold</p>',
  },
  nb: {
    'annonse': '<p>Annonse</p>',
    'reklame': '<div class="slot-1233"><span>REKLAME</span><div id="slot-1233"></div></div>',
    'annonsørinnhold': '<p>Annonsørinnhold</p>',
  },
  fi: {
    'mainos': '<p>Mainos</p>',
    'kaupallinen yhteistyö': '<div class="slot-1234"><span>KAUPALLINEN YHTEISTYÖ</span><div id="slot-1234"></div></div>',
    'artikkeli jatkuu mainoksen jälkeen': '<p>Artikkeli jatkuu mainoksen jälkeen</p>',
  },
  hu: {
    'hirdetés': '<p>Hirdetés</p>',
    'reklám': '<div class="slot-1235"><span>REKLÁM</span><div id="slot-1235"></div></div>',
    'szponzorált tartalom': '<p>Szponzorált tartalom</p>',
  },
  el: {
    'διαφήμιση': '<p>Διαφήμιση</p>',
    'διαφημιση': '<div class="slot-1236"><span>ΔΙΑΦΗΜΙΣΗ</span><div id="slot-1236"></div></div>',
    'χορηγούμενο περιεχόμενο': '<p>Χορηγούμενο περιεχόμενο</p>',
  },
  ro: {
    'publicitate': '<p>Publicitate</p>',
    'reclamă': '<div class="slot-1237"><span>RECLAMĂ</span><div id="slot-1237"></div></div>',
    'conținut sponsorizat': '<p>Conținut sponsorizat</p>',
  },
  sk: {
    'reklama': '<p>Reklama</p>',
    'inzercia': '<div class="slot-1238"><span>INZERCIA</span><div id="slot-1238"></div></div>',
    'komerčná prezentácia': '<p>Komerčná prezentácia</p>',
  },
  ar: {
    'إعلان': '<p>إعلان</p>',
    'إعلانات': '<div class="slot-2026"><span>إعلانات</span><div id="slot-2026"></div></div>',
    'محتوى مدفوع': '<p>محتوى مدفوع</p>',
    'محتوى برعاية': '<div class="slot-2027"><span>محتوى برعاية</span><div id="slot-2027"></div></div>',
  },
  hi: {
    'विज्ञापन': '<p>विज्ञापन</p>',
    'प्रायोजित': '<div class="slot-2028"><span>प्रायोजित</span><div id="slot-2028"></div></div>',
  },
  fa: {
    'تبلیغات': '<p>تبلیغات</p>',
    'آگهی': '<div class="slot-2029"><span>آگهی</span><div id="slot-2029"></div></div>',
    'رپرتاژ آگهی': '<p>رپرتاژ آگهی</p>',
  },
  he: {
    'פרסומת': '<p>פרסומת</p>',
    'תוכן שיווקי': '<div class="slot-2030"><span>תוכן שיווקי</span><div id="slot-2030"></div></div>',
    'תוכן ממומן': '<p>תוכן ממומן</p>',
  },
  bn: {
    'বিজ্ঞাপন': '<p>বিজ্ঞাপন</p>',
    'স্পন্সরড': '<div class="slot-2031"><span>স্পন্সরড</span><div id="slot-2031"></div></div>',
  },
  ur: {
    'اشتہار': '<p>اشتہار</p>',
    'اشتہارات': '<div class="slot-2032"><span>اشتہارات</span><div id="slot-2032"></div></div>',
  },
  sw: {
    'tangazo': '<p>tangazo</p>',
    'matangazo': '<div class="slot-3037"><span>matangazo</span><div id="slot-3037"></div></div>',
  },
  tl: {
    'patalastas': '<p>patalastas</p>',
  },
  ca: {
    'publicitat': '<p>publicitat</p>',
    'contingut patrocinat': '<div class="slot-3038"><span>contingut patrocinat</span><div id="slot-3038"></div></div>',
  },
  hr: {
    'oglas': '<p>oglas</p>',
    'reklama': '<div class="slot-3039"><span>reklama</span><div id="slot-3039"></div></div>',
    'sponzorirani sadržaj': '<p>sponzorirani sadržaj</p>',
  },
  sr: {
    'реклама': '<p>реклама</p>',
    'oglas': '<div class="slot-3040"><span>oglas</span><div id="slot-3040"></div></div>',
    'оглас': '<p>оглас</p>',
  },
  bg: {
    'реклама': '<p>реклама</p>',
    'платена публикация': '<div class="slot-3041"><span>платена публикация</span><div id="slot-3041"></div></div>',
  },
  sl: {
    'oglas': '<p>oglas</p>',
    'oglasno sporočilo': '<div class="slot-3042"><span>oglasno sporočilo</span><div id="slot-3042"></div></div>',
  },
  lt: {
    'reklama': '<p>reklama</p>',
    'užsakomasis turinys': '<div class="slot-3043"><span>užsakomasis turinys</span><div id="slot-3043"></div></div>',
  },
  lv: {
    'reklāma': '<p>reklāma</p>',
    'sponsorēts saturs': '<div class="slot-3044"><span>sponsorēts saturs</span><div id="slot-3044"></div></div>',
  },
  et: {
    'reklaam': '<p>reklaam</p>',
    'sisuturundus': '<div class="slot-3045"><span>sisuturundus</span><div id="slot-3045"></div></div>',
  },
};

/** One share row per label: a labelled button beside a share icon; the row must go (kind "share"). */
export const SHARE_LABEL_FIXTURES: Record<string, Record<string, string>> = {
  en: {
    'share': '<div><a href="#share-165">Share</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'share this': '<div><a href="#share-166">Share this</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'share this article': '<div><a href="#share-167">Share this article</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'share on facebook': '<div><a href="#share-168">Share on facebook</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'share on twitter': '<div><a href="#share-169">Share on twitter</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'share on x': '<div><a href="#share-170">Share on x</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'tweet': '<div><a href="#share-171">Tweet</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copy link': '<div><a href="#share-172">Copy link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copy url': '<div><a href="#share-173">Copy url</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'email': '<div><a href="#share-174">Email</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'print': '<div><a href="#share-175">Print</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'facebook': '<div><a href="#share-176">Facebook</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'twitter': '<div><a href="#share-177">Twitter</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'x': '<div><a href="#share-178">X</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'whatsapp': '<div><a href="#share-179">Whatsapp</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'telegram': '<div><a href="#share-180">Telegram</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'linkedin': '<div><a href="#share-181">Linkedin</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'pinterest': '<div><a href="#share-182">Pinterest</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'reddit': '<div><a href="#share-183">Reddit</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'line': '<div><a href="#share-184">Line</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'threads': '<div><a href="#share-185">Threads</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'flipboard': '<div><a href="#share-186">Flipboard</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'comments': '<div><a href="#share-187">Comments</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  id: {
    'bagikan': '<div><a href="#share-188">Bagikan</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'salin tautan': '<div><a href="#share-189">Salin tautan</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'salin link': '<div><a href="#share-190">Salin link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'bagikan ke facebook': '<div><a href="#share-191">Bagikan ke facebook</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'bagikan ke twitter': '<div><a href="#share-192">Bagikan ke twitter</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'bagikan ke whatsapp': '<div><a href="#share-193">Bagikan ke whatsapp</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'bagikan artikel': '<div><a href="#share-194">Bagikan artikel</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kirim': '<div><a href="#share-195">Kirim</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  de: {
    'teilen': '<div><a href="#share-196">Teilen</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'link kopieren': '<div><a href="#share-197">Link kopieren</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'artikel teilen': '<div><a href="#share-198">Artikel teilen</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  fr: {
    'partager': '<div><a href="#share-199">Partager</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copier le lien': '<div><a href="#share-200">Copier le lien</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  es: {
    'compartir': '<div><a href="#share-201">Compartir</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copiar enlace': '<div><a href="#share-202">Copiar enlace</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  pt: {
    'compartilhar': '<div><a href="#share-203">Compartilhar</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'partilhar': '<div><a href="#share-204">Partilhar</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copiar link': '<div><a href="#share-205">Copiar link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  it: {
    'condividi': '<div><a href="#share-206">Condividi</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copia link': '<div><a href="#share-207">Copia link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  nl: {
    'delen': '<div><a href="#share-208">Delen</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'link kopiëren': '<div><a href="#share-209">Link kopiëren</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  pl: {
    'udostępnij': '<div><a href="#share-210">Udostępnij</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopiuj link': '<div><a href="#share-211">Kopiuj link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ms: {
    'kongsi': '<div><a href="#share-212">Kongsi</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'salin pautan': '<div><a href="#share-213">Salin pautan</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  cs: {
    'sdílet': '<div><a href="#share-214">Sdílet</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'zkopírovat odkaz': '<div><a href="#share-215">Zkopírovat odkaz</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ru: {
    'поделиться': '<div><a href="#share-216">Поделиться</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'скопировать ссылку': '<div><a href="#share-217">Скопировать ссылку</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  uk: {
    'поширити': '<div><a href="#share-218">Поширити</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'поділитися': '<div><a href="#share-219">Поділитися</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  tr: {
    'paylaş': '<div><a href="#share-220">Paylaş</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'bağlantıyı kopyala': '<div><a href="#share-221">Bağlantıyı kopyala</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  vi: {
    'chia sẻ': '<div><a href="#share-222">Chia sẻ</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'sao chép liên kết': '<div><a href="#share-223">Sao chép liên kết</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  zh: {
    '分享': '<div><a href="#share-224">分享</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    '复制链接': '<div><a href="#share-225">复制链接</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    '複製連結': '<div><a href="#share-226">複製連結</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ja: {
    'シェア': '<div><a href="#share-227">シェア</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'リンクをコピー': '<div><a href="#share-228">リンクをコピー</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ko: {
    '공유': '<div><a href="#share-229">공유</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    '링크 복사': '<div><a href="#share-230">링크 복사</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  th: {
    'แชร์': '<div><a href="#share-231">แชร์</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'คัดลอกลิงก์': '<div><a href="#share-232">คัดลอกลิงก์</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  sv: {
    'dela': '<div><a href="#share-233">Dela</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopiera länk': '<div><a href="#share-234">Kopiera länk</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  da: {
    'del': '<div><a href="#share-1239">Del</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'del artiklen': '<div><a href="#share-1240">Del artiklen</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopiér link': '<div><a href="#share-1241">Kopiér link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  nb: {
    'del': '<div><a href="#share-1242">Del</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'del artikkelen': '<div><a href="#share-1243">Del artikkelen</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopier lenke': '<div><a href="#share-1244">Kopier lenke</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  fi: {
    'jaa': '<div><a href="#share-1245">Jaa</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'jaa artikkeli': '<div><a href="#share-1246">Jaa artikkeli</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopioi linkki': '<div><a href="#share-1247">Kopioi linkki</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  hu: {
    'megosztás': '<div><a href="#share-1248">Megosztás</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'megosztom': '<div><a href="#share-1249">Megosztom</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'link másolása': '<div><a href="#share-1250">Link másolása</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  el: {
    'κοινοποίηση': '<div><a href="#share-1251">Κοινοποίηση</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'μοιραστείτε': '<div><a href="#share-1252">Μοιραστείτε</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'αντιγραφή συνδέσμου': '<div><a href="#share-1253">Αντιγραφή συνδέσμου</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ro: {
    'distribuie': '<div><a href="#share-1254">Distribuie</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'distribuie pe facebook': '<div><a href="#share-1255">Distribuie pe facebook</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copiază linkul': '<div><a href="#share-1256">Copiază linkul</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  sk: {
    'zdieľať': '<div><a href="#share-1257">Zdieľať</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'zdieľajte': '<div><a href="#share-1258">Zdieľajte</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopírovať odkaz': '<div><a href="#share-1259">Kopírovať odkaz</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ar: {
    'شارك': '<div><a href="#share-2033">شارك</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'مشاركة': '<div><a href="#share-2034">مشاركة</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'شارك المقال': '<div><a href="#share-2035">شارك المقال</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'نسخ الرابط': '<div><a href="#share-2036">نسخ الرابط</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  hi: {
    'शेयर करें': '<div><a href="#share-2037">शेयर करें</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'शेयर': '<div><a href="#share-2038">शेयर</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'लिंक कॉपी करें': '<div><a href="#share-2039">लिंक कॉपी करें</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  fa: {
    'اشتراک\u200cگذاری': '<div><a href="#share-2040">اشتراک\u200cگذاری</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'اشتراکگذاری': '<div><a href="#share-2041">اشتراکگذاری</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'کپی لینک': '<div><a href="#share-2042">کپی لینک</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  he: {
    'שתפו': '<div><a href="#share-2043">שתפו</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'שיתוף': '<div><a href="#share-2044">שיתוף</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'העתקת קישור': '<div><a href="#share-2045">העתקת קישור</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  bn: {
    'শেয়ার করুন': '<div><a href="#share-2046">শেয়ার করুন</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'শেয়ার': '<div><a href="#share-2047">শেয়ার</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'লিংক কপি করুন': '<div><a href="#share-2048">লিংক কপি করুন</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ur: {
    'شیئر کریں': '<div><a href="#share-2049">شیئر کریں</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'شیئر': '<div><a href="#share-2050">شیئر</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  sw: {
    'shiriki': '<div><a href="#share-3046">shiriki</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'sambaza': '<div><a href="#share-3047">sambaza</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  tl: {
    'ibahagi': '<div><a href="#share-3048">ibahagi</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  ca: {
    'comparteix': '<div><a href="#share-3049">comparteix</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'copia l\'enllaç': '<div><a href="#share-3050">copia l\'enllaç</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  hr: {
    'podijeli': '<div><a href="#share-3051">podijeli</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'podijelite': '<div><a href="#share-3052">podijelite</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopiraj poveznicu': '<div><a href="#share-3053">kopiraj poveznicu</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  sr: {
    'podeli': '<div><a href="#share-3054">podeli</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'подели': '<div><a href="#share-3055">подели</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'поделите': '<div><a href="#share-3056">поделите</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  bg: {
    'сподели': '<div><a href="#share-3057">сподели</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'споделете': '<div><a href="#share-3058">споделете</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'копирай линка': '<div><a href="#share-3059">копирай линка</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  sl: {
    'deli': '<div><a href="#share-3060">deli</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'delite': '<div><a href="#share-3061">delite</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopiraj povezavo': '<div><a href="#share-3062">kopiraj povezavo</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  lt: {
    'dalintis': '<div><a href="#share-3063">dalintis</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'pasidalinkite': '<div><a href="#share-3064">pasidalinkite</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  lv: {
    'dalīties': '<div><a href="#share-3065">dalīties</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopēt saiti': '<div><a href="#share-3066">kopēt saiti</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
  et: {
    'jaga': '<div><a href="#share-3067">jaga</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
    'kopeeri link': '<div><a href="#share-3068">kopeeri link</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example%2Fstory" aria-label="Facebook"></a></div>',
  },
};

/** One section per heading ("kind:label"): the heading and its links must go. */
export const SECTION_LABEL_FIXTURES: Record<string, Record<string, string>> = {
  id: {
    'related:terkini': '<section><h2>Terkini</h2><ul><li><a href="/news/235">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/236">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:terpopuler': '<section><h2>Terpopuler</h2><ul><li><a href="/news/236">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/237">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:berita terkini': '<section><h2>Berita terkini</h2><ul><li><a href="/news/237">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/238">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:berita terpopuler': '<section><h2>Berita terpopuler</h2><ul><li><a href="/news/238">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/239">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:berita terkait': '<section><h2>Berita terkait</h2><ul><li><a href="/news/239">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/240">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:artikel terkait': '<section><h2>Artikel terkait</h2><ul><li><a href="/news/240">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/241">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:rekomendasi': '<section><h2>Rekomendasi</h2><ul><li><a href="/news/241">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/242">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:pilihan editor': '<section><h2>Pilihan editor</h2><ul><li><a href="/news/242">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/243">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:baca juga': '<section><h2>Baca juga</h2><ul><li><a href="/news/243">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/244">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:populer': '<section><h2>Populer</h2><ul><li><a href="/news/244">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/245">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:terbaru': '<section><h2>Terbaru</h2><ul><li><a href="/news/245">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/246">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:berita terbaru': '<section><h2>Berita terbaru</h2><ul><li><a href="/news/246">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/247">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:paling banyak dibaca': '<section><h2>Paling banyak dibaca</h2><ul><li><a href="/news/247">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/248">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:trending': '<section><h2>Trending</h2><ul><li><a href="/news/248">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/249">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:topik pilihan': '<section><h2>Topik pilihan</h2><ul><li><a href="/news/249">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/250">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:video pilihan': '<section><h2>Video pilihan</h2><ul><li><a href="/news/250">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/251">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'related:lainnya': '<section><h2>Lainnya</h2><ul><li><a href="/news/251">Harga Beras di Bandung Naik Lagi Pekan Ini</a></li><li><a href="/news/252">Jadwal KRL Berubah Mulai Senin Depan</a></li></ul></section>',
    'tags:tags': '<div><h4>Tags</h4><ul><li><a href="/tag/252">Harga</a></li><li><a href="/tag/253">Jadwal</a></li></ul></div>',
    'tags:tag': '<div><h4>Tag</h4><ul><li><a href="/tag/253">Harga</a></li><li><a href="/tag/254">Jadwal</a></li></ul></div>',
    'tags:tagar': '<div><h4>Tagar</h4><ul><li><a href="/tag/254">Harga</a></li><li><a href="/tag/255">Jadwal</a></li></ul></div>',
    'tags:topik': '<div><h4>Topik</h4><ul><li><a href="/tag/255">Harga</a></li><li><a href="/tag/256">Jadwal</a></li></ul></div>',
    'tags:topik terkait': '<div><h4>Topik terkait</h4><ul><li><a href="/tag/256">Harga</a></li><li><a href="/tag/257">Jadwal</a></li></ul></div>',
    'tags:kata kunci': '<div><h4>Kata kunci</h4><ul><li><a href="/tag/257">Harga</a></li><li><a href="/tag/258">Jadwal</a></li></ul></div>',
    'comments:komentar': '<section><h3>Komentar</h3><p><a href="/login">Login</a></p></section>',
    'comments:tulis komentar': '<section><h3>Tulis komentar</h3><p><a href="/login">Login</a></p></section>',
    'comments:kolom komentar': '<section><h3>Kolom komentar</h3><p><a href="/login">Login</a></p></section>',
  },
  en: {
    'related:related': '<section><h2>Related</h2><ul><li><a href="/news/261">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/262">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:related coverage': '<section><h2>Related coverage</h2><ul><li><a href="/news/262">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/263">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:related stories': '<section><h2>Related stories</h2><ul><li><a href="/news/263">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/264">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:related articles': '<section><h2>Related articles</h2><ul><li><a href="/news/264">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/265">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:related content': '<section><h2>Related content</h2><ul><li><a href="/news/265">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/266">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:latest': '<section><h2>Latest</h2><ul><li><a href="/news/266">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/267">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:latest news': '<section><h2>Latest news</h2><ul><li><a href="/news/267">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/268">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:most popular': '<section><h2>Most popular</h2><ul><li><a href="/news/268">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/269">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:most read': '<section><h2>Most read</h2><ul><li><a href="/news/269">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/270">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:popular': '<section><h2>Popular</h2><ul><li><a href="/news/270">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/271">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:trending': '<section><h2>Trending</h2><ul><li><a href="/news/271">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/272">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:trending now': '<section><h2>Trending now</h2><ul><li><a href="/news/272">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/273">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:recommended': '<section><h2>Recommended</h2><ul><li><a href="/news/273">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/274">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:recommended for you': '<section><h2>Recommended for you</h2><ul><li><a href="/news/274">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/275">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:more stories': '<section><h2>More stories</h2><ul><li><a href="/news/275">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/276">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:more from': '<section><h2>More from</h2><ul><li><a href="/news/276">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/277">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:you may also like': '<section><h2>You may also like</h2><ul><li><a href="/news/277">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/278">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:you might also like': '<section><h2>You might also like</h2><ul><li><a href="/news/278">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/279">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:more on this story': '<section><h2>More on this story</h2><ul><li><a href="/news/279">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/280">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:top stories': '<section><h2>Top stories</h2><ul><li><a href="/news/280">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/281">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:editor\'s picks': '<section><h2>Editor\'s picks</h2><ul><li><a href="/news/281">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/282">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:read next': '<section><h2>Read next</h2><ul><li><a href="/news/282">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/283">Council Approves New Bus Lanes</a></li></ul></section>',
    'related:up next': '<section><h2>Up next</h2><ul><li><a href="/news/283">Markets Rally as Rate Hopes Grow</a></li><li><a href="/news/284">Council Approves New Bus Lanes</a></li></ul></section>',
    'tags:tags': '<div><h4>Tags</h4><ul><li><a href="/tag/284">Markets</a></li><li><a href="/tag/285">Council</a></li></ul></div>',
    'tags:topics': '<div><h4>Topics</h4><ul><li><a href="/tag/285">Markets</a></li><li><a href="/tag/286">Council</a></li></ul></div>',
    'tags:related topics': '<div><h4>Related topics</h4><ul><li><a href="/tag/286">Markets</a></li><li><a href="/tag/287">Council</a></li></ul></div>',
    'tags:filed under': '<div><h4>Filed under</h4><ul><li><a href="/tag/287">Markets</a></li><li><a href="/tag/288">Council</a></li></ul></div>',
    'tags:more about': '<div><h4>More about</h4><ul><li><a href="/tag/288">Markets</a></li><li><a href="/tag/289">Council</a></li></ul></div>',
    'comments:comments': '<section><h3>Comments</h3><p><a href="/login">Login</a></p></section>',
    'comments:leave a comment': '<section><h3>Leave a comment</h3><p><a href="/login">Login</a></p></section>',
    'comments:leave a reply': '<section><h3>Leave a reply</h3><p><a href="/login">Login</a></p></section>',
    'comments:join the conversation': '<section><h3>Join the conversation</h3><p><a href="/login">Login</a></p></section>',
    'comments:discussion': '<section><h3>Discussion</h3><p><a href="/login">Login</a></p></section>',
  },
  de: {
    'related:mehr zum thema': '<section><h2>Mehr zum thema</h2><ul><li><a href="/news/294">Die Bahn streikt wieder am Montag</a></li><li><a href="/news/295">Mietspiegel in München steigt deutlich</a></li></ul></section>',
    'related:meistgelesen': '<section><h2>Meistgelesen</h2><ul><li><a href="/news/295">Die Bahn streikt wieder am Montag</a></li><li><a href="/news/296">Mietspiegel in München steigt deutlich</a></li></ul></section>',
    'related:das könnte sie auch interessieren': '<section><h2>Das könnte sie auch interessieren</h2><ul><li><a href="/news/296">Die Bahn streikt wieder am Montag</a></li><li><a href="/news/297">Mietspiegel in München steigt deutlich</a></li></ul></section>',
    'related:neueste artikel': '<section><h2>Neueste artikel</h2><ul><li><a href="/news/297">Die Bahn streikt wieder am Montag</a></li><li><a href="/news/298">Mietspiegel in München steigt deutlich</a></li></ul></section>',
    'related:weiterführende links': '<section><h3>Weiterführende Links</h3><ul><li><a href="/news/912">Dossier zum Kulturwandel im Verband</a></li><li><a href="/news/913">Impulspapier für ein Safe-Sport-Zentrum</a></li></ul></section>',
    'related:weitere informationen': '<p><strong>Weitere Informationen:</strong></p><ul><li><a href="/news/914">Wikipedia-Artikel über das Blue Marble-Foto</a></li><li><a href="/news/915">Nobelpreis für Physik 2021 für Klaus Hasselmann</a></li></ul>',
    'tags:schlagwörter': '<div><h4>Schlagwörter</h4><ul><li><a href="/tag/298">Die</a></li><li><a href="/tag/299">Mietspiegel</a></li></ul></div>',
    'tags:themen': '<div><h4>Themen</h4><ul><li><a href="/tag/299">Die</a></li><li><a href="/tag/300">Mietspiegel</a></li></ul></div>',
    'comments:kommentare': '<section><h3>Kommentare</h3><p><a href="/login">Login</a></p></section>',
  },
  fr: {
    'related:sur le même sujet': '<section><h2>Sur le même sujet</h2><ul><li><a href="/news/301">Le gouvernement recule sur la réforme</a></li><li><a href="/news/302">Grève à Orly : les vols annulés</a></li></ul></section>',
    'related:les plus lus': '<section><h2>Les plus lus</h2><ul><li><a href="/news/302">Le gouvernement recule sur la réforme</a></li><li><a href="/news/303">Grève à Orly : les vols annulés</a></li></ul></section>',
    'related:à lire aussi': '<section><h2>À lire aussi</h2><ul><li><a href="/news/303">Le gouvernement recule sur la réforme</a></li><li><a href="/news/304">Grève à Orly : les vols annulés</a></li></ul></section>',
    'related:dernières actualités': '<section><h2>Dernières actualités</h2><ul><li><a href="/news/304">Le gouvernement recule sur la réforme</a></li><li><a href="/news/305">Grève à Orly : les vols annulés</a></li></ul></section>',
    'tags:mots-clés': '<div><h4>Mots-clés</h4><ul><li><a href="/tag/305">Le</a></li><li><a href="/tag/306">Grève</a></li></ul></div>',
    'tags:thèmes': '<div><h4>Thèmes</h4><ul><li><a href="/tag/306">Le</a></li><li><a href="/tag/307">Grève</a></li></ul></div>',
    'comments:commentaires': '<section><h3>Commentaires</h3><p><a href="/login">Login</a></p></section>',
  },
  es: {
    'related:relacionados': '<section><h2>Relacionados</h2><ul><li><a href="/news/308">El Gobierno aprueba la nueva ley de vivienda</a></li><li><a href="/news/309">Madrid amplía la zona de bajas emisiones</a></li></ul></section>',
    'related:noticias relacionadas': '<section><h2>Noticias relacionadas</h2><ul><li><a href="/news/309">El Gobierno aprueba la nueva ley de vivienda</a></li><li><a href="/news/310">Madrid amplía la zona de bajas emisiones</a></li></ul></section>',
    'related:lo más leído': '<section><h2>Lo más leído</h2><ul><li><a href="/news/310">El Gobierno aprueba la nueva ley de vivienda</a></li><li><a href="/news/311">Madrid amplía la zona de bajas emisiones</a></li></ul></section>',
    'related:te puede interesar': '<section><h2>Te puede interesar</h2><ul><li><a href="/news/311">El Gobierno aprueba la nueva ley de vivienda</a></li><li><a href="/news/312">Madrid amplía la zona de bajas emisiones</a></li></ul></section>',
    'tags:etiquetas': '<div><h4>Etiquetas</h4><ul><li><a href="/tag/312">El</a></li><li><a href="/tag/313">Madrid</a></li></ul></div>',
    'tags:temas': '<div><h4>Temas</h4><ul><li><a href="/tag/313">El</a></li><li><a href="/tag/314">Madrid</a></li></ul></div>',
    'comments:comentarios': '<section><h3>Comentarios</h3><p><a href="/login">Login</a></p></section>',
  },
  pt: {
    'related:relacionadas': '<section><h2>Relacionadas</h2><ul><li><a href="/news/315">Prefeitura amplia faixas de ônibus</a></li><li><a href="/news/316">Lisboa planta mil árvores novas</a></li></ul></section>',
    'related:notícias relacionadas': '<section><h2>Notícias relacionadas</h2><ul><li><a href="/news/316">Prefeitura amplia faixas de ônibus</a></li><li><a href="/news/317">Lisboa planta mil árvores novas</a></li></ul></section>',
    'related:mais lidas': '<section><h2>Mais lidas</h2><ul><li><a href="/news/317">Prefeitura amplia faixas de ônibus</a></li><li><a href="/news/318">Lisboa planta mil árvores novas</a></li></ul></section>',
    'related:veja também': '<section><h2>Veja também</h2><ul><li><a href="/news/318">Prefeitura amplia faixas de ônibus</a></li><li><a href="/news/319">Lisboa planta mil árvores novas</a></li></ul></section>',
    'tags:tags': '<div><h4>Tags</h4><ul><li><a href="/tag/319">Prefeitura</a></li><li><a href="/tag/320">Lisboa</a></li></ul></div>',
    'tags:tópicos': '<div><h4>Tópicos</h4><ul><li><a href="/tag/320">Prefeitura</a></li><li><a href="/tag/321">Lisboa</a></li></ul></div>',
    'comments:comentários': '<section><h3>Comentários</h3><p><a href="/login">Login</a></p></section>',
  },
  it: {
    'related:articoli correlati': '<section><h2>Articoli correlati</h2><ul><li><a href="/news/322">Venezia introduce il ticket d’accesso</a></li><li><a href="/news/323">Trieste rinnova il molo storico</a></li></ul></section>',
    'related:più letti': '<section><h2>Più letti</h2><ul><li><a href="/news/323">Venezia introduce il ticket d’accesso</a></li><li><a href="/news/324">Trieste rinnova il molo storico</a></li></ul></section>',
    'tags:argomenti': '<div><h4>Argomenti</h4><ul><li><a href="/tag/324">Venezia</a></li><li><a href="/tag/325">Trieste</a></li></ul></div>',
    'comments:commenti': '<section><h3>Commenti</h3><p><a href="/login">Login</a></p></section>',
  },
  nl: {
    'related:meest gelezen': '<section><h2>Meest gelezen</h2><ul><li><a href="/news/326">Eindhoven verhoogt de parkeertarieven</a></li><li><a href="/news/327">Nieuwe tramlijn in Utrecht geopend</a></li></ul></section>',
    'related:gerelateerd': '<section><h2>Gerelateerd</h2><ul><li><a href="/news/327">Eindhoven verhoogt de parkeertarieven</a></li><li><a href="/news/328">Nieuwe tramlijn in Utrecht geopend</a></li></ul></section>',
    'tags:onderwerpen': '<div><h4>Onderwerpen</h4><ul><li><a href="/tag/328">Eindhoven</a></li><li><a href="/tag/329">Nieuwe</a></li></ul></div>',
    'comments:reacties': '<section><h3>Reacties</h3><p><a href="/login">Login</a></p></section>',
  },
  pl: {
    'related:najczęściej czytane': '<section><h2>Najczęściej czytane</h2><ul><li><a href="/news/330">Rząd zapowiada nowe podatki od przyszłego roku</a></li><li><a href="/news/331">Warszawa otwiera nową linię metra</a></li></ul></section>',
    'related:powiązane': '<section><h2>Powiązane</h2><ul><li><a href="/news/331">Rząd zapowiada nowe podatki od przyszłego roku</a></li><li><a href="/news/332">Warszawa otwiera nową linię metra</a></li></ul></section>',
    'tags:tagi': '<div><h4>Tagi</h4><ul><li><a href="/tag/332">Rząd</a></li><li><a href="/tag/333">Warszawa</a></li></ul></div>',
    'comments:komentarze': '<section><h3>Komentarze</h3><p><a href="/login">Login</a></p></section>',
  },
  ru: {
    'related:по теме': '<section><h2>По теме</h2><ul><li><a href="/news/334">Правительство утвердило новый бюджет</a></li><li><a href="/news/335">В Москве открыли новую станцию метро</a></li></ul></section>',
    'related:самое читаемое': '<section><h2>Самое читаемое</h2><ul><li><a href="/news/335">Правительство утвердило новый бюджет</a></li><li><a href="/news/336">В Москве открыли новую станцию метро</a></li></ul></section>',
    'tags:теги': '<div><h4>Теги</h4><ul><li><a href="/tag/336">Правительство</a></li><li><a href="/tag/337">В</a></li></ul></div>',
    'comments:комментарии': '<section><h3>Комментарии</h3><p><a href="/login">Login</a></p></section>',
  },
  ms: {
    'related:artikel berkaitan': '<section><h2>Artikel berkaitan</h2><ul><li><a href="/news/338">Harga Minyak Sawit Naik Minggu Ini</a></li><li><a href="/news/339">Jadual Bas Elektrik Diumumkan</a></li></ul></section>',
    'related:terkini': '<section><h2>Terkini</h2><ul><li><a href="/news/339">Harga Minyak Sawit Naik Minggu Ini</a></li><li><a href="/news/340">Jadual Bas Elektrik Diumumkan</a></li></ul></section>',
    'related:popular': '<section><h2>Popular</h2><ul><li><a href="/news/340">Harga Minyak Sawit Naik Minggu Ini</a></li><li><a href="/news/341">Jadual Bas Elektrik Diumumkan</a></li></ul></section>',
    'tags:tag': '<div><h4>Tag</h4><ul><li><a href="/tag/341">Harga</a></li><li><a href="/tag/342">Jadual</a></li></ul></div>',
    'comments:komen': '<section><h3>Komen</h3><p><a href="/login">Login</a></p></section>',
  },
  cs: {
    'related:související články': '<section><h2>Související články</h2><ul><li><a href="/news/343">Vláda schválila nový rozpočet na příští rok</a></li><li><a href="/news/344">Praha otevírá novou tramvajovou trať</a></li></ul></section>',
    'related:nejčtenější': '<section><h2>Nejčtenější</h2><ul><li><a href="/news/344">Vláda schválila nový rozpočet na příští rok</a></li><li><a href="/news/345">Praha otevírá novou tramvajovou trať</a></li></ul></section>',
    'tags:témata': '<div><h4>Témata</h4><ul><li><a href="/tag/345">Vláda</a></li><li><a href="/tag/346">Praha</a></li></ul></div>',
    'tags:štítky': '<div><h4>Štítky</h4><ul><li><a href="/tag/346">Vláda</a></li><li><a href="/tag/347">Praha</a></li></ul></div>',
    'comments:diskuse': '<section><h3>Diskuse</h3><p><a href="/login">Login</a></p></section>',
  },
  uk: {
    'related:читайте також': '<section><h2>Читайте також</h2><ul><li><a href="/news/348">Уряд ухвалив новий бюджет на рік</a></li><li><a href="/news/349">У Києві відкрили новий міст</a></li></ul></section>',
    'related:найпопулярніше': '<section><h2>Найпопулярніше</h2><ul><li><a href="/news/349">Уряд ухвалив новий бюджет на рік</a></li><li><a href="/news/350">У Києві відкрили новий міст</a></li></ul></section>',
    'tags:теги': '<div><h4>Теги</h4><ul><li><a href="/tag/350">Уряд</a></li><li><a href="/tag/351">У</a></li></ul></div>',
    'comments:коментарі': '<section><h3>Коментарі</h3><p><a href="/login">Login</a></p></section>',
  },
  tr: {
    'related:ilgili haberler': '<section><h2>Ilgili haberler</h2><ul><li><a href="/news/352">Merkez Bankası faiz kararını açıkladı</a></li><li><a href="/news/353">İstanbul’da yeni metro hattı açıldı</a></li></ul></section>',
    'related:en çok okunanlar': '<section><h2>En çok okunanlar</h2><ul><li><a href="/news/353">Merkez Bankası faiz kararını açıkladı</a></li><li><a href="/news/354">İstanbul’da yeni metro hattı açıldı</a></li></ul></section>',
    'tags:etiketler': '<div><h4>Etiketler</h4><ul><li><a href="/tag/354">Merkez</a></li><li><a href="/tag/355">İstanbul’da</a></li></ul></div>',
    'comments:yorumlar': '<section><h3>Yorumlar</h3><p><a href="/login">Login</a></p></section>',
  },
  vi: {
    'related:tin liên quan': '<section><h2>Tin liên quan</h2><ul><li><a href="/news/356">Chính phủ thông qua ngân sách mới</a></li><li><a href="/news/357">Hà Nội mở tuyến metro thứ hai</a></li></ul></section>',
    'related:đọc nhiều nhất': '<section><h2>Đọc nhiều nhất</h2><ul><li><a href="/news/357">Chính phủ thông qua ngân sách mới</a></li><li><a href="/news/358">Hà Nội mở tuyến metro thứ hai</a></li></ul></section>',
    'tags:từ khóa': '<div><h4>Từ khóa</h4><ul><li><a href="/tag/358">Chính</a></li><li><a href="/tag/359">Hà</a></li></ul></div>',
    'comments:bình luận': '<section><h3>Bình luận</h3><p><a href="/login">Login</a></p></section>',
  },
  zh: {
    'related:相关新闻': '<section><h2>相关新闻</h2><ul><li><a href="/news/360">央行宣布下调存款准备金率</a></li><li><a href="/news/361">北京地铁新线路今日开通</a></li></ul></section>',
    'related:热门文章': '<section><h2>热门文章</h2><ul><li><a href="/news/361">央行宣布下调存款准备金率</a></li><li><a href="/news/362">北京地铁新线路今日开通</a></li></ul></section>',
    'related:相關新聞': '<section><h2>相關新聞</h2><ul><li><a href="/news/362">央行宣布下调存款准备金率</a></li><li><a href="/news/363">北京地铁新线路今日开通</a></li></ul></section>',
    'tags:标签': '<div><h4>标签</h4><ul><li><a href="/tag/363">央行宣布下调存款准备金率</a></li><li><a href="/tag/364">北京地铁新线路今日开通</a></li></ul></div>',
    'tags:標籤': '<div><h4>標籤</h4><ul><li><a href="/tag/364">央行宣布下调存款准备金率</a></li><li><a href="/tag/365">北京地铁新线路今日开通</a></li></ul></div>',
    'comments:评论': '<section><h3>评论</h3><p><a href="/login">Login</a></p></section>',
    'comments:評論': '<section><h3>評論</h3><p><a href="/login">Login</a></p></section>',
  },
  ja: {
    'related:関連記事': '<section><h2>関連記事</h2><ul><li><a href="/news/367">地方鉄道の存続へ新たな支援策</a></li><li><a href="/news/368">東京都が新しい防災計画を発表</a></li></ul></section>',
    'related:アクセスランキング': '<section><h2>アクセスランキング</h2><ul><li><a href="/news/368">地方鉄道の存続へ新たな支援策</a></li><li><a href="/news/369">東京都が新しい防災計画を発表</a></li></ul></section>',
    'tags:タグ': '<div><h4>タグ</h4><ul><li><a href="/tag/369">地方鉄道の存続へ新たな支援策</a></li><li><a href="/tag/370">東京都が新しい防災計画を発表</a></li></ul></div>',
    'comments:コメント': '<section><h3>コメント</h3><p><a href="/login">Login</a></p></section>',
  },
  ko: {
    'related:관련기사': '<section><h2>관련기사</h2><ul><li><a href="/news/371">한국은행 기준금리 동결 결정</a></li><li><a href="/news/372">서울시 새 버스 노선 개통</a></li></ul></section>',
    'related:많이 본 뉴스': '<section><h2>많이 본 뉴스</h2><ul><li><a href="/news/372">한국은행 기준금리 동결 결정</a></li><li><a href="/news/373">서울시 새 버스 노선 개통</a></li></ul></section>',
    'tags:태그': '<div><h4>태그</h4><ul><li><a href="/tag/373">한국은행</a></li><li><a href="/tag/374">서울시</a></li></ul></div>',
    'comments:댓글': '<section><h3>댓글</h3><p><a href="/login">Login</a></p></section>',
  },
  th: {
    'related:ข่าวที่เกี่ยวข้อง': '<section><h2>ข่าวที่เกี่ยวข้อง</h2><ul><li><a href="/news/375">รัฐบาลประกาศงบประมาณใหม่</a></li><li><a href="/news/376">กรุงเทพฯ เปิดรถไฟฟ้าสายใหม่</a></li></ul></section>',
    'related:ข่าวยอดนิยม': '<section><h2>ข่าวยอดนิยม</h2><ul><li><a href="/news/376">รัฐบาลประกาศงบประมาณใหม่</a></li><li><a href="/news/377">กรุงเทพฯ เปิดรถไฟฟ้าสายใหม่</a></li></ul></section>',
    'tags:แท็ก': '<div><h4>แท็ก</h4><ul><li><a href="/tag/377">รัฐบาลประกาศงบประมาณใหม่</a></li><li><a href="/tag/378">กรุงเทพฯ</a></li></ul></div>',
    'comments:ความคิดเห็น': '<section><h3>ความคิดเห็น</h3><p><a href="/login">Login</a></p></section>',
  },
  sv: {
    'related:relaterat': '<section><h2>Relaterat</h2><ul><li><a href="/news/379">Regeringen presenterar ny budget</a></li><li><a href="/news/380">Stockholm öppnar ny tunnelbanelinje</a></li></ul></section>',
    'related:mest läst': '<section><h2>Mest läst</h2><ul><li><a href="/news/380">Regeringen presenterar ny budget</a></li><li><a href="/news/381">Stockholm öppnar ny tunnelbanelinje</a></li></ul></section>',
    'tags:ämnen': '<div><h4>Ämnen</h4><ul><li><a href="/tag/381">Regeringen</a></li><li><a href="/tag/382">Stockholm</a></li></ul></div>',
    'comments:kommentarer': '<section><h3>Kommentarer</h3><p><a href="/login">Login</a></p></section>',
  },
  da: {
    'related:mest læste': '<section><h2>Mest læste</h2><ul><li><a href="/news/1260">Regeringen fremlægger ny finanslov</a></li><li><a href="/news/1261">Metroen i Aarhus får ny linje</a></li></ul></section>',
    'related:seneste nyt': '<section><h2>Seneste nyt</h2><ul><li><a href="/news/1261">Regeringen fremlægger ny finanslov</a></li><li><a href="/news/1262">Metroen i Aarhus får ny linje</a></li></ul></section>',
    'related:læs også': '<section><h2>Læs også</h2><ul><li><a href="/news/1262">Regeringen fremlægger ny finanslov</a></li><li><a href="/news/1263">Metroen i Aarhus får ny linje</a></li></ul></section>',
    'related:relaterede artikler': '<section><h2>Relaterede artikler</h2><ul><li><a href="/news/1263">Regeringen fremlægger ny finanslov</a></li><li><a href="/news/1264">Metroen i Aarhus får ny linje</a></li></ul></section>',
    'tags:emner': '<div><h4>Emner</h4><ul><li><a href="/tag/1264">Regeringen</a></li><li><a href="/tag/1265">Aarhus</a></li></ul></div>',
    'comments:kommentarer': '<section><h3>Kommentarer</h3><p><a href="/login">Log ind</a></p></section>',
  },
  nb: {
    'related:mest lest': '<section><h2>Mest lest</h2><ul><li><a href="/news/1265">Regjeringen legger frem nytt statsbudsjett</a></li><li><a href="/news/1266">Ny bybane åpner i Bergen</a></li></ul></section>',
    'related:siste nytt': '<section><h2>Siste nytt</h2><ul><li><a href="/news/1266">Regjeringen legger frem nytt statsbudsjett</a></li><li><a href="/news/1267">Ny bybane åpner i Bergen</a></li></ul></section>',
    'related:les også': '<section><h2>Les også</h2><ul><li><a href="/news/1267">Regjeringen legger frem nytt statsbudsjett</a></li><li><a href="/news/1268">Ny bybane åpner i Bergen</a></li></ul></section>',
    'tags:emner': '<div><h4>Emner</h4><ul><li><a href="/tag/1268">Regjeringen</a></li><li><a href="/tag/1269">Bergen</a></li></ul></div>',
    'comments:kommentarer': '<section><h3>Kommentarer</h3><p><a href="/login">Logg inn</a></p></section>',
  },
  fi: {
    'related:luetuimmat': '<section><h2>Luetuimmat</h2><ul><li><a href="/news/1269">Hallitus esittelee uuden budjetin</a></li><li><a href="/news/1270">Tampereen ratikka saa uuden linjan</a></li></ul></section>',
    'related:uusimmat': '<section><h2>Uusimmat</h2><ul><li><a href="/news/1270">Hallitus esittelee uuden budjetin</a></li><li><a href="/news/1271">Tampereen ratikka saa uuden linjan</a></li></ul></section>',
    'related:lue myös': '<section><h2>Lue myös</h2><ul><li><a href="/news/1271">Hallitus esittelee uuden budjetin</a></li><li><a href="/news/1272">Tampereen ratikka saa uuden linjan</a></li></ul></section>',
    'tags:aiheet': '<div><h4>Aiheet</h4><ul><li><a href="/tag/1272">Hallitus</a></li><li><a href="/tag/1273">Tampere</a></li></ul></div>',
    'comments:kommentit': '<section><h3>Kommentit</h3><p><a href="/login">Kirjaudu sisään</a></p></section>',
  },
  hu: {
    'related:legolvasottabb': '<section><h2>Legolvasottabb</h2><ul><li><a href="/news/1273">A kormány bemutatta az új költségvetést</a></li><li><a href="/news/1274">Új villamosvonal indul Budapesten</a></li></ul></section>',
    'related:legfrissebb': '<section><h2>Legfrissebb</h2><ul><li><a href="/news/1274">A kormány bemutatta az új költségvetést</a></li><li><a href="/news/1275">Új villamosvonal indul Budapesten</a></li></ul></section>',
    'related:kapcsolódó cikkek': '<section><h2>Kapcsolódó cikkek</h2><ul><li><a href="/news/1275">A kormány bemutatta az új költségvetést</a></li><li><a href="/news/1276">Új villamosvonal indul Budapesten</a></li></ul></section>',
    'tags:címkék': '<div><h4>Címkék</h4><ul><li><a href="/tag/1276">Kormány</a></li><li><a href="/tag/1277">Budapest</a></li></ul></div>',
    'comments:hozzászólások': '<section><h3>Hozzászólások</h3><p><a href="/login">Bejelentkezés</a></p></section>',
  },
  el: {
    'related:δημοφιλή': '<section><h2>Δημοφιλή</h2><ul><li><a href="/news/1277">Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></li><li><a href="/news/1278">Νέα γραμμή μετρό ανοίγει στη Θεσσαλονίκη</a></li></ul></section>',
    'related:σχετικά άρθρα': '<section><h2>Σχετικά άρθρα</h2><ul><li><a href="/news/1278">Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></li><li><a href="/news/1279">Νέα γραμμή μετρό ανοίγει στη Θεσσαλονίκη</a></li></ul></section>',
    'related:τελευταία νέα': '<section><h2>Τελευταία νέα</h2><ul><li><a href="/news/1279">Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></li><li><a href="/news/1280">Νέα γραμμή μετρό ανοίγει στη Θεσσαλονίκη</a></li></ul></section>',
    'related:διαβάστε επίσης': '<section><h2>Διαβάστε επίσης</h2><ul><li><a href="/news/1280">Η κυβέρνηση παρουσιάζει τον νέο προϋπολογισμό</a></li><li><a href="/news/1281">Νέα γραμμή μετρό ανοίγει στη Θεσσαλονίκη</a></li></ul></section>',
    'tags:ετικέτες': '<div><h4>Ετικέτες</h4><ul><li><a href="/tag/1281">Κυβέρνηση</a></li><li><a href="/tag/1282">Θεσσαλονίκη</a></li></ul></div>',
    'comments:σχόλια': '<section><h3>Σχόλια</h3><p><a href="/login">Σύνδεση</a></p></section>',
  },
  ro: {
    'related:cele mai citite': '<section><h2>Cele mai citite</h2><ul><li><a href="/news/1282">Guvernul prezintă noul buget</a></li><li><a href="/news/1283">Metroul din Cluj primește o nouă linie</a></li></ul></section>',
    'related:articole similare': '<section><h2>Articole similare</h2><ul><li><a href="/news/1283">Guvernul prezintă noul buget</a></li><li><a href="/news/1284">Metroul din Cluj primește o nouă linie</a></li></ul></section>',
    'related:ultimele știri': '<section><h2>Ultimele știri</h2><ul><li><a href="/news/1284">Guvernul prezintă noul buget</a></li><li><a href="/news/1285">Metroul din Cluj primește o nouă linie</a></li></ul></section>',
    'tags:etichete': '<div><h4>Etichete</h4><ul><li><a href="/tag/1285">Guvern</a></li><li><a href="/tag/1286">Cluj</a></li></ul></div>',
    'comments:comentarii': '<section><h3>Comentarii</h3><p><a href="/login">Autentificare</a></p></section>',
  },
  sk: {
    'related:najčítanejšie': '<section><h2>Najčítanejšie</h2><ul><li><a href="/news/1286">Vláda predstavila nový rozpočet</a></li><li><a href="/news/1287">Bratislava otvára novú električkovú trať</a></li></ul></section>',
    'related:súvisiace články': '<section><h2>Súvisiace články</h2><ul><li><a href="/news/1287">Vláda predstavila nový rozpočet</a></li><li><a href="/news/1288">Bratislava otvára novú električkovú trať</a></li></ul></section>',
    'related:najnovšie': '<section><h2>Najnovšie</h2><ul><li><a href="/news/1288">Vláda predstavila nový rozpočet</a></li><li><a href="/news/1289">Bratislava otvára novú električkovú trať</a></li></ul></section>',
    'tags:témy': '<div><h4>Témy</h4><ul><li><a href="/tag/1289">Vláda</a></li><li><a href="/tag/1290">Bratislava</a></li></ul></div>',
    'tags:kľúčové slová': '<div><h4>Kľúčové slová</h4><ul><li><a href="/tag/1290">Vláda</a></li><li><a href="/tag/1291">Bratislava</a></li></ul></div>',
    'comments:diskusia': '<section><h3>Diskusia</h3><p><a href="/login">Prihlásiť sa</a></p></section>',
  },
  ar: {
    'related:الأكثر قراءة': '<section><h2>الأكثر قراءة</h2><ul><li><a href="/news/2051">الحكومة تعلن موازنة العام الجديد</a></li><li><a href="/news/2052">افتتاح خط مترو جديد في القاهرة</a></li></ul></section>',
    'related:مواضيع ذات صلة': '<section><h2>مواضيع ذات صلة</h2><ul><li><a href="/news/2052">الحكومة تعلن موازنة العام الجديد</a></li><li><a href="/news/2053">افتتاح خط مترو جديد في القاهرة</a></li></ul></section>',
    'related:أخبار ذات صلة': '<section><h2>أخبار ذات صلة</h2><ul><li><a href="/news/2053">الحكومة تعلن موازنة العام الجديد</a></li><li><a href="/news/2054">افتتاح خط مترو جديد في القاهرة</a></li></ul></section>',
    'related:آخر الأخبار': '<section><h2>آخر الأخبار</h2><ul><li><a href="/news/2054">الحكومة تعلن موازنة العام الجديد</a></li><li><a href="/news/2055">افتتاح خط مترو جديد في القاهرة</a></li></ul></section>',
    'related:اقرأ أيضا': '<section><h2>اقرأ أيضا</h2><ul><li><a href="/news/2055">الحكومة تعلن موازنة العام الجديد</a></li><li><a href="/news/2056">افتتاح خط مترو جديد في القاهرة</a></li></ul></section>',
    'tags:الوسوم': '<div><h4>الوسوم</h4><ul><li><a href="/tag/2056">الموازنة</a></li><li><a href="/tag/2057">القاهرة</a></li></ul></div>',
    'tags:كلمات مفتاحية': '<div><h4>كلمات مفتاحية</h4><ul><li><a href="/tag/2057">الموازنة</a></li><li><a href="/tag/2058">القاهرة</a></li></ul></div>',
    'tags:الكلمات المفتاحية': '<div><h4>الكلمات المفتاحية</h4><ul><li><a href="/tag/2058">الموازنة</a></li><li><a href="/tag/2059">القاهرة</a></li></ul></div>',
    'comments:التعليقات': '<section><h3>التعليقات</h3><p><a href="/login">تسجيل الدخول</a></p></section>',
    'comments:تعليقات': '<section><h3>تعليقات</h3><p><a href="/login">تسجيل الدخول</a></p></section>',
  },
  hi: {
    'related:संबंधित खबरें': '<section><h2>संबंधित खबरें</h2><ul><li><a href="/news/2061">सरकार ने नए बजट का ऐलान किया</a></li><li><a href="/news/2062">दिल्ली में नई मेट्रो लाइन शुरू</a></li></ul></section>',
    'related:सबसे ज्यादा पढ़ी गई': '<section><h2>सबसे ज्यादा पढ़ी गई</h2><ul><li><a href="/news/2062">सरकार ने नए बजट का ऐलान किया</a></li><li><a href="/news/2063">दिल्ली में नई मेट्रो लाइन शुरू</a></li></ul></section>',
    'related:ताज़ा खबरें': '<section><h2>ताज़ा खबरें</h2><ul><li><a href="/news/2063">सरकार ने नए बजट का ऐलान किया</a></li><li><a href="/news/2064">दिल्ली में नई मेट्रो लाइन शुरू</a></li></ul></section>',
    'related:यह भी पढ़ें': '<section><h2>यह भी पढ़ें</h2><ul><li><a href="/news/2064">सरकार ने नए बजट का ऐलान किया</a></li><li><a href="/news/2065">दिल्ली में नई मेट्रो लाइन शुरू</a></li></ul></section>',
    'tags:टैग': '<div><h4>टैग</h4><ul><li><a href="/tag/2065">बजट</a></li><li><a href="/tag/2066">दिल्ली</a></li></ul></div>',
    'tags:टैग्स': '<div><h4>टैग्स</h4><ul><li><a href="/tag/2066">बजट</a></li><li><a href="/tag/2067">दिल्ली</a></li></ul></div>',
    'comments:टिप्पणियां': '<section><h3>टिप्पणियां</h3><p><a href="/login">लॉग इन करें</a></p></section>',
    'comments:कमेंट्स': '<section><h3>कमेंट्स</h3><p><a href="/login">लॉग इन करें</a></p></section>',
  },
  fa: {
    'related:پربازدیدترین': '<section><h2>پربازدیدترین</h2><ul><li><a href="/news/2069">دولت بودجه سال جدید را اعلام کرد</a></li><li><a href="/news/2070">خط جدید متروی تهران افتتاح شد</a></li></ul></section>',
    'related:پربازدیدترین ها': '<section><h2>پربازدیدترین ها</h2><ul><li><a href="/news/2070">دولت بودجه سال جدید را اعلام کرد</a></li><li><a href="/news/2071">خط جدید متروی تهران افتتاح شد</a></li></ul></section>',
    'related:اخبار مرتبط': '<section><h2>اخبار مرتبط</h2><ul><li><a href="/news/2071">دولت بودجه سال جدید را اعلام کرد</a></li><li><a href="/news/2072">خط جدید متروی تهران افتتاح شد</a></li></ul></section>',
    'related:مطالب مرتبط': '<section><h2>مطالب مرتبط</h2><ul><li><a href="/news/2072">دولت بودجه سال جدید را اعلام کرد</a></li><li><a href="/news/2073">خط جدید متروی تهران افتتاح شد</a></li></ul></section>',
    'related:آخرین اخبار': '<section><h2>آخرین اخبار</h2><ul><li><a href="/news/2073">دولت بودجه سال جدید را اعلام کرد</a></li><li><a href="/news/2074">خط جدید متروی تهران افتتاح شد</a></li></ul></section>',
    'tags:برچسب\u200cها': '<div><h4>برچسب\u200cها</h4><ul><li><a href="/tag/2074">بودجه</a></li><li><a href="/tag/2075">تهران</a></li></ul></div>',
    'tags:برچسبها': '<div><h4>برچسبها</h4><ul><li><a href="/tag/2075">بودجه</a></li><li><a href="/tag/2076">تهران</a></li></ul></div>',
    'tags:کلیدواژه\u200cها': '<div><h4>کلیدواژه\u200cها</h4><ul><li><a href="/tag/2076">بودجه</a></li><li><a href="/tag/2077">تهران</a></li></ul></div>',
    'comments:نظرات': '<section><h3>نظرات</h3><p><a href="/login">ورود</a></p></section>',
    'comments:دیدگاه\u200cها': '<section><h3>دیدگاه\u200cها</h3><p><a href="/login">ورود</a></p></section>',
  },
  he: {
    'related:הכי נקראות': '<section><h2>הכי נקראות</h2><ul><li><a href="/news/2079">הממשלה הציגה את התקציב החדש</a></li><li><a href="/news/2080">קו רכבת קלה חדש נפתח בירושלים</a></li></ul></section>',
    'related:כתבות נוספות': '<section><h2>כתבות נוספות</h2><ul><li><a href="/news/2080">הממשלה הציגה את התקציב החדש</a></li><li><a href="/news/2081">קו רכבת קלה חדש נפתח בירושלים</a></li></ul></section>',
    'related:עוד בנושא': '<section><h2>עוד בנושא</h2><ul><li><a href="/news/2081">הממשלה הציגה את התקציב החדש</a></li><li><a href="/news/2082">קו רכבת קלה חדש נפתח בירושלים</a></li></ul></section>',
    'related:מבזקים': '<section><h2>מבזקים</h2><ul><li><a href="/news/2082">הממשלה הציגה את התקציב החדש</a></li><li><a href="/news/2083">קו רכבת קלה חדש נפתח בירושלים</a></li></ul></section>',
    'tags:תגיות': '<div><h4>תגיות</h4><ul><li><a href="/tag/2083">תקציב</a></li><li><a href="/tag/2084">ירושלים</a></li></ul></div>',
    'comments:תגובות': '<section><h3>תגובות</h3><p><a href="/login">התחברות</a></p></section>',
  },
  bn: {
    'related:সর্বাধিক পঠিত': '<section><h2>সর্বাধিক পঠিত</h2><ul><li><a href="/news/2085">সরকার নতুন বাজেট ঘোষণা করল</a></li><li><a href="/news/2086">ঢাকায় নতুন মেট্রো লাইন চালু</a></li></ul></section>',
    'related:সম্পর্কিত খবর': '<section><h2>সম্পর্কিত খবর</h2><ul><li><a href="/news/2086">সরকার নতুন বাজেট ঘোষণা করল</a></li><li><a href="/news/2087">ঢাকায় নতুন মেট্রো লাইন চালু</a></li></ul></section>',
    'related:সর্বশেষ': '<section><h2>সর্বশেষ</h2><ul><li><a href="/news/2087">সরকার নতুন বাজেট ঘোষণা করল</a></li><li><a href="/news/2088">ঢাকায় নতুন মেট্রো লাইন চালু</a></li></ul></section>',
    'related:আরও পড়ুন': '<section><h2>আরও পড়ুন</h2><ul><li><a href="/news/2088">সরকার নতুন বাজেট ঘোষণা করল</a></li><li><a href="/news/2089">ঢাকায় নতুন মেট্রো লাইন চালু</a></li></ul></section>',
    'tags:ট্যাগ': '<div><h4>ট্যাগ</h4><ul><li><a href="/tag/2089">বাজেট</a></li><li><a href="/tag/2090">ঢাকা</a></li></ul></div>',
    'comments:মন্তব্য': '<section><h3>মন্তব্য</h3><p><a href="/login">লগইন</a></p></section>',
  },
  ur: {
    'related:متعلقہ خبریں': '<section><h2>متعلقہ خبریں</h2><ul><li><a href="/news/2091">حکومت نے نئے بجٹ کا اعلان کر دیا</a></li><li><a href="/news/2092">لاہور میں نئی میٹرو لائن کا افتتاح</a></li></ul></section>',
    'related:مقبول خبریں': '<section><h2>مقبول خبریں</h2><ul><li><a href="/news/2092">حکومت نے نئے بجٹ کا اعلان کر دیا</a></li><li><a href="/news/2093">لاہور میں نئی میٹرو لائن کا افتتاح</a></li></ul></section>',
    'related:تازہ ترین': '<section><h2>تازہ ترین</h2><ul><li><a href="/news/2093">حکومت نے نئے بجٹ کا اعلان کر دیا</a></li><li><a href="/news/2094">لاہور میں نئی میٹرو لائن کا افتتاح</a></li></ul></section>',
    'tags:ٹیگز': '<div><h4>ٹیگز</h4><ul><li><a href="/tag/2094">بجٹ</a></li><li><a href="/tag/2095">لاہور</a></li></ul></div>',
    'comments:تبصرے': '<section><h3>تبصرے</h3><p><a href="/login">لاگ ان</a></p></section>',
  },
  sw: {
    'related:habari zinazohusiana': '<section><h2>habari zinazohusiana</h2><ul><li><a href="/news/3069">Serikali yatangaza bajeti mpya ya mwaka</a></li><li><a href="/news/3070">Treni mpya ya umeme yaanza safari Dar es Salaam</a></li></ul></section>',
    'related:zilizosomwa zaidi': '<section><h2>zilizosomwa zaidi</h2><ul><li><a href="/news/3070">Serikali yatangaza bajeti mpya ya mwaka</a></li><li><a href="/news/3071">Treni mpya ya umeme yaanza safari Dar es Salaam</a></li></ul></section>',
    'related:habari mpya': '<section><h2>habari mpya</h2><ul><li><a href="/news/3071">Serikali yatangaza bajeti mpya ya mwaka</a></li><li><a href="/news/3072">Treni mpya ya umeme yaanza safari Dar es Salaam</a></li></ul></section>',
    'tags:mada zinazohusiana': '<div><h4>mada zinazohusiana</h4><ul><li><a href="/tag/3072">Bajeti</a></li><li><a href="/tag/3073">Dar es Salaam</a></li></ul></div>',
    'comments:maoni': '<section><h3>maoni</h3><p><a href="/login">Ingia</a></p></section>',
  },
  tl: {
    'related:kaugnay na balita': '<section><h2>kaugnay na balita</h2><ul><li><a href="/news/3074">Inaprubahan ng Senado ang bagong badyet</a></li><li><a href="/news/3075">Bagong linya ng MRT bubuksan sa Maynila</a></li></ul></section>',
    'related:pinakabagong balita': '<section><h2>pinakabagong balita</h2><ul><li><a href="/news/3075">Inaprubahan ng Senado ang bagong badyet</a></li><li><a href="/news/3076">Bagong linya ng MRT bubuksan sa Maynila</a></li></ul></section>',
    'comments:mga komento': '<section><h3>mga komento</h3><p><a href="/login">Mag-log in</a></p></section>',
  },
  ca: {
    'related:el més llegit': '<section><h2>el més llegit</h2><ul><li><a href="/news/3077">El Govern presenta els nous pressupostos</a></li><li><a href="/news/3078">Barcelona estrena una nova línia de metro</a></li></ul></section>',
    'related:notícies relacionades': '<section><h2>notícies relacionades</h2><ul><li><a href="/news/3078">El Govern presenta els nous pressupostos</a></li><li><a href="/news/3079">Barcelona estrena una nova línia de metro</a></li></ul></section>',
    'related:últimes notícies': '<section><h2>últimes notícies</h2><ul><li><a href="/news/3079">El Govern presenta els nous pressupostos</a></li><li><a href="/news/3080">Barcelona estrena una nova línia de metro</a></li></ul></section>',
    'tags:etiquetes': '<div><h4>etiquetes</h4><ul><li><a href="/tag/3080">Govern</a></li><li><a href="/tag/3081">Barcelona</a></li></ul></div>',
    'tags:temes': '<div><h4>temes</h4><ul><li><a href="/tag/3081">Govern</a></li><li><a href="/tag/3082">Barcelona</a></li></ul></div>',
    'comments:comentaris': '<section><h3>comentaris</h3><p><a href="/login">Inicia la sessió</a></p></section>',
  },
  hr: {
    'related:najčitanije': '<section><h2>najčitanije</h2><ul><li><a href="/news/3083">Vlada predstavila novi proračun</a></li><li><a href="/news/3084">Zagreb dobiva novu tramvajsku liniju</a></li></ul></section>',
    'related:povezane vijesti': '<section><h2>povezane vijesti</h2><ul><li><a href="/news/3084">Vlada predstavila novi proračun</a></li><li><a href="/news/3085">Zagreb dobiva novu tramvajsku liniju</a></li></ul></section>',
    'related:najnovije': '<section><h2>najnovije</h2><ul><li><a href="/news/3085">Vlada predstavila novi proračun</a></li><li><a href="/news/3086">Zagreb dobiva novu tramvajsku liniju</a></li></ul></section>',
    'tags:oznake': '<div><h4>oznake</h4><ul><li><a href="/tag/3086">Vlada</a></li><li><a href="/tag/3087">Zagreb</a></li></ul></div>',
    'tags:tagovi': '<div><h4>tagovi</h4><ul><li><a href="/tag/3087">Vlada</a></li><li><a href="/tag/3088">Zagreb</a></li></ul></div>',
    'comments:komentari': '<section><h3>komentari</h3><p><a href="/login">Prijava</a></p></section>',
  },
  sr: {
    'related:најчитаније': '<section><h2>најчитаније</h2><ul><li><a href="/news/3089">Влада представила нови буџет</a></li><li><a href="/news/3090">Beograd dobija novu liniju metroa</a></li></ul></section>',
    'related:повезане вести': '<section><h2>повезане вести</h2><ul><li><a href="/news/3090">Влада представила нови буџет</a></li><li><a href="/news/3091">Beograd dobija novu liniju metroa</a></li></ul></section>',
    'related:najnovije vesti': '<section><h2>najnovije vesti</h2><ul><li><a href="/news/3091">Влада представила нови буџет</a></li><li><a href="/news/3092">Beograd dobija novu liniju metroa</a></li></ul></section>',
    'related:најновије вести': '<section><h2>најновије вести</h2><ul><li><a href="/news/3092">Влада представила нови буџет</a></li><li><a href="/news/3093">Beograd dobija novu liniju metroa</a></li></ul></section>',
    'tags:тагови': '<div><h4>тагови</h4><ul><li><a href="/tag/3093">Влада</a></li><li><a href="/tag/3094">Beograd</a></li></ul></div>',
    'comments:коментари': '<section><h3>коментари</h3><p><a href="/login">Пријава</a></p></section>',
  },
  bg: {
    'related:най-четени': '<section><h2>най-четени</h2><ul><li><a href="/news/3095">Правителството представи новия бюджет</a></li><li><a href="/news/3096">Нова линия на метрото в София</a></li></ul></section>',
    'related:свързани новини': '<section><h2>свързани новини</h2><ul><li><a href="/news/3096">Правителството представи новия бюджет</a></li><li><a href="/news/3097">Нова линия на метрото в София</a></li></ul></section>',
    'related:още по темата': '<section><h2>още по темата</h2><ul><li><a href="/news/3097">Правителството представи новия бюджет</a></li><li><a href="/news/3098">Нова линия на метрото в София</a></li></ul></section>',
    'related:последни новини': '<section><h2>последни новини</h2><ul><li><a href="/news/3098">Правителството представи новия бюджет</a></li><li><a href="/news/3099">Нова линия на метрото в София</a></li></ul></section>',
    'tags:етикети': '<div><h4>етикети</h4><ul><li><a href="/tag/3099">Бюджет</a></li><li><a href="/tag/3100">София</a></li></ul></div>',
    'tags:тагове': '<div><h4>тагове</h4><ul><li><a href="/tag/3100">Бюджет</a></li><li><a href="/tag/3101">София</a></li></ul></div>',
    'comments:коментари': '<section><h3>коментари</h3><p><a href="/login">Вход</a></p></section>',
  },
  sl: {
    'related:najbolj brano': '<section><h2>najbolj brano</h2><ul><li><a href="/news/3102">Vlada predstavila nov proračun</a></li><li><a href="/news/3103">Ljubljana dobiva novo avtobusno progo</a></li></ul></section>',
    'related:povezane novice': '<section><h2>povezane novice</h2><ul><li><a href="/news/3103">Vlada predstavila nov proračun</a></li><li><a href="/news/3104">Ljubljana dobiva novo avtobusno progo</a></li></ul></section>',
    'related:najnovejše': '<section><h2>najnovejše</h2><ul><li><a href="/news/3104">Vlada predstavila nov proračun</a></li><li><a href="/news/3105">Ljubljana dobiva novo avtobusno progo</a></li></ul></section>',
    'tags:oznake': '<div><h4>oznake</h4><ul><li><a href="/tag/3105">Vlada</a></li><li><a href="/tag/3106">Ljubljana</a></li></ul></div>',
    'comments:komentarji': '<section><h3>komentarji</h3><p><a href="/login">Prijava</a></p></section>',
  },
  lt: {
    'related:skaitomiausi': '<section><h2>skaitomiausi</h2><ul><li><a href="/news/3107">Vyriausybė pristatė naują biudžetą</a></li><li><a href="/news/3108">Vilniuje atidaroma nauja tramvajaus linija</a></li></ul></section>',
    'related:susiję straipsniai': '<section><h2>susiję straipsniai</h2><ul><li><a href="/news/3108">Vyriausybė pristatė naują biudžetą</a></li><li><a href="/news/3109">Vilniuje atidaroma nauja tramvajaus linija</a></li></ul></section>',
    'related:naujausi': '<section><h2>naujausi</h2><ul><li><a href="/news/3109">Vyriausybė pristatė naują biudžetą</a></li><li><a href="/news/3110">Vilniuje atidaroma nauja tramvajaus linija</a></li></ul></section>',
    'tags:žymės': '<div><h4>žymės</h4><ul><li><a href="/tag/3110">Vyriausybė</a></li><li><a href="/tag/3111">Vilnius</a></li></ul></div>',
    'tags:temos': '<div><h4>temos</h4><ul><li><a href="/tag/3111">Vyriausybė</a></li><li><a href="/tag/3112">Vilnius</a></li></ul></div>',
    'comments:komentarai': '<section><h3>komentarai</h3><p><a href="/login">Prisijungti</a></p></section>',
  },
  lv: {
    'related:lasītākie': '<section><h2>lasītākie</h2><ul><li><a href="/news/3113">Valdība iesniedz jauno budžetu</a></li><li><a href="/news/3114">Rīgā atklāj jaunu tramvaja līniju</a></li></ul></section>',
    'related:saistītie raksti': '<section><h2>saistītie raksti</h2><ul><li><a href="/news/3114">Valdība iesniedz jauno budžetu</a></li><li><a href="/news/3115">Rīgā atklāj jaunu tramvaja līniju</a></li></ul></section>',
    'related:jaunākie': '<section><h2>jaunākie</h2><ul><li><a href="/news/3115">Valdība iesniedz jauno budžetu</a></li><li><a href="/news/3116">Rīgā atklāj jaunu tramvaja līniju</a></li></ul></section>',
    'tags:tēmas': '<div><h4>tēmas</h4><ul><li><a href="/tag/3116">Valdība</a></li><li><a href="/tag/3117">Rīga</a></li></ul></div>',
    'tags:birkas': '<div><h4>birkas</h4><ul><li><a href="/tag/3117">Valdība</a></li><li><a href="/tag/3118">Rīga</a></li></ul></div>',
    'comments:komentāri': '<section><h3>komentāri</h3><p><a href="/login">Pieslēgties</a></p></section>',
  },
  et: {
    'related:loetumad': '<section><h2>loetumad</h2><ul><li><a href="/news/3119">Valitsus esitles uut eelarvet</a></li><li><a href="/news/3120">Tallinnas avatakse uus trammiliin</a></li></ul></section>',
    'related:seotud artiklid': '<section><h2>seotud artiklid</h2><ul><li><a href="/news/3120">Valitsus esitles uut eelarvet</a></li><li><a href="/news/3121">Tallinnas avatakse uus trammiliin</a></li></ul></section>',
    'related:viimased uudised': '<section><h2>viimased uudised</h2><ul><li><a href="/news/3121">Valitsus esitles uut eelarvet</a></li><li><a href="/news/3122">Tallinnas avatakse uus trammiliin</a></li></ul></section>',
    'tags:märksõnad': '<div><h4>märksõnad</h4><ul><li><a href="/tag/3122">Valitsus</a></li><li><a href="/tag/3123">Tallinn</a></li></ul></div>',
    'tags:teemad': '<div><h4>teemad</h4><ul><li><a href="/tag/3123">Valitsus</a></li><li><a href="/tag/3124">Tallinn</a></li></ul></div>',
    'comments:kommentaarid': '<section><h3>kommentaarid</h3><p><a href="/login">Logi sisse</a></p></section>',
  },
};

/** One comment-box prompt per entry: it must go (kind "comments"). */
export const COMMENT_PROMPT_FIXTURES: Record<string, Record<string, string>> = {
  id: {
    'silakan login untuk berkomentar': '<p>Silakan login untuk berkomentar</p>',
    'login untuk berkomentar': '<p>Login untuk berkomentar</p>',
    'tulis komentar anda': '<p>Tulis komentar anda</p>',
    'berikan komentar': '<p>Berikan komentar</p>',
    'belum ada komentar': '<p>Belum ada komentar</p>',
  },
  en: {
    'log in to comment': '<p>Log in to comment</p>',
    'sign in to comment': '<p>Sign in to comment</p>',
    'be the first to comment': '<p>Be the first to comment</p>',
    'leave a comment': '<p>Leave a comment</p>',
    'comments are closed': '<p>Comments are closed</p>',
    'show comments': '<p>Show comments</p>',
    'view comments': '<p>View comments</p>',
  },
  de: {
    'kommentar schreiben': '<p>Kommentar schreiben</p>',
    'kommentare anzeigen': '<p>Kommentare anzeigen</p>',
  },
  fr: {
    'réagir': '<p>Réagir</p>',
    'voir les commentaires': '<p>Voir les commentaires</p>',
    'ajouter un commentaire': '<p>Ajouter un commentaire</p>',
  },
  es: {
    'deja un comentario': '<p>Deja un comentario</p>',
    'ver comentarios': '<p>Ver comentarios</p>',
  },
  pt: {
    'deixe um comentário': '<p>Deixe um comentário</p>',
    'ver comentários': '<p>Ver comentários</p>',
  },
  it: {
    'lascia un commento': '<p>Lascia un commento</p>',
    'mostra commenti': '<p>Mostra commenti</p>',
  },
  nl: {
    'plaats een reactie': '<p>Plaats een reactie</p>',
    'bekijk reacties': '<p>Bekijk reacties</p>',
  },
  pl: {
    'dodaj komentarz': '<p>Dodaj komentarz</p>',
    'zobacz komentarze': '<p>Zobacz komentarze</p>',
  },
  ms: {
    'tinggalkan komen': '<p>Tinggalkan komen</p>',
  },
  cs: {
    'přidat komentář': '<p>Přidat komentář</p>',
  },
  ru: {
    'оставить комментарий': '<p>Оставить комментарий</p>',
  },
  uk: {
    'залишити коментар': '<p>Залишити коментар</p>',
  },
  tr: {
    'yorum yaz': '<p>Yorum yaz</p>',
    'yorum yap': '<p>Yorum yap</p>',
  },
  vi: {
    'viết bình luận': '<p>Viết bình luận</p>',
  },
  zh: {
    '发表评论': '<p>发表评论</p>',
    '發表評論': '<p>發表評論</p>',
  },
  ja: {
    'コメントする': '<p>コメントする</p>',
  },
  ko: {
    '댓글 쓰기': '<p>댓글 쓰기</p>',
  },
  th: {
    'แสดงความคิดเห็น': '<p>แสดงความคิดเห็น</p>',
  },
  sv: {
    'skriv en kommentar': '<p>Skriv en kommentar</p>',
  },
  da: {
    'skriv en kommentar': '<p>Skriv en kommentar</p>',
    'vis kommentarer': '<p>Vis kommentarer</p>',
    'log ind for at kommentere': '<p>Log ind for at kommentere</p>',
  },
  nb: {
    'skriv en kommentar': '<p>Skriv en kommentar</p>',
    'vis kommentarer': '<p>Vis kommentarer</p>',
    'logg inn for å kommentere': '<p>Logg inn for å kommentere</p>',
  },
  fi: {
    'kirjoita kommentti': '<p>Kirjoita kommentti</p>',
    'näytä kommentit': '<p>Näytä kommentit</p>',
    'kommentoi': '<p>Kommentoi</p>',
  },
  hu: {
    'szólj hozzá': '<p>Szólj hozzá</p>',
    'írj hozzászólást': '<p>Írj hozzászólást</p>',
    'hozzászólok': '<p>Hozzászólok</p>',
  },
  el: {
    'γράψτε ένα σχόλιο': '<p>Γράψτε ένα σχόλιο</p>',
    'σχολιάστε': '<p>Σχολιάστε</p>',
    'προσθήκη σχολίου': '<p>Προσθήκη σχολίου</p>',
  },
  ro: {
    'lasă un comentariu': '<p>Lasă un comentariu</p>',
    'adaugă un comentariu': '<p>Adaugă un comentariu</p>',
    'comentează': '<p>Comentează</p>',
  },
  sk: {
    'pridať komentár': '<p>Pridať komentár</p>',
    'zobraziť diskusiu': '<p>Zobraziť diskusiu</p>',
    'vstúpiť do diskusie': '<p>Vstúpiť do diskusie</p>',
  },
  ar: {
    'أضف تعليقك': '<p>أضف تعليقك</p>',
    'اكتب تعليقك': '<p>اكتب تعليقك</p>',
    'لا توجد تعليقات': '<p>لا توجد تعليقات</p>',
  },
  hi: {
    'अपनी टिप्पणी लिखें': '<p>अपनी टिप्पणी लिखें</p>',
    'कमेंट करें': '<p>कमेंट करें</p>',
  },
  fa: {
    'نظر خود را بنویسید': '<p>نظر خود را بنویسید</p>',
    'ارسال نظر': '<p>ارسال نظر</p>',
  },
  he: {
    'הוספת תגובה': '<p>הוספת תגובה</p>',
    'הוסיפו תגובה': '<p>הוסיפו תגובה</p>',
    'לכל התגובות': '<p>לכל התגובות</p>',
  },
  bn: {
    'মন্তব্য করুন': '<p>মন্তব্য করুন</p>',
    'মন্তব্য লিখুন': '<p>মন্তব্য লিখুন</p>',
  },
  ur: {
    'اپنی رائے دیں': '<p>اپنی رائے دیں</p>',
    'تبصرہ کریں': '<p>تبصرہ کریں</p>',
  },
  sw: {
    'toa maoni yako': '<p>toa maoni yako</p>',
    'andika maoni': '<p>andika maoni</p>',
  },
  tl: {
    'mag-iwan ng komento': '<p>mag-iwan ng komento</p>',
  },
  ca: {
    'deixa un comentari': '<p>deixa un comentari</p>',
    'afegeix un comentari': '<p>afegeix un comentari</p>',
  },
  hr: {
    'napiši komentar': '<p>napiši komentar</p>',
    'dodaj komentar': '<p>dodaj komentar</p>',
  },
  sr: {
    'оставите коментар': '<p>оставите коментар</p>',
    'ostavite komentar': '<p>ostavite komentar</p>',
  },
  bg: {
    'напиши коментар': '<p>напиши коментар</p>',
    'добави коментар': '<p>добави коментар</p>',
  },
  sl: {
    'oddaj komentar': '<p>oddaj komentar</p>',
    'napiši komentar': '<p>napiši komentar</p>',
  },
  lt: {
    'rašyti komentarą': '<p>rašyti komentarą</p>',
    'komentuoti': '<p>komentuoti</p>',
  },
  lv: {
    'pievienot komentāru': '<p>pievienot komentāru</p>',
    'komentēt': '<p>komentēt</p>',
  },
  et: {
    'lisa kommentaar': '<p>lisa kommentaar</p>',
    'kommenteeri': '<p>kommenteeri</p>',
  },
};

/** One prompt per opening (subscribe, follow, download, notice): the line must go. */
export const PROMPT_OPENING_FIXTURES: Record<string, Record<string, string>> = {
  id: {
    'berlangganan': '<p>Berlangganan <a href="/join">Example News</a></p>',
    'simak breaking news': '<p>Simak breaking news <a href="/join">Example News</a></p>',
    'dapatkan update berita': '<p>Dapatkan update berita <a href="/join">Example News</a></p>',
    'dapatkan berita terbaru': '<p>Dapatkan berita terbaru <a href="/join">Example News</a></p>',
    'download aplikasi': '<p>Download aplikasi <a href="/join">Example News</a></p>',
    'unduh aplikasi': '<p>Unduh aplikasi <a href="/join">Example News</a></p>',
    'baca berita tanpa iklan': '<p>Baca berita tanpa iklan <a href="/join">Example News</a></p>',
    'dilarang keras mengambil konten': '<p>Dilarang keras mengambil konten <a href="/join">Example News</a></p>',
    'ikuti berita': '<p>Ikuti berita <a href="/join">Example News</a></p>',
    'ikuti kami di': '<p>Ikuti kami di <a href="/join">Example News</a></p>',
    'ikuti juga': '<p>Ikuti juga <a href="/join">Example News</a></p>',
    'gabung channel': '<p>Gabung channel <a href="/join">Example News</a></p>',
    'gabung grup': '<p>Gabung grup <a href="/join">Example News</a></p>',
    'klik dan dapatkan': '<p>Klik dan dapatkan <a href="/join">Example News</a></p>',
    'yuk gabung': '<p>Yuk gabung <a href="/join">Example News</a></p>',
    'dapatkan informasi terbaru': '<p>Dapatkan informasi terbaru <a href="/join">Example News</a></p>',
  },
  ms: {
    'langgan': '<p>Langgan <a href="/join">Example News</a></p>',
    'muat turun aplikasi': '<p>Muat turun aplikasi <a href="/join">Example News</a></p>',
    'ikuti kami di': '<p>Ikuti kami di <a href="/join">Example News</a></p>',
  },
  en: {
    'subscribe to': '<p>Subscribe to <a href="/join">Example News</a></p>',
    'subscribe now': '<p>Subscribe now <a href="/join">Example News</a></p>',
    'sign up for': '<p>Sign up for <a href="/join">Example News</a></p>',
    'sign up to': '<p>Sign up to <a href="/join">Example News</a></p>',
    'get the latest': '<p>Get the latest <a href="/join">Example News</a></p>',
    'download the app': '<p>Download the app <a href="/join">Example News</a></p>',
    'download our app': '<p>Download our app <a href="/join">Example News</a></p>',
    'follow us on': '<p>Follow us on <a href="/join">Example News</a></p>',
    'support our journalism': '<p>Support our journalism <a href="/join">Example News</a></p>',
    'support independent journalism': '<p>Support independent journalism <a href="/join">Example News</a></p>',
    'this article is for subscribers': '<p>This article is for subscribers <a href="/join">Example News</a></p>',
    'already a subscriber': '<p>Already a subscriber <a href="/join">Example News</a></p>',
    'become a member': '<p>Become a member <a href="/join">Example News</a></p>',
    'get our newsletter': '<p>Get our newsletter <a href="/join">Example News</a></p>',
    'want more stories like this': '<p>Want more stories like this <a href="/join">Example News</a></p>',
    'enjoy unlimited access': '<p>Enjoy unlimited access <a href="/join">Example News</a></p>',
    'never miss the latest': '<p>Never miss the latest news by signing up to our newsletter today!</p>',
    'to view the full story': '<p>To view the full story, please subscribe to Example Times. You can choose a $60 annual subscription or a $5 weekly pass.</p>',
    'if you enjoyed reading this': '<p>If you enjoyed reading this post – would you consider supporting our work? <a href="/donate">Just click here.</a> Thanks!</p>',
    'we want to hear what you think': '<p>We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com.</p>',
    'for the latest stories': '<p>For the latest stories and breaking news updates download the Example News apps for iOS and Android.</p>',
    'was this article helpful': '<div><strong>Was this article helpful?</strong> <button>Yes</button> <button>No</button></div>',
    'rate this article': '<div>Rate this article <span>(12 votes, average 4.2 out of 5)</span></div>',
    'submit your letter': '<p>Submit your letter to the editor <a href="/letters/form">via this form</a>. Read more Letters to the Editor.</p>',
    'print recipe': '<div><a href="/print/123">Print Recipe</a> <a href="/pin/123">Pin Recipe</a></div>',
    'jump to recipe': '<p><a href="#recipe">Jump to Recipe</a></p>',
    'click on a star to rate it': '<div>Click on a star to rate it!</div>',
    'click the button below to load the content': '<p>Click the button below to load the content from maps.example.com.</p>',
  },
  fr: {
    'imprimer la recette': '<div><a href="/imprimer/123">Imprimer la recette</a></div>',
    'article réservé aux abonnés': '<p>Article réservé aux abonnés <a href="/join">Example News</a></p>',
    'abonnez-vous': '<p>Abonnez-vous <a href="/join">Example News</a></p>',
    'inscrivez-vous à': '<p>Inscrivez-vous à <a href="/join">Example News</a></p>',
    'téléchargez l’application': '<p>Téléchargez l’application <a href="/join">Example News</a></p>',
    'téléchargez l\'application': '<p>Téléchargez l\'application <a href="/join">Example News</a></p>',
    'suivez-nous sur': '<p>Suivez-nous sur <a href="/join">Example News</a></p>',
    'cet article est réservé': '<p>Cet article est réservé <a href="/join">Example News</a></p>',
    'pour lire la suite': '<p>Pour lire la suite <span>et accéder gratuitement à 3 articles par mois,</span> <a href="/join">créez votre compte</a></p>',
  },
  de: {
    'bestens informiert mit': '<p>Bestens informiert mit <a href="/join">Example News</a></p>',
    'jetzt abonnieren': '<p>Jetzt abonnieren <a href="/join">Example News</a></p>',
    'folgen sie uns': '<p>Folgen sie uns <a href="/join">Example News</a></p>',
    'dieser artikel ist': '<p>Dieser artikel ist <a href="/join">Example News</a></p>',
    'sz plus': '<p>Sz plus <a href="/join">Example News</a></p>',
    'melden sie sich an': '<p>Melden sie sich an <a href="/join">Example News</a></p>',
    'abonnieren sie': '<p>Abonnieren sie <a href="/join">Example News</a></p>',
    'abonniere unseren newsletter': '<p>Abonniere unseren Newsletter und erfahre alles Wissenswerte rund um Studium und Karriere.</p>',
    'erhalte updates direkt': '<p>Erhalte Updates direkt auf dieses Gerät – abonniere jetzt.</p>',
    'war der artikel nützlich': '<div><strong>War der Artikel nützlich?</strong><br><img src="/star.gif" alt="1 Stern"> (95 Stimmen: 4,73 von 5)<br>Loading...</div>',
    'möchten sie den artikel teilen': '<div>Möchten Sie den Artikel teilen? <a href="/mail">Seite empfehlen</a></div>',
    'artikel gefallen': '<h4><span>Artikel gefallen? </span>Vergiss nicht zu teilen!</h4>',
    'noch keine bewertungen': '<div>(Noch keine Bewertungen)<br>Loading...</div>',
    'rezept drucken': '<div><a href="/drucken/123">Rezept drucken</a> Bei Pinterest speichern</div>',
    'sterne anklicken zum bewerten': '<div>Sterne anklicken zum Bewerten!</div>',
    'klicken sie auf den unteren button': '<p>Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.</p>',
    'inhalt laden': '<div><a href="#load">Inhalt laden</a></div>',
    'mit dem laden des videos akzeptieren sie': '<p>Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.</p>',
  },
  es: {
    'imprimir receta': '<div><a href="/imprimir/123">Imprimir receta</a></div>',
    'suscríbete': '<p>Suscríbete <a href="/join">Example News</a></p>',
    'suscríbase': '<p>Suscríbase <a href="/join">Example News</a></p>',
    'descarga la app': '<p>Descarga la app <a href="/join">Example News</a></p>',
    'descarga nuestra app': '<p>Descarga nuestra app <a href="/join">Example News</a></p>',
    'síguenos en': '<p>Síguenos en <a href="/join">Example News</a></p>',
    'valora esta noticia': '<div><label>Valora esta noticia</label> <div>Me gusta · Me indigna · Me entristece</div></div>',
    'este contenido es exclusivo': '<p>Este contenido es exclusivo <a href="/join">Example News</a></p>',
  },
  pt: {
    'assine': '<p>Assine <a href="/join">Example News</a></p>',
    'inscreva-se': '<p>Inscreva-se <a href="/join">Example News</a></p>',
    'siga-nos': '<p>Siga-nos <a href="/join">Example News</a></p>',
    'baixe o app': '<p>Baixe o app <a href="/join">Example News</a></p>',
    'baixe o aplicativo': '<p>Baixe o aplicativo <a href="/join">Example News</a></p>',
    'conteúdo exclusivo para assinantes': '<p>Conteúdo exclusivo para assinantes <a href="/join">Example News</a></p>',
  },
  it: {
    'abbonati': '<p>Abbonati <a href="/join">Example News</a></p>',
    'iscriviti alla newsletter': '<p>Iscriviti alla newsletter <a href="/join">Example News</a></p>',
    'seguici su': '<p>Seguici su <a href="/join">Example News</a></p>',
    'scarica l’app': '<p>Scarica l’app <a href="/join">Example News</a></p>',
  },
  nl: {
    'abonneer': '<p>Abonneer <a href="/join">Example News</a></p>',
    'word abonnee': '<p>Word abonnee <a href="/join">Example News</a></p>',
    'volg ons op': '<p>Volg ons op <a href="/join">Example News</a></p>',
  },
  pl: {
    'zapisz się na newsletter': '<p>Zapisz się na newsletter <a href="/join">Example News</a></p>',
    'subskrybuj': '<p>Subskrybuj <a href="/join">Example News</a></p>',
    'obserwuj nas na': '<p>Obserwuj nas na <a href="/join">Example News</a></p>',
    'pobierz aplikację': '<p>Pobierz aplikację <a href="/join">Example News</a></p>',
  },
  cs: {
    'přihlaste se k odběru': '<p>Přihlaste se k odběru <a href="/join">Example News</a></p>',
    'sledujte nás na': '<p>Sledujte nás na <a href="/join">Example News</a></p>',
    'stáhněte si aplikaci': '<p>Stáhněte si aplikaci <a href="/join">Example News</a></p>',
  },
  ru: {
    'подписывайтесь на': '<p>Подписывайтесь на <a href="/join">Example News</a></p>',
    'подпишитесь на': '<p>Подпишитесь на <a href="/join">Example News</a></p>',
    'скачайте приложение': '<p>Скачайте приложение <a href="/join">Example News</a></p>',
  },
  uk: {
    'підписуйтесь на': '<p>Підписуйтесь на <a href="/join">Example News</a></p>',
    'підпишіться на': '<p>Підпишіться на <a href="/join">Example News</a></p>',
  },
  tr: {
    'abone ol': '<p>Abone ol <a href="/join">Example News</a></p>',
    'bizi takip edin': '<p>Bizi takip edin <a href="/join">Example News</a></p>',
    'uygulamayı indir': '<p>Uygulamayı indir <a href="/join">Example News</a></p>',
  },
  vi: {
    'đăng ký nhận': '<p>Đăng ký nhận <a href="/join">Example News</a></p>',
    'theo dõi chúng tôi': '<p>Theo dõi chúng tôi <a href="/join">Example News</a></p>',
    'tải ứng dụng': '<p>Tải ứng dụng <a href="/join">Example News</a></p>',
  },
  zh: {
    '订阅': '<p>订阅 <a href="/join">Example News</a></p>',
    '關注我們': '<p>關注我們 <a href="/join">Example News</a></p>',
    '关注我们': '<p>关注我们 <a href="/join">Example News</a></p>',
    '下载app': '<p>下载app <a href="/join">Example News</a></p>',
    '下載app': '<p>下載app <a href="/join">Example News</a></p>',
  },
  ja: {
    '会員登録': '<p>会員登録 <a href="/join">Example News</a></p>',
    'フォローする': '<p>フォローする <a href="/join">Example News</a></p>',
  },
  ko: {
    '구독하기': '<p>구독하기 <a href="/join">Example News</a></p>',
    '구독': '<p>구독 <a href="/join">Example News</a></p>',
    '무단전재 및 재배포 금지': '<p>무단전재 및 재배포 금지 <a href="/join">Example News</a></p>',
    '저작권자': '<p>저작권자 <a href="/join">Example News</a></p>',
  },
  th: {
    'ติดตามเรา': '<p>ติดตามเรา <a href="/join">Example News</a></p>',
    'สมัครสมาชิก': '<p>สมัครสมาชิก <a href="/join">Example News</a></p>',
  },
  sv: {
    'prenumerera': '<p>Prenumerera <a href="/join">Example News</a></p>',
    'följ oss på': '<p>Följ oss på <a href="/join">Example News</a></p>',
  },
  da: {
    'følg os på': '<p>Følg os på <a href="https://www.facebook.com/example">Facebook</a> og Instagram</p>',
    'tilmeld dig vores nyhedsbrev': '<p>Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder direkte i din indbakke.</p>',
    'bliv abonnent': '<p>Bliv abonnent og få adgang til alle artikler på sitet.</p>',
  },
  nb: {
    'følg oss på': '<p>Følg oss på <a href="https://www.facebook.com/example">Facebook</a> og Instagram</p>',
    'bli abonnent': '<p>Bli abonnent og få tilgang til alle våre saker.</p>',
    'meld deg på nyhetsbrevet': '<p>Meld deg på nyhetsbrevet vårt og få dagens viktigste saker på e-post.</p>',
    'last ned appen': '<p>Last ned appen vår for <a href="/app">iPhone og Android</a></p>',
  },
  fi: {
    'tilaa uutiskirje': '<p>Tilaa uutiskirje ja saat päivän tärkeimmät uutiset sähköpostiisi.</p>',
    'seuraa meitä': '<p>Seuraa meitä <a href="https://www.facebook.com/example">Facebookissa</a> ja Instagramissa</p>',
    'lataa sovellus': '<p>Lataa sovellus <a href="/app">iPhonelle ja Androidille</a></p>',
  },
  hu: {
    'iratkozzon fel': '<p>Iratkozzon fel hírlevelünkre, és elsőként értesül a legfontosabb hírekről!</p>',
    'iratkozz fel': '<p>Iratkozz fel a hírlevelünkre, és nem maradsz le semmiről!</p>',
    'kövessen minket': '<p>Kövessen minket a <a href="https://www.facebook.com/example">Facebookon</a> is!</p>',
    'kövess minket': '<p>Kövess minket az Instagramon is!</p>',
  },
  el: {
    'ακολουθήστε μας': '<p>Ακολουθήστε μας στο <a href="https://www.facebook.com/example">Facebook</a> και στο Instagram</p>',
    'εγγραφείτε στο newsletter': '<p>Εγγραφείτε στο newsletter μας για να λαμβάνετε τις σημαντικότερες ειδήσεις.</p>',
    'κατεβάστε την εφαρμογή': '<p>Κατεβάστε την εφαρμογή μας για <a href="/app">iPhone και Android</a></p>',
  },
  ro: {
    'abonează-te': '<p>Abonează-te la newsletter-ul nostru și primești cele mai importante știri.</p>',
    'urmărește-ne pe': '<p>Urmărește-ne pe <a href="https://www.facebook.com/example">Facebook</a> și Instagram</p>',
    'descarcă aplicația': '<p>Descarcă aplicația pentru <a href="/app">iPhone și Android</a></p>',
  },
  sk: {
    'sledujte nás na': '<p>Sledujte nás na <a href="https://www.facebook.com/example">Facebooku</a> a Instagrame</p>',
    'stiahnite si aplikáciu': '<p>Stiahnite si aplikáciu pre <a href="/app">iPhone a Android</a></p>',
    'prihláste sa na odber': '<p>Prihláste sa na odber newslettra a dostávajte najdôležitejšie správy.</p>',
  },
  ar: {
    'تابعونا على': '<p>تابعونا على <a href="https://www.facebook.com/example">فيسبوك</a> وتويتر</p>',
    'تابعوا آخر الأخبار': '<p>تابعوا آخر الأخبار عبر <a href="https://t.me/example">قناتنا على تيليغرام</a></p>',
    'اشترك في النشرة': '<p>اشترك في النشرة البريدية لتصلك أهم الأخبار يوميا.</p>',
    'حمل تطبيق': '<p>حمّل تطبيق <a href="/app">المثال للأخبار</a> على هاتفك</p>',
  },
  hi: {
    'हमें फॉलो करें': '<p>हमें फॉलो करें <a href="https://www.facebook.com/example">फेसबुक</a> और ट्विटर पर</p>',
    'सब्सक्राइब करें': '<p>सब्सक्राइब करें हमारा <a href="https://www.youtube.com/example">यूट्यूब चैनल</a></p>',
    'ताजा खबरों के लिए': '<p>ताज़ा ख़बरों के लिए <a href="https://news.google.com/publications/example">गूगल न्यूज़</a> पर फॉलो करें</p>',
  },
  fa: {
    'ما را در شبکه\u200cهای اجتماعی دنبال کنید': '<p>ما را در شبکه\u200cهای اجتماعی دنبال کنید: <a href="https://t.me/example">تلگرام</a></p>',
    'عضویت در خبرنامه': '<p>عضویت در خبرنامه و دریافت مهم\u200cترین اخبار روز</p>',
    'دانلود اپلیکیشن': '<p>دانلود اپلیکیشن <a href="/app">خبرگزاری نمونه</a> برای اندروید و آیفون</p>',
  },
  he: {
    'הצטרפו לערוץ': '<p>הצטרפו לערוץ <a href="https://t.me/example">הטלגרם שלנו</a> לעדכונים שוטפים</p>',
    'עקבו אחרינו': '<p>עקבו אחרינו ב<a href="https://www.facebook.com/example">פייסבוק</a> ובאינסטגרם</p>',
    'הירשמו לניוזלטר': '<p>הירשמו לניוזלטר וקבלו את הכתבות החשובות ישירות למייל.</p>',
  },
  bn: {
    'সর্বশেষ খবর পেতে': '<p>সর্বশেষ খবর পেতে <a href="https://news.google.com/publications/example">গুগল নিউজ</a> চ্যানেল ফলো করুন</p>',
    'সাবস্ক্রাইব করুন': '<p>সাবস্ক্রাইব করুন আমাদের <a href="https://www.youtube.com/example">ইউটিউব চ্যানেল</a></p>',
    'আমাদের ফেসবুক পেজ': '<p>আমাদের ফেসবুক পেজ <a href="https://www.facebook.com/example">লাইক দিন</a></p>',
  },
  ur: {
    'ہمیں فالو کریں': '<p>ہمیں فالو کریں <a href="https://www.facebook.com/example">فیس بک</a> اور ٹوئٹر پر</p>',
    'سبسکرائب کریں': '<p>سبسکرائب کریں ہمارا <a href="https://www.youtube.com/example">یوٹیوب چینل</a></p>',
  },
  sw: {
    'jiunge na chaneli': '<p>Jiunge na chaneli yetu ya <a href="https://whatsapp.com/channel/example">WhatsApp</a> upate habari papo hapo</p>',
    'tufuate kwenye': '<p>Tufuate kwenye <a href="https://www.facebook.com/example">Facebook</a> na Instagram</p>',
    'pakua programu': '<p>Pakua programu ya <a href="/app">Habari Mfano</a> kwa Android na iPhone</p>',
  },
  tl: {
    'sundan kami sa': '<p>Sundan kami sa <a href="https://www.facebook.com/example">Facebook</a> at X</p>',
    'i-follow kami sa': '<p>I-follow kami sa <a href="https://www.tiktok.com/@example">TikTok</a> para sa pinakabagong balita</p>',
  },
  ca: {
    'subscriu-te': '<p>Subscriu-te al butlletí i rep les notícies més importants cada matí.</p>',
    'segueix-nos a': '<p>Segueix-nos a <a href="https://www.instagram.com/example">Instagram</a> i a X</p>',
    'descarrega\'t l\'app': '<p>Descarrega\'t l\'app del diari per a <a href="/app">iPhone i Android</a></p>',
  },
  hr: {
    'pratite nas na': '<p>Pratite nas na <a href="https://www.facebook.com/example">Facebooku</a> i Instagramu</p>',
    'preuzmite aplikaciju': '<p>Preuzmite aplikaciju za <a href="/app">iPhone i Android</a></p>',
    'pretplatite se na': '<p>Pretplatite se na naš newsletter i primajte najvažnije vijesti.</p>',
  },
  sr: {
    'пратите нас на': '<p>Пратите нас на <a href="https://t.me/example">Телеграму</a> и Инстаграму</p>',
    'preuzmite aplikaciju': '<p>Preuzmite aplikaciju za <a href="/app">iPhone i Android</a></p>',
    'пријавите се за': '<p>Пријавите се за њузлетер и добијајте најважније вести.</p>',
  },
  bg: {
    'последвайте ни в': '<p>Последвайте ни в <a href="https://www.facebook.com/example">Facebook</a> и Instagram</p>',
    'абонирайте се за': '<p>Абонирайте се за нашия бюлетин и получавайте най-важните новини.</p>',
    'изтеглете приложението': '<p>Изтеглете приложението за <a href="/app">iPhone и Android</a></p>',
  },
  sl: {
    'sledite nam na': '<p>Sledite nam na <a href="https://www.facebook.com/example">Facebooku</a> in Instagramu</p>',
    'naročite se na': '<p>Naročite se na naše e-novice in prejemajte najpomembnejše novice.</p>',
    'prenesite aplikacijo': '<p>Prenesite aplikacijo za <a href="/app">iPhone in Android</a></p>',
  },
  lt: {
    'sekite mus': '<p>Sekite mus <a href="https://www.facebook.com/example">Facebook</a> ir Instagram</p>',
    'prenumeruokite naujienlaiškį': '<p>Prenumeruokite naujienlaiškį ir gaukite svarbiausias naujienas.</p>',
  },
  lv: {
    'seko mums': '<p>Seko mums <a href="https://www.facebook.com/example">Facebook</a> un Instagram</p>',
    'piesakies jaunumiem': '<p>Piesakies jaunumiem un saņem svarīgākās ziņas e-pastā.</p>',
  },
  et: {
    'jälgi meid': '<p>Jälgi meid <a href="https://www.facebook.com/example">Facebookis</a> ja Instagramis</p>',
    'telli uudiskiri': '<p>Telli uudiskiri ja saa olulisemad uudised oma postkasti.</p>',
  },
};

/** One pager per word: numbered page links with the word; the pager must go. */
export const PAGER_WORD_FIXTURES: Record<string, Record<string, string>> = {
  id: {
    'halaman': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Halaman</a></div>',
    'hal': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Hal</a></div>',
    'selanjutnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Selanjutnya</a></div>',
    'sebelumnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Sebelumnya</a></div>',
    'berikutnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Berikutnya</a></div>',
    'lihat semua': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Lihat semua</a></div>',
    'tampilkan semua': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Tampilkan semua</a></div>',
    'halaman selanjutnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Halaman selanjutnya</a></div>',
    'halaman sebelumnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Halaman sebelumnya</a></div>',
    'semua': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Semua</a></div>',
  },
  en: {
    'page': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Page</a></div>',
    'pages': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Pages</a></div>',
    'next': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next</a></div>',
    'previous': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Previous</a></div>',
    'prev': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Prev</a></div>',
    'next page': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next page</a></div>',
    'previous page': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Previous page</a></div>',
    'view all': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">View all</a></div>',
    'show all': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Show all</a></div>',
    'single page': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Single page</a></div>',
    'first': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">First</a></div>',
    'last': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Last</a></div>',
    'of': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Of</a></div>',
  },
  de: {
    'seite': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Seite</a></div>',
    'weiter': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Weiter</a></div>',
    'zurück': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Zurück</a></div>',
    'nächste seite': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Nächste seite</a></div>',
    'vorherige seite': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Vorherige seite</a></div>',
    'alle': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Alle</a></div>',
  },
  fr: {
    'page': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Page</a></div>',
    'suivant': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Suivant</a></div>',
    'précédent': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Précédent</a></div>',
    'page suivante': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Page suivante</a></div>',
  },
  es: {
    'página': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Página</a></div>',
    'siguiente': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Siguiente</a></div>',
    'anterior': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Anterior</a></div>',
  },
  pt: {
    'página': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Página</a></div>',
    'próxima': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Próxima</a></div>',
    'anterior': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Anterior</a></div>',
  },
  it: {
    'pagina': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Pagina</a></div>',
    'successiva': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Successiva</a></div>',
    'precedente': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Precedente</a></div>',
  },
  nl: {
    'pagina': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Pagina</a></div>',
    'volgende': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Volgende</a></div>',
    'vorige': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Vorige</a></div>',
  },
  pl: {
    'strona': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Strona</a></div>',
    'następna': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Następna</a></div>',
    'poprzednia': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Poprzednia</a></div>',
  },
  ms: {
    'halaman': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Halaman</a></div>',
    'seterusnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Seterusnya</a></div>',
    'sebelumnya': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Sebelumnya</a></div>',
  },
  cs: {
    'strana': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Strana</a></div>',
    'další': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Další</a></div>',
    'předchozí': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Předchozí</a></div>',
  },
  ru: {
    'страница': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Страница</a></div>',
    'следующая': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Следующая</a></div>',
    'предыдущая': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Предыдущая</a></div>',
  },
  tr: {
    'sayfa': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Sayfa</a></div>',
    'sonraki': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Sonraki</a></div>',
    'önceki': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Önceki</a></div>',
  },
  vi: {
    'trang': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Trang</a></div>',
    'tiếp theo': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Tiếp theo</a></div>',
    'trước': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Trước</a></div>',
  },
  ar: {
    'الصفحة': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">الصفحة</a></div>',
    'التالي': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">التالي</a></div>',
    'السابق': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">السابق</a></div>',
    'التالية': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">التالية</a></div>',
    'السابقة': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">السابقة</a></div>',
  },
  hi: {
    'पृष्ठ': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">पृष्ठ</a></div>',
    'अगला': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">अगला</a></div>',
    'पिछला': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">पिछला</a></div>',
  },
  fa: {
    'صفحه': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">صفحه</a></div>',
    'بعدی': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">بعدی</a></div>',
    'قبلی': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">قبلی</a></div>',
  },
  he: {
    'עמוד': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">עמוד</a></div>',
    'הבא': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">הבא</a></div>',
    'הקודם': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">הקודם</a></div>',
  },
  bn: {
    'পাতা': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">পাতা</a></div>',
    'পরবর্তী': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">পরবর্তী</a></div>',
    'পূর্ববর্তী': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">পূর্ববর্তী</a></div>',
  },
  ur: {
    'صفحہ': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">صفحہ</a></div>',
    'اگلا': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">اگلا</a></div>',
    'پچھلا': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">پچھلا</a></div>',
  },
  ca: {
    'pàgina': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">pàgina</a></div>',
    'següent': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">següent</a></div>',
  },
  hr: {
    'stranica': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">stranica</a></div>',
    'sljedeća': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">sljedeća</a></div>',
    'prethodna': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">prethodna</a></div>',
  },
  sr: {
    'страна': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">страна</a></div>',
    'следећа': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">следећа</a></div>',
    'претходна': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">претходна</a></div>',
    'sledeća': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">sledeća</a></div>',
  },
  bg: {
    'следваща': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">следваща</a></div>',
    'предишна': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">предишна</a></div>',
  },
  sl: {
    'stran': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">stran</a></div>',
    'naslednja': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">naslednja</a></div>',
    'prejšnja': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">prejšnja</a></div>',
  },
  lt: {
    'puslapis': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">puslapis</a></div>',
    'kitas': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">kitas</a></div>',
    'ankstesnis': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">ankstesnis</a></div>',
  },
  lv: {
    'lapa': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">lapa</a></div>',
    'nākamā': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">nākamā</a></div>',
    'iepriekšējā': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">iepriekšējā</a></div>',
  },
  et: {
    'lehekülg': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">lehekülg</a></div>',
    'järgmine': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">järgmine</a></div>',
    'eelmine': '<div><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">eelmine</a></div>',
  },
};

/** One author's box per label, placed after the story's last paragraph: the label and the bio must both go (kind "boilerplate"). */
export const AUTHOR_BOX_LABEL_FIXTURES: Record<string, Record<string, string>> = {
  en: {
    'about the author': '<h3>About the author</h3><p>Jane Doe has covered city politics for twelve years and lives near the harbour.</p>',
    'about the authors': '<div>About the authors</div><p>Jane Doe and John Roe write on science and the climate for several magazines.</p>',
    'about the writer': '<h4>About the writer</h4><p>John Roe is a freelance reporter based in Leeds who writes on farming.</p>',
  },
  de: {
    'über den autor': '<h3>Über den Autor</h3><p>Jossi Loibl schreibt seit mehr als 25 Jahren über Wein und Gastronomie.</p>',
    'über die autorin': '<div>Über die Autorin</div><p>Anna Berg ist Redakteurin und lebt mit ihrer Familie in Leipzig.</p>',
    'über die autoren': '<h4>Über die Autoren</h4><p>Anna Berg und Jonas Roth schreiben gemeinsam über Reisen und Kultur.</p>',
    'zur person': '<p><strong>Zur Person</strong></p><p>Dr. Arne Sjöström ist Lead People Scientist und forscht zu Organisationspsychologie.</p>',
    'zum autor': '<h3>Zum Autor</h3><p>Jonas Roth ist freier Journalist in Hamburg und schreibt über Technik.</p>',
    'zur autorin': '<div>Zur Autorin</div><p>Lena Vogt arbeitet als Wissenschaftsjournalistin in Bremen.</p>',
  },
  fr: {
    'à propos de l\'auteur': '<h3>À propos de l\'auteur</h3><p>Marie Dubois est journaliste indépendante et vit à Lyon depuis dix ans.</p>',
    'l\'auteur': '<div>L\'auteur</div><p>Paul Martin enseigne l\'histoire contemporaine à l\'université de Nantes.</p>',
  },
  es: {
    'sobre el autor': '<h3>Sobre el autor</h3><p>Carlos Ruiz es periodista y vive en Sevilla, donde escribe sobre cultura.</p>',
    'sobre la autora': '<div>Sobre la autora</div><p>Lucía Gómez es bióloga y divulgadora científica en Valencia.</p>',
    'acerca del autor': '<h4>Acerca del autor</h4><p>Pedro Sánchez Ruiz escribe sobre economía para varios diarios.</p>',
  },
  pt: {
    'sobre o autor': '<h3>Sobre o autor</h3><p>João Silva é jornalista em Lisboa e escreve sobre política europeia.</p>',
    'sobre a autora': '<div>Sobre a autora</div><p>Ana Costa é professora e escreve sobre educação no Porto.</p>',
  },
  it: {
    'sull\'autore': '<h3>Sull\'autore</h3><p>Marco Rossi è giornalista a Milano e scrive di economia e lavoro.</p>',
    'l\'autore': '<div>L\'autore</div><p>Giulia Bianchi insegna letteratura e vive a Bologna con la famiglia.</p>',
  },
  nl: {
    'over de auteur': '<h3>Over de auteur</h3><p>Jan de Vries is journalist in Utrecht en schrijft over wonen.</p>',
    'over de schrijver': '<div>Over de schrijver</div><p>Eva Jansen schrijft romans en woont sinds jaren in Gent.</p>',
  },
  pl: {
    'o autorze': '<h3>O autorze</h3><p>Jan Kowalski jest dziennikarzem i mieszka w Krakowie od dziesięciu lat.</p>',
    'o autorce': '<div>O autorce</div><p>Anna Nowak pisze o nauce i zdrowiu dla kilku tygodników.</p>',
  },
  id: {
    'tentang penulis': '<h3>Tentang Penulis</h3><p>Budi Santoso adalah wartawan lepas yang tinggal di Bandung.</p>',
  },
  ar: {
    'عن الكاتب': '<h3>عن الكاتب</h3><p>صحفي مصري يكتب عن الاقتصاد والسياسة منذ عشرين عاما.</p>',
    'نبذة عن الكاتب': '<div>نبذة عن الكاتب</div><p>صحفي مصري يكتب عن الاقتصاد والسياسة منذ عشرين عاما.</p>',
  },
  hi: {
    'लेखक के बारे में': '<h3>लेखक के बारे में</h3><p>रमेश शर्मा दिल्ली में रहने वाले पत्रकार हैं और बीस साल से अर्थव्यवस्था पर लिखते हैं।</p>',
  },
  fa: {
    'درباره نویسنده': '<h3>درباره نویسنده</h3><p>روزنامه\u200cنگار اقتصادی که بیست سال است در تهران می\u200cنویسد.</p>',
  },
  he: {
    'על הכותב': '<h3>על הכותב</h3><p>עיתונאי ירושלמי שכותב על כלכלה ופוליטיקה כבר עשרים שנה.</p>',
    'על הכותבת': '<div>על הכותבת</div><p>עיתונאי ירושלמי שכותב על כלכלה ופוליטיקה כבר עשרים שנה.</p>',
  },
};

/** One author's box per opening, followed by the author's name, placed after the story: label and bio go. */
export const AUTHOR_BOX_NAME_OPENING_FIXTURES: Record<string, Record<string, string>> = {
  en: { about: '<h3>About Jane Doe</h3><p>Senior editor with a focus on tech and gaming. You can keep up with her online.</p>' },
  de: { über: '<div>Über Kathrin</div><p>Hallo, ich bin Foodbloggerin, Backbuchautorin und leidenschaftliche Bäckerin.</p>' },
  fr: { 'à propos de': '<h3>À propos de Marie Dubois</h3><p>Journaliste indépendante, elle vit à Lyon depuis dix ans.</p>' },
  es: { sobre: '<h4>Sobre Carlos Ruiz</h4><p>Periodista, vive en Sevilla y escribe de cultura y viajes.</p>' },
  nl: { over: '<div>Over Eva Jansen</div><p>Journalist in Utrecht, schrijft over wonen en verkeer.</p>' },
};

/** One rights notice per phrase, under the story: it goes although it reads as a sentence (kind "boilerplate"). */
export const RIGHTS_PHRASE_FIXTURES: Record<string, Record<string, string>> = {
  en: {
    'all rights reserved': '<p>Copyright Example Media Group. All rights reserved.</p>',
  },
  de: {
    'alle rechte vorbehalten': '<p>Beispiel Verlag GmbH, alle Rechte vorbehalten.</p>',
  },
  fr: {
    'tous droits réservés': '<p>Exemple Médias SA, tous droits réservés.</p>',
  },
  es: {
    'todos los derechos reservados': '<p>Ejemplo Diario S.A. Todos los derechos reservados.</p>',
  },
  pt: {
    'todos os direitos reservados': '<p>Exemplo Jornal Ltda. Todos os direitos reservados.</p>',
  },
  it: {
    'tutti i diritti riservati': '<p>Esempio Editore Spa, tutti i diritti riservati.</p>',
  },
  nl: {
    'alle rechten voorbehouden': '<p>Voorbeeld Uitgevers BV, alle rechten voorbehouden.</p>',
  },
  pl: {
    'wszelkie prawa zastrzeżone': '<p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.</p>',
  },
  cs: {
    'všechna práva vyhrazena': '<p>Příklad Média a.s., všechna práva vyhrazena.</p>',
  },
  ru: {
    'все права защищены': '<p>Пример Медиа, все права защищены.</p>',
  },
  uk: {
    'всі права захищені': '<p>Приклад Медіа, всі права захищені.</p>',
  },
  tr: {
    'tüm hakları saklıdır': '<p>Örnek Medya A.Ş. Tüm hakları saklıdır.</p>',
  },
  id: {
    'hak cipta dilindungi undang-undang': '<p>Contoh Media Grup. Hak cipta dilindungi undang-undang.</p>',
  },
  ms: {
    'hak cipta terpelihara': '<p>Contoh Media Berhad. Hak cipta terpelihara.</p>',
  },
  sv: {
    'alla rättigheter förbehållna': '<p>Exempel Media AB, alla rättigheter förbehållna.</p>',
  },
  vi: {
    'bảo lưu mọi quyền': '<p>Báo Ví Dụ, bảo lưu mọi quyền.</p>',
  },
  zh: {
    '版权所有': '<p>示例新闻网 版权所有</p>',
    '版權所有': '<p>示例新聞網 版權所有</p>',
  },
  ja: {
    '無断転載を禁じます': '<p>例示新聞社 無断転載を禁じます。</p>',
  },
  ko: {
    '무단 전재 및 재배포 금지': '<p>예시뉴스 무단 전재 및 재배포 금지</p>',
  },
  da: {
    'alle rettigheder forbeholdes': '<p>Eksempel Medier A/S. Alle rettigheder forbeholdes.</p>',
  },
  nb: {
    'alle rettigheter reservert': '<p>Eksempel Media AS. Alle rettigheter reservert.</p>',
    'alle rettigheter forbeholdt': '<p>Eksempelavisen AS, alle rettigheter forbeholdt.</p>',
  },
  fi: {
    'kaikki oikeudet pidätetään': '<p>Esimerkki Media Oy. Kaikki oikeudet pidätetään.</p>',
  },
  hu: {
    'minden jog fenntartva': '<p>Példa Kiadó Zrt. Minden jog fenntartva.</p>',
  },
  el: {
    'επιφύλαξη παντός δικαιώματος': '<p>Παράδειγμα Εκδοτική Α.Ε. Με την επιφύλαξη παντός δικαιώματος.</p>',
    'όλα τα δικαιώματα διατηρούνται': '<p>Παράδειγμα Εκδοτική Α.Ε. Όλα τα δικαιώματα διατηρούνται.</p>',
  },
  ro: {
    'toate drepturile rezervate': '<p>Exemplu Media SRL. Toate drepturile rezervate.</p>',
  },
  sk: {
    'všetky práva vyhradené': '<p>Príklad Média a.s. Všetky práva vyhradené.</p>',
  },
  ar: {
    'جميع الحقوق محفوظة': '<p>شركة المثال للإعلام 2026. جميع الحقوق محفوظة.</p>',
    'كل الحقوق محفوظة': '<p>كل الحقوق محفوظة لموقع المثال للأخبار.</p>',
  },
  hi: {
    'सर्वाधिकार सुरक्षित': '<p>उदाहरण मीडिया लिमिटेड 2026. सर्वाधिकार सुरक्षित.</p>',
  },
  fa: {
    'کلیه حقوق محفوظ است': '<p>خبرگزاری نمونه، کلیه حقوق محفوظ است.</p>',
    'تمامی حقوق محفوظ است': '<p>تمامی حقوق محفوظ است و استفاده از مطالب با ذکر منبع آزاد است.</p>',
    'حقوق مادی و معنوی': '<p>کلیه حقوق مادی و معنوی این سایت متعلق به خبرگزاری نمونه است.</p>',
  },
  he: {
    'כל הזכויות שמורות': '<p>דוגמה מדיה בע"מ 2026. כל הזכויות שמורות.</p>',
  },
  bn: {
    'সর্বস্বত্ব সংরক্ষিত': '<p>উদাহরণ মিডিয়া লিমিটেড ২০২৬. সর্বস্বত্ব সংরক্ষিত.</p>',
  },
  ur: {
    'جملہ حقوق محفوظ ہیں': '<p>مثال میڈیا گروپ، جملہ حقوق محفوظ ہیں.</p>',
  },
  sw: {
    'haki zote zimehifadhiwa': '<p>Habari Mfano Ltd 2026. Haki zote zimehifadhiwa.</p>',
  },
  ca: {
    'tots els drets reservats': '<p>Exemple Mitjans SL 2026. Tots els drets reservats.</p>',
  },
  hr: {
    'sva prava pridržana': '<p>Primjer Mediji d.o.o. 2026. Sva prava pridržana.</p>',
  },
  sr: {
    'sva prava zadržana': '<p>Primer Medija d.o.o. 2026. Sva prava zadržana.</p>',
    'сва права задржана': '<p>Пример Медија д.о.о. 2026. Сва права задржана.</p>',
  },
  bg: {
    'всички права запазени': '<p>Пример Медия ООД 2026. Всички права запазени.</p>',
  },
  sl: {
    'vse pravice pridržane': '<p>Primer Mediji d.o.o. 2026. Vse pravice pridržane.</p>',
  },
  lt: {
    'visos teisės saugomos': '<p>Pavyzdys Media UAB 2026. Visos teisės saugomos.</p>',
  },
  lv: {
    'visas tiesības aizsargātas': '<p>Piemērs Mediji SIA 2026. Visas tiesības aizsargātas.</p>',
  },
  et: {
    'kõik õigused kaitstud': '<p>Näide Meedia AS 2026. Kõik õigused kaitstud.</p>',
  },
};

/** One blog post footer per opening, under the story: it goes although it reads as a sentence (kind "boilerplate"). */
export const POST_FOOTER_OPENING_FIXTURES: Record<string, Record<string, string>> = {
  en: {
    'this entry was posted': '<p>This entry was posted in Local News. Bookmark the permalink.</p>',
    'this post was posted': '<p>This post was posted in Travel and tagged Lisbon. Bookmark the permalink.</p>',
    'posted in': '<p>Posted in Local News, Politics | Tagged council, budget</p>',
    'filed under': '<p>Filed Under: Local News, Politics</p>',
  },
  de: {
    'der beitrag wurde am': '<p>Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.</p>',
    'dieser beitrag wurde am': '<p>Dieser Beitrag wurde am 3. Mai 2021 in Allgemein veröffentlicht.</p>',
    'dieser eintrag wurde': '<p>Dieser Eintrag wurde veröffentlicht in Allgemein. Setze ein Lesezeichen auf den Permalink.</p>',
    'erstellt am': '<p>Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials.</p>',
    'veröffentlicht in': '<p>Veröffentlicht in Allgemein | Verschlagwortet mit Reisen</p>',
  },
  fr: {
    'cet article a été publié': '<p>Cet article a été publié dans Actualités. Ajoutez ce permalien à vos favoris.</p>',
    'publié dans': '<p>Publié dans Actualités, Politique</p>',
  },
  es: {
    'esta entrada fue publicada': '<p>Esta entrada fue publicada en Noticias. Guarda el enlace permanente.</p>',
    'publicado en': '<p>Publicado en Noticias, Política</p>',
  },
  pt: {
    'esta entrada foi publicada': '<p>Esta entrada foi publicada em Notícias. Adicione o link permanente aos seus favoritos.</p>',
    'publicado em': '<p>Publicado em Notícias, Política</p>',
  },
  it: {
    'questa voce è stata pubblicata': '<p>Questa voce è stata pubblicata in Notizie. Contrassegna il permalink.</p>',
    'pubblicato in': '<p>Pubblicato in Notizie, Politica</p>',
  },
  nl: {
    'dit bericht is geplaatst': '<p>Dit bericht is geplaatst in Nieuws. Bookmark de permalink.</p>',
    'geplaatst in': '<p>Geplaatst in Nieuws, Politiek</p>',
  },
  pl: {
    'ten wpis został opublikowany': '<p>Ten wpis został opublikowany w kategorii Wiadomości. Dodaj zakładkę do bezpośredniego odnośnika.</p>',
    'opublikowano w': '<p>Opublikowano w Wiadomości, Polityka</p>',
  },
  id: {
    'diposting di': '<p>Diposting di Berita, Politik</p>',
    'ditulis dalam': '<p>Ditulis dalam Berita, Politik</p>',
  },
};
