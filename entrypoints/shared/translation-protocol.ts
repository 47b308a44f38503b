/**
 * Translation's messages, in their own messengers so the reader's protocol
 * stays as it is:
 * - page (our content script) → background: translate one piece with the
 *   reader's server, open a web translator tab (after a click), open the options;
 * - background → page: the context-menu items were clicked.
 * The background runs the server engines: it holds the host permission for
 * the reader's server, and the server's address comes from the settings,
 * never from the page.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { TranslationErrorData } from '../../core/translate/errors';
import type { TextFormat } from '../../core/translate/types';

export type ServerEngineId = 'apertium' | 'libretranslate';

export interface ServerTranslateRequest {
  engine: ServerEngineId;
  text: string;
  source: string | null;
  target: string;
  format: TextFormat;
}

export type ServerTranslateAnswer =
  | { ok: true; text: string; source: string | null }
  | { ok: false; error: TranslationErrorData };

export interface WebTranslateRequest {
  text: string;
  source: string | null;
  target: string;
}

interface TranslationBackgroundProtocol {
  'translation:server'(request: ServerTranslateRequest): ServerTranslateAnswer;
  'translation:openWeb'(request: WebTranslateRequest): boolean;
  'translation:openOptions'(): boolean;
}

interface TranslationPageProtocol {
  /** Translate the selection in this frame; `selectionText` is the menu's copy, used when the page's selection is gone. */
  'translation:selection'(request: { selectionText: string }): boolean;
  /** Open reader mode (if closed) and translate the article. */
  'translation:article'(): boolean;
}

export const translationBackgroundMessenger = defineExtensionMessaging<TranslationBackgroundProtocol>();
export const translationPageMessenger = defineExtensionMessaging<TranslationPageProtocol>();

/** Bounds on what a page may ask the background to send: a piece is at most one request's worth. */
export const MAX_PIECE_CHARS = 60_000;
export const MAX_WEB_TEXT_CHARS = 100_000;

const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request if it has exactly the shape we accept, else null (a page can't make us send anything else). */
export function validServerRequest(raw: unknown): ServerTranslateRequest | null {
  if (!isRecord(raw)) return null;
  const { engine, text, source, target, format } = raw;
  if (engine !== 'apertium' && engine !== 'libretranslate') return null;
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_PIECE_CHARS) return null;
  if (source !== null && (typeof source !== 'string' || !TAG.test(source))) return null;
  if (typeof target !== 'string' || !TAG.test(target)) return null;
  if (format !== 'text' && format !== 'html') return null;
  return { engine, text, source, target, format };
}

export function validWebRequest(raw: unknown): WebTranslateRequest | null {
  if (!isRecord(raw)) return null;
  const { text, source, target } = raw;
  if (typeof text !== 'string' || !text.trim() || text.length > MAX_WEB_TEXT_CHARS) return null;
  if (source !== null && (typeof source !== 'string' || !TAG.test(source))) return null;
  if (typeof target !== 'string' || !TAG.test(target)) return null;
  return { text, source, target };
}
