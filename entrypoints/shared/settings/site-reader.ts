/**
 * Reader mode per site: whether the floating "open in reader" button shows
 * on article pages, and the sites that open straight into reader mode.
 */
import { normalizeSiteHost } from '../../../core/site-host';
import { defineSetting } from './define-setting';
import { bool, listOf, objectOf } from './parse';

export interface SiteReaderSettings {
  /** Show the floating button on pages that look like articles. */
  floatingToggle: boolean;
  /** Sites (host names without "www.", subdomains included) whose article pages open in reader mode by themselves. */
  alwaysOpenSites: string[];
}

/** A stored site, re-normalized on read: a value written by hand or by an older build can't match more than its host. */
const site = (raw: unknown): string | undefined => (typeof raw === 'string' && raw.length <= 253 ? normalizeSiteHost(raw) ?? undefined : undefined);

export const siteReaderSetting = defineSetting<SiteReaderSettings>({
  key: 'local:site-reader',
  version: 1,
  defaults: { floatingToggle: true, alwaysOpenSites: [] },
  parse: objectOf<SiteReaderSettings>({ floatingToggle: bool, alwaysOpenSites: listOf(site, 1000) }),
  examples: {
    1: { floatingToggle: false, alwaysOpenSites: ['kompas.com', 'bbc.co.uk', 'nasional.tempo.co'] },
  },
});
