/**
 * The background's side of the always-on page check: when a page says "I am
 * an article", mark the toolbar badge, open the reader at once on a site the
 * reader listed as "always open", and tell the page whether to show the
 * floating button; when the button is pressed, open the reader.
 *
 * Which site a request comes from is what the browser says about the
 * sender's tab, never anything the page sends.
 */
import { isListedSite, siteOfUrl } from '../../core/site-host';
import type { TabReport } from '../../components/popup-view';
import { senderIs } from './message-rules';
import type { ArticlePageAnswer, PageRequest } from './protocol';
import { openReaderInTab } from './reader-tab';
import { siteReaderSetting } from './settings/site-reader';

const BADGE_COLOR = '#0f766e';
/** A mark, not a word: the same in every language (the tooltip says it in words). */
const BADGE_TEXT = '✓';

interface PageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

interface PageTab {
  tabId: number;
  url: string;
}

function isPageRequest(message: unknown): message is PageRequest {
  if (typeof message !== 'object' || message === null) return false;
  const kind = (message as { jernih?: unknown }).jernih;
  return kind === 'page:article' || kind === 'page:openReader';
}

/**
 * The tab of a request from our own content script in a tab's top frame, with the URL the browser has for that
 * tab (the frame's URL is the browser's too, and the same for a top frame), or null for any other sender.
 */
function pageTab(sender: PageSender): PageTab | null {
  if (!senderIs('top-frame', sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') })) return null;
  const tabId = sender.tab?.id;
  const url = sender.tab?.url ?? sender.url;
  if (tabId === undefined || tabId < 0 || !url || !siteOfUrl(url)) return null;
  return { tabId, url };
}

/** The badge says "article" for this tab only; the browser clears it when the tab navigates. */
function markArticle(tabId: number): void {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  void action.setBadgeText({ tabId, text: BADGE_TEXT }).catch(() => {});
  void action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }).catch(() => {});
  void action.setTitle({ tabId, title: browser.i18n.getMessage('articleBadgeTitle') }).catch(() => {});
}

function logProblem(tabId: number, report: TabReport): void {
  if (report.kind === 'restricted' || report.kind === 'error') {
    console.info(`[jernih] could not open reader mode in tab ${tabId}:`, report.kind === 'restricted' ? report.reason : report.message);
  }
}

async function onArticlePage(tab: PageTab): Promise<ArticlePageAnswer> {
  const settings = await siteReaderSetting.get();
  markArticle(tab.tabId);
  if (isListedSite(settings.alwaysOpenSites, tab.url)) {
    void openReaderInTab(tab.tabId).then((report) => logProblem(tab.tabId, report));
  }
  return { showToggle: settings.floatingToggle, label: browser.i18n.getMessage('floatingToggleLabel') };
}

async function onOpenReader(tab: PageTab): Promise<boolean> {
  const report = await openReaderInTab(tab.tabId);
  logProblem(tab.tabId, report);
  return report.kind === 'article' || report.kind === 'no-article';
}

/** Registers the listener. Messages of other shapes (the typed messengers') are left to their own listeners. */
export function listenToPageChecks(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: PageSender) => {
    if (!isPageRequest(message)) return undefined;
    const tab = pageTab(sender);
    if (!tab) return Promise.reject(new Error('Unexpected sender'));
    return message.jernih === 'page:article' ? onArticlePage(tab) : onOpenReader(tab);
  });
}
