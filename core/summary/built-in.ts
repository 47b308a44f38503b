/**
 * The browser's built-in Summarizer (Chrome 138+), handed in by the caller so
 * that the core reads no globals. Returns key points, or null when the model is
 * unavailable or does not handle the article's language: the caller then keeps
 * the extractive summary.
 */
export type SummarizerAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerOptionsLike {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

export interface DownloadMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface SummarizerLike {
  summarize(text: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  readonly inputQuota?: number;
  destroy?(): void;
}

export interface SummarizerApiLike {
  availability(options?: SummarizerOptionsLike): Promise<SummarizerAvailability>;
  create(options?: SummarizerOptionsLike & { monitor?: (monitor: DownloadMonitorLike) => void; signal?: AbortSignal }): Promise<SummarizerLike>;
}

export interface BuiltInSummaryOptions {
  title?: string;
  length?: 'short' | 'medium' | 'long';
  /** Languages the model handles (Chrome 140: English, Spanish, Japanese). */
  languages?: readonly string[];
  signal?: AbortSignal;
}

export const BUILT_IN_SUMMARY_LANGUAGES: readonly string[] = ['en', 'es', 'ja'];

const BULLET = /^\s*(?:[-*•·‣▪]|\d+[.)])\s+/u;

/** One key point per line, bullets and markdown emphasis removed. */
export function parseKeyPoints(output: string): string[] {
  return output
    .split(/\r?\n/u)
    .map((line) => line.replace(BULLET, '').replace(/\*\*|__/gu, '').trim())
    .filter(Boolean);
}

/** Cut the text at a paragraph boundary so that it fits the model's input quota (measured in characters as an upper bound). */
function fitToQuota(text: string, quota: number | undefined): string {
  if (!quota || !Number.isFinite(quota) || text.length <= quota) return text;
  const cut = text.lastIndexOf('\n\n', quota);
  return text.slice(0, cut > 0 ? cut : quota);
}

/**
 * Key points from the built-in model, or null when it is unavailable or the
 * language unsupported. `onProgress` gets the download fraction (0–1) when the
 * model has to be fetched; a create that downloads needs a user gesture, so
 * call this from one. Errors from the model are passed on.
 */
export async function summarizeWithBuiltIn(
  api: SummarizerApiLike,
  text: string,
  lang: string,
  onProgress?: (fraction: number) => void,
  options: BuiltInSummaryOptions = {},
): Promise<string[] | null> {
  const primary = lang.split('-')[0]!.toLowerCase();
  if (!(options.languages ?? BUILT_IN_SUMMARY_LANGUAGES).includes(primary)) return null;
  const base: SummarizerOptionsLike = {
    type: 'key-points',
    format: 'plain-text',
    length: options.length ?? 'medium',
    expectedInputLanguages: [primary],
    outputLanguage: primary,
    ...(options.title ? { sharedContext: options.title } : {}),
  };
  const availability = await api.availability(base);
  if (availability === 'unavailable') return null;
  const summarizer = await api.create({
    ...base,
    ...(options.signal ? { signal: options.signal } : {}),
    monitor: (m) => m.addEventListener('downloadprogress', (e) => onProgress?.(Math.max(0, Math.min(1, e.loaded)))),
  });
  try {
    const output = await summarizer.summarize(fitToQuota(text, summarizer.inputQuota), {
      ...(options.title ? { context: options.title } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const points = parseKeyPoints(output);
    return points.length ? points : null;
  } finally {
    summarizer.destroy?.();
  }
}
