/**
 * Wires browser events to reader mode: the keyboard command, the page context
 * menu and the page's own toggle (the popup asks the tab itself). It holds no state; the page-side script
 * keeps the overlay's.
 */
import { injectArticleCheckOnLoad } from './shared/article-check-injection';
import { listenToPageChecks } from './shared/page-requests';
import { toggleReaderInTab } from './shared/reader-tab';
import { createTranslationMenus, handleTranslationMenuClick, registerTranslationMessages } from './shared/translation-background';
import { RESTRICTED_MESSAGE, type TabReport } from '../components/popup-view';

const MENU_ID = 'jernih-reader';
const COMMAND = 'toggle-reader';
const BADGE_MS = 2500;

/**
 * Where reader mode can't run, the command and the menu do nothing to the page and say why, without a
 * notification: a short "!" on the icon, and the popup's plain-words reason as the icon's tooltip for that tab
 * (the browser drops both when the tab navigates).
 */
function flagBadge(tabId: number, report: TabReport): void {
  if (report.kind !== 'restricted' && report.kind !== 'error') return;
  console.info(`[jernih] reader mode unavailable in tab ${tabId}:`, report.kind === 'restricted' ? report.reason : report.message);
  // MV3 has `action`; Firefox's MV2 build only `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const why = browser.i18n.getMessage(report.kind === 'restricted' ? RESTRICTED_MESSAGE[report.reason] : 'restrictedCannotAccess');
  void action.setTitle({ tabId, title: `${browser.i18n.getMessage('restrictedTitle')}: ${why}` }).catch(() => {});
  void action.setBadgeText({ tabId, text: '!' }).catch(() => {});
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => {}), BADGE_MS);
}

async function toggleFromShortcut(tabId: number | undefined): Promise<void> {
  // Some browsers omit the tab for commands: fall back to the active one.
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined || id < 0) return; // e.g. a devtools window: no page to read
  flagBadge(id, await toggleReaderInTab(id));
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async () => {
    // removeAll first: an update re-runs onInstalled while the old item still exists.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuReaderMode'), contexts: ['page'] });
    createTranslationMenus();
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND) return;
    void toggleFromShortcut(tab?.id);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (handleTranslationMenuClick(info, tab)) return;
    if (info.menuItemId !== MENU_ID) return;
    void toggleFromShortcut(tab?.id);
  });

  injectArticleCheckOnLoad();
  listenToPageChecks();
  registerTranslationMessages();

});
