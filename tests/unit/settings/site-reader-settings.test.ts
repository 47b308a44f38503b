/**
 * The settings this feature stores: every stored version's example reads
 * back as what it said, and a corrupted field falls back alone.
 */
import { fakeBrowser } from '../../helpers/fake-extension-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { ALL_SETTINGS } from '../../../entrypoints/shared/settings/all';
import { readAloudSetting } from '../../../entrypoints/shared/settings/read-aloud';
import { siteReaderSetting } from '../../../entrypoints/shared/settings/site-reader';

const parse = <T>(setting: { spec: { parse: (raw: unknown, fallback: T) => T }; defaults: T }, raw: unknown) => setting.spec.parse(raw, setting.defaults);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('site-reader setting', () => {
  it('is listed with every setting', () => {
    expect(ALL_SETTINGS).toContain(siteReaderSetting);
    expect(ALL_SETTINGS).toContain(readAloudSetting);
  });

  it('reads every stored version\'s example as it was written', () => {
    expect(Object.keys(siteReaderSetting.spec.examples).map(Number)).toEqual([1]);
    expect(parse(siteReaderSetting, siteReaderSetting.spec.examples[1])).toEqual({
      floatingToggle: false,
      alwaysOpenSites: ['kompas.com', 'bbc.co.uk', 'nasional.tempo.co'],
    });
  });

  it('keeps the good sites of a damaged list, normalized, and the other field', () => {
    const raw = { floatingToggle: false, alwaysOpenSites: ['https://www.Kompas.com/x', 42, 'not a host', 'tempo.co'] };
    expect(parse(siteReaderSetting, raw)).toEqual({ floatingToggle: false, alwaysOpenSites: ['kompas.com', 'tempo.co'] });
    expect(parse(siteReaderSetting, { floatingToggle: 'yes', alwaysOpenSites: 'kompas.com' })).toEqual(siteReaderSetting.defaults);
  });

  it('defaults to the floating button on and no sites', async () => {
    expect(await siteReaderSetting.get()).toEqual({ floatingToggle: true, alwaysOpenSites: [] });
  });

  it('reads back what a version-1 build stored, and stores what it is given', async () => {
    await fakeBrowser.storage.local.set({ 'site-reader': siteReaderSetting.spec.examples[1], 'site-reader$': { v: 1 } });
    expect((await siteReaderSetting.get()).alwaysOpenSites).toEqual(['kompas.com', 'bbc.co.uk', 'nasional.tempo.co']);
    await siteReaderSetting.set({ floatingToggle: true, alwaysOpenSites: ['tempo.co'] });
    expect(await siteReaderSetting.get()).toEqual({ floatingToggle: true, alwaysOpenSites: ['tempo.co'] });
  });
});

describe('read-aloud setting', () => {
  it('reads every stored version\'s example as it was written', () => {
    expect(Object.keys(readAloudSetting.spec.examples).map(Number)).toEqual([1]);
    expect(parse(readAloudSetting, readAloudSetting.spec.examples[1])).toEqual({
      voices: { id: 'Damayanti', en: 'Google UK English Female' },
      rate: 1.25,
    });
  });

  it('folds region keys to languages, drops junk entries, clamps the rate', () => {
    const raw = { voices: { 'id-ID': 'Damayanti', en: 7, '???': 'x', ms_MY: 'Amy' }, rate: 9 };
    expect(parse(readAloudSetting, raw)).toEqual({ voices: { id: 'Damayanti', ms: 'Amy' }, rate: 2 });
    expect(parse(readAloudSetting, { voices: [], rate: 'fast' })).toEqual(readAloudSetting.defaults);
  });
});
