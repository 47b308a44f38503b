import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../core/quotes';

/** Paragraphs joined as in Article.text. */
const doc = (...paras: string[]): string => paras.join('\n\n');

function only(text: string, lang: string) {
  const quotes = extractQuotes(text, lang);
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
}

describe('quote marks per language', () => {
  it('id: ASCII quotes, verb after', () => {
    expect(only('"Kami akan membangun jalan baru di desa ini tahun depan," kata Budi Santoso.', 'id')).toEqual({
      text: 'Kami akan membangun jalan baru di desa ini tahun depan,',
      speaker: 'Budi Santoso',
      paragraph: 0,
    });
  });

  it('en: curly quotes, verb after with a title', () => {
    const q = only('“We will rebuild the bridge before winter comes,” said Mayor Jane Doe.', 'en');
    expect(q.text).toBe('We will rebuild the bridge before winter comes,');
    expect(q.speaker).toBe('Jane Doe');
  });

  it('fr: guillemets with no-break spaces, « … », a déclaré X', () => {
    const q = only('«\u00A0Nous allons reconstruire la ville pierre par pierre\u00A0», a déclaré le président Emmanuel Macron.', 'fr');
    expect(q.text).toBe('Nous allons reconstruire la ville pierre par pierre');
    expect(q.speaker).toBe('Emmanuel Macron');
  });

  it('fr: guillemets with narrow no-break spaces and nested “ ”', () => {
    const q = only('«\u202FIl m’a dit “courage” et je suis resté jusqu’au bout\u202F», a expliqué Marie Dupont.', 'fr');
    expect(q.text).toBe('Il m’a dit “courage” et je suis resté jusqu’au bout');
    expect(q.speaker).toBe('Marie Dupont');
  });

  it('de: „ “ with nested ‚ ‘, sagte X', () => {
    const q = only('„Wir werden die Brücke, die man ‚Nadelöhr‘ nennt, noch vor dem Winter aufbauen“, sagte Olaf Scholz.', 'de');
    expect(q.text).toBe('Wir werden die Brücke, die man ‚Nadelöhr‘ nennt, noch vor dem Winter aufbauen');
    expect(q.speaker).toBe('Olaf Scholz');
  });

  it('pl: „ ”', () => {
    const q = only('„Nie zgadzamy się na takie rozwiązanie w żadnym wypadku” – powiedział minister.', 'pl');
    expect(q.text).toBe('Nie zgadzamy się na takie rozwiązanie w żadnym wypadku');
  });

  it('es: “ ”, dijo X', () => {
    const q = only('“Vamos a reconstruir el puente antes del invierno”, dijo Pedro Sánchez.', 'es');
    expect(q.speaker).toBe('Pedro Sánchez');
  });

  it('pt: “ ”, disse X; pt-PT: « », name particles kept', () => {
    expect(only('“Vamos reconstruir a ponte antes do inverno”, disse Lula.', 'pt').speaker).toBe('Lula');
    const q = only('«Portugal precisa de mais investimento público agora», disse o presidente Marcelo Rebelo de Sousa.', 'pt-PT');
    expect(q.text).toBe('Portugal precisa de mais investimento público agora');
    expect(q.speaker).toBe('Marcelo Rebelo de Sousa');
  });

  it('ja: 「 」 with nested 『 』, speaker before the mark', () => {
    const q = only('岸田文雄首相は記者会見で「『もう限界だ』という声を重く受け止めている。」と述べた。', 'ja');
    expect(q.text).toBe('『もう限界だ』という声を重く受け止めている。');
    expect(q.speaker).toBe('岸田文雄');
  });

  it('ja: speaker after the quotative, short name resolved to the full one', () => {
    const text = doc('岸田文雄首相は17日、訪米した。', '「同盟をさらに強化していく考えだ。」と岸田氏は語った。');
    expect(only(text, 'ja')).toEqual({ text: '同盟をさらに強化していく考えだ。', speaker: '岸田文雄', paragraph: 1 });
  });

  it('zh-Hant: 「 」', () => {
    const q = only('「我們會繼續推動兩岸對話與交流。」賴清德表示。', 'zh-Hant');
    expect(q.text).toBe('我們會繼續推動兩岸對話與交流。');
  });
});

describe('reporting verbs', () => {
  it('id: every listed verb after the quote', () => {
    for (const verb of ['kata', 'ujar', 'ucap', 'tutur', 'ungkap', 'jelas', 'tegas', 'imbuh', 'tambah', 'lanjut', 'sebut', 'papar', 'terang', 'Ujar']) {
      const q = only(`"Kami tidak pernah melanggar apa pun," ${verb} Putin.`, 'id');
      expect(q.speaker, verb).toBe('Putin');
    }
  });

  it('id: "Demikian pernyataan X dalam …" — the name stops before lower-case words', () => {
    const q = only('"Korea adalah tetangga kami," Demikian pernyataan Putin dalam konferensi Pers di Sochi.', 'id');
    expect(q.speaker).toBe('Putin');
  });

  it('id: menurut X before the quote, and X mengatakan, "…"', () => {
    expect(only('Menurut Budi, "harga beras akan turun bulan depan setelah panen raya."', 'id').speaker).toBe('Budi');
    expect(only('Sri Mulyani juga mengatakan, "defisit masih terkendali dengan baik."', 'id').speaker).toBe('Sri Mulyani');
  });

  it('en: X said: “…” / according to X / X told reporters / “…,” X said', () => {
    expect(only('Smith said: “The plan is sound and the money is there to fund it.”', 'en').speaker).toBe('Smith');
    expect(only('According to Dr. Sarah Lee, “the virus is spreading faster than we expected.”', 'en').speaker).toBe('Sarah Lee');
    expect(only('Jones told reporters: “We are not going anywhere.”', 'en').speaker).toBe('Jones');
    expect(only('“It is a good day for the city,” Smith said.', 'en').speaker).toBe('Smith');
    expect(only('“We have done our part,” said Prime Minister Boris Johnson.', 'en').speaker).toBe('Boris Johnson');
  });

  it('fr: selon X; de: Bundeskanzler X sagte: „…“; es: según X', () => {
    expect(only('Selon Macron, « la réforme est indispensable pour le pays ».', 'fr').speaker).toBe('Macron');
    expect(only('Bundeskanzler Olaf Scholz sagte: „Wir stehen fest an der Seite der Ukraine.“', 'de').speaker).toBe('Olaf Scholz');
    expect(only('Según Sánchez, “el acuerdo es bueno para todos los ciudadanos”.', 'es').speaker).toBe('Sánchez');
  });

  it('a quote with a verb but no readable name or description is kept with speaker null', () => {
    const q = only('“We will appeal the ruling,” said.', 'en');
    expect(q.speaker).toBeNull();
  });
});

describe('speaker resolution', () => {
  it('id: "-nya" and pronouns point back to the last named speaker', () => {
    const text = doc(
      'Menteri Keuangan Sri Mulyani Indrawati memaparkan kondisi anggaran negara.',
      '"Defisit anggaran masih terkendali dengan baik tahun ini," ujar Sri Mulyani.',
      '"Kami tetap waspada terhadap gejolak global," tambahnya.',
      '"Kami tidak akan mundur dari rencana ini," kata dia.',
    );
    const quotes = extractQuotes(text, 'id');
    expect(quotes.map((q) => q.speaker)).toEqual(['Sri Mulyani Indrawati', 'Sri Mulyani Indrawati', 'Sri Mulyani Indrawati']);
    expect(quotes.map((q) => q.paragraph)).toEqual([1, 2, 3]);
  });

  it('en: he/she resolve to the last speaker; a short name to the fullest earlier one', () => {
    const text = doc(
      'North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday.',
      '“We will stand with Russia in every battle,” Kim said.',
      '“Our friendship is unbreakable and eternal,” he added.',
    );
    expect(extractQuotes(text, 'en').map((q) => q.speaker)).toEqual(['Kim Jong Un', 'Kim Jong Un']);
  });

  it('fr: a-t-il ajouté; de: sagte er', () => {
    const fr = doc('« Nous allons reconstruire la ville », a déclaré Emmanuel Macron.', '« Il faudra du temps et de la patience pour tous », a-t-il ajouté.');
    expect(extractQuotes(fr, 'fr').map((q) => q.speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron']);
    const de = doc('„Wir brauchen mehr Tempo beim Ausbau“, sagte Olaf Scholz.', '„Das ist keine leichte Aufgabe für uns alle“, sagte er.');
    expect(extractQuotes(de, 'de').map((q) => q.speaker)).toEqual(['Olaf Scholz', 'Olaf Scholz']);
  });

  it('a title before the name is not part of it; a country before the name is not either', () => {
    const text = doc(
      'Presiden Rusia Vladimir Putin tiba di Rusia bagian timur.',
      '"Kami tidak melanggar perjanjian apa pun dengan Korea," kata Presiden Rusia Vladimir Putin.',
      '"Tudingan mereka tidak masuk akal," lanjut Putin.',
    );
    expect(extractQuotes(text, 'id').map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('a pronoun with no earlier speaker stays null', () => {
    expect(only('“This will take years to fix properly,” she said.', 'en').speaker).toBeNull();
  });
});

describe('what is not a quotation', () => {
  it('scare quotes (a few words, no verb) are never returned', () => {
    const text = doc(
      'Putin mengatakan hal itu di tengah "kecurigaan" Korea Selatan dan Amerika Serikat.',
      'Kim Jong Un menyerukan untuk meningkatkan "kontak erat" dengan Moskow.',
      'The so-called “peace plan” was rejected by both sides on Monday.',
      'Sie nannten es „eine Zeitenwende“ und gingen.',
      'Il parle d’une « réforme historique » pour le pays.',
      'いわゆる「異次元の少子化対策」を掲げた。',
    );
    expect(extractQuotes(text, 'id')).toEqual([]);
    expect(extractQuotes(text, 'en')).toEqual([]);
    expect(extractQuotes(text, 'de')).toEqual([]);
    expect(extractQuotes(text, 'fr')).toEqual([]);
    expect(extractQuotes(text, 'ja')).toEqual([]);
  });

  it('a short quotation with a reporting verb is speech', () => {
    expect(only('"Tidak," kata Putin.', 'id')).toEqual({ text: 'Tidak,', speaker: 'Putin', paragraph: 0 });
  });

  it('an unattributed full sentence of speech is kept with speaker null; a quoted title is not', () => {
    expect(only('“This is the end of an era for all of us here.”', 'en')).toEqual({ text: 'This is the end of an era for all of us here.', speaker: null, paragraph: 0 });
    expect(extractQuotes('He read “The Old Man and the Sea in Winter” again last night.', 'en')).toEqual([]);
  });
});

describe('nesting, paragraphs and broken marks', () => {
  it('ASCII quotes inside ASCII quotes make one quotation', () => {
    const q = only('"Perlunya memperkuat "kontak erat" dan kerja sama kedua negara secara menyeluruh," kata Kim dalam penjelasannya.', 'id');
    expect(q.text).toBe('Perlunya memperkuat "kontak erat" dan kerja sama kedua negara secara menyeluruh,');
    expect(q.speaker).toBe('Kim');
  });

  it('en: nested ‘ ’ stays inside and apostrophes are not marks', () => {
    const q = only('“He told me ‘never give up’ and I didn’t,” said Ana Lopez.', 'en');
    expect(q.text).toBe('He told me ‘never give up’ and I didn’t,');
    expect(q.speaker).toBe('Ana Lopez');
  });

  it('a quotation over several paragraphs (opening mark repeated, closing mark on the last) is one quote', () => {
    const text = doc(
      'The mayor spoke for an hour on Monday.',
      '“We have rebuilt the school, the clinic and the market in under a year.',
      '“Nobody believed we could do it, but the town came together,” said Mayor Jane Doe.',
      'The council voted afterwards.',
    );
    expect(extractQuotes(text, 'en')).toEqual([
      {
        text: 'We have rebuilt the school, the clinic and the market in under a year.\n\nNobody believed we could do it, but the town came together,',
        speaker: 'Jane Doe',
        paragraph: 1,
      },
    ]);
  });

  it('the same over paragraphs with ASCII quotes and with « »', () => {
    const id = doc('"Kami sudah membangun sekolah dan pasar dalam setahun.', '"Tidak ada yang percaya kami bisa melakukannya," kata Budi.');
    expect(extractQuotes(id, 'id')).toHaveLength(1);
    const fr = doc('« Nous avons reconstruit l’école et le marché en un an.', '« Personne n’y croyait, mais la ville s’est mobilisée », a déclaré Anne Hidalgo.');
    expect(extractQuotes(fr, 'fr')).toEqual([
      { text: 'Nous avons reconstruit l’école et le marché en un an.\n\nPersonne n’y croyait, mais la ville s’est mobilisée', speaker: 'Anne Hidalgo', paragraph: 0 },
    ]);
  });

  it('an opening mark that never closes does not swallow the rest of the article', () => {
    const text = doc(
      '"Ini tidak akan selesai dalam waktu dekat, kata seorang warga yang ditemui di lokasi.',
      'Banjir merendam ratusan rumah sejak Senin pagi.',
      '"Kami sudah mengungsikan 300 warga ke balai desa," kata Camat Andi Wijaya.',
    );
    const quotes = extractQuotes(text, 'id');
    expect(quotes).toEqual([{ text: 'Kami sudah mengungsikan 300 warga ke balai desa,', speaker: 'Andi Wijaya', paragraph: 2 }]);
  });

  it('an unclosed quote with a closed inner one keeps only what is balanced; a stray closing mark opens nothing', () => {
    const text = doc(
      '"Kunjungan terbaru menempatkan hubungan kedua negara pada tingkat baru, pertemuan itu bertajuk "Mencapai Hasil yang diInginkan"',
      'Sebelumnya, kunjungan itu bertujuan mengenalkan rencana jangka panjang," demikian laporan itu.',
      '"Kami tidak pernah melanggar apa pun," kata Putin.',
    );
    expect(extractQuotes(text, 'id')).toEqual([{ text: 'Kami tidak pernah melanggar apa pun,', speaker: 'Putin', paragraph: 2 }]);
  });

  it('a quote never runs past its paragraph run even with a continuation mark missing at the end', () => {
    const paras = Array.from({ length: 20 }, (_, i) => `“Paragraph ${i} of a very long speech that keeps going without end.`);
    expect(extractQuotes(doc(...paras), 'en').every((q) => q.text.split('\n\n').length <= 8)).toBe(true);
  });

  it('empty text and text without marks give no quotes', () => {
    expect(extractQuotes('', 'en')).toEqual([]);
    expect(extractQuotes('Nothing quoted here at all.', 'en')).toEqual([]);
  });
});
