/** A Translate backed by the shipped messages.json files, with Chrome's placeholder rules, for rendering components in tests. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageKey, Translate } from '../../../components/i18n';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function loadMessages(locale: 'en' | 'id'): Record<string, LocaleMessage> {
  // Path arithmetic, not `new URL(rel, import.meta.url)`: under happy-dom the global URL resolves file: URLs differently.
  const path = resolve(dirname(fileURLToPath(import.meta.url)), `../../../public/_locales/${locale}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, LocaleMessage>;
}

/** Resolves `$NAME$` through the placeholders table, then `$1`… to the substitutions, as browser.i18n does. */
export function translator(locale: 'en' | 'id' = 'en'): Translate {
  const messages = loadMessages(locale);
  return (key: MessageKey, substitutions: string[] = []) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key} in ${locale}`);
    const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/gu, (_, name: string) =>
      entry.placeholders?.[name.toLowerCase()]?.content ?? '');
    return withPlaceholders.replace(/\$(\d)/gu, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}
