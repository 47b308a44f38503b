/**
 * Every stored setting, so one test can prove for each of them that every
 * version migrates and that corrupted values fall back without losing the rest.
 * A feature that defines a setting adds it here.
 */
import type { Setting } from './define-setting';
import { readerAppearanceSetting } from './reader-appearance';
import { translationSetting } from './translation';

import { readAloudSetting } from './read-aloud';
import { siteReaderSetting } from './site-reader';

export const ALL_SETTINGS: Setting<any>[] = [readerAppearanceSetting, siteReaderSetting, readAloudSetting, translationSetting]; // eslint-disable-line @typescript-eslint/no-explicit-any
