/** The lookups the speaker rules make at every token: a phrase table by position, and a name's fuller form. */
import { describe, expect, it } from 'vitest';
import { NameContext } from '../../../core/quotes/names';
import { PhraseIndex } from '../../../core/quotes/phrase-index';
import { tokenize, words } from '../../../core/quotes/tokens';

describe('PhraseIndex', () => {
  const index = new PhraseIndex(['menteri', 'menteri keuangan', 'wakil menteri', '', 'juru bicara'].map(words));
  const ts = tokenize('Kata Wakil Menteri Keuangan Sri Mulyani, juru bicara itu.');

  it('gives the longest phrase that starts at a token, ignoring case', () => {
    expect(index.lengthAt(ts, 1)).toBe(2); // Wakil Menteri
    expect(index.lengthAt(ts, 2)).toBe(2); // Menteri Keuangan, not Menteri
    expect(index.lengthAt(ts, 7)).toBe(2); // juru bicara
    expect(index.lengthAt(ts, 0)).toBe(0);
    expect(index.lengthAt(ts, 6)).toBe(0); // the comma
    expect(index.lengthAt(ts, 99)).toBe(0);
  });

  it('tells where a phrase ends', () => {
    expect(index.endsAt(ts, 2)).toBe(true); // …Menteri
    expect(index.endsAt(ts, 3)).toBe(true); // …Menteri Keuangan
    expect(index.endsAt(ts, 4)).toBe(false); // Sri
    expect(index.endsAt(ts, -1)).toBe(false);
  });

  it('lets an empty phrase match nothing', () => {
    expect(new PhraseIndex([[]]).endsAt(ts, 4)).toBe(false);
  });
});

describe('NameContext.fullest', () => {
  const text = 'Putin tiba. Vladimir Putin berkata begitu. Kemudian Putin pergi.';
  const names = new NameContext(text, 'id');

  it('uses only the forms written before the offset', () => {
    expect(names.fullest(['Putin'], text.indexOf('tiba'))).toEqual(['Putin']);
    expect(names.fullest(['Putin'], text.indexOf('Kemudian'))).toEqual(['Vladimir', 'Putin']);
  });

  it('answers the same when asked again, and gives a copy the caller may change', () => {
    const first = names.fullest(['Putin'], text.length);
    first.push('x');
    expect(names.fullest(['Putin'], text.length)).toEqual(['Vladimir', 'Putin']);
  });
});
