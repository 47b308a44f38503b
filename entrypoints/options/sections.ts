/**
 * The options page's sections, in display order. Each feature contributes one
 * connected section (a file in this folder that loads and saves its own
 * settings and renders a component from components/options/).
 */
import type { ComponentType } from 'preact';
import type { Translate } from '../../components/i18n';
import { ReaderOptionsSection } from './reader-section';
import { ReadAloudOptionsSection } from './read-aloud-section';
import { SitesOptionsSection } from './sites-section';
import { TranslationOptions } from './translation-section';

export interface OptionsSectionProps {
  t: Translate;
}

export const OPTIONS_SECTIONS: ComponentType<OptionsSectionProps>[] = [ReaderOptionsSection, SitesOptionsSection, ReadAloudOptionsSection, TranslationOptions];
