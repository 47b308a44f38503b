import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS } from '../../../components/i18n';
import { loadMessages } from './messages';

describe('locale messages', () => {
  const en = loadMessages('en');
  const id = loadMessages('id');

  it.each([['en', en], ['id', id]] as const)('%s has exactly the keys the code uses, each with a message', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    for (const key of MESSAGE_KEYS) expect(messages[key]?.message.trim(), key).not.toBe('');
  });

  it('translates every string to Indonesian (only the brand name stays the same)', () => {
    for (const key of MESSAGE_KEYS) {
      if (key === 'extName') continue;
      expect(id[key]?.message, key).not.toBe(en[key]?.message);
    }
  });

  it('declares every $PLACEHOLDER$ it uses, identically in both languages', () => {
    for (const key of MESSAGE_KEYS) {
      const used = (messages: typeof en) => [...(messages[key]?.message.matchAll(/\$([A-Z_]+)\$/gu) ?? [])].map((m) => m[1]!.toLowerCase()).sort();
      expect(used(id), key).toEqual(used(en));
      for (const name of used(en)) expect(en[key]?.placeholders?.[name], `${key}.${name}`).toBeDefined();
      for (const name of used(id)) expect(id[key]?.placeholders?.[name], `${key}.${name}`).toBeDefined();
    }
  });
});
