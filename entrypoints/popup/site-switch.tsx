/**
 * The popup's per-site switch, connected: the site comes from the browser's
 * record of the tab (never from the page), the state from the site-reader
 * setting, and flipping it saves at once.
 */
import { useEffect, useState } from 'preact/hooks';
import { isListedSite, setPageListed, siteOfUrl } from '../../core/site-host';
import type { Translate } from '../../components/i18n';
import { SiteReaderSwitch } from '../../components/SiteReaderSwitch';
import { siteReaderSetting } from '../shared/settings/site-reader';

export function ConnectedSiteSwitch({ tabId, t }: { tabId: number | null; t: Translate }) {
  const [page, setPage] = useState<{ url: string; site: string } | null>(null);
  const [on, setOn] = useState(false);

  useEffect(() => {
    if (tabId === null) return;
    void (async () => {
      const url = (await browser.tabs.get(tabId)).url ?? '';
      const site = siteOfUrl(url);
      if (!site) return;
      setOn(isListedSite((await siteReaderSetting.get()).alwaysOpenSites, url));
      setPage({ url, site });
    })().catch((error: unknown) => console.info('[jernih] site switch:', error));
  }, [tabId]);

  if (!page) return null;
  const change = async (next: boolean) => {
    const current = await siteReaderSetting.get();
    await siteReaderSetting.set({ ...current, alwaysOpenSites: setPageListed(current.alwaysOpenSites, page.url, next) });
    setOn(next);
  };
  return <SiteReaderSwitch t={t} site={page.site} on={on} onChange={(next) => void change(next).catch((error: unknown) => console.info('[jernih] site switch:', error))} />;
}
