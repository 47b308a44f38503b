/**
 * The background's side of translation: the two context-menu items, and the
 * requests of our page script. Server engines run here because the host
 * permission the reader granted for their server belongs to the extension;
 * each request is checked for shape and sender, and the server's address is
 * read from the settings, never taken from the page.
 */
import { ApertiumEngine } from '../../core/translate/apertium';
import { TranslationError, asTranslationError, toErrorData } from '../../core/translate/errors';
import type { FetchLike } from '../../core/translate/http';
import { LibreTranslateEngine } from '../../core/translate/libretranslate';
import { checkServerUrl } from '../../core/translate/server-url';
import { webTranslatorUrl } from '../../core/translate/web-translators';
import { senderIs, type MessageSender } from './message-rules';
import { READER_SCRIPT_FILE } from './protocol';
import { INJECT_TIMEOUT_MS, within } from './reader-tab';
import { restrictionForUrl } from './restricted';
import { translationSetting } from './settings/translation';
import type { TranslationSettings } from './settings/translation-schema';
import {
  translationBackgroundMessenger, translationPageMessenger, validServerRequest, validWebRequest,
  type ServerTranslateAnswer, type ServerTranslateRequest,
} from './translation-protocol';

export const MENU_TRANSLATE_SELECTION = 'jernih-translate-selection';
export const MENU_TRANSLATE_ARTICLE = 'jernih-translate-article';

/** Adds the two items; call after contextMenus.removeAll() in onInstalled. */
export function createTranslationMenus(): void {
  browser.contextMenus.create({ id: MENU_TRANSLATE_SELECTION, title: browser.i18n.getMessage('menuTranslateSelection'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_TRANSLATE_ARTICLE, title: browser.i18n.getMessage('menuTranslateArticle'), contexts: ['page'] });
}

/** Our content script in a tab (any frame: selection translation works in frames), never another extension or our own pages. */
function isOwnContentScript(sender: MessageSender): boolean {
  return senderIs('content-script', sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
}

const fetchFromBackground: FetchLike = (url, init) => fetch(url, init);

/** Engines are kept while the settings that made them stand, so a server's pair list is read once, not per paragraph. */
let engines: { key: string; apertium: ApertiumEngine | null; libre: LibreTranslateEngine | null } | null = null;

function enginesFor(settings: TranslationSettings) {
  const key = JSON.stringify([settings.apertium, settings.libreTranslate]);
  if (engines?.key !== key) {
    engines = {
      key,
      apertium: settings.apertium.url ? new ApertiumEngine({ url: settings.apertium.url, fetch: fetchFromBackground }) : null,
      libre: settings.libreTranslate.url
        ? new LibreTranslateEngine({ url: settings.libreTranslate.url, apiKey: settings.libreTranslate.apiKey || undefined, fetch: fetchFromBackground })
        : null,
    };
  }
  return engines;
}

async function serverTranslate(request: ServerTranslateRequest): Promise<ServerTranslateAnswer> {
  try {
    const settings = await translationSetting.get();
    const url = request.engine === 'apertium' ? settings.apertium.url : settings.libreTranslate.url;
    if (!settings.engines.includes(request.engine) || !url) {
      throw new TranslationError('not-configured', 'This translation server is not set up.', { engine: request.engine });
    }
    const check = checkServerUrl(url);
    // The reader granted this host when they saved the address; if they took it back since, we don't send.
    if (!check.ok || !(await browser.permissions.contains({ origins: [check.permission] }))) {
      throw new TranslationError('unavailable', `No permission to reach ${url}.`, { engine: request.engine });
    }
    const set = enginesFor(settings);
    const engine = request.engine === 'apertium' ? set.apertium : set.libre;
    if (!engine) throw new TranslationError('not-configured', 'This translation server is not set up.', { engine: request.engine });
    const result = await engine.translate({ text: request.text, source: request.source, target: request.target, format: request.format });
    return { ok: true, text: result.text, source: result.source };
  } catch (error) {
    return { ok: false, error: toErrorData(asTranslationError(error, request.engine)) };
  }
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ?? tab.pendingUrl;
  } catch {
    return undefined;
  }
}

function isNoReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /^No response$|Receiving end does not exist|Could not establish connection/iu.test(message);
}

/** Sends to our page script in that frame, injecting it there first if none is listening. */
async function toPage(tabId: number, frameId: number, send: () => Promise<boolean>): Promise<boolean> {
  const restriction = restrictionForUrl(await tabUrl(tabId), { fileAccessAllowed: false });
  if (restriction && restriction !== 'file-access') return false;
  try {
    return await send();
  } catch (error) {
    if (!isNoReceiver(error)) throw error;
  }
  await within(browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_SCRIPT_FILE] }), INJECT_TIMEOUT_MS, 'Injecting the reader');
  return send();
}

function flagUnavailable(tabId: number): void {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  void action.setBadgeText({ tabId, text: '!' }).catch(() => {});
  setTimeout(() => void action.setBadgeText({ tabId, text: '' }).catch(() => {}), 2500);
}

/** Handles our two menu items; false for any other item. */
export function handleTranslationMenuClick(info: { menuItemId: string | number; selectionText?: string; frameId?: number }, tab?: { id?: number }): boolean {
  if (info.menuItemId !== MENU_TRANSLATE_SELECTION && info.menuItemId !== MENU_TRANSLATE_ARTICLE) return false;
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return true;
  const frameId = info.menuItemId === MENU_TRANSLATE_SELECTION ? (info.frameId ?? 0) : 0;
  const send = info.menuItemId === MENU_TRANSLATE_SELECTION
    ? () => translationPageMessenger.sendMessage('translation:selection', { selectionText: (info.selectionText ?? '').slice(0, 100_000) }, { tabId, frameId })
    : () => translationPageMessenger.sendMessage('translation:article', undefined, { tabId, frameId });
  void toPage(tabId, frameId, send)
    .then((done) => {
      if (!done) flagUnavailable(tabId);
    })
    .catch((error: unknown) => {
      console.info('[jernih] translation unavailable in this tab:', error);
      flagUnavailable(tabId);
    });
  return true;
}

export function registerTranslationMessages(): void {
  translationBackgroundMessenger.onMessage('translation:server', async ({ sender, data }) => {
    if (!isOwnContentScript(sender)) throw new Error('Unexpected sender');
    const request = validServerRequest(data);
    if (!request) return { ok: false, error: toErrorData(new TranslationError('bad-response', 'Malformed translation request.')) };
    return serverTranslate(request);
  });

  translationBackgroundMessenger.onMessage('translation:openWeb', async ({ sender, data }) => {
    if (!isOwnContentScript(sender)) throw new Error('Unexpected sender');
    const request = validWebRequest(data);
    if (!request) return false;
    const settings = await translationSetting.get();
    const url = webTranslatorUrl(settings.webTranslator, request.text, request.source, request.target);
    const opener = sender.tab!;
    await browser.tabs.create({ url, openerTabId: opener.id, ...(typeof opener.index === 'number' ? { index: opener.index + 1 } : {}) });
    return true;
  });

  translationBackgroundMessenger.onMessage('translation:openOptions', async ({ sender }) => {
    if (!isOwnContentScript(sender)) throw new Error('Unexpected sender');
    await browser.runtime.openOptionsPage();
    return true;
  });
}
