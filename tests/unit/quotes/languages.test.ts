/**
 * Quotations and speakers in the languages added to the reporting-verb
 * tables after the first eleven: one small article per language with the
 * speaker found, the title before the name stripped, a pronoun (or a bare
 * verb) resolved to the person named before, and a scare quote left out.
 * Then the structural patterns: quotations opened by a dash (no marks), the
 * Turkish verb-final order, the Hungarian family-name-first order.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../core/quotes';

const doc = (...paras: string[]): string => paras.join('\n\n');
const pairs = (text: string, lang: string) => extractQuotes(text, lang).map((q) => [q.text, q.speaker]);

const LANGUAGES: { lang: string; text: string; want: [string, string][] }[] = [
  {
    lang: 'ru',
    text: doc(
      'Министр Иван Петров заявил журналистам в понедельник о так называемом «зерновом коридоре».',
      '«Мы не допустим повышения цен на хлеб до конца года», — сказал министр Иван Петров.',
      '«Запасы зерна достаточны, дефицита не будет», — добавил он.',
    ),
    want: [['Мы не допустим повышения цен на хлеб до конца года', 'Иван Петров'], ['Запасы зерна достаточны, дефицита не будет', 'Иван Петров']],
  },
  {
    lang: 'uk',
    text: doc(
      'Міністр енергетики Олег Коваль провів нараду щодо «зимового плану».',
      '«Ми відновимо енергосистему до зими», — заявив міністр Олег Коваль.',
      '«Роботи вже тривають у трьох областях», — додав він.',
    ),
    want: [['Ми відновимо енергосистему до зими', 'Олег Коваль'], ['Роботи вже тривають у трьох областях', 'Олег Коваль']],
  },
  {
    lang: 'pl',
    text: doc(
      'Władze miasta przedstawiły projekt „zielonej obwodnicy”.',
      '„Budowa mostu ruszy w maju, a zakończy się jesienią” – zapowiedziała prezydent miasta Anna Nowak.',
      '„Pieniądze na inwestycję już są” – dodała.',
    ),
    want: [['Budowa mostu ruszy w maju, a zakończy się jesienią', 'Anna Nowak'], ['Pieniądze na inwestycję już są', 'Anna Nowak']],
  },
  {
    lang: 'cs',
    text: doc(
      'Ministerstvo spustilo takzvaný „covidový semafor“ znovu.',
      '„Nemocnice je připravena na další vlnu,“ řekl ministr zdravotnictví Jan Novák.',
      '„Máme dost lůžek i personálu,“ dodal.',
    ),
    want: [['Nemocnice je připravena na další vlnu,', 'Jan Novák'], ['Máme dost lůžek i personálu,', 'Jan Novák']],
  },
  {
    lang: 'sk',
    text: doc(
      'Mesto predstavilo projekt „zelenej zastávky“.',
      '„Nové zastávky budú hotové do leta,“ povedala primátorka Jana Kováčová.',
      '„Peniaze máme z eurofondov,“ uviedla.',
    ),
    want: [['Nové zastávky budú hotové do leta,', 'Jana Kováčová'], ['Peniaze máme z eurofondov,', 'Jana Kováčová']],
  },
  {
    lang: 'ro',
    text: doc(
      'Primăria a lansat programul „școala verde” în cartierul nou.',
      '„Vom construi o nouă școală până în septembrie”, a declarat primarul Ion Popescu.',
      '„Banii sunt asigurați din bugetul local”, a adăugat acesta.',
    ),
    want: [['Vom construi o nouă școală până în septembrie', 'Ion Popescu'], ['Banii sunt asigurați din bugetul local', 'Ion Popescu']],
  },
  {
    lang: 'tr',
    text: doc(
      'Bakanlık "sıfır atık" kampanyasını genişletiyor.',
      '"Bu karar şehrin geleceği için çok önemli," dedi Belediye Başkanı Ayşe Demir.',
      '"Herkesin randevu alması gerekiyor" diye ekledi.',
    ),
    want: [['Bu karar şehrin geleceği için çok önemli,', 'Ayşe Demir'], ['Herkesin randevu alması gerekiyor', 'Ayşe Demir']],
  },
  {
    lang: 'da',
    text: doc(
      'Kommunen vil bygge en såkaldt »grøn korridor« gennem byen.',
      '»Vi skal have flere cykelstier i byen,« siger borgmester Lars Jensen.',
      '»Det haster, for trafikken vokser hvert år,« tilføjer han.',
    ),
    want: [['Vi skal have flere cykelstier i byen,', 'Lars Jensen'], ['Det haster, for trafikken vokser hvert år,', 'Lars Jensen']],
  },
  {
    lang: 'nb',
    text: doc(
      'Regjeringen kaller det en «grønn pakke».',
      '«Vi må handle nå, før vinteren kommer,» sier statsminister Kari Nordmann.',
      '«Dette er en krise for hele landet,» sa hun til NRK.',
    ),
    want: [['Vi må handle nå, før vinteren kommer,', 'Kari Nordmann'], ['Dette er en krise for hele landet,', 'Kari Nordmann']],
  },
  {
    lang: 'fi',
    text: doc(
      'Kaupunki käynnistää niin sanotun ”vihreän kaavan”.',
      '”Meidän on rakennettava lisää asuntoja”, sanoi pormestari Matti Virtanen.',
      '”Aikaa ei ole hukattavaksi”, hän lisäsi.',
    ),
    want: [['Meidän on rakennettava lisää asuntoja', 'Matti Virtanen'], ['Aikaa ei ole hukattavaksi', 'Matti Virtanen']],
  },
  {
    lang: 'hu',
    text: doc(
      'A város elindította a „zöld udvar” programot.',
      '„Jövő tavasszal elkezdjük a felújítást” – mondta Kovács Péter polgármester.',
      '„A pénz már rendelkezésre áll” – tette hozzá.',
    ),
    want: [['Jövő tavasszal elkezdjük a felújítást', 'Kovács Péter'], ['A pénz már rendelkezésre áll', 'Kovács Péter']],
  },
  {
    lang: 'el',
    text: doc(
      'Το υπουργείο παρουσίασε το λεγόμενο «πράσινο σχολείο».',
      '«Θα ανοίξουμε νέα σχολεία φέτος», δήλωσε ο υπουργός Νίκος Παπαδόπουλος.',
      '«Τα χρήματα έχουν ήδη εξασφαλιστεί», πρόσθεσε.',
    ),
    want: [['Θα ανοίξουμε νέα σχολεία φέτος', 'Νίκος Παπαδόπουλος'], ['Τα χρήματα έχουν ήδη εξασφαλιστεί', 'Νίκος Παπαδόπουλος']],
  },
  {
    lang: 'vi',
    text: doc(
      'Thành phố triển khai mô hình "phố đi bộ" vào cuối tuần.',
      '"Chúng tôi sẽ hoàn thành dự án trước cuối năm," ông Nguyễn Văn An, Giám đốc Sở Giao thông, cho biết.',
      'Ông An nói: "Người dân sẽ được hưởng lợi từ tuyến đường mới."',
    ),
    want: [['Chúng tôi sẽ hoàn thành dự án trước cuối năm,', 'Nguyễn Văn An'], ['Người dân sẽ được hưởng lợi từ tuyến đường mới.', 'Nguyễn Văn An']],
  },
];

describe('quotations and speakers in more languages', () => {
  it.each(LANGUAGES)('$lang: speaker found, title stripped, pronoun resolved, scare quote left out', ({ lang, text, want }) => {
    expect(pairs(text, lang)).toEqual(want);
  });

  it('vi: a given name that is also a syllable of a verb of saying stays in the name (Mạnh / nhấn mạnh, Tâm / tâm sự)', () => {
    const vi = doc(
      '"Chúng tôi sẽ mở thêm ba trường học mới," ông Lưu Văn Mạnh, Chủ tịch UBND huyện, cho biết.',
      'Bà Lý Thị Tâm nói: "Người dân rất vui mừng với quyết định này."',
    );
    expect(pairs(vi, 'vi').map((p) => p[1])).toEqual(['Lưu Văn Mạnh', 'Lý Thị Tâm']);
  });

  it('vi: an honorific that is also a pronoun (ông, chị) is a title before a name, and a dot inside a word (TP.HCM) ends no sentence', () => {
    const vi = doc(
      'Ông Trần Quang Huy, Phó giám đốc Trung tâm Quản lý giao thông công cộng TP.HCM, cho biết: “Các tuyến buýt mới giúp người dân đến ga nhanh hơn”.',
      'Chị Lê Thị Mai, sống ở phường Hiệp Phú, nói: “Giờ có xe buýt thì tiện hơn nhiều”.',
      '“Chúng tôi sẽ theo dõi lượng khách trong ba tháng đầu”, ông Huy nói thêm.',
      '“Chúng tôi rất hài lòng”, ông nói.',
    );
    expect(pairs(vi, 'vi').map((p) => p[1])).toEqual(['Trần Quang Huy', 'Lê Thị Mai', 'Trần Quang Huy', 'Trần Quang Huy']);
  });

  it('sv: a title or descriptor noun opening the sentence is not part of the name (Pendlaren Johan Ekström); trap: a party as speaker stays whole', () => {
    const sv = doc(
      'Pendlaren Johan Ekström, som reser från Märsta varje morgon, välkomnar beskedet.',
      '– Det har varit fullt redan i Upplands Väsby, säger han.',
      '”Utan nya fordon kommer trängseln tillbaka”, skriver Moderaterna i ett pressmeddelande.',
    );
    expect(pairs(sv, 'sv').map((p) => p[1])).toEqual(['Johan Ekström', 'Moderaterna']);
  });

  it('a title alone after the verb points to the person introduced with that title, even with someone else named in between (cs "doplnila primátorka")', () => {
    const cs = doc(
      '„Tramvaj do Bystrce slibujeme lidem už dvacet let,“ řekla ČTK primátorka Brna Markéta Vaňková.',
      'Obyvatelé stavbu vítají. „Autobusy jsou ráno přeplněné,“ uvedl Petr Novotný, který v Bystrci bydlí.',
      '„Lidé se nemusejí bát, že by zůstali bez spojení,“ doplnila primátorka.',
    );
    expect(pairs(cs, 'cs').map((p) => p[1])).toEqual(['Markéta Vaňková', 'Petr Novotný', 'Markéta Vaňková']);
  });

  it('hu: a title in apposition after the name, inflected ("Kovács Anna, a … vezérigazgatója"), is what "a vezérigazgató" points back to; "jelentette be"', () => {
    const hu = doc(
      '„Az új járművekkel rövidebb a követési idő” – közölte Kovács Anna, a Szegedi Közlekedési Társaság vezérigazgatója.',
      'Szabó Péter, aki naponta villamossal jár, örül a fejlesztésnek. „A régi kocsik gyakran késnek” – mondta.',
      '„A próbafutások januárban kezdődnek” – jelentette be a vezérigazgató.',
    );
    expect(pairs(hu, 'hu').map((p) => p[1])).toEqual(['Kovács Anna', 'Szabó Péter', 'Kovács Anna']);
  });

  it('Norwegian pages tagged "no" or "nn" read with the Norwegian rules', () => {
    const text = '«Vi må handle nå, før vinteren kommer,» seier statsminister Kari Nordmann.';
    expect(pairs(text, 'no')).toEqual([['Vi må handle nå, før vinteren kommer,', 'Kari Nordmann']]);
    expect(pairs(text, 'nn-NO')).toEqual([['Vi må handle nå, før vinteren kommer,', 'Kari Nordmann']]);
  });

  it('a capitalized title at the start of a sentence is not part of the name (ru "Министр", uk "Міністр")', () => {
    expect(pairs('Министр Иван Петров сказал: «Запасы зерна достаточны».', 'ru')).toEqual([['Запасы зерна достаточны', 'Иван Петров']]);
    expect(pairs('Міністр Олег Коваль заявив: «Роботи вже тривають».', 'uk')).toEqual([['Роботи вже тривають', 'Олег Коваль']]);
  });
});

describe('quotations opened by a dash', () => {
  it('a dash paragraph with a reporting verb and a speaker after its comma is a quotation (nb, sv, da)', () => {
    expect(pairs('– Vi må handle nå, sier statsminister Kari Nordmann.', 'nb')).toEqual([['Vi må handle nå', 'Kari Nordmann']]);
    expect(pairs('– Det här är en kris för hela regionen, säger Anna Lindqvist.', 'sv')).toEqual([['Det här är en kris för hela regionen', 'Anna Lindqvist']]);
    expect(pairs('– Det haster, siger borgmester Lars Jensen.', 'da')).toEqual([['Det haster', 'Lars Jensen']]);
  });

  it('a pronoun after the verb means the person named before; the question mark may end the quotation', () => {
    const text = doc('Statsminister Kari Nordmann møtte pressen mandag.', '– Hvorfor skjer dette nå? sa hun.');
    expect(pairs(text, 'nb')).toEqual([['Hvorfor skjer dette nå?', 'Kari Nordmann']]);
  });

  it('the next dash paragraph with no attribution is the same speaker talking on; a later one after plain prose is not', () => {
    const text = doc(
      '– Vi må handle nå, sier statsminister Kari Nordmann.',
      '– Situasjonen er alvorlig, og vi kan ikke vente lenger.',
      'Opposisjonen er uenig.',
      '– Priser, skatter og avgifter',
    );
    expect(pairs(text, 'nb')).toEqual([['Vi må handle nå', 'Kari Nordmann'], ['Situasjonen er alvorlig, og vi kan ikke vente lenger.', 'Kari Nordmann']]);
  });

  it('a dash paragraph without a verb of saying and a speaker is no quotation (a list, a report that "says")', () => {
    const text = doc('– Lavere skatter, flere lærere og nye veier', '– Arbeidsledigheten er 25 prosent, sier rapporten.');
    expect(pairs(text, 'nb')).toEqual([]);
  });

  it('a second dash after a sentence end in the same paragraph opens another quotation', () => {
    const text = '– Vi må handle nå, sier statsminister Kari Nordmann til NRK. – Det er ingen tid å miste, legger hun til.';
    expect(pairs(text, 'nb')).toEqual([['Vi må handle nå', 'Kari Nordmann'], ['Det er ingen tid å miste', 'Kari Nordmann']]);
  });

  it('a second dash closes the quotation, alone (pl) or after the comma (uk); a bare verb or a title after it points back', () => {
    const pl = doc(
      'Minister zdrowia Adam Niedzielski odwiedził w piątek szpital w Lublinie.',
      '– Kolejki do specjalistów skrócą się o połowę do końca roku – zapewnił minister.',
      'Dyrektor szpitala Jan Nowak był ostrożny. – Brakuje nam lekarzy, a nie pieniędzy – powiedział.',
    );
    expect(pairs(pl, 'pl')).toEqual([
      ['Kolejki do specjalistów skrócą się o połowę do końca roku', 'Adam Niedzielski'],
      ['Brakuje nam lekarzy, a nie pieniędzy', 'Jan Nowak'],
    ]);
    const uk = doc('Речниця Повітряних сил Юлія Мельник розповіла про нічну атаку.', '— Більшість дронів збили над Київщиною, — сказала вона в ефірі.');
    expect(pairs(uk, 'uk')).toEqual([['Більшість дронів збили над Київщиною', 'Юлія Мельник']]);
  });

  it('a dash after the attribution goes on with the same speaker (ru)', () => {
    const ru = doc('Министр финансов Антон Силуанов выступил в Госдуме.', '— Мы готовы снизить налоги, — сказал министр. — Но для этого нужно время.');
    expect(pairs(ru, 'ru')).toEqual([['Мы готовы снизить налоги', 'Антон Силуанов'], ['Но для этого нужно время.', 'Антон Силуанов']]);
  });

  it('languages without the dash convention in their table are left alone (en)', () => {
    expect(pairs('– We must act now, says Prime Minister Kari Nordmann.', 'en')).toEqual([]);
  });
});

describe('word order', () => {
  it('Turkish: the speaker before the quotation and the verb after it (`X, "…" dedi.`), title stripped', () => {
    expect(pairs('Sağlık Bakanı Mehmet Yılmaz, "Aşı kampanyası önümüzdeki hafta başlayacak" dedi.', 'tr')).toEqual([['Aşı kampanyası önümüzdeki hafta başlayacak', 'Mehmet Yılmaz']]);
    expect(pairs('Yılmaz, açıklamasında "Aşı kampanyası önümüzdeki hafta başlayacak" ifadelerini kullandı.', 'tr')).toEqual([['Aşı kampanyası önümüzdeki hafta başlayacak', 'Yılmaz']]);
  });

  it('Turkish: any verb after the quotative "diye" is one of saying', () => {
    const text = doc('Sağlık Bakanı Mehmet Yılmaz basın toplantısı düzenledi.', '"Herkesin randevu alması gerekiyor" diye uyardı.');
    expect(pairs(text, 'tr')).toEqual([['Herkesin randevu alması gerekiyor', 'Mehmet Yılmaz']]);
  });

  it('Turkish: a name before the topic word "ise" is the person a bare "diye konuştu" in the next sentence means, not the speaker before', () => {
    const text = doc(
      'Belediye Başkan Yardımcısı Elif Arslan, "Tüm istasyonlarda engelli erişimi sağlandı" dedi.',
      'Karşıyaka\'da esnaflık yapan Mustafa Kaya ise hattın bölgeye canlılık getireceğini düşünüyor. "İnşaat sırasında çok zorlandık ama artık müşterilerimiz bize daha kolay ulaşacak" diye konuştu.',
    );
    expect(pairs(text, 'tr').map((p) => p[1])).toEqual(['Elif Arslan', 'Mustafa Kaya']);
  });

  it('Hungarian: the family name first, then a lower-case title after the name; a short form later resolves to it', () => {
    const text = doc('„Jövő tavasszal elkezdjük a felújítást” – mondta Kovács Péter polgármester.', 'Kovács hangsúlyozta: „A pénz már rendelkezésre áll.”');
    expect(pairs(text, 'hu')).toEqual([['Jövő tavasszal elkezdjük a felújítást', 'Kovács Péter'], ['A pénz már rendelkezésre áll.', 'Kovács Péter']]);
  });
});

describe('languages without articles: the subject after the verb', () => {
  it('a full name after an adverbial is the speaker; a name after a preposition is a place (ru)', () => {
    expect(pairs('«Решение пока не принято», — заявил в понедельник Дмитрий Песков.', 'ru')).toEqual([['Решение пока не принято', 'Дмитрий Песков']]);
    const place = doc('Министр Анна Смирнова приехала в регион.', '«Решение пока не принято», — сказала в Нижнем Новгороде министр.');
    expect(pairs(place, 'ru')[0]![1]).not.toBe('Нижнем Новгороде');
    // An agency the words were said to is not the speaker; the titled name after it is.
    expect(pairs('„Rozpočet je napjatý, ale zvládneme to,“ řekl ČTK ministr financí Zbyněk Stanjura.', 'cs')).toEqual([['Rozpočet je napjatý, ale zvládneme to,', 'Zbyněk Stanjura']]);
    // A name after the preposition's object is the speaker.
    expect(pairs('"Stali se excelentním týmem, jsou skvělí ve všech částech hřiště," píše na Twitter Gary Lineker.', 'cs')).toEqual([['Stali se excelentním týmem, jsou skvělí ve všech částech hřiště,', 'Gary Lineker']]);
  });

  it('a lone noun after the verb is the speaker ("skriver selskapet"), a title points back to the speaker named just before', () => {
    const nb = doc('– Dette burde regjeringen gjort for et år siden, sier Sylvi Listhaug.', '«Situasjonen er krevende, men under kontroll», skriver selskapet i en pressemelding.');
    expect(pairs(nb, 'nb')).toEqual([['Dette burde regjeringen gjort for et år siden', 'Sylvi Listhaug'], ['Situasjonen er krevende, men under kontroll', 'selskapet']]);
    const ru = doc('«Мы понимаем, что жителям будет неудобно», — сказал министр транспорта области Алексей Гордеев.', 'По его словам, будут автобусы. «Интервалы сократятся до десяти минут», — уточнил министр.');
    expect(pairs(ru, 'ru')).toEqual([['Мы понимаем, что жителям будет неудобно', 'Алексей Гордеев'], ['Интервалы сократятся до десяти минут', 'Алексей Гордеев']]);
  });
});

describe('names that decline or carry an office', () => {
  it('a genitive office or place before a two-part name is not part of it; a patronymic is (cs, ru)', () => {
    expect(pairs(doc('Starosta Modřic Josef Nečas je skeptický.', '„Už teď máme v obci kolony,“ řekl.'), 'cs')).toEqual([['Už teď máme v obci kolony,', 'Josef Nečas']]);
    expect(pairs('«Бюджет сбалансирован», — сказал глава Минфина Антон Германович Силуанов.', 'ru')).toEqual([['Бюджет сбалансирован', 'Антон Германович Силуанов']]);
  });

  it('a surname alone in another case than the full name before it gets the given name (cs "Mikovcové" … "Mikovcová")', () => {
    const cs = doc('Podle mluvčí Ředitelství silnic a dálnic Lucie Mikovcové začnou práce v březnu.', '„Objízdné trasy zveřejníme s předstihem,“ dodala Mikovcová.');
    expect(pairs(cs, 'cs')).toEqual([['Objízdné trasy zveřejníme s předstihem,', 'Lucie Mikovcová']]);
  });

  it('Turkish: a modifier before the name and a topic word after it are not part of the speaker', () => {
    expect(pairs("Kadıköy'de yaşayan Ayşe Kaya, \"Sabahları otobüse binmek neredeyse imkansız\" dedi.", 'tr')).toEqual([['Sabahları otobüse binmek neredeyse imkansız', 'Ayşe Kaya']]);
    expect(pairs('Ulaşım Daire Başkanı Utku Cihan ise "Metrobüs hattında sefer aralıkları iki dakikaya inecek" diye konuştu.', 'tr')).toEqual([['Metrobüs hattında sefer aralıkları iki dakikaya inecek', 'Utku Cihan']]);
  });
});

describe('who a pronoun or a title after the verb means', () => {
  it('el: a sentence-initial article is no name; a title with its complement introduces the person; "ο ίδιος" points back', () => {
    const el = doc(
      '«Κανένας φοιτητής δεν θα μείνει χωρίς στέγη», δήλωσε η υπουργός Παιδείας Σοφία Ζαχαράκη.',
      'Ο πρόεδρος της φοιτητικής ένωσης Γιώργος Νικολάου εξέφρασε επιφυλάξεις. «Τα χρήματα δεν φτάνουν για την Αθήνα», είπε.',
      '«Θα δούμε τα αποτελέσματα τον Σεπτέμβριο», πρόσθεσε ο ίδιος.',
    );
    expect(pairs(el, 'el').map((p) => p[1])).toEqual(['Σοφία Ζαχαράκη', 'Γιώργος Νικολάου', 'Γιώργος Νικολάου']);
  });

  it('da: a compound title with its shared end left out ("teknik- og miljøborgmester") introduces the person a later "hun" means', () => {
    const da = doc(
      '»Vi vil give byen tilbage til fodgængerne,« siger teknik- og miljøborgmester Line Barfod.',
      '»Vi mister kunder, hvis de ikke kan parkere,« siger butiksejer Jens Hansen.',
      'Ifølge Barfod vil kommunen evaluere forsøget efter tre måneder.',
      '- Vi lytter til de handlende, siger hun.',
    );
    expect(pairs(da, 'da').map((p) => p[1])).toEqual(['Line Barfod', 'Jens Hansen', 'Line Barfod']);
  });

  it('hu: a title after the full name introduces the person; "X szerint" before a quotation is its speaker', () => {
    const hu = doc(
      '„A munkálatok két évig tartanak” – mondta Vitézy Dávid közlekedési szakértő.',
      'Karácsony Gergely főpolgármester a beruházásról beszélt. „A pénz már rendelkezésre áll” – tette hozzá.',
      'Karácsony Gergely főpolgármester szerint: „Jövőre befejezzük.”',
    );
    expect(pairs(hu, 'hu').map((p) => p[1])).toEqual(['Vitézy Dávid', 'Karácsony Gergely', 'Karácsony Gergely']);
  });

  it('ro: a title with its article suffix after the verb ("a mai spus edilul") points back to the person named before', () => {
    const ro = doc(
      '„Lucrările încep luna viitoare”, a declarat primarul general Nicușor Dan.',
      'Potrivit acestuia, costul total se ridică la 40 de milioane de lei. „Banii sunt asigurați din fonduri europene”, a mai spus edilul.',
    );
    expect(pairs(ro, 'ro').map((p) => p[1])).toEqual(['Nicușor Dan', 'Nicușor Dan']);
  });
});

describe('Korean: no capitals, so the speaker is read from particles', () => {
  it('the topic before the quotation and the quotative after it; an office between name and title; a surname and title later', () => {
    const ko = doc(
      '김민수 교육부 장관은 "내년까지 모든 학교에 태블릿을 보급하겠다"고 말했다.',
      '김 장관은 이어 "예산은 이미 확보했다"고 덧붙였다.',
      '학부모 단체는 이번 정책을 이른바 "착한 행정"이라고 비판했다.',
      '이영희 전국학부모연합 대표는 "아이들의 눈 건강이 걱정된다"며 우려를 표했다.',
    );
    expect(pairs(ko, 'ko')).toEqual([
      ['내년까지 모든 학교에 태블릿을 보급하겠다', '김민수'],
      ['예산은 이미 확보했다', '김민수'],
      ['아이들의 눈 건강이 걱정된다', '이영희'],
    ]);
  });

  it('two quotations joined by "며" share the verb after the second; a particle inside the first is not the speaker; an age between name and particle; "고 했다"', () => {
    const ko = doc(
      '박선영 부산시 주택정책과장은 “피해자 대부분이 사회초년생이라 피해를 키우는 경우가 많다”며 “상담 인력을 두 배로 늘리겠다”고 말했다.',
      '센터를 찾은 피해자들은 보상이 필요하다고 입을 모은다. 보증금을 돌려받지 못한 이아무개(29)씨는 “돈을 돌려받을 방법이 없다는 게 답답하다”고 했다.',
      '정현우 부산참여연대 사무처장은 “세입자는 여전히 빠져 있다”며 “특별법을 서둘러 고쳐야 한다”고 강조했다.',
    );
    expect(pairs(ko, 'ko')).toEqual([
      ['피해자 대부분이 사회초년생이라 피해를 키우는 경우가 많다', '박선영'],
      ['상담 인력을 두 배로 늘리겠다', '박선영'],
      ['돈을 돌려받을 방법이 없다는 게 답답하다', '이아무개'],
      ['세입자는 여전히 빠져 있다', '정현우'],
      ['특별법을 서둘러 고쳐야 한다', '정현우'],
    ]);
  });
});

describe('Chinese: no spaces, so the name is told by the office before it or by its family name', () => {
  it('an office before the name, a description and a family name in a long run, a speaker who opens the sentence before a later quotation', () => {
    const zh = doc(
      '成都轨道交通集团副总经理李红梅表示：“13号线是成都首条东西向的全自动驾驶线路，开通后沿线居民进城时间将缩短近一半。”',
      '当天上午，不少市民专程前来体验。家住温江区的市民王志强说：“以前去春熙路要换两次车，现在一趟就到了，方便多了。”',
      '据介绍，附近居民刘建国说：“晚上也能坐地铁回家了。”',
      '李红梅说，下一步将根据客流情况优化运营组织，“我们会在早晚高峰适时加开列车，尽量减少乘客等候时间”。',
    );
    expect(pairs(zh, 'zh')).toEqual([
      ['13号线是成都首条东西向的全自动驾驶线路，开通后沿线居民进城时间将缩短近一半。', '李红梅'],
      ['以前去春熙路要换两次车，现在一趟就到了，方便多了。', '王志强'],
      ['晚上也能坐地铁回家了。', '刘建国'],
      ['我们会在早晚高峰适时加开列车，尽量减少乘客等候时间', '李红梅'],
    ]);
  });

  it('a name right after the quotation is whole ("”李博灏说"), one with a manner after it is the one written before ("卢宇恳切地说"); "他" means the speaker named last; a foreign name by its sound; "补充说"', () => {
    const zh = doc(
      '“对两会的关注使我能够把握国家迫切需要解决的难题，使我的研究更有价值。”李博灏说。',
      '卢宇还认为两会应该增设学子代表。“我相信优秀留学生必将为家乡建设带来新的思路。”卢宇恳切地说。',
      '对此，李博灏认为这也是他关注的问题。他认为：“消费升级的重要性越发突显，这是迫切需要解决的问题。”',
      '席尔霍尔茨补充说，在测试中使用雪利酒“引发呕吐反射，公众也反对”。',
    );
    expect(pairs(zh, 'zh')).toEqual([
      ['对两会的关注使我能够把握国家迫切需要解决的难题，使我的研究更有价值。', '李博灏'],
      ['我相信优秀留学生必将为家乡建设带来新的思路。', '卢宇'],
      ['消费升级的重要性越发突显，这是迫切需要解决的问题。', '李博灏'],
      ['引发呕吐反射，公众也反对', '席尔霍尔茨'],
    ]);
  });

  it('trap: a run that neither ends in an office nor opens with a family name names nobody', () => {
    const zh = doc('经过讨论后大家一致认为：“改革必须继续推进，不能停下来，也不能走回头路。”');
    expect(pairs(zh, 'zh')).toEqual([['改革必须继续推进，不能停下来，也不能走回头路。', null]]);
  });
});

