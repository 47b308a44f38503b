/**
 * One text through one engine, whatever its length: split where the engine's
 * limit requires (split.ts), the pieces translated in order, joined with the
 * original separators. When a server turns out to accept less than we
 * thought (it says so in a too-long error), the text is split again to its
 * limit and tried once more.
 */
import { TranslationError } from './errors';
import { joinPieces, splitForEngine } from './split';
import type { EngineLimit, TranslationEngine, TranslationRequest, TranslationResult } from './types';

async function translatePieces(engine: TranslationEngine, request: TranslationRequest, limit: EngineLimit): Promise<TranslationResult> {
  const pieces = splitForEngine(request.text, request.source, limit);
  const out: string[] = [];
  let source = request.source;
  for (const piece of pieces) {
    const result = await engine.translate({ ...request, text: piece.text, source });
    out.push(result.text);
    source ??= result.source; // once the server detected it, say it: the next pieces then agree
  }
  return { text: joinPieces(pieces, out), source };
}

export async function translateLongText(engine: TranslationEngine, request: TranslationRequest): Promise<TranslationResult> {
  if (request.format === 'html' && engine.limit.measure(request.text) > engine.limit.max) {
    // Markup cut mid-element would come back broken: the caller sends such a text as plain text instead.
    throw new TranslationError('too-long', 'Marked-up text longer than one request.', { engine: engine.id });
  }
  try {
    return await translatePieces(engine, request, engine.limit);
  } catch (error) {
    const limit = error instanceof TranslationError && error.code === 'too-long' ? error.details.limit : undefined;
    if (limit === undefined || limit <= 0 || limit >= engine.limit.max || request.format === 'html') throw error;
    return translatePieces(engine, request, { max: limit, measure: engine.limit.measure });
  }
}
