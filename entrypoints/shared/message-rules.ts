/**
 * The one map of every message the background accepts: who may send it and
 * what shape its data must have. Each background handler starts with
 * `accept(name, sender, data)`, which throws on a stranger or a malformed
 * message, so a page, a frame or another extension can't borrow the
 * background's permissions. Pure (the extension's id and base URL are
 * passed in): unit-tested without a browser.
 *
 * Senders, as the browser reports them (never as the message claims):
 * - `content-script`: our content script in any frame of a tab (selection translation works in frames);
 * - `top-frame`: our content script in a tab's top frame only (the always-on page check).
 * Our own pages send the background nothing: the popup talks to the tab's reader script itself.
 */
import { validServerRequest, validWebRequest } from './translation-protocol';

export type SenderKind = 'content-script' | 'top-frame';

export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc…/`. */
  baseUrl: string;
}

/** A tab id as the browser hands them out: a non-negative safe integer. */
export function isTabId(raw: unknown): raw is number {
  return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0;
}

interface Rule {
  from: SenderKind;
  valid: (data: unknown) => boolean;
}

const noData = (data: unknown) => data === undefined || data === null;

export const MESSAGE_RULES = {
  'translation:server': { from: 'content-script', valid: (data) => validServerRequest(data) !== null },
  'translation:openWeb': { from: 'content-script', valid: (data) => validWebRequest(data) !== null },
  'translation:openOptions': { from: 'content-script', valid: noData },
  'page:article': { from: 'top-frame', valid: noData },
  'page:openReader': { from: 'top-frame', valid: noData },
} as const satisfies Record<string, Rule>;

export type MessageName = keyof typeof MESSAGE_RULES;

export function senderIs(kind: SenderKind, sender: MessageSender, self: ExtensionIdentity): boolean {
  if (sender.id !== self.id) return false; // another extension (or a page via externally_connectable, which we don't declare)
  const tabId = sender.tab?.id;
  if (!isTabId(tabId)) return false;
  // A content script runs in a web page; a message "from a tab" whose URL is ours is an extension page in a tab.
  if ((sender.url ?? '').startsWith(self.baseUrl)) return false;
  return kind === 'content-script' || sender.frameId === 0;
}

/** Why a message is refused, or null when it may be handled. */
export function refusal(name: string, sender: MessageSender, data: unknown, self: ExtensionIdentity): string | null {
  const rule = (MESSAGE_RULES as Record<string, Rule>)[name];
  if (!rule) return `Unknown message ${name}`;
  if (!senderIs(rule.from, sender, self)) return 'Unexpected sender';
  if (!rule.valid(data)) return `Malformed ${name}`;
  return null;
}

/** Throws unless `sender` may send `name` with this `data`; every background handler calls it first. */
export function accept(name: MessageName, sender: MessageSender, data: unknown, self: ExtensionIdentity): void {
  const problem = refusal(name, sender, data, self);
  if (problem) throw new Error(problem);
}
