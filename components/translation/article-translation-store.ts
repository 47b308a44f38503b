/**
 * The state of one article's translation in the reader, shared between the
 * content script that runs it and the view that shows it. A tiny observable:
 * no browser APIs, so the view is tested with a store a test drives.
 */
import type { ChainFailure } from '../../core/translate/chain';
import type { EngineId, TextFormat } from '../../core/translate/types';

export type ViewMode = 'original' | 'translation' | 'side-by-side';

export type UnitResult =
  | { status: 'pending' }
  | { status: 'done'; text: string; format: TextFormat }
  | { status: 'failed' };

export interface ArticleTranslationState {
  /** idle: nothing asked yet, the reader shows the article as always. */
  status: 'idle' | 'working' | 'done' | 'failed' | 'needs-download' | 'same-language';
  mode: ViewMode;
  source: string | null;
  target: string;
  /** The reader's UI language, for language names. */
  locale: string;
  engine: { id: EngineId; label: string } | null;
  title: UnitResult;
  /** One per unit of the article body (core/translate/article-units.ts), in order. */
  units: UnitResult[];
  failure: ChainFailure | null;
  /** 0–1 while the on-device language pack downloads. */
  downloadProgress: number | null;
  /** The web translator's name and host, for its button. */
  web: { name: string; host: string } | null;
}

export interface ArticleTranslationActions {
  retry(): void;
  setMode(mode: ViewMode): void;
  /** Starts the on-device download: call straight from the click. */
  download(): void;
  openOptions(): void;
  openWeb(): void;
}

export function initialArticleState(locale: string): ArticleTranslationState {
  return {
    status: 'idle', mode: 'translation', source: null, target: locale, locale, engine: null,
    title: { status: 'pending' }, units: [], failure: null, downloadProgress: null, web: null,
  };
}

export class ArticleTranslationStore {
  #state: ArticleTranslationState;
  readonly #listeners = new Set<(state: ArticleTranslationState) => void>();

  constructor(initial: ArticleTranslationState, readonly actions: ArticleTranslationActions) {
    this.#state = initial;
  }

  get state(): ArticleTranslationState {
    return this.#state;
  }

  update(change: Partial<ArticleTranslationState> | ((state: ArticleTranslationState) => Partial<ArticleTranslationState>)): void {
    const patch = typeof change === 'function' ? change(this.#state) : change;
    this.#state = { ...this.#state, ...patch };
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** Sets one unit's result (index -1 is the title). */
  setUnit(index: number, result: UnitResult): void {
    this.update((state) => {
      if (index < 0) return { title: result };
      const units = state.units.slice();
      units[index] = result;
      return { units };
    });
  }

  subscribe(listener: (state: ArticleTranslationState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
