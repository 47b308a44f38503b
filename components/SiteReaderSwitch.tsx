import type { Translate } from './i18n';

interface SiteReaderSwitchProps {
  t: Translate;
  /** The tab's site as the browser reports it (host without "www."). */
  site: string;
  on: boolean;
  onChange(on: boolean): void;
}

/** The popup's "Always open <site> in reader mode" switch. */
export function SiteReaderSwitch({ t, site, on, onChange }: SiteReaderSwitchProps) {
  return (
    <label class="site-switch">
      <input type="checkbox" role="switch" checked={on} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{t('siteAlwaysOpen', [site])}</span>
    </label>
  );
}
