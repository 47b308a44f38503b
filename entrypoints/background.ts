/**
 * Wires browser events to reader mode: the keyboard command, the page context
 * menu and the popup's requests. It holds no state; the page-side script
 * keeps the overlay's.
 */
import { injectArticleCheckOnLoad } from './shared/article-check-injection';
import { listenToPageChecks } from './shared/page-requests';
import { backgroundMessenger } from './shared/protocol';
import { describeTab, showQuoteInTab, toggleReaderInTab } from './shared/reader-tab';
import { createTranslationMenus, handleTranslationMenuClick, registerTranslationMessages } from './shared/translation-background';
import type { TabReport } from '../components/popup-view';

const MENU_ID = 'jernih-reader';
const COMMAND = 'toggle-reader';
const BADGE_MS = 2500;

/** Only our own extension pages (the popup) may drive the background; content scripts and other extensions may not. */
function isOwnExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** A short "!" on the icon where reader mode can't run, instead of failing silently. */
function flagBadge(tabId: number, report: TabReport): void {
  if (report.kind !== 'restricted' && report.kind !== 'error') return;
  console.info(`[jernih] reader mode unavailable in tab ${tabId}:`, report.kind === 'restricted' ? report.reason : report.message);
  // MV3 has `action`; Firefox's MV2 build only `browserAction`.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
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

  backgroundMessenger.onMessage('popup:describeTab', ({ sender, data: tabId }) => {
    if (!isOwnExtensionPage(sender)) throw new Error('Unexpected sender');
    return describeTab(tabId);
  });

  backgroundMessenger.onMessage('popup:toggleReader', ({ sender, data: tabId }) => {
    if (!isOwnExtensionPage(sender)) throw new Error('Unexpected sender');
    return toggleReaderInTab(tabId);
  });

  backgroundMessenger.onMessage('popup:showQuote', ({ sender, data }) => {
    if (!isOwnExtensionPage(sender)) throw new Error('Unexpected sender');
    return showQuoteInTab(data.tabId, data.quote);
  });
});
