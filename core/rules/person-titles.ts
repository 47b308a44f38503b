/**
 * Titles and honorifics that stand before a name but are not part of it
 * ("Presiden Joko Widodo" → "Joko Widodo"), lower-cased, without dots.
 * Multi-word titles are matched word by word.
 */
export const PERSON_TITLES: Record<string, readonly string[]> = {
  any: ['dr', 'drs', 'prof', 'ir', 'mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'gen', 'col', 'lt', 'sgt', 'sen', 'rep', 'gov', 'rev', 'h', 'hj', 'ex'],
  en: [
    'president', 'vice president', 'president-elect', 'prime minister', 'minister', 'foreign minister', 'defence minister', 'defense minister',
    'secretary', 'secretary of state', 'finance minister', 'health minister', 'interior minister', 'home secretary', 'foreign secretary', 'secretary-general', 'chancellor', 'senator', 'governor', 'mayor', 'general', 'admiral',
    'chief executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'judge',
    'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'leader', 'ambassador', 'commissioner', 'professor', 'coach', 'captain',
    'chief', 'representative', 'reverend', 'speaker', 'attorney general', 'deputy', 'lord', 'lady', 'former', 'doctor', 'officer',
  ],
  id: [
    'presiden', 'wakil presiden', 'wapres', 'menteri', 'menteri luar negeri', 'menteri dalam negeri', 'menteri pertahanan', 'menlu', 'menhan',
    'menteri keuangan', 'menteri kesehatan', 'menteri perdagangan', 'menteri pertanian', 'menteri perhubungan', 'menteri agama',
    'menteri sosial', 'menteri pendidikan', 'menteri koordinator', 'menko', 'menkeu', 'mendag', 'mentan', 'menkes', 'mendikbud',
    'perdana menteri', 'pemimpin', 'ketua', 'ketua umum', 'wakil ketua', 'wakil', 'gubernur', 'bupati', 'wali kota', 'walikota', 'kepala',
    'direktur', 'direktur utama', 'dirut', 'kapolri', 'kapolda', 'kapolres', 'jenderal', 'letnan', 'kolonel', 'brigjen', 'irjen', 'kombes',
    'juru bicara', 'jubir', 'sekretaris', 'sekjen', 'anggota', 'pengamat', 'pakar', 'dosen', 'guru besar', 'raja', 'ratu', 'pangeran',
    'duta besar', 'dubes', 'komisaris', 'hakim', 'jaksa', 'pelatih', 'kapten', 'bapak', 'ibu', 'pak', 'bu', 'sang', 'syekh', 'kiai',
    'ustaz', 'habib', 'camat', 'lurah', 'panglima', 'mantan', 'kanselir', 'paus',
  ],
  ms: ['perdana menteri', 'menteri', 'presiden', 'datuk', 'dato', 'datuk seri', 'dato seri', 'tan sri', 'tun', 'encik', 'puan', 'tuan', 'ketua', 'pengerusi'],
  fr: [
    'président', 'présidente', 'ministre', 'premier ministre', 'chancelier', 'chancelière', 'porte-parole', 'directeur', 'directrice',
    'maire', 'sénateur', 'sénatrice', 'député', 'députée', 'général', 'secrétaire', 'm', 'mme', 'mlle', 'pape', 'roi', 'reine', 'ancien', 'ancienne',
  ],
  de: [
    'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'präsident', 'präsidentin', 'bundespräsident', 'minister', 'ministerin',
    'ministerpräsident', 'ministerpräsidentin', 'sprecher', 'sprecherin', 'chef', 'chefin', 'vorsitzender', 'vorsitzende', 'herr', 'frau',
    'bürgermeister', 'bürgermeisterin', 'papst', 'könig', 'königin', 'ex-kanzler', 'außenminister', 'außenministerin',
  ],
  es: [
    'presidente', 'presidenta', 'ministro', 'ministra', 'canciller', 'portavoz', 'alcalde', 'alcaldesa', 'secretario', 'secretaria',
    'director', 'directora', 'rey', 'reina', 'papa', 'señor', 'señora', 'sr', 'sra', 'don', 'doña', 'expresidente',
  ],
  pt: [
    'presidente', 'ministro', 'ministra', 'governador', 'governadora', 'prefeito', 'prefeita', 'secretário', 'secretária', 'porta-voz',
    'diretor', 'diretora', 'senador', 'senadora', 'deputado', 'deputada', 'papa', 'rei', 'rainha', 'ex-presidente',
  ],
  it: ['presidente', 'ministro', 'ministra', 'premier', 'sindaco', 'segretario', 'portavoce', 'direttore', 'direttrice', 'papa', 're', 'regina'],
  nl: ['premier', 'minister', 'president', 'burgemeester', 'woordvoerder', 'directeur', 'koning', 'koningin'],
};

/** Articles that may stand before a lower-case title after the verb: a déclaré le président X, said the minister. */
export const DETERMINERS: Record<string, readonly string[]> = {
  en: ['the', 'former'],
  fr: ['le', 'la', "l'", 'l’', 'les'],
  de: ['der', 'die'],
  es: ['el', 'la'],
  pt: ['o', 'a'],
  it: ['il', 'la', 'lo'],
  nl: ['de', 'het'],
};

/** Lower-case particles inside names: Ursula von der Leyen, Lula da Silva, Mahathir bin Mohamad. */
export const NAME_PARTICLES: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'bin', 'binti', 'al', 'el', 'ibn', 'la', 'le', 'zu'];
