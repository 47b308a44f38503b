/** Options section for reader mode per site: loads and saves the site-reader setting, renders SitesSection. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { withSite } from '../../core/site-host';
import { SitesSection } from '../../components/options/SitesSection';
import { siteReaderSetting, type SiteReaderSettings } from '../shared/settings/site-reader';
import type { OptionsSectionProps } from './sections';

export function SitesOptionsSection({ t }: OptionsSectionProps) {
  const [settings, setSettings] = useState<SiteReaderSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void siteReaderSetting.get().then(setSettings);
    return siteReaderSetting.watch(setSettings); // the popup's switch may change the list while this page is open
  }, []);

  /** Applies `change` to what is stored now (not to what this page loaded), so no other change is lost. */
  const save = useCallback(async (change: (current: SiteReaderSettings) => SiteReaderSettings) => {
    try {
      const next = change(await siteReaderSetting.get());
      await siteReaderSetting.set(next);
      setSettings(next);
      setError(null);
    } catch (e) {
      setError(t('settingsSaveFailed', [e instanceof Error ? e.message : String(e)]));
    }
  }, [t]);

  if (!settings) return null;
  return (
    <SitesSection
      t={t}
      floatingToggle={settings.floatingToggle}
      sites={settings.alwaysOpenSites}
      error={error}
      onFloatingToggle={(on) => void save((s) => ({ ...s, floatingToggle: on }))}
      onAddSite={(site) => void save((s) => ({ ...s, alwaysOpenSites: withSite(s.alwaysOpenSites, site, true) }))}
      onRemoveSite={(site) => void save((s) => ({ ...s, alwaysOpenSites: withSite(s.alwaysOpenSites, site, false) }))}
    />
  );
}
