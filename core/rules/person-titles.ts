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
};

// Malay and Indonesian pages quote each other's officials, and detection may read one as the other: one title list for both.
PERSON_TITLES.id = [...PERSON_TITLES.id!, ...PERSON_TITLES.ms!];
PERSON_TITLES.ms = PERSON_TITLES.id;

/** Articles that may stand before a lower-case title after the verb: a déclaré le président X, said the minister. */
export const DETERMINERS: Record<string, readonly string[]> = {
  en: ['the', 'former'],
  fr: ['le', 'la', "l'", 'l’', 'les'],
  de: ['der', 'die', 'den', 'dem'],
  es: ['el', 'la', 'los', 'las'],
  pt: ['o', 'a', 'os', 'as'],
  it: ['il', 'la', 'lo', "l'", 'l’'],
  nl: ['de', 'het'],
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
};
