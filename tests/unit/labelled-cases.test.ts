/**
 * Every labelled case in tests/fixtures/cases/, through the whole pipeline on
 * both DOMs, held to its expected.json the way bench:popup-data and
 * bench:extract score it: every keep paragraph kept, no drop item leaked,
 * every attribution field right, every quotation found with its speaker and
 * none made up. The benches report rates over the set; this catches the one
 * case a change breaks while the rate still clears its target.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath, readFixture, analyzeHtml, expectArticle, DOMS } from '../helpers/pages';
import { countOcc, fieldKey, norm, sameDay, speakerMatches, tokenOverlap } from '../helpers/labelled-score';
import type { AnalysisOk } from '../../core/types';

interface Expected {
  url: string;
  keep: string[];
  drop: string[];
  dropDetail?: { text: string; core?: string }[];
  neutral?: string[];
  attribution: Record<string, string | null>;
  attributionAlternates?: Record<string, string[]>;
  quotes: { text: string; speaker: string | null; speakerAlt?: string[] }[];
}

const FIELDS = ['siteName', 'author', 'editor', 'source', 'publishedTime'] as const;
const CASES = readdirSync(fixturePath('cases')).filter((name) => /^\d\d-/u.test(name)).sort();

function leaked(exp: Expected, a: AnalysisOk): string[] {
  const out = norm(a.text);
  const allowed = norm([...exp.keep, ...(exp.neutral ?? [])].join('\n'));
  const items = exp.dropDetail?.length ? exp.dropDetail : exp.drop.map((text) => ({ text, core: undefined }));
  return items
    .filter((d) => [d.text, d.core].some((probe) => probe && countOcc(out, norm(probe)) > countOcc(allowed, norm(probe))))
    .map((d) => d.text);
}

describe.each(DOMS)('labelled cases on %s', (dom) => {
  describe.each(CASES)('%s', (name) => {
    const exp = JSON.parse(readFixture(`cases/${name}/expected.json`)) as Expected;
    const html = readFixture(`cases/${name}/page.html`);
    let result: Promise<AnalysisOk> | undefined;
    const article = () => (result ??= analyzeHtml(html, exp.url, dom).then(expectArticle));

    it('keeps every real paragraph and leaks no promo, ad or list item', async () => {
      const a = await article();
      const text = norm(a.text);
      expect(exp.keep.filter((k) => !text.includes(norm(k))), 'paragraphs lost').toEqual([]);
      expect(leaked(exp, a), 'drop items leaked').toEqual([]);
    });

    it('reads every attribution field', async () => {
      const a = await article();
      for (const field of FIELDS) {
        const want = exp.attribution[field] ?? null;
        const got = (a.attribution as unknown as Record<string, string | null>)[field] ?? null;
        if (field === 'publishedTime') {
          expect(sameDay(want, got), `${field}: expected ${want}, got ${got}`).toBe(true);
          continue;
        }
        const accepted = [want, ...(exp.attributionAlternates?.[field] ?? [])].filter((v): v is string => v != null);
        const key = fieldKey(field, got);
        const ok = want == null ? key === '' : accepted.some((v) => fieldKey(field, v) === key);
        expect(ok, `${field}: expected ${JSON.stringify(accepted)}, got ${JSON.stringify(got)}`).toBe(true);
      }
    });

    it('finds every quotation with its speaker, and no other', async () => {
      const a = await article();
      const used = new Set<number>();
      const missed: string[] = [];
      for (const q of exp.quotes) {
        let best = -1;
        let bestOverlap = 0;
        a.quotes.forEach((p, i) => {
          const ov = used.has(i) ? 0 : tokenOverlap(q.text, p.text);
          if (ov >= 0.8 && ov > bestOverlap && speakerMatches(q.speaker, q.speakerAlt, p.speaker)) {
            best = i;
            bestOverlap = ov;
          }
        });
        if (best >= 0) used.add(best);
        else missed.push(`${q.speaker ?? '?'}: ${q.text.slice(0, 60)}`);
      }
      expect(missed, 'quotations missed or given the wrong speaker').toEqual([]);
      const spurious = a.quotes.filter((_, i) => !used.has(i)).map((p) => `${p.speaker ?? '?'}: ${p.text.slice(0, 60)}`);
      expect(spurious, 'quotations that are not in the labels').toEqual([]);
    });
  });
});
