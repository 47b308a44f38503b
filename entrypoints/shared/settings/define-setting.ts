/**
 * One versioned setting in extension storage (WXT storage items). Every
 * setting declares its version, its migrations from each older shape and a
 * parser; reads always go through the parser, so a corrupted or unknown
 * stored value falls back to defaults for that setting (field by field)
 * and never breaks the UI or the other settings.
 */
import { storage } from 'wxt/utils/storage';
import type { Parser } from './parse';

export interface SettingSpec<T> {
  /** Storage key, e.g. `local:reader-appearance` (local: settings follow the device, not the account). */
  key: `local:${string}` | `sync:${string}`;
  defaults: T;
  parse: Parser<T>;
  /** Current shape's version; bump it and add a migration whenever the shape changes. */
  version: number;
  /** `migrations[n]` turns the stored value of version n-1 into version n. Run once by WXT, then parsed. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /**
   * A value as each version stored it (1 … version), for the tests that prove no version loses a reader's
   * settings: each is migrated to the current shape and must keep what it said.
   */
  examples: Record<number, unknown>;
}

export interface Setting<T> {
  readonly key: string;
  readonly spec: SettingSpec<T>;
  readonly defaults: T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the parsed value whenever any context changes the setting; returns the unsubscribe. */
  watch(callback: (value: T) => void): () => void;
}

export function defineSetting<T>(spec: SettingSpec<T>): Setting<T> {
  const item = storage.defineItem<unknown>(spec.key, {
    fallback: spec.defaults,
    version: spec.version,
    migrations: spec.migrations,
  });
  const parse = (raw: unknown): T => {
    try {
      return spec.parse(raw, spec.defaults);
    } catch {
      return spec.defaults; // a parser must never throw, but a settings read must never fail either
    }
  };
  return {
    key: spec.key,
    spec,
    defaults: spec.defaults,
    async get() {
      try {
        return parse(await item.getValue());
      } catch {
        return spec.defaults; // e.g. a migration that threw on a value it could not understand
      }
    },
    async set(value) {
      await item.setValue(parse(value));
    },
    watch(callback) {
      return item.watch((value) => callback(parse(value)));
    },
  };
}
