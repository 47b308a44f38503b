/**
 * Every string the popup and overlay show. Components receive a `Translate`
 * function as a prop instead of calling browser.i18n, so they render the same
 * in a unit test (with a mock) as in the extension.
 */
export const MESSAGE_KEYS = [
  'extName',
  'extDescription',
  'commandToggleReader',
  'menuReaderMode',
  'readerModeButton',
  'closeReaderButton',
  'readingTime',
  'removedCount',
  'removedCountOne',
  'loading',
  'noArticleTitle',
  'noArticleBody',
  'restrictedTitle',
  'restrictedBrowserPage',
  'restrictedStore',
  'restrictedPdf',
  'restrictedFileAccess',
  'restrictedCannotAccess',
  'errorTitle',
  'overlayLabel',
  'overlayClose',
  'overlayBy',
  'overlaySource',
  'overlayPublished',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** Looks a message up and fills its `$1`, `$2`… placeholders. */
export type Translate = (key: MessageKey, substitutions?: string[]) => string;
