/**
 * Settings are never lost, for EVERY stored setting (ALL_SETTINGS) and every
 * version it was ever stored as: the example each version wrote reads back as
 * what it said; a corrupted field falls back alone and the other fields and
 * the other settings are kept; a value of the wrong type, or one stored by a
 * newer build, reads as valid settings instead of breaking the UI.
 */
import { fakeBrowser } from '../../helpers/fake-extension-api';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_SETTINGS } from '../../../entrypoints/shared/settings/all';
import type { Setting } from '../../../entrypoints/shared/settings/define-setting';

beforeEach(() => {
  fakeBrowser.reset();
});

/** WXT's storage layout: the value under the key without its area, the version under `key$`. */
async function store(setting: Setting<unknown>, value: unknown, version: number): Promise<void> {
  const name = setting.key.replace(/^(?:local|sync):/u, '');
  await fakeBrowser.storage.local.set({ [name]: value, [`${name}$`]: { v: version } });
}

/** What a version's example should read as: migrated step by step from that version, then parsed. */
function expectedFrom(setting: Setting<unknown>, version: number): unknown {
  let value = setting.spec.examples[version];
  for (let v = version + 1; v <= setting.spec.version; v++) value = setting.spec.migrations?.[v]?.(value) ?? value;
  return setting.spec.parse(value, setting.defaults);
}

const JUNK = ['garbage', 12345, null, [], { nested: { deep: true } }, true, '', -1, 'x'.repeat(100_000)];

describe.each(ALL_SETTINGS.map((s) => [s.key, s] as const))('%s', (_, setting) => {
  const versions = Array.from({ length: setting.spec.version }, (__, i) => i + 1);

  it('has an example for every version it was ever stored as', () => {
    expect(Object.keys(setting.spec.examples).map(Number).sort((a, b) => a - b)).toEqual(versions);
  });

  it.each(versions)('reads back what version %i stored, nothing reset to defaults', async (version) => {
    await store(setting, setting.spec.examples[version], version);
    // As on a browser start after an update: the stored value is there before the settings module loads (WXT
    // migrates when an item is defined).
    vi.resetModules();
    const fresh = (await import('../../../entrypoints/shared/settings/all')).ALL_SETTINGS.find((s) => s.key === setting.key)!;
    const read = await fresh.get();
    expect(read).toEqual(expectedFrom(setting, version));
    // Every field the example set differs from the default and survives (the example is chosen that way).
    for (const [field, value] of Object.entries(read as object)) {
      expect(value, `${setting.key}.${field}`).not.toEqual((setting.defaults as Record<string, unknown>)[field]);
    }
  });

  it('a corrupted field falls back alone: the other fields and the other settings are kept', async () => {
    const current = setting.spec.examples[setting.spec.version] as Record<string, unknown>;
    const good = expectedFrom(setting, setting.spec.version) as Record<string, unknown>;
    const others = ALL_SETTINGS.filter((s) => s !== setting);
    for (const other of others) await store(other, other.spec.examples[other.spec.version], other.spec.version);
    for (const field of Object.keys(current)) {
      for (const junk of JUNK) {
        await store(setting, { ...current, [field]: junk }, setting.spec.version);
        const read = (await setting.get()) as Record<string, unknown>;
        for (const kept of Object.keys(current).filter((f) => f !== field)) expect(read[kept], `${field}=${JSON.stringify(junk)?.slice(0, 20)} kept ${kept}`).toEqual(good[kept]);
        // What is read is valid settings (a junk value of the right type, like `true`, may be kept as it is).
        expect(setting.spec.parse(read, setting.defaults)).toEqual(read);
      }
    }
    for (const other of others) expect(await other.get(), other.key).toEqual(expectedFrom(other, other.spec.version));
  });

  it('a value of the wrong type reads as the defaults, and saving over it works', async () => {
    for (const junk of JUNK) {
      await store(setting, junk, setting.spec.version);
      expect(await setting.get()).toEqual(setting.spec.parse(junk, setting.defaults));
    }
    await store(setting, 'garbage', setting.spec.version);
    expect(await setting.get()).toEqual(setting.defaults);
    await setting.set(expectedFrom(setting, setting.spec.version));
    expect(await setting.get()).toEqual(expectedFrom(setting, setting.spec.version));
  });

  it('a value stored by a newer build reads as valid settings, keeping what this build understands', async () => {
    await store(setting, setting.spec.examples[setting.spec.version], setting.spec.version + 5);
    const read = await setting.get();
    expect(setting.spec.parse(read, setting.defaults)).toEqual(read);
  });
});
