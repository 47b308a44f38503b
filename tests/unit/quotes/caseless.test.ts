/**
 * Speakers in scripts without letter case (ar, fa, ur, he, hi, bn, mr) and in Thai:
 * one small article per language with the speaker found, the title stripped,
 * a pronoun or bare verb resolved to the person named before, and a scare
 * quote left out. Then the rules that bound a speaker without capitals, and
 * the title-before-name and title-alone cases of Chinese and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../core/quotes';
import { CASELESS_REPORTING_WORDS } from '../../../core/rules/caseless-reporting';

const doc = (...paras: string[]): string => paras.join('\n\n');
const pairs = (text: string, lang: string) => extractQuotes(text, lang).map((q) => [q.text, q.speaker]);

const LANGUAGES: { lang: string; text: string; want: [string, string][] }[] = [
  {
    lang: 'ar',
    text: doc(
      'التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني في موسكو، وأعلنت البلدية عن خطة "المدينة الخضراء".',
      'وقال الرئيس الروسي فلاديمير بوتين للصحفيين: «العلاقات بين بلدينا في أفضل حالاتها».',
      'وأضاف: «سنوقع اتفاقيات جديدة في مجال الطاقة».',
    ),
    want: [['العلاقات بين بلدينا في أفضل حالاتها', 'فلاديمير بوتين'], ['سنوقع اتفاقيات جديدة في مجال الطاقة', 'فلاديمير بوتين']],
  },
  {
    lang: 'fa',
    text: doc(
      'محمد احمدی، وزیر بهداشت، روز شنبه در جمع خبرنگاران گفت: «سه بیمارستان جدید امسال افتتاح می‌شود».',
      'وی افزود: «بودجه این طرح تأمین شده است».',
      'طرح «تهران سبز» نیز ادامه دارد.',
    ),
    want: [['سه بیمارستان جدید امسال افتتاح می‌شود', 'محمد احمدی'], ['بودجه این طرح تأمین شده است', 'محمد احمدی']],
  },
  {
    lang: 'ur',
    text: doc(
      'وزیر اعظم عمران خان نے کہا کہ "ہم ملک میں نئی سڑکیں تعمیر کریں گے۔"',
      'انہوں نے مزید کہا: "یہ منصوبہ دو سال میں مکمل ہوگا۔"',
      'اپوزیشن نے اسے "سیاسی ڈرامہ" قرار دیا۔',
    ),
    want: [['ہم ملک میں نئی سڑکیں تعمیر کریں گے۔', 'عمران خان'], ['یہ منصوبہ دو سال میں مکمل ہوگا۔', 'عمران خان']],
  },
  {
    lang: 'hi',
    text: doc(
      'केंद्रीय स्वास्थ्य मंत्री सुनीता वर्मा ने सोमवार को नई योजना की घोषणा की।',
      'उन्होंने कहा, "इस योजना से दस लाख परिवारों को लाभ मिलेगा।"',
      '"अगले साल तक सभी जिलों में अस्पताल होंगे," वर्मा ने बताया।',
      'सरकार ने इसे "ऐतिहासिक कदम" बताया।',
    ),
    want: [['इस योजना से दस लाख परिवारों को लाभ मिलेगा।', 'सुनीता वर्मा'], ['अगले साल तक सभी जिलों में अस्पताल होंगे,', 'सुनीता वर्मा']],
  },
  {
    lang: 'bn',
    text: doc(
      'প্রধানমন্ত্রী শেখ হাসিনা বলেন, “দেশের উন্নয়ন কেউ থামাতে পারবে না।”',
      'তিনি সাংবাদিকদের বলেন, “আমরা সবাইকে সঙ্গে নিয়ে এগিয়ে যাব।”',
      '“আমরা দ্রুত ব্যবস্থা নেব,” বলেন স্বরাষ্ট্রমন্ত্রী আসাদুজ্জামান খান।',
      'বিরোধীরা একে “নাটক” বলে আখ্যা দিয়েছে।',
    ),
    want: [['দেশের উন্নয়ন কেউ থামাতে পারবে না।', 'শেখ হাসিনা'], ['আমরা সবাইকে সঙ্গে নিয়ে এগিয়ে যাব।', 'শেখ হাসিনা'], ['আমরা দ্রুত ব্যবস্থা নেব,', 'আসাদুজ্জামান খান']],
  },
  {
    lang: 'mr',
    text: doc(
      'मुख्यमंत्री एकनाथ शिंदे म्हणाले, "राज्यातील शेतकऱ्यांना तातडीने मदत दिली जाईल."',
      '"आम्ही लवकरच निर्णय घेऊ," असे उपमुख्यमंत्री देवेंद्र फडणवीस यांनी सांगितले.',
      'त्यांनी सांगितले की "निधीची कमतरता नाही."',
      'विरोधकांनी याला "नाटक" म्हटले.',
    ),
    want: [['राज्यातील शेतकऱ्यांना तातडीने मदत दिली जाईल.', 'एकनाथ शिंदे'], ['आम्ही लवकरच निर्णय घेऊ,', 'देवेंद्र फडणवीस'], ['निधीची कमतरता नाही.', 'देवेंद्र फडणवीस']],
  },
  {
    lang: 'he',
    text: doc(
      'שר האוצר בצלאל סמוטריץ\' הציג את התקציב החדש, שזכה לכינוי "תקציב הצמיחה".',
      '"זהו תקציב של צמיחה", אמר סמוטריץ\'.',
      '"הגירעון יירד כבר בשנה הבאה", הוסיף.',
    ),
    want: [['זהו תקציב של צמיחה', 'בצלאל סמוטריץ\''], ['הגירעון יירד כבר בשנה הבאה', 'בצלאל סמוטריץ\'']],
  },
  {
    lang: 'th',
    text: doc(
      'นางสาวสุดา รักไทย โฆษกรัฐบาล กล่าวว่า “รัฐบาลจะช่วยเหลือเกษตรกรทุกคนที่ได้รับผลกระทบ”',
      'เธอกล่าวเพิ่มเติมว่า “งบประมาณได้รับการอนุมัติแล้ว”',
      '“ชาวนาจะได้รับเงินภายในเดือนหน้า” นางสาวสุดา กล่าว',
      'นักท่องเที่ยวเรียกโครงการนี้ว่า “ทัวร์ศูนย์เหรียญ”',
    ),
    want: [
      ['รัฐบาลจะช่วยเหลือเกษตรกรทุกคนที่ได้รับผลกระทบ', 'สุดา รักไทย'],
      ['งบประมาณได้รับการอนุมัติแล้ว', 'สุดา รักไทย'],
      ['ชาวนาจะได้รับเงินภายในเดือนหน้า', 'สุดา รักไทย'],
    ],
  },
];

describe('quotations and speakers in scripts without letter case', () => {
  it.each(LANGUAGES)('$lang: speaker found, title stripped, pronoun resolved, scare quote left out', ({ lang, text, want }) => {
    expect(pairs(text, lang)).toEqual(want);
  });

  it('every language of the table has its fixture above', () => {
    expect(Object.keys(CASELESS_REPORTING_WORDS).sort()).toEqual(LANGUAGES.map((l) => l.lang).sort());
  });
});

describe('what bounds a speaker without capitals', () => {
  it('ar: a title and its definite complement before the name, a word in the construct state too; a name ending in al- stays whole', () => {
    const text = doc(
      'وقالت المتحدثة باسم الأمم المتحدة ستيفاني دوجاريك لرويترز إن «المساعدات لا تصل إلى المحتاجين».',
      'وقال وزير خارجية الولايات المتحدة أنتوني بلينكن: «الحل السياسي هو الخيار الوحيد».',
      'وقال الرئيس السوري بشار الأسد: «لن نتخلى عن أي شبر من أرضنا».',
    );
    expect(extractQuotes(text, 'ar').map((q) => q.speaker)).toEqual(['ستيفاني دوجاريك', 'أنتوني بلينكن', 'بشار الأسد']);
  });

  it('with no name, the title phrase is the speaker: ar "وزير التجارة والصناعة" (a complement with a glued "and" is one), hi "पर्यावरण मंत्री" (the words before the title too)', () => {
    const ar = doc('وقال وزير التجارة والصناعة في مؤتمر صحفي: "نستهدف زيادة الصادرات غير البترولية إلى مئة مليار دولار".');
    expect(pairs(ar, 'ar')).toEqual([['نستهدف زيادة الصادرات غير البترولية إلى مئة مليار دولار', 'وزير التجارة والصناعة']]);
    const hi = doc('पर्यावरण मंत्री ने संवाददाताओं से कहा, "हम स्थिति पर लगातार नजर रखे हुए हैं और जरूरत पड़ने पर रोक लगाई जाएगी।"');
    expect(pairs(hi, 'hi')).toEqual([['हम स्थिति पर लगातार नजर रखे हुए हैं और जरूरत पड़ने पर रोक लगाई जाएगी।', 'पर्यावरण मंत्री']]);
  });

  it('ar: "وقالت:" with the subject earlier in the sentence: a noun with a glued preposition ("بالقرار") is never the subject, the titled name before it is', () => {
    const ar = doc(
      'وقال رئيس الهيئة المهندس سامي فؤاد، في بيان صحفي: «القطارات الجديدة ستقلل زمن الرحلة بنحو ساعة ونصف».',
      'من جانبها، رحبت النائبة هدى منصور، عضو لجنة النقل بمجلس النواب، بالقرار، وقالت: «أهالي الصعيد انتظروا هذه الخطوة طويلا».',
    );
    expect(pairs(ar, 'ar')).toEqual([
      ['القطارات الجديدة ستقلل زمن الرحلة بنحو ساعة ونصف', 'سامي فؤاد'],
      ['أهالي الصعيد انتظروا هذه الخطوة طويلا', 'هدى منصور'],
    ]);
  });

  it('ar: a title alone after the verb is the person last introduced with it; a verb after a participle ("قائلا") gives the subject', () => {
    const text = doc(
      '«لن نتراجع عن قرارنا مهما كانت الضغوط»، قالت وزيرة الخارجية ليلى حسن.',
      '«الحوار هو الطريق الوحيد»، أضافت الوزيرة.',
      'وصرح المتحدث باسم الجيش العقيد سامر يوسف قائلا: «الوضع تحت السيطرة تماما».',
    );
    expect(pairs(text, 'ar')).toEqual([
      ['لن نتراجع عن قرارنا مهما كانت الضغوط', 'ليلى حسن'],
      ['الحوار هو الطريق الوحيد', 'ليلى حسن'],
      ['الوضع تحت السيطرة تماما', 'سامر يوسف'],
    ]);
  });

  it('ar/he: a day between the verb and a titled subject is skipped ("אמר היום ראש הממשלה", "وقال أمس وزير الصحة")', () => {
    expect(pairs('"לא נאפשר פגיעה באזרחים", אמר היום ראש הממשלה בנימין נתניהו.', 'he')).toEqual([['לא נאפשר פגיעה באזרחים', 'בנימין נתניהו']]);
    expect(pairs('وقال أمس وزير الصحة أحمد خالد: «سنفتح ثلاثة مستشفيات جديدة هذا العام».', 'ar')).toEqual([['سنفتح ثلاثة مستشفيات جديدة هذا العام', 'أحمد خالد']]);
  });

  it('hi/ur: the subject is before the ergative particle, not the adverbials between it and the verb; "X के अनुसार" / "X کے مطابق"', () => {
    expect(pairs('"हमने राहत शिविर लगाए हैं," जिलाधिकारी प्रिया सिंह ने बुधवार को संवाददाताओं से कहा।', 'hi')).toEqual([['हमने राहत शिविर लगाए हैं,', 'प्रिया सिंह']]);
    expect(pairs('पुलिस अधीक्षक अजय कुमार के अनुसार, "आरोपी को जल्द गिरफ्तार कर लिया जाएगा।"', 'hi')).toEqual([['आरोपी को जल्द गिरफ्तार कर लिया जाएगा।', 'अजय कुमार']]);
    expect(pairs('پولیس کے ترجمان نعیم احمد کے مطابق "ملزمان کو گرفتار کر لیا گیا ہے۔"', 'ur')).toEqual([['ملزمان کو گرفتار کر لیا گیا ہے۔', 'نعیم احمد']]);
    expect(pairs('کانگریس رہنما علی رضا کا کہنا ہے کہ "بے روزگاری سب سے بڑا مسئلہ ہے۔"', 'ur')).toEqual([['بے روزگاری سب سے بڑا مسئلہ ہے۔', 'علی رضا']]);
  });

  it('fa: a title and its complement, then a two-word name; "به گفته X،" before the quotation', () => {
    expect(pairs('شهردار تهران علی رضایی گفت: «خط جدید مترو تا پایان سال به بهره‌برداری می‌رسد».', 'fa')).toEqual([['خط جدید مترو تا پایان سال به بهره‌برداری می‌رسد', 'علی رضایی']]);
    expect(pairs('به گفته مریم کاظمی، کارشناس محیط زیست، «آلودگی هوا هر سال بدتر می‌شود».', 'fa')).toEqual([['آلودگی هوا هر سال بدتر می‌شود', 'مریم کاظمی']]);
  });

  it('fa: a title whose complement is an organisation and no name after it is the speaker ("مدیرعامل شرکت مترو تهران", not "مترو تهران"); trap: a name after the organisation is still the name', () => {
    expect(pairs('مدیرعامل شرکت مترو تهران گفت: «هفت ایستگاه تا اسفند آماده می‌شود».', 'fa')).toEqual([['هفت ایستگاه تا اسفند آماده می‌شود', 'مدیرعامل شرکت مترو تهران']]);
    expect(pairs('مدیرعامل شرکت مترو تهران علی رضایی گفت: «قطارهای جدید خریداری شد».', 'fa')).toEqual([['قطارهای جدید خریداری شد', 'علی رضایی']]);
  });

  it('fa (no case particle): the subject opens the clause, an adverbial before the verb is not it; a title in apposition either side of the name', () => {
    expect(pairs('محمد احمدی، وزیر بهداشت، ساعاتی پیش گفت: «سه بیمارستان جدید امسال افتتاح می‌شود».', 'fa')).toEqual([['سه بیمارستان جدید امسال افتتاح می‌شود', 'محمد احمدی']]);
    expect(pairs('وزیر بهداشت، محمد احمدی، ساعاتی پیش گفت: «بودجه این طرح تأمین شده است».', 'fa')).toEqual([['بودجه این طرح تأمین شده است', 'محمد احمدی']]);
  });

  it('he: a " between two letters is the gershayim of an acronym, not a quotation mark; "לדברי X," before the quotation', () => {
    const text = doc('לפי נתוני צה"ל, הפעילות נמשכת. לדברי ראש העיר רון חולדאי, "תל אביב לא תשלם את המחיר".');
    expect(pairs(text, 'he')).toEqual([['תל אביב לא תשלם את המחיר', 'רון חולדאי']]);
  });

  it('hi: a word that describes the person (निवासी, "resident") is taken off like a title', () => {
    expect(pairs('"हमें हर दिन सांस लेने में तकलीफ होती है," पूर्वी दिल्ली की निवासी रेखा देवी ने कहा।', 'hi')).toEqual([['हमें हर दिन सांस लेने में तकलीफ होती है,', 'रेखा देवी']]);
  });

  it('th: a stop word glued before the honorific ("ด้านนางมาลี") is not part of the name; the given name alone later is the full name', () => {
    const text = doc('ด้านนางมาลี ศรีสุข ชาวบ้านในจังหวัดนครราชสีมา เปิดเผยว่า “หลังคาบ้านของเราพังเสียหายทั้งหมด”', '“เราต้องการความช่วยเหลือโดยเร็วที่สุด” นางมาลี กล่าว');
    expect(extractQuotes(text, 'th').map((q) => q.speaker)).toEqual(['มาลี ศรีสุข', 'มาลี ศรีสุข']);
  });

  it('a title alone later is the person it was set in apposition to (fa "X، وزیر بهداشت،"), or the Thai name right before a role', () => {
    const fa = doc('محمد احمدی، وزیر بهداشت، روز شنبه از برنامه جدید خبر داد.', '«بودجه این طرح تأمین شده است»، وزیر بهداشت گفت.');
    expect(pairs(fa, 'fa')).toEqual([['بودجه این طرح تأمین شده است', 'محمد احمدی']]);
    const th = doc('ชัชชาติ สิทธิพันธุ์ ผู้ว่าฯ กทม. ลงพื้นที่ตรวจน้ำท่วม', 'เขากล่าวว่า “เราจะสูบน้ำออกให้หมดภายในคืนนี้”');
    expect(pairs(th, 'th')).toEqual([['เราจะสูบน้ำออกให้หมดภายในคืนนี้', 'ชัชชาติ สิทธิพันธุ์']]);
  });

  it('th: an abbreviation or a run-on phrase after a role is no name ("ผู้ว่าฯ กทม. ลงพื้นที่…")', () => {
    const th = doc('ผู้ว่าฯ กทม. ลงพื้นที่ตรวจน้ำท่วม', 'เขากล่าวว่า “เราจะสูบน้ำออกให้หมดภายในคืนนี้”');
    expect(pairs(th, 'th')).toEqual([['เราจะสูบน้ำออกให้หมดภายในคืนนี้', null]]);
  });

  it('th: the honorific and a role after the name stripped; a military rank glued to the given name', () => {
    expect(pairs('“เราจะเปิดโรงเรียนใหม่ 20 แห่งในปีนี้” นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงศึกษาธิการ กล่าว', 'th')).toEqual([['เราจะเปิดโรงเรียนใหม่ 20 แห่งในปีนี้', 'สมชาย ใจดี']]);
    expect(pairs('พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เปิดเผยว่า “ประเทศไทยพร้อมต้อนรับนักท่องเที่ยวแล้ว”', 'th')).toEqual([['ประเทศไทยพร้อมต้อนรับนักท่องเที่ยวแล้ว', 'ประยุทธ์ จันทร์โอชา']]);
  });
});

describe('Chinese and Japanese titles', () => {
  it('zh: a title written before the name is not part of it (国务院总理李强, 外交部发言人汪文斌)', () => {
    const text = doc('国务院总理李强表示：“中国经济长期向好的基本面没有改变。”', '他说：“我们有信心实现全年目标。”', '外交部发言人汪文斌指出，“中方坚决反对任何形式的单边制裁。”');
    expect(extractQuotes(text, 'zh').map((q) => q.speaker)).toEqual(['李强', '李强', '汪文斌']);
  });

  it('ja: a title alone as the topic is the person named before with it (首相 → 岸田文雄)', () => {
    const text = doc('岸田文雄首相は記者会見で「経済対策を年内にまとめる」と述べた。', '首相は「賃上げを後押しする」とも語った。');
    expect(extractQuotes(text, 'ja').map((q) => q.speaker)).toEqual(['岸田文雄', '岸田文雄']);
  });
});
