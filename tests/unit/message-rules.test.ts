/**
 * The background's message rules: every message it handles is in the one map,
 * every handler checks it first, strangers and malformed data are refused,
 * and nothing in the background fetches a URL a page could have chosen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_RULES, refusal, type MessageName, type MessageSender } from '../../entrypoints/shared/message-rules';

const ROOT = join(import.meta.dirname, '../..');
const SELF = { id: 'ourextensionid', baseUrl: 'chrome-extension://ourextensionid/' };

const POPUP: MessageSender = { id: SELF.id, url: `${SELF.baseUrl}popup.html` };
const POPUP_AS_TAB: MessageSender = { id: SELF.id, url: `${SELF.baseUrl}popup.html?tabId=3`, tab: { id: 9, url: `${SELF.baseUrl}popup.html?tabId=3` }, frameId: 0 };
const TOP_FRAME: MessageSender = { id: SELF.id, url: 'https://news.example/a', tab: { id: 4, url: 'https://news.example/a' }, frameId: 0 };
const SUB_FRAME: MessageSender = { id: SELF.id, url: 'https://ads.example/frame', tab: { id: 4, url: 'https://news.example/a' }, frameId: 7 };
const OTHER_EXTENSION: MessageSender = { id: 'someoneelse', url: 'chrome-extension://someoneelse/popup.html' };
const OTHER_EXTENSION_IN_TAB: MessageSender = { id: 'someoneelse', url: 'https://news.example/a', tab: { id: 4 }, frameId: 0 };
const NO_ID: MessageSender = { url: 'https://evil.example/', tab: { id: 4 }, frameId: 0 };

const GOOD_DATA: Record<MessageName, unknown> = {
  'translation:server': { engine: 'apertium', text: 'Halo', source: 'id', target: 'en', format: 'text' },
  'translation:openWeb': { text: 'Halo', source: null, target: 'en' },
  'translation:openOptions': undefined,
  'page:article': undefined,
  'page:openReader': undefined,
};

const BAD_DATA: Record<MessageName, unknown[]> = {
  'translation:server': [{ engine: 'evil', text: 'x', source: null, target: 'en', format: 'text' }, { engine: 'apertium', text: 'x'.repeat(60_001), source: null, target: 'en', format: 'text' }, 'https://evil.example/', null],
  'translation:openWeb': [{ text: '', source: null, target: 'en' }, { text: 'x', source: null, target: 'javascript:alert(1)' }],
  'translation:openOptions': [{ url: 'https://evil.example/' }, 'x'],
  'page:article': [{ url: 'https://kompas.com/' }, 'https://kompas.com/'],
  'page:openReader': [{ tabId: 1 }],
};

const SENDERS = { POPUP, POPUP_AS_TAB, TOP_FRAME, SUB_FRAME, OTHER_EXTENSION, OTHER_EXTENSION_IN_TAB, NO_ID };
const ALLOWED: Record<'content-script' | 'top-frame', (keyof typeof SENDERS)[]> = {
  'content-script': ['TOP_FRAME', 'SUB_FRAME'],
  'top-frame': ['TOP_FRAME'],
};

describe.each(Object.keys(MESSAGE_RULES) as MessageName[])('%s', (name) => {
  const rule = MESSAGE_RULES[name];

  it(`is accepted only from ${rule.from} senders`, () => {
    for (const [label, sender] of Object.entries(SENDERS)) {
      const allowed = ALLOWED[rule.from].includes(label as keyof typeof SENDERS);
      expect(refusal(name, sender, GOOD_DATA[name], SELF), `${label}`).toBe(allowed ? null : 'Unexpected sender');
    }
  });

  it('refuses malformed data, even from an allowed sender', () => {
    const sender = SENDERS[ALLOWED[rule.from][0]!];
    for (const bad of BAD_DATA[name]) expect(refusal(name, sender, bad, SELF), JSON.stringify(bad)).toMatch(/^Malformed/u);
  });
});

it('refuses a message that is not in the map', () => {
  expect(refusal('popup:fetchUrl', POPUP, 'https://evil.example/', SELF)).toMatch(/^Unknown message/u);
});

/** Background code: the service worker's entry and what it imports from entrypoints/shared. */
function backgroundSources(): { rel: string; text: string }[] {
  const shared = readdirSync(join(ROOT, 'entrypoints/shared'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
  return ['entrypoints/background.ts', ...shared].map((rel) => ({ rel, text: readFileSync(join(ROOT, rel), 'utf8') }));
}

describe('background handlers', () => {
  const sources = backgroundSources();
  const handlers = sources.flatMap(({ rel, text }) =>
    Array.from(text.matchAll(/onMessage\(\s*'([^']+)',[^\n]*?=>\s*\{([\s\S]*?)\n {2}\}\);/gu), (m) => ({ rel, name: m[1]!, body: m[2]! })));

  it('are all in the message map and check the sender before anything else', () => {
    expect(handlers.length).toBeGreaterThanOrEqual(3); // the translation handlers; the page check has its own listener
    for (const { rel, name, body } of handlers) {
      expect(Object.keys(MESSAGE_RULES), `${rel}: ${name}`).toContain(name);
      const firstLine = body.split('\n').map((line) => line.trim()).find((line) => line && !line.startsWith('//'));
      expect(firstLine, `${rel}: ${name}`).toMatch(/^(?:accept\(|if \(!isOwnContentScript\(sender\)\) throw)/u);
    }
  });

  it('fetch only the translation server the reader configured, never a URL from a message', () => {
    const fetching = sources.filter(({ text }) => /\bfetch\(/u.test(text)).map(({ rel }) => rel);
    expect(fetching).toEqual(['entrypoints/shared/translation-background.ts']);
    const translation = sources.find(({ rel }) => rel === 'entrypoints/shared/translation-background.ts')!.text;
    // The engines are built from the settings' addresses only.
    expect(translation).toMatch(/new ApertiumEngine\(\{ url: settings\.apertium\.url/u);
    expect(translation).toMatch(/new LibreTranslateEngine\(\{ url: settings\.libreTranslate\.url/u);
    expect(translation).not.toMatch(/request\.url|data\.url/u);
  });
});
