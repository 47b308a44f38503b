/** A popup article as the reader script sends it, for component tests (the reference page's facts, abridged). */
import type { ArticleSummary } from '../../../components/popup-view';

const URL_ = 'https://jurnalsoreang.pikiran-rakyat.com/internasional/pr-1127159203/putin-pertemuan-korea-utara-dengan-rusia-tidak-melanggar-perjanjian';

export function popupArticle(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    title: 'Putin: Pertemuan Korea Utara',
    site: 'Jurnal Soreang',
    url: `${URL_}?utm_source=x`,
    lang: 'id',
    readingTimeMinutes: 3,
    removedCount: 20,
    readerOpen: false,
    summary: [
      'Pemimpin Rusia Vladimir Putin menyatakan bahwa pertemuan itu tidak melanggar apa pun.',
      'Putin mengatakan hal itu di tengah "kecurigaan" Korea Selatan.',
      'Namun Putin juga mengatakan, ada 300 ribu orang sukarelawan.',
    ],
    quotes: [
      { text: 'Korea adalah tetangga kami,', speaker: 'Vladimir Putin', paragraph: 4 },
      { text: 'Tudingan mereka itu tidak masuk akal,', speaker: 'Vladimir Putin', paragraph: 7 },
      { text: 'Perlunya memperkuat "kontak erat"', speaker: 'Kim Jong Un', paragraph: 15 },
      { text: 'Kami akan menunggu', speaker: null, paragraph: 16 },
    ],
    attribution: {
      siteName: 'Jurnal Soreang',
      author: null,
      authors: [],
      editor: 'Yoga Mulyana',
      source: 'ANTARA',
      publishedTime: '2023-09-23T17:02:00+07:00',
      modifiedTime: '2023-09-24T08:30:00+07:00',
      canonicalUrl: URL_,
    },
    citation: {
      plain: `Jurnal Soreang. "Putin: Pertemuan Korea Utara". 23 September 2023 (source: ANTARA). ${URL_}`,
      apa: `Jurnal Soreang. (2023, September 23). Putin: Pertemuan Korea Utara. ${URL_}`,
    },
    text: 'Pemimpin Rusia Vladimir Putin menyatakan bahwa pertemuan itu tidak melanggar apa pun.',
    ...overrides,
  };
}

export const CANONICAL = URL_;
