/**
 * Titles and honorifics that stand before a name but are not part of it
 * ("Presiden Joko Widodo" → "Joko Widodo"), lower-cased, without dots.
 * Multi-word titles are matched word by word.
 */
export const PERSON_TITLES: Record<string, readonly string[]> = {
  any: ['dr', 'drs', 'prof', 'ir', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'gen', 'col', 'lt', 'sgt', 'sen', 'rep', 'gov', 'rev', 'h', 'hj', 'ex'],
  en: [
    'superintendent', 'councilor', 'councillor', 'councilman', 'councilwoman', 'council member', 'board member', 'sheriff', 'deputy sheriff',
    'detective', 'sergeant', 'inspector', 'principal', 'dean', 'trustee', 'alderman', 'alderwoman', 'state sen', 'state rep', 'assemblyman',
    'assemblywoman', 'lawmaker', 'congressman', 'congresswoman', 'commissioner', 'manager', 'town manager', 'city manager', 'parent', 'resident',
    'economist', 'analyst', 'chief of staff', 'chief minister', 'premier', 'police chief', 'fire chief', 'executive director', 'vice chair',
    'president', 'vice president', 'president-elect', 'prime minister', 'minister', 'foreign minister', 'defence minister', 'defense minister',
    'secretary', 'secretary of state', 'finance minister', 'health minister', 'interior minister', 'home secretary', 'foreign secretary', 'secretary-general', 'chancellor', 'senator', 'governor', 'mayor', 'general', 'admiral',
    'chief executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'judge',
    'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'leader', 'ambassador', 'commissioner', 'professor', 'coach', 'captain',
    'chief', 'representative', 'reverend', 'speaker', 'attorney general', 'deputy', 'lord', 'lady', 'former', 'doctor', 'officer',
  ],
  id: [
    'anggota dprd', 'kepala dinas', 'kadis', 'kapolsek', 'danrem', 'dandim', 'pangdam', 'kasat', 'kasatlantas', 'kasatreskrim', 'sekda',
    'wakil wali kota', 'wakil bupati', 'wakil gubernur', 'plt', 'pj', 'penjabat', 'rektor', 'warga', 'petugas', 'humas', 'kabid', 'kasi',
    'presiden', 'wakil presiden', 'wapres', 'menteri', 'menteri luar negeri', 'menteri dalam negeri', 'menteri pertahanan', 'menlu', 'menhan',
    'menteri keuangan', 'menteri kesehatan', 'menteri perdagangan', 'menteri pertanian', 'menteri perhubungan', 'menteri agama',
    'menteri sosial', 'menteri pendidikan', 'menteri koordinator', 'menko', 'menkeu', 'mendag', 'mentan', 'menkes', 'mendikbud',
    'perdana menteri', 'pemimpin', 'ketua', 'ketua umum', 'wakil ketua', 'wakil', 'gubernur', 'bupati', 'wali kota', 'walikota', 'kepala',
    'direktur', 'direktur utama', 'dirut', 'kapolri', 'kapolda', 'kapolres', 'jenderal', 'letnan', 'kolonel', 'brigjen', 'irjen', 'kombes',
    'juru bicara', 'jubir', 'sekretaris', 'sekjen', 'anggota', 'pengamat', 'pakar', 'dosen', 'guru besar', 'raja', 'ratu', 'pangeran',
    'duta besar', 'dubes', 'komisaris', 'hakim', 'jaksa', 'pelatih', 'kapten', 'bapak', 'ibu', 'pak', 'bu', 'sang', 'syekh', 'kiai',
    'ustaz', 'habib', 'camat', 'lurah', 'panglima', 'mantan', 'kanselir', 'paus',
  ],
  ms: [
    'perdana menteri', 'menteri', 'presiden', 'datuk', 'dato', 'datuk seri', 'dato seri', 'tan sri', 'tun', 'encik', 'puan', 'tuan', 'ketua',
    'pengerusi', 'pengarah', 'ketua pengarah', 'timbalan', 'timbalan menteri', 'menteri besar', 'ketua menteri', 'ahli parlimen', 'adun', 'exco',
    'jurucakap', 'penghulu', 'ketua polis', 'ketua polis daerah', 'pegawai', 'setiausaha', 'naib', 'cikgu', 'che gu', 'haji', 'hajah', 'ustaz',
  ],
  fr: [
    'adjoint', 'adjointe', 'conseiller', 'conseillère', 'préfet', 'préfète', 'procureur', 'procureure', 'commissaire', 'sénateur', 'maire adjoint',
    'ministre délégué', 'ministre déléguée', 'député européen', 'responsable', 'dirigeant', 'dirigeante', 'avocat', 'avocate', 'docteur', 'professeur',
    'président', 'présidente', 'ministre', 'premier ministre', 'chancelier', 'chancelière', 'porte-parole', 'directeur', 'directrice',
    'maire', 'sénateur', 'sénatrice', 'député', 'députée', 'général', 'secrétaire', 'm', 'mme', 'mlle', 'pape', 'roi', 'reine', 'ancien', 'ancienne',
  ],
  de: [
    'machthaber', 'machthaberin', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'bundespräsident', 'minister', 'ministerin',
    'ministerpräsident', 'ministerpräsidentin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'vorsitzender', 'vorsitzende', 'herr', 'frau',
    'bürgermeister', 'bürgermeisterin', 'papst', 'könig', 'königin', 'ex-kanzler', 'außenminister', 'außenministerin',
    'oberbürgermeister', 'oberbürgermeisterin', 'stadtrat', 'stadträtin', 'landrat', 'landrätin', 'polizeisprecher', 'polizeisprecherin',
    'gemeinderat', 'gemeinderätin', 'abgeordneter', 'abgeordnete', 'senator', 'senatorin', 'dr', 'prof', 'professor', 'professorin',
  ],
  es: [
    'diputado', 'diputada', 'senador', 'senadora', 'gobernador', 'gobernadora', 'vocero', 'vocera', 'jefe', 'jefa', 'concejal', 'concejala',
    'legislador', 'legisladora', 'fiscal', 'juez', 'jueza', 'comisario', 'intendente', 'consejero', 'consejera', 'subsecretario', 'subsecretaria',
    'doctor', 'doctora', 'profesor', 'profesora', 'licenciado', 'licenciada', 'lic', 'ingeniero', 'ing',
    'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'portavoz', 'alcalde', 'alcaldesa', 'secretario', 'secretaria',
    'director', 'directora', 'rey', 'reina', 'papa', 'señor', 'señora', 'sr', 'sra', 'don', 'doña', 'expresidente',
  ],
  pt: [
    'vereador', 'vereadora', 'autarca', 'presidente da câmara', 'comandante', 'delegado', 'delegada', 'juiz', 'juíza', 'procurador',
    'procuradora', 'professor', 'professora', 'doutor', 'doutora', 'urbanista', 'economista', 'coordenador', 'coordenadora',
    'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'secretário', 'secretária', 'porta-voz',
    'diretor', 'diretora', 'senador', 'senadora', 'deputado', 'deputada', 'papa', 'rei', 'rainha', 'ex-presidente',
  ],
  it: [
    'presidente', 'ministro', 'ministra', 'premier', 'sindaco', 'sindaca', 'segretario', 'segretaria', 'portavoce', 'direttore', 'direttrice',
    'papa', 're', 'regina', 'assessore', 'assessora', 'consigliere', 'consigliera', 'governatore', 'governatrice', 'prefetto', 'questore',
    'onorevole', 'senatore', 'senatrice', 'deputato', 'deputata', 'procuratore', 'comandante', 'dottore', 'dottoressa', 'professore',
    'professoressa', 'avvocato', 'sottosegretario', 'vicesindaco', 'dott', 'prof', 'on', 'avv', 'ing',
  ],
  nl: [
    'premier', 'minister', 'president', 'burgemeester', 'woordvoerder', 'woordvoerster', 'directeur', 'koning', 'koningin', 'wethouder',
    'gedeputeerde', 'voorzitter', 'staatssecretaris', 'kamerlid', 'hoogleraar', 'commissaris', 'dhr', 'mevrouw', 'meneer',
  ],
  pl: [
    'prezydent', 'premier', 'minister', 'ministra', 'wiceminister', 'burmistrz', 'wójt', 'starosta', 'marszałek', 'rzecznik', 'rzeczniczka',
    'prezes', 'prezeska', 'dyrektor', 'dyrektorka', 'poseł', 'posłanka', 'senator', 'senatorka', 'wojewoda', 'pan', 'pani', 'szef', 'szefowa',
    'przewodniczący', 'przewodnicząca', 'radny', 'radna', 'prokurator', 'sędzia', 'profesor', 'profesorka', 'komendant', 'generał', 'ks',
    'mecenas', 'doktor', 'wicepremier', 'europoseł', 'europosłanka', 'kierownik', 'kierowniczka', 'inż', 'mgr', 'hab',
  ],
  ru: [
    'министр', 'президент', 'премьер-министр', 'премьер', 'глава', 'мэр', 'губернатор', 'пресс-секретарь', 'представитель',
    'официальный представитель', 'спикер', 'депутат', 'сенатор', 'директор', 'генеральный директор', 'гендиректор', 'председатель',
    'руководитель', 'замминистра', 'заместитель', 'вице-премьер', 'посол', 'генерал', 'профессор', 'советник', 'помощник', 'врио', 'главврач',
    'вице-президент', 'глава города', 'мэр города', 'вице-мэр', 'губернатор области', 'глава администрации', 'глава района', 'господин', 'госпожа',
    'академик', 'доктор', 'полковник', 'прокурор', 'судья', 'патриарх', 'эксперт', 'аналитик', 'политолог', 'экономист', 'министр обороны',
    'министр финансов', 'министр иностранных дел', 'глава мид',
  ],
  uk: [
    'міністр', 'президент', "прем'єр-міністр", 'прем’єр-міністр', 'премʼєр-міністр', "прем'єр", 'прем’єр', 'мер', 'голова', 'міський голова',
    'речник', 'речниця', 'депутат', 'депутатка', 'директор', 'директорка', 'губернатор', 'посол', 'професор', 'професорка', 'генерал',
    'командувач', 'секретар', 'спікер', 'керівник', 'керівниця', 'очільник', 'очільниця', 'заступник', 'заступниця', 'радник', 'радниця',
    'віцепрем’єр', "віцепрем'єр", 'віце-прем’єр', "віце-прем'єр", 'уповноважений', 'прокурор', 'суддя', 'пан', 'пані', 'експерт', 'експертка',
    'голова ова', 'начальник', 'начальниця',
  ],
  cs: [
    'ministr', 'ministryně', 'premiér', 'premiérka', 'prezident', 'prezidentka', 'starosta', 'starostka', 'hejtman', 'hejtmanka', 'mluvčí',
    'ředitel', 'ředitelka', 'předseda', 'předsedkyně', 'poslanec', 'poslankyně', 'senátor', 'senátorka', 'primátor', 'primátorka', 'soudce',
    'soudkyně', 'náměstek', 'náměstkyně', 'profesor', 'profesorka', 'docent', 'docentka', 'doc', 'mgr', 'ing', 'bc', 'judr', 'mudr', 'phdr',
    'rndr', 'pan', 'paní', 'šéf', 'šéfka', 'generál', 'velvyslanec', 'velvyslankyně', 'místopředseda', 'místopředsedkyně', 'policejní mluvčí',
    'vicepremiér', 'vicepremiérka', 'státní zástupce', 'státní zástupkyně', 'radní', 'zastupitel', 'zastupitelka',
  ],
  sk: [
    'minister', 'ministerka', 'premiér', 'premiérka', 'prezident', 'prezidentka', 'starosta', 'starostka', 'primátor', 'primátorka', 'hovorca',
    'hovorkyňa', 'riaditeľ', 'riaditeľka', 'predseda', 'predsedníčka', 'poslanec', 'poslankyňa', 'župan', 'županka', 'podpredseda',
    'podpredsedníčka', 'profesor', 'profesorka', 'doc', 'mgr', 'ing', 'bc', 'judr', 'mudr', 'pán', 'pani', 'šéf', 'šéfka', 'generál',
    'veľvyslanec', 'sudca', 'sudkyňa', 'prokurátor', 'prokurátorka', 'policajný hovorca', 'policajná hovorkyňa',
  ],
  ro: [
    'primar', 'primarul', 'primăriţa', 'primărița', 'ministru', 'ministrul', 'ministra', 'președinte', 'președintele', 'preşedinte',
    'preşedintele', 'președinta', 'preşedinta', 'premier', 'premierul', 'prim-ministrul', 'purtător de cuvânt', 'purtătorul de cuvânt',
    'purtătoarea de cuvânt', 'director', 'directorul', 'directoarea', 'prefect', 'prefectul', 'senator', 'senatorul', 'deputat', 'deputatul',
    'judecător', 'judecătorul', 'procuror', 'procurorul', 'consilier', 'consilierul', 'șeful', 'şeful', 'șefa', 'şefa', 'domnul', 'doamna', 'dl',
    'dna', 'profesor', 'profesorul', 'medicul', 'doctorul', 'generalul', 'ambasadorul', 'liderul', 'secretarul de stat', 'vicepremierul',
    'edil', 'edilul', 'edilul-șef', 'primarul general', 'viceprimarul', 'oficialul', 'reprezentantul', 'reprezentanta', 'consiliera',
    'purtătorul de cuvânt al', 'comisarul', 'avocatul', 'avocata', 'expertul', 'analistul', 'europarlamentarul',
  ],
  tr: [
    'bakan', 'bakanı', 'başbakan', 'cumhurbaşkanı', 'cumhurbaşkanı yardımcısı', 'belediye başkanı', 'büyükşehir belediye başkanı', 'başkan',
    'başkanı', 'genel başkanı', 'genel başkan', 'sözcü', 'sözcüsü', 'müdür', 'müdürü', 'genel müdürü', 'vali', 'valisi', 'milletvekili', 'prof',
    'doç', 'profesör', 'doktor', 'uzman', 'uzmanı', 'büyükelçi', 'büyükelçisi', 'rektör', 'rektörü', 'komutanı', 'kaymakam', 'kaymakamı',
    'muhtar', 'muhtarı', 'hakim', 'savcı', 'başsavcı', 'başsavcısı', 'emniyet müdürü', 'bay', 'bayan', 'sayın', 'yardımcısı', 'temsilcisi',
    'danışmanı', 'sekreteri', 'üyesi', 'lideri', 'şefi', 'koordinatörü', 'direktörü', 'öğretim üyesi', 'avukat', 'teknik direktör',
  ],
  da: [
    'borgmester', 'statsminister', 'minister', 'formand', 'næstformand', 'direktør', 'administrerende direktør', 'talsmand', 'talskvinde',
    'talsperson', 'professor', 'rådmand', 'udenrigsminister', 'justitsminister', 'sundhedsminister', 'overlæge', 'politiinspektør', 'chef',
    'ordfører', 'kommunaldirektør', 'lektor', 'dronning', 'konge', 'kronprins', 'vicepolitiinspektør', 'vagtchef', 'regionsrådsformand',
  ],
  sv: [
    'statsminister', 'statsministern', 'minister', 'ministern', 'finansminister', 'utrikesminister', 'justitieminister', 'socialminister',
    'borgmästare', 'kommunalråd', 'kommunalrådet', 'regionråd', 'regionrådet', 'ordförande', 'ordföranden', 'vd', 'vd:n', 'direktör',
    'generaldirektör', 'chef', 'chefen', 'presschef', 'talesperson', 'pressekreterare', 'professor', 'docent', 'forskare', 'forskaren',
    'överläkare', 'läkaren', 'polisinspektör', 'kommissarie', 'åklagare', 'åklagaren', 'riksdagsledamot', 'partiledare', 'kung', 'drottning',
    'kronprinsessan', 'pendlaren', 'resenären', 'invånaren', 'grannen', 'ägaren', 'läraren', 'föraren', 'tränaren',
  ],
  nb: [
    'statsminister', 'ordfører', 'varaordfører', 'minister', 'helseminister', 'justisminister', 'utenriksminister', 'finansminister', 'direktør',
    'administrerende direktør', 'leder', 'daglig leder', 'talsperson', 'pressetalsperson', 'pressesjef', 'professor', 'fylkesordfører', 'rådmann',
    'kommunedirektør', 'politimester', 'lensmann', 'overlege', 'byrådsleder', 'konge', 'dronning', 'kronprins', 'operasjonsleder', 'innsatsleder',
    'stasjonssjef', 'sjef', 'forsker', 'seniorforsker', 'statssekretær', 'stortingsrepresentant', 'partileder',
  ],
  fi: [
    'pormestari', 'ministeri', 'pääministeri', 'presidentti', 'johtaja', 'toimitusjohtaja', 'puheenjohtaja', 'tiedottaja', 'professori',
    'kansanedustaja', 'poliisipäällikkö', 'ylilääkäri', 'kunnanjohtaja', 'kaupunginjohtaja', 'valtiovarainministeri', 'ulkoministeri',
    'sisäministeri', 'oikeusministeri', 'dosentti', 'tutkija', 'erikoistutkija', 'päällikkö', 'komisario', 'rikoskomisario', 'ylikomisario',
    'pääsihteeri', 'apulaispormestari', 'valtiosihteeri', 'piispa', 'arkkipiispa',
  ],
  hu: [
    'polgármester', 'miniszter', 'miniszterelnök', 'államtitkár', 'elnök', 'alelnök', 'igazgató', 'vezérigazgató', 'szóvivő', 'képviselő',
    'országgyűlési képviselő', 'professzor', 'dr', 'főpolgármester', 'alpolgármester', 'jegyző', 'kormányszóvivő', 'főorvos', 'ügyész',
    'bíró', 'nagykövet', 'frakcióvezető', 'pártelnök', 'kormánybiztos', 'rendőrfőkapitány', 'szakértő', 'elemző',
  ],
  el: [
    'υπουργός', 'υφυπουργός', 'πρωθυπουργός', 'πρόεδρος', 'αντιπρόεδρος', 'δήμαρχος', 'εκπρόσωπος', 'κυβερνητικός εκπρόσωπος', 'βουλευτής',
    'διευθυντής', 'διευθύντρια', 'καθηγητής', 'καθηγήτρια', 'γενικός γραμματέας', 'γραμματέας', 'περιφερειάρχης', 'αρχηγός', 'επικεφαλής',
    'κ', 'κα', 'κύριος', 'κυρία', 'στρατηγός', 'εισαγγελέας', 'δικαστής', 'πρέσβης', 'λοιμωξιολόγος', 'γιατρός', 'ιατρός', 'αντιδήμαρχος',
    'συντονιστής', 'συντονίστρια', 'διοικητής', 'ειδικός',
  ],
  vi: [
    'ông', 'bà', 'anh', 'chị', 'cô', 'thầy', 'cụ', 'em', 'bộ trưởng', 'thứ trưởng', 'chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc',
    'tổng giám đốc', 'thủ tướng', 'phó thủ tướng', 'tổng thống', 'tổng bí thư', 'bí thư', 'chủ nhiệm', 'trưởng phòng', 'trưởng ban',
    'người phát ngôn', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'thiếu tướng', 'trung tướng', 'thượng tướng', 'đại tướng', 'tiến sĩ',
    'ts', 'pgs', 'gs', 'pgs.ts', 'gs.ts', 'thạc sĩ', 'ths', 'bác sĩ', 'bs', 'luật sư', 'ls', 'nhà báo', 'chuyên gia', 'đại sứ', 'viện trưởng',
    'hiệu trưởng', 'chánh văn phòng', 'đại biểu', 'phó trưởng ban', 'trưởng công an', 'nghệ sĩ', 'nsnd', 'nsưt',
  ],
};

// Malay and Indonesian pages quote each other's officials, and detection may read one as the other: one title list for both.
PERSON_TITLES.id = [...PERSON_TITLES.id!, ...PERSON_TITLES.ms!];
PERSON_TITLES.ms = PERSON_TITLES.id;

/**
 * Titles in a possessive form that close the name of an office written
 * before them, capitalized like the name: "Sağlık Bakanı Mehmet Yılmaz"
 * (the Health Ministry's minister), "CHP Genel Başkanı Özgür Özel". In a
 * capitalized run, everything up to one of these is the office.
 */
export const OFFICE_TITLE_ENDS: Record<string, readonly string[]> = {
  tr: [
    'bakanı', 'başkanı', 'sözcüsü', 'müdürü', 'valisi', 'komutanı', 'rektörü', 'büyükelçisi', 'kaymakamı', 'sekreteri', 'üyesi', 'uzmanı',
    'başsavcısı', 'yardımcısı', 'temsilcisi', 'danışmanı', 'koordinatörü', 'direktörü', 'şefi', 'lideri', 'muhtarı', 'cumhurbaşkanı',
  ],
};

/**
 * Languages whose personal names are a given name and a family name (a
 * patronymic between them in Russian and Ukrainian, told by its ending): a
 * longer capitalized run ends in the name, and what leads it is an office or
 * a place in the genitive ("Starosta Modřic Josef Nečas", "глава Минфина
 * Антон Силуанов").
 */
export const TWO_PART_NAMES: Record<string, RegExp | null> = {
  ru: /(?:вич|вна|ична|инична)$/u,
  uk: /(?:вич|вна|ївна|івна)$/u,
  pl: null,
  cs: null,
  sk: null,
  el: null,
  ro: null,
  hu: null,
};

/**
 * Languages that decline names: a surname alone may be written in another
 * case than the full name before it ("Lucie Mikovcové" … "dodala Mikovcová").
 */
export const DECLINED_NAMES: readonly string[] = ['ru', 'uk', 'pl', 'cs', 'sk', 'el', 'fi'];

/** Articles that may stand before a lower-case title after the verb: a déclaré le président X, said the minister. */
export const DETERMINERS: Record<string, readonly string[]> = {
  en: ['the', 'former'],
  fr: ['le', 'la', "l'", 'l’', 'les'],
  de: ['der', 'die', 'den', 'dem'],
  es: ['el', 'la', 'los', 'las'],
  pt: ['o', 'a', 'os', 'as'],
  it: ['il', 'la', 'lo', "l'", 'l’'],
  nl: ['de', 'het'],
  el: ['ο', 'η', 'τον', 'την', 'του', 'της', 'οι'],
  hu: ['a', 'az'],
};

/** Lower-case particles inside names: Ursula von der Leyen, Lula da Silva, Mahathir bin Mohamad. */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'bin', 'binti', 'al', 'el', 'ibn', 'la', 'le', 'zu'];

/** Words that join two titles of one person: "lead researcher and NASA scientist Lucas Paganini", "Arzt und Forscher". */
export const TITLE_JOINERS: Record<string, readonly string[]> = {
  en: ['and', '&'],
  id: ['dan', 'sekaligus'],
  ms: ['dan', 'merangkap'],
  de: ['und'],
  fr: ['et'],
  es: ['y', 'e'],
  pt: ['e'],
  it: ['e', 'ed'],
  nl: ['en'],
  pl: ['i'],
  ru: ['и'],
  uk: ['і', 'та'],
  cs: ['a'],
  sk: ['a'],
  ro: ['și', 'şi'],
  tr: ['ve'],
  da: ['og'],
  nb: ['og'],
  fi: ['ja'],
  hu: ['és'],
  el: ['και'],
  vi: ['kiêm', 'và'],
};
