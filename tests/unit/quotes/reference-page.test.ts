import { describe, expect, it } from 'vitest';
import { norm, overlap, tokens } from '../../bench/popup-quotes';
import { DOMS, analyzeHtml, expectArticle, referenceCase } from '../../helpers/pages';

// Quote text is matched as ../shared/tools/eval-realtext.mjs does (token overlap ≥ 0.8), with the
// bench's copy of its matcher; speaker tokens must be contained either way.
function speakerMatches(expected: string, predicted: string | null): boolean {
  const p = new Set(tokens(predicted ?? ''));
  const e = tokens(expected);
  return p.size > 0 && (e.every((t) => p.has(t)) || [...p].every((t) => e.includes(t)));
}

const { html, expected } = referenceCase('01-jurnal-soreang-putin');

describe.each(DOMS)('reference page quotes (%s)', (dom) => {
  it('finds all six quotations with their speakers, in reading order, and nothing else', async () => {
    const article = expectArticle(await analyzeHtml(html, expected.url, dom));
    const quotes = article.quotes;
    expect(quotes).toHaveLength(expected.quotes.length);
    expected.quotes.forEach((want, i) => {
      const got = quotes[i]!;
      expect(overlap(want.text, got.text), got.text).toBeGreaterThanOrEqual(0.8);
      expect(speakerMatches(want.speaker, got.speaker), `${got.speaker} for ${want.speaker}`).toBe(true);
    });
    // Resolved to the fullest name used earlier.
    expect(quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin', 'Kim Jong Un']);
  }, 30_000);

  it('returns no scare quote, and paragraphs point at the blocks holding the quotes', async () => {
    const article = expectArticle(await analyzeHtml(html, expected.url, dom));
    const paragraphs = article.text.split(/\n[ \t]*\n\s*/u);
    for (const q of article.quotes) {
      for (const scare of expected.notQuotes) expect(norm(q.text)).not.toBe(norm(scare));
      expect(paragraphs[q.paragraph]).toContain(q.text.split('\n\n')[0]);
    }
    const texts = article.quotes.map((q) => norm(q.text));
    for (const scare of expected.notQuotes) expect(texts).not.toContain(norm(scare));
  }, 30_000);
});
