/**
 * The one interface every translation engine implements, whatever it runs on
 * (the browser's on-device model, a self-hosted server reached through the
 * background, a fake in a test). Engines translate ONE text per call; the
 * splitting of long texts and the order of engines live elsewhere.
 */

/** The engines a reader can put in their order. The web translator is not one: it only ever runs on a click. */
export const ENGINE_IDS = ['built-in', 'libretranslate', 'apertium'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

/** `html`: the text is inline markup made by inline-markup.ts (placeholder tags only), to come back with its tags. */
export type TextFormat = 'text' | 'html';

export interface TranslationRequest {
  text: string;
  /** BCP 47 tag, or null when nobody could tell (an engine that can detect does; the others refuse). */
  source: string | null;
  target: string;
  format: TextFormat;
  signal?: AbortSignal;
}

export interface TranslationResult {
  text: string;
  /** The source language the engine used (the one asked for, or the one it detected). */
  source: string | null;
}

/** How much one request may carry: `measure(text) <= max`. */
export interface EngineLimit {
  max: number;
  measure(text: string): number;
}

export interface TranslationEngine {
  readonly id: EngineId;
  /** Shown to the reader next to each translation ("Apertium (127.0.0.1:2737)"). */
  readonly label: string;
  readonly formats: readonly TextFormat[];
  readonly limit: EngineLimit;
  translate(request: TranslationRequest): Promise<TranslationResult>;
}

export const characters: EngineLimit['measure'] = (text) => text.length;
