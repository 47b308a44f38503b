import { useState } from 'preact/hooks';
import { normalizeSiteHost } from '../../core/site-host';
import type { Translate } from '../i18n';

export interface SitesSectionProps {
  t: Translate;
  floatingToggle: boolean;
  sites: readonly string[];
  onFloatingToggle(on: boolean): void;
  onAddSite(site: string): void;
  onRemoveSite(site: string): void;
  /** A failed save, shown until the next change. */
  error?: string | null;
}

/**
 * Options: the floating reader button on article pages, and the sites that always open in reader mode (add by
 * typing a host or a URL; each entry has its own remove button). A typed value that names no site stays in the
 * field with a message saying what to type.
 */
export function SitesSection({ t, floatingToggle, sites, onFloatingToggle, onAddSite, onRemoveSite, error }: SitesSectionProps) {
  const [draft, setDraft] = useState('');
  const [notice, setNotice] = useState<{ text: string; invalid: boolean } | null>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSiteHost(draft);
    if (!site) {
      setNotice({ text: t('sitesInvalid', [draft.trim()]), invalid: true });
      return;
    }
    if (sites.includes(site)) {
      setNotice({ text: t('sitesAlreadyListed', [site]), invalid: false });
      setDraft('');
      return;
    }
    onAddSite(site);
    setNotice(null);
    setDraft('');
  };

  return (
    <section class="options-section sites-section" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesSectionTitle')}</h2>
      <p class="option">
        <label>
          <input type="checkbox" name="floating-toggle" checked={floatingToggle} aria-describedby="floating-toggle-hint"
            onChange={(e) => onFloatingToggle((e.currentTarget as HTMLInputElement).checked)} />
          {' '}{t('sitesFloatingToggle')}
        </label>
        <br />
        <span id="floating-toggle-hint" class="hint">{t('sitesFloatingToggleHint')}</span>
      </p>
      <h3 id="always-open-title">{t('sitesAlwaysOpenHeading')}</h3>
      <p class="hint">{t('sitesAlwaysOpenHint')}</p>
      {sites.length === 0 ? (
        <p class="empty">{t('sitesEmpty')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="always-open-title">
          {sites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>{' '}
              <button type="button" class="remove" aria-label={t('sitesRemoveButton', [site])} onClick={() => onRemoveSite(site)}>
                {t('sitesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="add-site-input">{t('sitesAddLabel')}</label>{' '}
        <input id="add-site-input" name="site" type="text" inputMode="url" autoComplete="off" spellcheck={false} value={draft}
          aria-invalid={notice?.invalid ? 'true' : undefined} aria-describedby={notice ? 'add-site-notice' : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />{' '}
        <button type="submit">{t('sitesAddButton')}</button>
        {notice && <p id="add-site-notice" class={notice.invalid ? 'error' : 'notice'} role={notice.invalid ? 'alert' : 'status'}>{notice.text}</p>}
      </form>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
