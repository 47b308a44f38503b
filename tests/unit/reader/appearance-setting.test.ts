/**
 * The stored reader appearance: every version a reader may have stored comes
 * back as the current shape without losing what it said, a corrupted field
 * costs only that field, and WXT really runs the migration on stored data.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_APPEARANCE, type ReaderAppearance } from '../../../components/reader/appearance';
import type { Setting } from '../../../entrypoints/shared/settings/define-setting';

// wxt/storage reads `chrome` when first imported: install the in-memory browser before loading the setting.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

type SettingModule = typeof import('../../../entrypoints/shared/settings/reader-appearance');
let mod: SettingModule;
let setting: Setting<ReaderAppearance>;

async function loadFresh(): Promise<void> {
  vi.resetModules();
  mod = await import('../../../entrypoints/shared/settings/reader-appearance');
  setting = mod.readerAppearanceSetting;
}

/** What WXT does with a stored value of `version`: run each later migration in turn, then our parser. */
function upgrade(value: unknown, version: number): ReaderAppearance {
  const { spec } = setting;
  let current = value;
  for (let v = version + 1; v <= spec.version; v++) current = spec.migrations?.[v]?.(current) ?? current;
  return spec.parse(current, spec.defaults);
}

beforeAll(loadFresh);
beforeEach(() => fakeBrowser.reset());

describe('reader appearance setting', () => {
  it('has an example of every stored version and is listed with all settings', async () => {
    const { ALL_SETTINGS } = await import('../../../entrypoints/shared/settings/all');
    expect(ALL_SETTINGS.map((s) => s.key)).toContain('local:reader-appearance');
    const versions = Object.keys(setting.spec.examples).map(Number).sort();
    expect(versions).toEqual(Array.from({ length: setting.spec.version }, (_, i) => i + 1));
  });

  it('migrates a v1 value (pixels) to v2 (percent of the browser default) keeping every choice', () => {
    expect(upgrade(setting.spec.examples[1], 1)).toEqual({
      theme: 'sepia', font: 'sans', textScale: 137.5, width: 'wide', lineHeight: 'relaxed',
    });
  });

  it('keeps a v1 size between steps at the nearest step, and the 20 px default at 125 %', () => {
    expect(upgrade({ fontSize: 20 }, 1).textScale).toBe(125);
    expect(upgrade({ fontSize: 19.5 }, 1).textScale).toBe(125); // 121.9 % → nearest step
    expect(upgrade({ fontSize: 13 }, 1).textScale).toBe(87.5); // 81.25 %: a tie goes to the larger step
    expect(upgrade({ fontSize: 40 }, 1).textScale).toBe(250);
  });

  it('reads every example back as itself or its migrated equivalent, never as defaults', () => {
    for (const [version, example] of Object.entries(setting.spec.examples)) {
      const value = upgrade(example, Number(version));
      for (const field of ['theme', 'font', 'width', 'lineHeight'] as const) {
        expect(value[field], `v${version}.${field}`).toBe((example as Record<string, unknown>)[field]);
        expect(value[field], `v${version}.${field} differs from the default`).not.toBe(DEFAULT_APPEARANCE[field]);
      }
      expect(value.textScale, `v${version}.textScale`).not.toBe(DEFAULT_APPEARANCE.textScale);
    }
  });

  it('falls back only for the corrupted field, in any version', () => {
    expect(upgrade({ theme: 'neon', font: 'mono', fontSize: 'big', width: 'wide', lineHeight: 'compact' }, 1))
      .toEqual({ ...DEFAULT_APPEARANCE, font: 'mono', width: 'wide', lineHeight: 'compact' });
    expect(upgrade('garbage', 1)).toEqual(DEFAULT_APPEARANCE);
    expect(upgrade({ ...DEFAULT_APPEARANCE, theme: 'dark', textScale: 9000 }, 2)).toEqual({ ...DEFAULT_APPEARANCE, theme: 'dark', textScale: 250 });
  });

  it('migrates what is really in storage when the extension updates', async () => {
    await fakeBrowser.storage.local.set({ 'reader-appearance': setting.spec.examples[1], 'reader-appearance$': { v: 1 } });
    await loadFresh(); // defining the item starts WXT's migration, as on the first run after an update
    expect(await setting.get()).toEqual({ theme: 'sepia', font: 'sans', textScale: 137.5, width: 'wide', lineHeight: 'relaxed' });
    const stored = await fakeBrowser.storage.local.get(['reader-appearance', 'reader-appearance$']);
    expect(stored['reader-appearance$']).toEqual({ v: 2 });
    expect(stored['reader-appearance']).not.toHaveProperty('fontSize');
  });

  it('tells every watcher (other open readers, the options page) when one of them saves', async () => {
    await loadFresh();
    const seen: ReaderAppearance[] = [];
    const unwatch = setting.watch((value) => seen.push(value));
    await setting.set({ ...DEFAULT_APPEARANCE, theme: 'dark' });
    await vi.waitFor(() => expect(seen.at(-1)?.theme).toBe('dark'));
    unwatch();
    expect(await setting.get()).toEqual({ ...DEFAULT_APPEARANCE, theme: 'dark' });
  });
});
