/**
 * Speaker rules beyond "verb + name": described speakers, pronouns that point
 * back to the person mentioned last, verbs in no list, speakers before a colon
 * (also in the paragraph before), quotes over several paragraphs, and the
 * marks of more languages. One small fixture per rule or trap.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../core/quotes';

const doc = (...paras: string[]): string => paras.join('\n\n');
const speakers = (text: string, lang: string) => extractQuotes(text, lang).map((q) => q.speaker);

describe('described speakers', () => {
  it('an indefinite description after the verb is the speaker, its article left off (de, id, es)', () => {
    expect(speakers('„Wir sind gut vorbereitet, die Schutzwände stehen bereit“, sagte ein Sprecher der Stadtverwaltung.', 'de')).toEqual(['Sprecher der Stadtverwaltung']);
    expect(speakers('"Kami sudah berkoordinasi dengan BPBD untuk tambahan tangki air," kata seorang juru bicara Pemkot Semarang yang enggan disebut namanya.', 'id')).toEqual(['juru bicara Pemkot Semarang']);
    expect(speakers('“Toda la información está en el portal de transparencia”, respondió un vocero del organismo.', 'es')).toEqual(['vocero del organismo']);
  });

  it('a description before the verb: “…,” a spokesperson for the county said / One passenger told us, “…”', () => {
    expect(speakers('“Districts can set their own calendars as long as they meet the minimum hours,” a spokesperson for the county said in an email.', 'en')).toEqual(['spokesperson for the county']);
    expect(speakers('One passenger told us, “It’s the first time a bus stop has talked to me like an adult.”', 'en')).toEqual(['passenger']);
  });

  it('a definite description points back to the person named just before (pt "o autarca", es "la legisladora")', () => {
    const pt = doc(
      'O vereador do Ambiente, Rui Carvalho, explicou que a escolha das ruas seguiu um mapa térmico.',
      '« Uma rua com sombra pode ser a diferença entre um idoso sair de casa ou não », afirmou o autarca.',
    );
    expect(speakers(pt, 'pt-PT')).toEqual(['Rui Carvalho']);
    const es = doc('La diputada local Mariana Esquivel, de oposición, pidió una auditoría.', '“El problema no es la sequía, es la falta de inversión”, sostuvo la legisladora en tribuna.');
    expect(speakers(es, 'es')).toEqual(['Mariana Esquivel']);
  });

  it('a definite expert noun points back to the person named just before (fr "le spécialiste", en "the scientist")', () => {
    const fr = doc(
      'Lothar Wieler, le directeur de l’Institut Robert-Koch ne cache pas son inquiétude.',
      '« Il est possible que le virus sorte de tout contrôle. Notre objectif est que le niveau d’infections soit au plus bas », plaide le spécialiste.',
    );
    expect(speakers(fr, 'fr')).toEqual(['Lothar Wieler']);
    const en = doc('Maria Chen, a marine biologist at the university, has studied the reef for twenty years.', '“We have never seen bleaching on this scale before, not once,” said the scientist.');
    expect(speakers(en, 'en')).toEqual(['Maria Chen']);
  });

  it('two titles joined by "and" before a name are one person’s, not a verb and a description', () => {
    const en = '"We have found the next best thing: water in vapor form," lead researcher and NASA planetary scientist Lucas Paganini said in a statement.';
    expect(speakers(en, 'en')).toEqual(['Lucas Paganini']);
  });

  it('an article and a title before a name are not part of it (de "Der Bürgermeister Hans Müller", "Virologe Christian Drosten")', () => {
    expect(speakers('Der Bürgermeister Hans Müller sagte: „Die Zahlen steigen wieder deutlich.“', 'de')).toEqual(['Hans Müller']);
    expect(speakers('„Die Zahlen steigen wieder deutlich“, sagte Virologe Christian Drosten.', 'de')).toEqual(['Christian Drosten']);
    const de = doc('Der Virologe Christian Drosten von der Charité warnte am Montag vor einer neuen Welle.', '„Die Zahlen steigen wieder deutlich, und das im Sommer“, sagte der Virologe am Dienstag.');
    expect(speakers(de, 'de')).toEqual(['Christian Drosten']);
    // "Le Pen" is a name, not an article and a title.
    expect(speakers('« Nous ne voterons pas ce budget », a déclaré Marine Le Pen.', 'fr')).toEqual(['Marine Le Pen']);
  });

  it('an age used as a noun points back to the person named before (de "der 46-Jährige", en "the 46-year-old")', () => {
    const de = doc('Ennesto Monté, der Sänger aus Köln, bestätigte die Trennung via Instagram.', '„Dannis und meine Beziehung ist gescheitert“, schrieb der 46-Jährige.');
    expect(speakers(de, 'de')).toEqual(['Ennesto Monté']);
    const en = doc('Maria Chen, a nurse from Penrith, was at the scene.', '“We have never seen anything like it,” the 46-year-old said.');
    expect(speakers(en, 'en')).toEqual(['Maria Chen']);
    // Nobody named before: the age stays the description.
    expect(speakers('„Die Beziehung ist gescheitert“, schrieb der 46-Jährige.', 'de')).toEqual(['46-Jährige']);
    // A person has one age: a second age is somebody else, not the 46-year-old again.
    const two = doc(
      'Ennesto Monté, der Sänger aus Köln, bestätigte die Trennung via Instagram.',
      '„Dannis und meine Beziehung ist gescheitert“, schrieb der 46-Jährige.',
      '„Keine Frau sollte sich für jemanden richten“, schrieb die 43-Jährige darunter.',
      '„Ich bin meinem Herzen gefolgt“, schrieb der 46-Jährige.',
    );
    expect(speakers(two, 'de')).toEqual(['Ennesto Monté', '43-Jährige', 'Ennesto Monté']);
  });

  it('a German compound ending in a title is a title (Konzernchef, Regierungssprecher), a surname ending in -mann is a name', () => {
    const de = doc('Robert Machtlinger, Chef des Luftfahrtzulieferers, zeigte sich zufrieden.', '„Die Lieferketten werden sich nachhaltig verändern“, sagte der Konzernchef von FACC mit Blick auf Europa.');
    expect(speakers(de, 'de')).toEqual(['Robert Machtlinger']);
    expect(speakers('„Wir prüfen den Fall“, sagte ein Regierungssprecher am Montag.', 'de')).toEqual(['Regierungssprecher']);
    const surname = doc('«Wir werden die Halle füllen», sagt Philipp Bühlmann, Präsident des BSV Stans.', 'Die Vorfreude bei Bühlmann ist gross. «Die Mannschaft ist heiss und hat einen Lauf.»');
    expect(speakers(surname, 'de')).toEqual(['Philipp Bühlmann', 'Philipp Bühlmann']);
  });

  it('the name after a describing phrase is the speaker: “…,” noted Maryland-based product liability lawyer Jim Dunham / said a skeptical Robert Wolfarth', () => {
    expect(speakers('“Amazon has successfully avoided being liable for years,” noted Maryland-based product liability lawyer Jim Dunham in an interview.', 'en')).toEqual(['Jim Dunham']);
    expect(speakers('“That would be quite different than what the written answers were,” said a skeptical Robert Wolfarth, the trust’s new chairman.', 'en')).toEqual(['Robert Wolfarth']);
    // A place after a preposition is where, not who; a website told is not the one speaking.
    expect(speakers('“We will not give up on this,” the minister told reporters at the White House.', 'en')).toEqual(['minister']);
    expect(speakers('"Dia menyewa 16 pengawal di kediamannya di Palo Alto," ujar seorang sumber kepada situs Page Six.', 'id')).toEqual(['sumber']);
  });

  it('adjectives before a listed noun are part of the description: the elderly man, a tearful local resident, eine ältere Anwohnerin', () => {
    expect(speakers('“We lost everything in one night,” said the elderly man, standing by the ruins.', 'en')).toEqual(['elderly man']);
    expect(speakers('“We lost everything in one night,” said a tearful local resident.', 'en')).toEqual(['tearful local resident']);
    expect(speakers('„Wir haben alles verloren“, sagte eine ältere Anwohnerin.', 'de')).toEqual(['ältere Anwohnerin']);
  });

  it('a country in the genitive and a title before a name are not part of it (Russlands Präsident Wladimir Putin)', () => {
    expect(speakers('„Wir werden nicht nachgeben“, sagte Russlands Präsident Wladimir Putin am Montag.', 'de')).toEqual(['Wladimir Putin']);
    expect(speakers('„Ich wünsche ihm alles Gute“, sagte Nordkoreas Machthaber Kim Jong Un.', 'de')).toEqual(['Kim Jong Un']);
    // A title word inside a name with one word after it stays: Martin Luther King Jr.
    expect(speakers('“We will not give up,” said Martin Luther King Jr.', 'en')).toEqual(['Martin Luther King Jr']);
  });

  it('a day or month after a description is when, not who: "sagte der Sprecher am Dienstag"', () => {
    expect(speakers('„Die Zahlen steigen wieder deutlich, und das im Sommer“, sagte der Sprecher am Dienstag.', 'de')).toEqual(['Sprecher']);
    expect(speakers('„Die Schutzwände stehen bereit“, sagte ein Sprecher der Stadtverwaltung am Montag.', 'de')).toEqual(['Sprecher der Stadtverwaltung']);
  });

  it('a definite noun that is no person stays what it is: “…,” the report says', () => {
    const en = doc('Maria Chen, a marine biologist at the university, has studied the reef for twenty years.', '“Bleaching on this scale has not been recorded before in the region,” the report says.');
    expect(speakers(en, 'en')).not.toEqual(['Maria Chen']);
  });

  it('a definite description repeats an earlier described person, or stays a description when nobody is named', () => {
    const pt = doc('Um motorista de ônibus da linha Boqueirão, que pediu para não ser identificado, não está otimista.', '“Vai ser um caos na hora do rush, todo mundo apertado”, disse o motorista.');
    expect(speakers(pt, 'pt')).toEqual(['motorista de ônibus da linha Boqueirão']);
    expect(speakers('« Les Français n’ont pas à être pris en otage à chaque négociation », a déclaré le ministre délégué aux Transports.', 'fr')).toEqual(['ministre délégué aux Transports']);
  });

  it('a possessive description is someone new, shown with its possessive; an object that is no person’s role stays itself', () => {
    const text = doc('“It was terrifying, the whole sky was orange,” recalled Maria Gonzalez, a retired teacher.', '“We lost everything,” her husband added.');
    expect(speakers(text, 'en')).toEqual(['Maria Gonzalez', 'her husband']);
    const report = doc('Mayor Jane Doe opened the bridge on Monday.', '“We have seen nothing like this in thirty years of records,” the report says.');
    expect(speakers(report, 'en')).toEqual(['report']);
  });

  it('a description in apposition to a name does not replace the name (Michelle Tan, a nurse from Penrith, …, she said)', () => {
    const text = 'Michelle Tan, a nurse from Penrith with two children, said the notice came too late. “I found out at dinner time, so now I’m ringing around everyone,” she said.';
    expect(speakers(text, 'en')).toEqual(['Michelle Tan']);
  });
});

describe('pronouns, "-nya" and bare verbs mean the person mentioned last', () => {
  it('en: "he said" after a sentence naming someone other than the last speaker', () => {
    const text = doc(
      '“Nobody thinks an extension is the ideal outcome,” said Sen. Margaret Ellison.',
      'Sen. Robert Hale of Kansas, the committee’s top Republican, said he voted for the bill reluctantly. “We are kicking the can down a very dusty road,” he said.',
    );
    expect(speakers(text, 'en')).toEqual(['Margaret Ellison', 'Robert Hale']);
  });

  it('id: "-nya" two sentences after the name, with another speaker before', () => {
    const text = doc(
      '"Kebocoran ini cukup besar karena pipanya sudah tua," kata Hendra Wicaksono.',
      'Salah seorang warga, Sri Wahyuni (42), mengaku sudah dua hari menampung air hujan. Ia juga harus membeli air galon. "Anak saya tiga, semuanya sekolah. Pagi-pagi sudah rebutan kamar mandi," tuturnya.',
    );
    expect(speakers(text, 'id')).toEqual(['Hendra Wicaksono', 'Sri Wahyuni']);
  });

  it('an organisation or a list of places is never who "she" or "katanya" means', () => {
    const en = 'Helen Carwood, from the Farming Community Network, said calls had risen. “People are proud and they don’t ask for help until things are really bad,” she said.';
    expect(speakers(en, 'en')).toEqual(['Helen Carwood']);
    const ms = doc(
      'Pengarah JKM negeri, Rosmawati Ismail, berkata mangsa ditempatkan di 61 pusat pemindahan di Pasir Mas, Tumpat dan Kota Bharu.',
      '"Kami sudah menyediakan bekalan makanan yang mencukupi untuk tempoh seminggu," katanya ketika dihubungi hari ini.',
    );
    expect(speakers(ms, 'ms')).toEqual(['Rosmawati Ismail']);
  });

  it('a short name mentioned since the last quote is resolved to the full one (Villaseñor → Ramón Villaseñor Ortega)', () => {
    const text = doc(
      '“Si no reducimos la extracción ahora, en abril no habrá agua para nadie”, aseguró el director del SIAPA, Ramón Villaseñor Ortega.',
      '“Tenemos que comprar garrafones para todo, hasta para bañar a los niños”, contó Rosa María Juárez.',
      'Villaseñor reconoció que la red pierde agua en fugas. “Tenemos tuberías de hace 60 años, eso no se arregla pronto”, admitió.',
    );
    expect(speakers(text, 'es')).toEqual(['Ramón Villaseñor Ortega', 'Rosa María Juárez', 'Ramón Villaseñor Ortega']);
  });
});

describe('verbs in no list, read from their place', () => {
  it('« … », verb Name and “…”, verb. are attributions in fr, pt, it', () => {
    expect(speakers('« On ne compte plus les alertes, on descend à l’abri et on remonte », résume Oleksandr Petrenko, chef d’équipe.', 'fr')).toEqual(['Oleksandr Petrenko']);
    expect(speakers('« Non vogliamo chiudere Venezia, vogliamo renderla vivibile », ha detto l’assessore al Bilancio Michele Zanetti.', 'it')).toEqual(['Michele Zanetti']);
    const pt = 'Bertoldi afirma que a prefeitura não ouviu os comerciantes. “Quem tem loja não pode fechar as portas para ir à audiência”, reclamou.';
    expect(speakers(doc('“Vamos perder movimento”, disse Cláudio Bertoldi, dono de uma loja.', pt), 'pt')).toEqual(['Cláudio Bertoldi', 'Cláudio Bertoldi']);
  });

  it('a clause word after the quote is not a verb: no speaker is invented and a long partial quote stays out', () => {
    expect(extractQuotes('The group called the plan “a deal that nobody in the valley asked for”, while Congress waited for the vote.', 'en')).toEqual([]);
  });
});

describe('speakers before a colon', () => {
  it('the subject of a sentence ending in a colon, with a verb in no list and a compound title (de)', () => {
    const text = 'Grünen-Fraktionschef Markus Brenner erinnerte an den Streit um die erste Fußgängerzone: „Vor zwanzig Jahren wurde hier genauso heftig gestritten, und heute will niemand sie hergeben.“';
    expect(speakers(text, 'de')).toEqual(['Markus Brenner']);
  });

  it('the subject before its apposition (fr) and after a leading adverbial (es)', () => {
    expect(speakers('Karim Bensaïd, père de trois enfants, raconte : « Cinquante centimes par repas, ça fait trente euros de plus par mois. »', 'fr')).toEqual(['Karim Bensaïd']);
    const es = doc('La diputada Mariana Esquivel pidió una auditoría.', 'Al cierre de la sesión, Esquivel leyó un posicionamiento de su bancada: “Cada peso que no se invirtió en tuberías hoy lo pagan las familias.”');
    expect(speakers(es, 'es')).toEqual(['Mariana Esquivel']);
  });

  it('a quotation opening its own paragraphs after "…told the board she had surveyed families:" is one quote, hers, from its first paragraph', () => {
    const text = doc(
      'Parent Alicia Moreno, who has two children at Westview Elementary, told the board she had surveyed families on her street:',
      '“Eleven of the fourteen families said the same thing: ‘We’ll figure it out, but it’s going to cost us.’ Nobody said it would be easy.',
      '“Some of those parents work at the hospital. They don’t get Mondays off because the schools do.”',
    );
    const quotes = extractQuotes(text, 'en');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Alicia Moreno');
    expect(quotes[0]!.paragraph).toBe(1);
    expect(quotes[0]!.text).toContain('‘We’ll figure it out, but it’s going to cost us.’');
    expect(quotes[0]!.text).toContain('Some of those parents work at the hospital.');
  });
});

describe('short follow-ups, marks of more languages, and what stays out', () => {
  it('a short second sentence after an attributed one in the same paragraph is the same speaker’s', () => {
    const text = '“I hear from parents every week who can barely cover four days of care,” said board member Tom Lindqvist. “Now we’re adding a fifth.”';
    expect(extractQuotes(text, 'en').map((q) => [q.text, q.speaker])).toEqual([
      ['I hear from parents every week who can barely cover four days of care,', 'Tom Lindqvist'],
      ['Now we’re adding a fifth.', 'Tom Lindqvist'],
    ]);
  });

  it('nl: single quotes with apostrophes inside, and a title word that is a surname (Mirjam de Koning)', () => {
    const quotes = extractQuotes('‘We krijgen honderden klachten over auto’s op stoepen en in groenstroken’, zegt wethouder Mirjam de Koning.', 'nl');
    expect(quotes).toEqual([{ text: 'We krijgen honderden klachten over auto’s op stoepen en in groenstroken', speaker: 'Mirjam de Koning', paragraph: 0 }]);
  });

  it('sv: ” ” on both sides', () => {
    expect(speakers('”Vi måste bygga fler bostäder i centrum redan i år”, säger kommunalrådet Anna Lindqvist.', 'sv')).toEqual(['Anna Lindqvist']);
  });

  it('id: a nested quotation in ASCII single quotes stays inside the quote', () => {
    const quotes = extractQuotes('"Setiap tahun PDAM bilang \'pipa sudah tua\', tapi anggaran peremajaan tidak pernah dinaikkan," tegas Agus Santoso.', 'id');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain("'pipa sudah tua'");
    expect(quotes[0]!.speaker).toBe('Agus Santoso');
  });

  it('scare quotes in es and nl are not quotations', () => {
    expect(extractQuotes('La diputada calificó el plan como un “parche” y pidió una auditoría al organismo.', 'es')).toEqual([]);
    expect(extractQuotes('Een woordvoerder van PSV laat weten dat de club het besluit ‘begrijpt en steunt’.', 'nl')).toEqual([]);
  });
});
