/**
 * Every stored setting, so one test can prove for each of them that every
 * version migrates and that corrupted values fall back without losing the rest.
 * A feature that defines a setting adds it here.
 */
import type { Setting } from './define-setting';
import { readerAppearanceSetting } from './reader-appearance';
import { translationSetting } from './translation';

export const ALL_SETTINGS: Setting<any>[] = [readerAppearanceSetting, translationSetting]; // eslint-disable-line @typescript-eslint/no-explicit-any
