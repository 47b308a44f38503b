import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../core/rules/abbreviations';
import { summarize } from '../../../core/summary';
import { splitSentences } from '../../../core/summary/sentences';
import { DOMS, analyzeHtml, expectArticle, referenceCase } from '../../helpers/pages';

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const TERMINAL = /[.!?…。！？]["'”’»」』)\]]*$/u;
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function jaccard(a: string, b: string): number {
  const x = new Set(wordsOf(a));
  const y = new Set(wordsOf(b));
  let inter = 0;
  for (const t of x) if (y.has(t)) inter++;
  return inter / (x.size + y.size - inter);
}

function expectWellFormed(summary: string[], text: string): void {
  const flat = squash(text);
  let last = -1;
  for (const s of summary) {
    expect(wordsOf(s).length, s).toBeGreaterThanOrEqual(6);
    expect(s, s).toMatch(TERMINAL);
    const at = flat.indexOf(s);
    expect(at, `not the article's own sentence: ${s}`).toBeGreaterThanOrEqual(0);
    expect(at, 'reading order').toBeGreaterThan(last);
    last = at;
  }
  for (let i = 0; i < summary.length; i++) for (let j = i + 1; j < summary.length; j++) expect(jaccard(summary[i]!, summary[j]!)).toBeLessThan(0.7);
}

/** A news-like article of `n` distinct sentences about one topic, in paragraphs of three. */
function article(n: number): string {
  const subjects = ['The city council', 'The mayor', 'Local residents', 'The transport agency', 'Engineers', 'Business owners', 'The regional governor', 'Commuters', 'A union leader', 'School principals'];
  const verbs = ['approved', 'criticised', 'welcomed', 'reviewed', 'questioned', 'funded', 'delayed', 'supported', 'debated', 'inspected'];
  const objects = ['the new bridge over the river', 'the budget for road repairs', 'the plan to extend the tram line', 'the safety report on the tunnel', 'the proposal for cheaper bus fares', 'a study of traffic in the old town', 'the timetable for the harbour works', 'the cost of the flood barrier'];
  const sentences = Array.from({ length: n }, (_, i) => `${subjects[i % subjects.length]} ${verbs[(i * 3) % verbs.length]} ${objects[(i * 5) % objects.length]} on day ${i + 1} of the session.`);
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paras.push(sentences.slice(i, i + 3).join(' '));
  return paras.join('\n\n');
}

describe('summarize', () => {
  it('gives 3 sentences for a short article and 5 for a long one, in reading order, no fragments or duplicates', () => {
    const short = article(12);
    const long = article(90);
    const s = summarize(short, 'en', 'City council approves the new bridge');
    const l = summarize(long, 'en', 'City council approves the new bridge');
    expect(s).toHaveLength(3);
    expect(l).toHaveLength(5);
    expectWellFormed(s, short);
    expectWellFormed(l, long);
  });

  it('is deterministic', () => {
    const text = article(40);
    expect(summarize(text, 'en', 'Bridge')).toEqual(summarize(text, 'en', 'Bridge'));
  });

  it('never returns a near-duplicate of a sentence it already chose', () => {
    const text = [
      'The storm destroyed more than two hundred homes along the northern coast on Sunday night.',
      'The storm destroyed more than two hundred homes along the northern coast on Sunday evening.',
      'Rescue teams from three provinces reached the villages by boat on Monday morning.',
      'Officials said power would be restored to most districts within a week.',
      'Schools in the region will stay closed until the roads are cleared of debris.',
    ].join('\n\n');
    const summary = summarize(text, 'en', 'Storm destroys homes on the northern coast');
    expect(summary).toHaveLength(3);
    expect(summary.filter((s) => s.startsWith('The storm destroyed'))).toHaveLength(1);
  });

  it('drops fragments: short pieces and lines without terminal punctuation', () => {
    const text = ['Read more', 'Breaking news from the capital today', 'The parliament passed the new budget law after a long debate on Friday.', 'Ok.', 'The opposition said it would challenge the law in the constitutional court.', 'Ministers promised that spending on schools would rise next year.'].join('\n\n');
    const summary = summarize(text, 'en');
    expect(summary).toHaveLength(3);
    expectWellFormed(summary, text);
  });

  it('works without spaces (ja): sentences by 。, tokens by character bigrams', () => {
    const text = ['政府は十七日、新しい経済対策を閣議決定した。物価高に苦しむ家計を支援するため、電気代とガス代の補助を延長する。', '対策の規模は約十兆円となる見通しだ。岸田首相は「経済の再生に全力で取り組む。」と述べた。', '野党は財源の説明が不十分だと批判している。専門家の間では効果を疑問視する声もある。'].join('\n\n');
    const summary = summarize(text, 'ja', '政府が新しい経済対策を決定');
    expect(summary.length).toBeGreaterThanOrEqual(3);
    for (const s of summary) expect(s).toMatch(/[。」]$/u);
    expect(summary.some((s) => s.includes('と述べた。'))).toBe(summary.some((s) => s.includes('岸田首相')));
  });

  it('a sentence that ends with a Devanagari danda or an Arabic question mark is complete', () => {
    const hi = ['स्वास्थ्य मंत्री ने कहा कि सरकार इस साल दक्षिणी जिलों में तीन नए अस्पताल खोलेगी।', 'बजट सभी खर्चों को पूरा करने के लिए पर्याप्त है और काम अगले महीने शुरू होगा।', 'विपक्ष ने इस योजना की आलोचना की और कहा कि यह पर्याप्त नहीं है।'].join(' ');
    expect(summarize(hi, 'hi').length).toBeGreaterThanOrEqual(3);
    const ar = ['هل ستكفي الميزانية لتغطية تكاليف المستشفيات الجديدة في المحافظات الجنوبية؟', 'قال وزير الصحة إن الحكومة ستفتح ثلاثة مستشفيات جديدة هذا العام.', 'وأضاف أن العمل سيبدأ في الشهر المقبل في جميع المحافظات.'].join(' ');
    expect(summarize(ar, 'ar').some((sentence) => sentence.endsWith('؟'))).toBe(true);
  });

  it('returns nothing for text with no complete sentence', () => {
    expect(summarize('', 'en')).toEqual([]);
    expect(summarize('Home\n\nNews\n\nSport', 'en')).toEqual([]);
  });
});

describe('sentence splitting', () => {
  it('keeps abbreviations, initials, numbers and amounts inside the sentence', () => {
    expect(splitSentences('Dr. Smith went to Washington. He met Mr. Jones at No. 5 Downing St. today.', 'en')).toEqual([
      'Dr. Smith went to Washington.',
      'He met Mr. Jones at No. 5 Downing St. today.',
    ]);
    expect(splitSentences('The U.S. President spoke on Monday. Growth was 3.5 percent last year.', 'en')).toEqual([
      'The U.S. President spoke on Monday.',
      'Growth was 3.5 percent last year.',
    ]);
    expect(splitSentences('Ia membeli beras, gula, dll. untuk dijual kembali seharga Rp 5.000 per kg. Harganya naik lagi minggu ini.', 'id')).toEqual([
      'Ia membeli beras, gula, dll. untuk dijual kembali seharga Rp 5.000 per kg.',
      'Harganya naik lagi minggu ini.',
    ]);
    expect(splitSentences('Rumah H. Ahmad di Jl. Sudirman No. 5 terendam banjir. Warga mengungsi.', 'id')).toEqual([
      'Rumah H. Ahmad di Jl. Sudirman No. 5 terendam banjir.',
      'Warga mengungsi.',
    ]);
  });

  it.each(Object.entries(ABBREVIATIONS).flatMap(([lang, list]) => list.map((a) => [lang, a] as const)))('%s: "%s." before a capitalised name does not end the sentence', (lang, abbreviation) => {
    const text = `Xxxx yyyy zzzz wwww ${abbreviation}. Ммм Nnnn Oooo pppp qqqq. Rrrr ssss tttt uuuu.`;
    expect(splitSentences(text, lang === 'any' ? 'en' : lang)).toEqual([`Xxxx yyyy zzzz wwww ${abbreviation}. Ммм Nnnn Oooo pppp qqqq.`, 'Rrrr ssss tttt uuuu.']);
  });

  it('keeps a quotation of several sentences whole, and 「…」と述べた together', () => {
    expect(splitSentences('"Ya, ada hal spesifik. Kami tidak pernah melanggar apa pun," tambahnya. Lalu ia pergi dari ruangan.', 'id')).toEqual([
      '"Ya, ada hal spesifik. Kami tidak pernah melanggar apa pun," tambahnya.',
      'Lalu ia pergi dari ruangan.',
    ]);
    expect(splitSentences('岸田首相は「経済を立て直す。」と述べた。次の文です。', 'ja')).toEqual(['岸田首相は「経済を立て直す。」と述べた。', '次の文です。']);
  });
});

const { html, expected } = referenceCase('01-jurnal-soreang-putin');

describe.each(DOMS)('reference page summary (%s)', (dom) => {
  it('3–5 of its own sentences, in order, well formed, no promo text, stable', async () => {
    const a = expectArticle(await analyzeHtml(html, expected.url, dom));
    expect(a.summary.length).toBeGreaterThanOrEqual(3);
    expect(a.summary.length).toBeLessThanOrEqual(5);
    expectWellFormed(a.summary, a.text);
    for (const s of a.summary) for (const promo of expected.drop) expect(s).not.toContain(promo);
    expect(summarize(a.text, a.lang, a.title)).toEqual(a.summary);
  }, 30_000);
});
