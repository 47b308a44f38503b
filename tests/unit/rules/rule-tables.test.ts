/**
 * The language rule tables, entry by entry: each entry's fixture
 * (table-fixtures.ts) is a piece of clutter on an article page; it must leave
 * the text, be listed in `removed` with a rule, and take no paragraph of the
 * story with it. A meta-test checks that no table entry lacks a fixture (and
 * no fixture names an entry the table lost), and that the tables cover at
 * least 15 languages.
 */
import { describe, expect, it } from 'vitest';
import { AD_LABELS } from '../../../core/rules/ad-labels';
import { AUTHOR_BOX_LABELS, AUTHOR_BOX_NAME_OPENINGS } from '../../../core/rules/author-box-labels';
import { PAGER_WORDS } from '../../../core/rules/pager-words';
import { PROMO_LEAD_INS } from '../../../core/rules/promo-lead-ins';
import { PROMPT_OPENINGS } from '../../../core/rules/prompt-phrases';
import { POST_FOOTER_OPENINGS, RIGHTS_PHRASES } from '../../../core/rules/rights-phrases';
import { COMMENT_PROMPTS, SECTION_LABELS } from '../../../core/rules/section-labels';
import { SHARE_LABELS } from '../../../core/rules/share-labels';
import { analyzeHtml, articlePage, expectArticle } from '../../helpers/pages';
import {
  AD_LABEL_FIXTURES, AUTHOR_BOX_LABEL_FIXTURES, AUTHOR_BOX_NAME_OPENING_FIXTURES, COMMENT_PROMPT_FIXTURES, PAGER_WORD_FIXTURES, POST_FOOTER_OPENING_FIXTURES, PROMO_LEAD_IN_FIXTURES,
  PROMPT_OPENING_FIXTURES, RIGHTS_PHRASE_FIXTURES, SECTION_LABEL_FIXTURES, SHARE_LABEL_FIXTURES,
} from './table-fixtures';

type Table = Record<string, readonly string[]>;
const sectionEntries: Table = Object.fromEntries(
  Object.entries(SECTION_LABELS).map(([lang, byKind]) => [lang, Object.entries(byKind).flatMap(([kind, labels]) => (labels ?? []).map((l) => `${kind}:${l}`))]),
);

/** `after`: the clutter stands under the story (an author's box), not between its paragraphs. `fewLanguages`: a table not held to the 15-language floor. */
const TABLES: { name: string; table: Table; fixtures: Record<string, Record<string, string>>; kinds: readonly string[]; after?: boolean; fewLanguages?: boolean }[] = [
  // A lead-in that is also a section heading ("Berita terkait") may be taken out by the section rule.
  { name: 'promo lead-ins', table: PROMO_LEAD_INS, fixtures: PROMO_LEAD_IN_FIXTURES, kinds: ['promo', 'related'] },
  { name: 'ad labels', table: AD_LABELS, fixtures: AD_LABEL_FIXTURES, kinds: ['ad'] },
  { name: 'share labels', table: SHARE_LABELS, fixtures: SHARE_LABEL_FIXTURES, kinds: ['share', 'comments'] },
  // A section heading may also be a promo lead-in ("Baca juga", "Lire aussi"): either rule taking the list out is right.
  { name: 'section labels', table: sectionEntries, fixtures: SECTION_LABEL_FIXTURES, kinds: ['related', 'tags', 'comments', 'promo'] },
  { name: 'comment prompts', table: COMMENT_PROMPTS, fixtures: COMMENT_PROMPT_FIXTURES, kinds: ['comments'] },
  { name: 'prompt openings', table: PROMPT_OPENINGS, fixtures: PROMPT_OPENING_FIXTURES, kinds: ['boilerplate'] },
  { name: 'pager words', table: PAGER_WORDS, fixtures: PAGER_WORD_FIXTURES, kinds: ['boilerplate'], fewLanguages: true },
  { name: 'author box labels', table: AUTHOR_BOX_LABELS, fixtures: AUTHOR_BOX_LABEL_FIXTURES, kinds: ['boilerplate'], after: true, fewLanguages: true },
  { name: 'author box name openings', table: AUTHOR_BOX_NAME_OPENINGS, fixtures: AUTHOR_BOX_NAME_OPENING_FIXTURES, kinds: ['boilerplate'], after: true, fewLanguages: true },
  { name: 'rights phrases', table: RIGHTS_PHRASES, fixtures: RIGHTS_PHRASE_FIXTURES, kinds: ['boilerplate'], after: true },
  { name: 'post footer openings', table: POST_FOOTER_OPENINGS, fixtures: POST_FOOTER_OPENING_FIXTURES, kinds: ['boilerplate'], after: true, fewLanguages: true },
];

const STORY = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the story`);
const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('rule tables: every entry has a fixture', () => {
  for (const { name, table, fixtures } of TABLES) {
    it(`${name}: the fixtures name exactly the table's entries`, () => {
      const want = Object.entries(table).flatMap(([lang, es]) => es.map((e) => `${lang} ${e}`)).sort();
      const have = Object.entries(fixtures).flatMap(([lang, fs]) => Object.keys(fs).map((e) => `${lang} ${e}`)).sort();
      expect(have).toEqual(want);
    });
  }

  it('promo lead-ins, ad labels, share labels, section labels, comment and other prompts each cover at least 15 languages', () => {
    for (const { name, table } of TABLES.filter((t) => !t.fewLanguages)) {
      expect(Object.keys(table).length, name).toBeGreaterThanOrEqual(15);
    }
  });
});

/** The story with the clutter under its last paragraph. */
const pageWithAfter = (html: string, lang: string) => articlePage('', { lang }).replace('</article>', `${html}</article>`);

describe.each(TABLES)('rule tables: $name, one fixture per entry', ({ fixtures, kinds, after }) => {
  const cases = Object.entries(fixtures).flatMap(([lang, fs]) => Object.entries(fs).map(([entry, html]) => ({ lang, entry, html })));
  it.each(cases)('$lang “$entry”', async ({ lang, html }) => {
    const a = expectArticle(await analyzeHtml(after ? pageWithAfter(html, lang) : articlePage(html, { lang }), 'https://news.example/story'));
    for (const p of STORY) expect(a.text).toContain(p);
    // Every word of the clutter is gone from the text (the story paragraphs share none of them)…
    const clutter = words(html.replace(/<[^>]+>/gu, ' '));
    const text = words(a.text.replace(/Paragraph \d of the story carries enough ordinary words, with commas, clauses and a full stop, that any reader would call it prose and keep it in the article body\./gu, ''));
    expect(text, `left in the text from ${html}`).not.toContain(clutter);
    // … and is listed as removed, with its rule and a kind the table is for.
    const listed = a.removed.filter((r) => kinds.includes(r.kind) && words(r.text).includes(clutter.split(' ')[0]!));
    expect(listed, `not listed in removed: ${JSON.stringify(a.removed)}`).not.toHaveLength(0);
    expect(listed.every((r) => r.rule.length > 0)).toBe(true);
  });
});
