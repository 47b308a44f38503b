/**
 * Openings of subscription, app, newsletter, follow and notice prompts that
 * sites put inside articles. A short block that STARTS with one of these is a
 * prompt; the phrase inside a sentence is never touched.
 */
export const PROMPT_OPENINGS: Record<string, readonly string[]> = {
  id: [
    'berlangganan', 'simak breaking news', 'dapatkan update berita', 'dapatkan berita terbaru', 'download aplikasi', 'unduh aplikasi',
    'baca berita tanpa iklan', 'dilarang keras mengambil konten', 'ikuti berita', 'ikuti kami di', 'ikuti juga', 'gabung channel',
    'gabung grup', 'klik dan dapatkan', 'yuk gabung', 'dapatkan informasi terbaru',
  ],
  ms: ['langgan', 'muat turun aplikasi', 'ikuti kami di'],
  en: [
    'subscribe to', 'subscribe now', 'sign up for', 'sign up to', 'get the latest', 'download the app', 'download our app', 'follow us on',
    'support our journalism', 'support independent journalism', 'this article is for subscribers', 'already a subscriber',
    'become a member', 'get our newsletter', 'want more stories like this', 'enjoy unlimited access',
    'never miss the latest', 'to view the full story', 'if you enjoyed reading this', 'we want to hear what you think', 'for the latest stories',
    'was this article helpful', 'rate this article',
    // Letters pages, recipe cards and embeds that wait for consent.
    'submit your letter', 'print recipe', 'jump to recipe', 'click on a star to rate it', 'click the button below to load the content',
  ],
  fr: ['imprimer la recette', 'article réservé aux abonnés', 'abonnez-vous', 'inscrivez-vous à', 'téléchargez l’application', "téléchargez l'application", 'suivez-nous sur', 'cet article est réservé', 'pour lire la suite'],
  de: ['bestens informiert mit', 'jetzt abonnieren', 'folgen sie uns', 'dieser artikel ist', 'sz plus', 'melden sie sich an', 'abonnieren sie', 'abonniere unseren newsletter', 'erhalte updates direkt',
    'war der artikel nützlich', 'möchten sie den artikel teilen', 'artikel gefallen', 'noch keine bewertungen',
    // Recipe cards and embeds that wait for consent.
    'rezept drucken', 'sterne anklicken zum bewerten', 'klicken sie auf den unteren button', 'inhalt laden', 'mit dem laden des videos akzeptieren sie',
  ],
  es: ['imprimir receta', 'suscríbete', 'suscríbase', 'descarga la app', 'descarga nuestra app', 'síguenos en', 'este contenido es exclusivo', 'valora esta noticia'],
  pt: ['assine', 'inscreva-se', 'siga-nos', 'baixe o app', 'baixe o aplicativo', 'conteúdo exclusivo para assinantes'],
  it: ['abbonati', 'iscriviti alla newsletter', 'seguici su', 'scarica l’app'],
  nl: ['abonneer', 'word abonnee', 'volg ons op'],
  pl: ['zapisz się na newsletter', 'subskrybuj', 'obserwuj nas na', 'pobierz aplikację'],
  cs: ['přihlaste se k odběru', 'sledujte nás na', 'stáhněte si aplikaci'],
  ru: ['подписывайтесь на', 'подпишитесь на', 'скачайте приложение'],
  uk: ['підписуйтесь на', 'підпишіться на'],
  tr: ['abone ol', 'bizi takip edin', 'uygulamayı indir'],
  vi: ['đăng ký nhận', 'theo dõi chúng tôi', 'tải ứng dụng'],
  zh: ['订阅', '關注我們', '关注我们', '下载app', '下載app'],
  ja: ['会員登録', 'フォローする'],
  ko: ['구독하기', '구독', '무단전재 및 재배포 금지', '저작권자'],
  th: ['ติดตามเรา', 'สมัครสมาชิก'],
  sv: ['prenumerera', 'följ oss på'],
  da: ['følg os på', 'tilmeld dig vores nyhedsbrev', 'bliv abonnent'],
  nb: ['følg oss på', 'bli abonnent', 'meld deg på nyhetsbrevet', 'last ned appen'],
  fi: ['tilaa uutiskirje', 'seuraa meitä', 'lataa sovellus'],
  hu: ['iratkozzon fel', 'iratkozz fel', 'kövessen minket', 'kövess minket'],
  el: ['ακολουθήστε μας', 'εγγραφείτε στο newsletter', 'κατεβάστε την εφαρμογή'],
  ro: ['abonează-te', 'urmărește-ne pe', 'descarcă aplicația'],
  sk: ['sledujte nás na', 'stiahnite si aplikáciu', 'prihláste sa na odber'],
  // Arabic, Hindi, Persian, Hebrew, Bengali, Urdu: as their news sites print them (spelling variants: core/rules/spelling-folds.ts).
  ar: ['تابعونا على', 'تابعوا آخر الأخبار', 'اشترك في النشرة', 'حمل تطبيق'],
  hi: ['हमें फॉलो करें', 'सब्सक्राइब करें', 'ताजा खबरों के लिए'],
  fa: ['ما را در شبکه\u200cهای اجتماعی دنبال کنید', 'عضویت در خبرنامه', 'دانلود اپلیکیشن'],
  he: ['הצטרפו לערוץ', 'עקבו אחרינו', 'הירשמו לניוזלטר'],
  bn: ['সর্বশেষ খবর পেতে', 'সাবস্ক্রাইব করুন', 'আমাদের ফেসবুক পেজ'],
  ur: ['ہمیں فالو کریں', 'سبسکرائب کریں'],
  // Swahili, Filipino, Catalan, Croatian, Serbian (Latin and Cyrillic), Bulgarian, Slovenian, Lithuanian, Latvian, Estonian.
  sw: ['jiunge na chaneli', 'tufuate kwenye', 'pakua programu'],
  tl: ['sundan kami sa', 'i-follow kami sa'],
  ca: ['subscriu-te', 'segueix-nos a', 'descarrega\'t l\'app'],
  hr: ['pratite nas na', 'preuzmite aplikaciju', 'pretplatite se na'],
  sr: ['пратите нас на', 'preuzmite aplikaciju', 'пријавите се за'],
  bg: ['последвайте ни в', 'абонирайте се за', 'изтеглете приложението'],
  sl: ['sledite nam na', 'naročite se na', 'prenesite aplikacijo'],
  lt: ['sekite mus', 'prenumeruokite naujienlaiškį'],
  lv: ['seko mums', 'piesakies jaunumiem'],
  et: ['jälgi meid', 'telli uudiskiri'],
};

/** Whole-text reading-time labels ("6 min read", "5 menit baca", "Lesezeit: 3 Min."). */
export const READING_TIME_LABELS: readonly RegExp[] = [
  /^\d{1,3}\s*(?:min|mins|minute|minutes)\s+(?:read|reading)$/iu,
  /^(?:reading time|read time)\s*:?\s*\d{1,3}\s*(?:min|mins|minutes)?$/iu,
  /^(?:waktu baca|lama baca)\s*:?\s*\d{1,3}\s*menit$|^\d{1,3}\s*menit\s*(?:baca|membaca)$/iu,
  /^lesezeit\s*:?\s*\d{1,3}\s*(?:min\.?|minuten)$/iu,
  /^(?:temps de lecture|lecture)\s*:?\s*\d{1,3}\s*min\.?$/iu,
  /^(?:tiempo de lectura|lectura)\s*:?\s*\d{1,3}\s*min\.?$/iu,
];
