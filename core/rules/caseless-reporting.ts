/**
 * Speakers in spaced scripts without letter case (Arabic, Persian, Urdu,
 * Hebrew, Hindi) and in Thai, where spaces part phrases, not words. A name
 * cannot be told by its capitals, so the speaker's words are bounded by what
 * the tables know: the verb of saying, the quotation, punctuation, stop words
 * (prepositions, conjunctions, days) and the title or role words before or
 * after the name (core/quotes/caseless.ts).
 */
export interface CaselessReportingWords {
  /** Verbs of saying, as written (a phrase matches word by word; with `glued`, at the start of a chunk). */
  verbs: readonly string[];
  /** The subject may follow the verb ("قال الوزير …", "אמר השר …"); otherwise it comes before it. */
  verbFirst: boolean;
  /** Case particles between the subject and the verb: hi "राकेश शर्मा ने कहा", ur "عمران خان نے کہا". */
  subjectMarkers?: readonly string[];
  /** Conjunctions and prefixes glued to the front of a word: ar و ف, he ו. */
  proclitics?: readonly string[];
  /** The definite article glued to a noun (ar ال, he ה): "الوزيرة" is the title "وزيرة". */
  article?: string;
  /** Prepositions glued to a noun with its article (ar "بال", "لل"): such a word is governed, no subject. */
  governedPrefixes?: readonly string[];
  /** Titles, roles and honorifics before (or, in Thai, after) a name; stripped from the speaker. */
  titles: readonly string[];
  /** Endings that make a compound word a title: bn "স্বরাষ্ট্রমন্ত্রী" (home minister), hi "स्वास्थ्यमंत्री". */
  titleEndings?: readonly string[];
  /**
   * Where titles lead their complement (ar "وزير الصحة", he "שר האוצר", fa "وزیر بهداشت", ur "وزیر خارجہ"):
   * the complement comes between title and name. Hindi titles end their phrase ("स्वास्थ्य मंत्री").
   */
  headFirst: boolean;
  /**
   * Words that open an organisation's name (fa "شرکت", ur "کمپنی"): where titles lead an unmarked complement,
   * "مدیرعامل شرکت مترو تهران" is the company's chief, not a person called "مترو تهران".
   */
  organisations?: readonly string[];
  /** Honorifics glued to the given name (th "นายสมชาย"): the name is the rest of the chunk and the next one (the surname). */
  gluedHonorifics?: readonly string[];
  /** Pronouns (and pronoun + marker forms: hi उन्होंने) that refer back to the person named before. */
  pronouns: readonly string[];
  /** Words before the speaker: ar "حسب", he "לדברי", fa "به گفته". */
  accordingTo: readonly string[];
  /** Words after the speaker: hi "के अनुसार", ur "کے مطابق". */
  accordingToAfter?: readonly string[];
  /** Conjunctions that link a verb of saying to the quotation after it: ar أن, hi कि, fa که. */
  conjunctions: readonly string[];
  /** Prepositions (or, with `postpositions`, postpositions), conjunctions and time words: they end a name. */
  stops: readonly string[];
  /** Hindi and Urdu put case particles after their noun: a phrase before one is an object, not the subject. */
  postpositions?: boolean;
  /** Words inside a name that make it longer than two words: ar "عبد الفتاح السيسي", "محمد بن سلمان". */
  nameParticles?: readonly string[];
  /** Words that begin with these never start or continue a name (ar لل "to the": "للصحفيين"). */
  stopPrefixes?: readonly string[];
  /** Thai: words are not spaced; verbs, pronouns and honorifics may be glued to their neighbours. */
  glued?: boolean;
}

const ARABIC_DAYS = ['اليوم', 'أمس', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'مساء', 'صباح'];

export const CASELESS_REPORTING_WORDS: Record<string, CaselessReportingWords> = {
  ar: {
    verbs: [
      'قال', 'قالت', 'يقول', 'تقول', 'أضاف', 'أضافت', 'اضاف', 'اضافت', 'أكد', 'أكدت', 'اكد', 'اكدت', 'أوضح', 'أوضحت', 'اوضح', 'اوضحت',
      'صرح', 'صرحت', 'تابع', 'تابعت', 'أشار', 'أشارت', 'ذكر', 'ذكرت', 'شدد', 'شددت', 'لفت', 'لفتت', 'أعلن', 'أعلنت', 'اعتبر', 'اعتبرت',
      'استطرد', 'استطردت', 'أردف', 'أردفت', 'قائلا', 'قائلة', 'قائلاً', 'مضيفا', 'مضيفة', 'مضيفاً', 'مؤكدا', 'مؤكدة', 'مؤكداً', 'موضحا', 'موضحة', 'موضحاً',
      'كتب', 'كتبت', 'غرد', 'غردت', 'سأل', 'سألت', 'ردّ', 'رد', 'ردت',
    ],
    verbFirst: true,
    proclitics: ['و', 'ف'],
    article: 'ال',
    // A noun with a glued preposition ("بالقرار" with the decision, "للصحفيين" to the reporters) is governed: never the subject.
    governedPrefixes: ['بال', 'لل', 'كال', 'وبال', 'ولل', 'وكال', 'فبال', 'فلل'],
    titles: [
      'الرئيس', 'رئيس', 'رئيسة', 'وزير', 'وزيرة', 'رئيس الوزراء', 'رئيسة الوزراء', 'المتحدث', 'المتحدث باسم', 'المتحدثة باسم', 'الناطق', 'الناطق باسم', 'الناطقة باسم',
      'متحدث', 'متحدث باسم', 'ناطق باسم', 'السفير', 'سفير', 'النائب', 'نائب', 'الدكتور', 'الدكتورة', 'د', 'السيد', 'السيدة', 'الشيخ', 'الأمين العام', 'الأمين العام لـ',
      'مدير', 'مديرة', 'محافظ', 'محافظة', 'الملك', 'الأمير', 'العقيد', 'اللواء', 'العميد', 'الفريق', 'المستشار', 'مستشار', 'الأستاذ', 'البروفيسور', 'المدير', 'المحافظ',
      'قائد', 'زعيم', 'رئيس بلدية', 'عمدة', 'مسؤول', 'المسؤول', 'المبعوث', 'مبعوث', 'القاضي', 'الخبير', 'خبير', 'الوزير', 'الوزيرة', 'رئيس البلدية',
      'النائبة', 'نائبة', 'المهندس', 'المهندسة', 'الكاتب', 'الكاتبة', 'الباحث', 'الباحثة', 'المحامي', 'المحامية', 'الفنان', 'الفنانة', 'مديرة', 'المديرة',
    ],
    headFirst: true,
    pronouns: ['هو', 'هي'],
    accordingTo: ['حسب', 'بحسب', 'وفقا لـ', 'وفقاً لـ', 'وفق', 'على لسان'],
    conjunctions: ['أن', 'إن', 'بأن', 'ان'],
    stops: [
      'في', 'من', 'إلى', 'الى', 'على', 'عن', 'مع', 'خلال', 'أمام', 'عبر', 'بعد', 'قبل', 'حول', 'لدى', 'أن', 'إن', 'بأن', 'ان', 'الذي', 'التي', 'ثم', 'كما', 'و', 'أو',
      'لـ', 'لوكالة', 'لقناة', 'لصحيفة', 'لموقع', 'لرويترز', 'لوسائل', 'بيان', 'مؤتمر', 'تصريح', 'تصريحات', 'كلمة', 'حديث', 'أيضا', 'أيضاً', ...ARABIC_DAYS,
    ],
    stopPrefixes: ['لل'],
    nameParticles: ['عبد', 'بن', 'ابن', 'بنت', 'أبو', 'ابو', 'آل', 'أبي'],
  },
  fa: {
    verbs: [
      'گفت', 'می‌گوید', 'میگوید', 'گفته است', 'افزود', 'اظهار کرد', 'اظهار داشت', 'تاکید کرد', 'تأکید کرد', 'بیان کرد', 'اعلام کرد', 'ادامه داد', 'تصریح کرد',
      'خاطرنشان کرد', 'عنوان کرد', 'توضیح داد', 'اضافه کرد', 'نوشت',
    ],
    verbFirst: false,
    titles: [
      'وزیر', 'رئیس', 'رئیس جمهور', 'رئیس‌جمهور', 'رئیس‌جمهوری', 'سخنگوی', 'سخنگو', 'نماینده', 'شهردار', 'استاندار', 'فرماندار', 'مدیر', 'مدیرعامل', 'دبیر', 'سفیر',
      'دکتر', 'آقای', 'خانم', 'سردار', 'سرلشکر', 'سرتیپ', 'معاون', 'رهبر', 'دادستان', 'قاضی', 'استاد', 'کارشناس', 'مشاور', 'فرمانده',
    ],
    headFirst: true,
    organisations: [
      'شرکت', 'سازمان', 'وزارت', 'وزارتخانه', 'دانشگاه', 'بانک', 'شهرداری', 'اداره', 'اداره‌کل', 'مرکز', 'بنیاد', 'انجمن', 'حزب', 'ستاد', 'پلیس',
      'شورای', 'شورا', 'مجلس', 'دولت', 'هیئت', 'کمیسیون', 'اتاق', 'صندوق', 'فدراسیون', 'باشگاه', 'بیمارستان', 'خبرگزاری', 'گروه', 'کارخانه',
    ],
    pronouns: ['وی', 'او', 'ایشان'],
    accordingTo: ['به گفته', 'به گفته‌ی'],
    conjunctions: ['که'],
    stops: ['در', 'با', 'به', 'از', 'برای', 'تا', 'را', 'و', 'که', 'نیز', 'هم', 'روز', 'امروز', 'دیروز', 'شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'همچنین', 'این', 'آن'],
  },
  ur: {
    verbs: ['کہا', 'کہتے', 'کہتی', 'بتایا', 'کہنا ہے', 'کہنا تھا', 'مزید کہا', 'واضح کیا', 'زور دیا', 'اعلان کیا'],
    verbFirst: false,
    subjectMarkers: ['نے', 'کا', 'کی'],
    titles: [
      'وزیر', 'وزیر اعظم', 'وزیراعظم', 'وزیر اعلیٰ', 'وزیراعلیٰ', 'صدر', 'چیئرمین', 'ترجمان', 'گورنر', 'جنرل', 'ڈاکٹر', 'جناب', 'محترمہ', 'سینیٹر', 'رکن', 'سفیر',
      'چیف جسٹس', 'جج', 'میئر', 'ڈائریکٹر', 'سیکرٹری', 'رہنما', 'قائد', 'کمشنر', 'انسپکٹر', 'افسر',
    ],
    headFirst: true,
    pronouns: ['انہوں', 'انھوں', 'اس', 'ان', 'وہ', 'اُنہوں'],
    accordingTo: [],
    accordingToAfter: ['کے مطابق', 'کے بقول'],
    conjunctions: ['کہ'],
    stops: ['میں', 'سے', 'کو', 'پر', 'تک', 'کے', 'کا', 'کی', 'اور', 'کہ', 'بھی', 'نے', 'ہوئے', 'کرتے', 'آج', 'کل', 'روز'],
    postpositions: true,
  },
  hi: {
    verbs: ['कहा', 'बताया', 'कहते', 'कहती', 'कहना है', 'कहना था', 'बोले', 'बोलीं', 'जोड़ा', 'स्पष्ट किया', 'दावा किया', 'आरोप लगाया', 'आगे कहा', 'जोर देकर कहा', 'ज़ोर देकर कहा', 'लिखा', 'ट्वीट किया', 'पूछा', 'जवाब दिया'],
    verbFirst: false,
    subjectMarkers: ['ने', 'का', 'की'],
    titles: [
      'मंत्री', 'मुख्यमंत्री', 'प्रधानमंत्री', 'राष्ट्रपति', 'उपराष्ट्रपति', 'राज्यपाल', 'अध्यक्ष', 'सांसद', 'विधायक', 'प्रवक्ता', 'नेता', 'महापौर', 'मेयर', 'निदेशक',
      'अधिकारी', 'अधीक्षक', 'आयुक्त', 'कलेक्टर', 'जिलाधिकारी', 'न्यायाधीश', 'प्रोफेसर', 'डॉ', 'डॉक्टर', 'श्री', 'श्रीमती', 'सुश्री', 'सचिव', 'महासचिव', 'प्रमुख',
      'कप्तान', 'कोच', 'विशेषज्ञ', 'उपायुक्त', 'निरीक्षक', 'प्रभारी',
      // People described by what they are: "पूर्वी दिल्ली की निवासी रेखा देवी ने कहा".
      'निवासी', 'छात्र', 'छात्रा', 'किसान', 'व्यापारी', 'कार्यकर्ता', 'शिक्षक', 'शिक्षिका', 'पत्नी', 'पति', 'मां', 'पिता', 'बेटी', 'बेटा',
    ],
    titleEndings: ['मंत्री'],
    headFirst: false,
    pronouns: ['उन्होंने', 'उसने', 'वह', 'वे', 'उनका', 'उसका', 'उनके', 'उसके'],
    accordingTo: [],
    accordingToAfter: ['के अनुसार', 'के मुताबिक', 'के मुताबिक़'],
    conjunctions: ['कि'],
    stops: ['में', 'से', 'को', 'पर', 'तक', 'के', 'का', 'की', 'और', 'कि', 'भी', 'ने', 'आज', 'कल', 'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार', 'यहां', 'यहाँ'],
    postpositions: true,
  },
  /** Bengali: the verb before or after its subject ("বলেন স্বরাষ্ট্রমন্ত্রী …", "শেখ হাসিনা বলেন,"), no case particle. */
  bn: {
    verbs: ['বলেন', 'বলেছেন', 'বললেন', 'বলেছিলেন', 'বলছেন', 'জানান', 'জানিয়েছেন', 'জানালেন', 'উল্লেখ করেন', 'যোগ করেন', 'দাবি করেন', 'মন্তব্য করেন', 'লিখেছেন'],
    verbFirst: true,
    titles: [
      'প্রধানমন্ত্রী', 'মন্ত্রী', 'রাষ্ট্রপতি', 'সভাপতি', 'মুখপাত্র', 'অধ্যাপক', 'সচিব', 'মেয়র', 'চেয়ারম্যান', 'পরিচালক', 'কর্মকর্তা', 'নেতা', 'সাধারণ সম্পাদক',
      'উপদেষ্টা', 'জনাব', 'শ্রী', 'ডা', 'ড', 'বিচারপতি', 'কমিশনার', 'পুলিশ সুপার', 'বাসিন্দা', 'শিক্ষার্থী', 'কৃষক', 'ব্যবসায়ী', 'সংসদ সদস্য', 'অধিনায়ক', 'কোচ',
    ],
    titleEndings: ['মন্ত্রী'],
    headFirst: false,
    pronouns: ['তিনি', 'তারা', 'তাঁরা', 'উনি'],
    accordingTo: [],
    conjunctions: ['যে'],
    stops: ['ও', 'এবং', 'কিন্তু', 'যে', 'আজ', 'গতকাল', 'আরও', 'আরো', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার', 'রবিবার', 'থেকে', 'জন্য', 'সঙ্গে', 'সাথে', 'পর', 'কাছে', 'এ', 'সময়'],
    postpositions: true,
  },
  /** Marathi: the subject before the verb, with the honorific ergative यांनी ("… फडणवीस यांनी सांगितले"). */
  mr: {
    verbs: ['म्हणाले', 'म्हणाल्या', 'म्हणाला', 'म्हणाली', 'सांगितले', 'सांगितलं', 'स्पष्ट केले', 'नमूद केले', 'म्हटले', 'म्हटलं', 'दावा केला'],
    verbFirst: false,
    subjectMarkers: ['यांनी', 'ने', 'नी'],
    titles: [
      'मुख्यमंत्री', 'उपमुख्यमंत्री', 'मंत्री', 'पंतप्रधान', 'राष्ट्रपती', 'आमदार', 'खासदार', 'अध्यक्ष', 'प्रवक्ते', 'नेते', 'महापौर', 'आयुक्त', 'जिल्हाधिकारी',
      'डॉ', 'श्री', 'श्रीमती', 'प्राध्यापक', 'अधिकारी', 'सचिव', 'रहिवासी', 'शेतकरी',
    ],
    titleEndings: ['मंत्री'],
    headFirst: false,
    pronouns: ['ते', 'त्या', 'त्यांनी', 'तो', 'ती', 'त्याने', 'तिने'],
    accordingTo: [],
    accordingToAfter: ['यांच्या मते'],
    conjunctions: ['की'],
    stops: ['आणि', 'व', 'पण', 'की', 'असे', 'असं', 'आज', 'काल', 'यांनी', 'ने', 'मध्ये', 'येथे', 'बोलताना', 'सोमवारी', 'मंगळवारी', 'बुधवारी', 'गुरुवारी', 'शुक्रवारी', 'शनिवारी', 'रविवारी'],
    postpositions: true,
  },
  he: {
    verbs: ['אמר', 'אמרה', 'הוסיף', 'הוסיפה', 'מסר', 'מסרה', 'ציין', 'ציינה', 'הדגיש', 'הדגישה', 'טען', 'טענה', 'הסביר', 'הסבירה', 'סיפר', 'סיפרה', 'כתב', 'כתבה', 'אומר', 'אומרת', 'הבהיר', 'הבהירה'],
    verbFirst: true,
    proclitics: ['ו'],
    article: 'ה',
    titles: [
      'ראש הממשלה', 'ראש העיר', 'ראש העירייה', 'ראש האופוזיציה', 'שר', 'שרת', 'נשיא', 'נשיאת', 'נשיא המדינה', 'דובר', 'דוברת', 'מנכ"ל', 'מנכ״ל', 'מנכ"לית', 'יו"ר', 'יו״ר',
      'ח"כ', 'ח״כ', 'חבר הכנסת', 'חברת הכנסת', 'פרופ', 'פרופסור', 'ד"ר', 'ד״ר', 'מפקד', 'מפכ"ל', 'הרמטכ"ל', 'רמטכ"ל', 'השגריר', 'שגריר', 'מנהל', 'מנהלת', 'סגן', 'סגנית', 'תת-אלוף', 'אלוף',
      'השר', 'השרה', 'הנשיא', 'הדובר', 'הדוברת', 'עו"ד', 'עו״ד', 'מומחה', 'המומחה',
    ],
    headFirst: true,
    pronouns: ['הוא', 'היא'],
    accordingTo: ['לדברי', 'לפי', 'על פי'],
    conjunctions: ['כי', 'ש'],
    nameParticles: ['בן', 'בת', 'אבו', 'אל'],
    stops: ['ב', 'ל', 'על', 'עם', 'אל', 'של', 'כי', 'אתמול', 'היום', 'גם', 'אך', 'או', 'בראיון', 'בהודעה', 'במסיבת', 'בכנס', 'ביום', 'לכתבים', 'לעיתונאים'],
  },
  th: {
    verbs: ['กล่าว', 'เปิดเผย', 'เผย', 'ระบุ', 'ชี้แจง', 'ยืนยัน', 'อธิบาย', 'ให้สัมภาษณ์', 'แถลง', 'บอก', 'เน้นย้ำ', 'ย้ำ', 'ตอบ', 'โพสต์ข้อความ', 'ทวีต'],
    verbFirst: false,
    titles: [
      'นายกรัฐมนตรี', 'นายกฯ', 'รัฐมนตรี', 'รมว.', 'รองนายกรัฐมนตรี', 'โฆษก', 'ผู้ว่าราชการ', 'ผู้ว่าฯ', 'ผู้ว่า', 'ประธาน', 'อธิบดี', 'ผู้อำนวยการ', 'ผอ.', 'ปลัด',
      'ผู้บัญชาการ', 'ผบ.', 'เลขาธิการ', 'นายอำเภอ', 'อธิการบดี', 'ผู้จัดการ', 'หัวหน้า', 'ส.ส.', 'สมาชิกสภา', 'นักวิชาการ', 'ผู้เชี่ยวชาญ', 'ศาสตราจารย์', 'ผู้กำกับ',
      'ชาวบ้าน', 'เจ้าของ', 'ผู้ใหญ่บ้าน', 'กำนัน', 'นักศึกษา', 'เกษตรกร',
    ],
    headFirst: true,
    gluedHonorifics: ['นางสาว', 'นาง', 'นาย', 'น.ส.', 'ดร.', 'พล.อ.', 'พล.ต.อ.', 'พล.ต.ท.', 'พล.ต.ต.', 'พ.ต.อ.', 'พ.ต.ท.', 'พล.ร.อ.', 'พล.อ.อ.', 'ผศ.ดร.', 'รศ.ดร.', 'ศ.ดร.', 'ผศ.', 'รศ.', 'ศ.', 'ม.ร.ว.', 'ม.ล.', 'คุณ'],
    pronouns: ['เขา', 'เธอ', 'ท่าน'],
    accordingTo: ['ตามที่'],
    conjunctions: ['ว่า'],
    stops: ['ที่', 'ใน', 'กับ', 'แก่', 'ต่อ', 'และ', 'ซึ่ง', 'โดย', 'เมื่อ', 'วันนี้', 'ทั้งนี้', 'ด้าน', 'ขณะที่'],
    glued: true,
  },
};

/** Languages read with another's tables. */
export const CASELESS_ALIASES: Record<string, string> = { iw: 'he', pes: 'fa', prs: 'fa' };
