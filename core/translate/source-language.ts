/**
 * The language a text is in, for the engines that need to be told: the
 * page's own `lang` (unless the text clearly says otherwise: templates keep a
 * stale `lang="en"`), else the browser's on-device detector, else our small
 * stopword detector. Null when nobody can tell.
 */
import { detectLanguage, normalizeLangTag, primaryLanguage } from '../language';

export interface SourceLanguageInput {
  /** The nearest `lang` attribute around the text (or the reader's analysis language). */
  declared: string | null;
  text: string;
  /** The browser's detector (detectWithBuiltIn bound to its API), where there is one. */
  detect?: (text: string) => Promise<string | null>;
}

/** Indonesian pages detected as Malay (and back) by stopwords are not a contradiction. */
function compatible(declared: string, detected: string): boolean {
  const a = primaryLanguage(declared);
  return a === detected || (a === 'id' && detected === 'ms') || (a === 'ms' && detected === 'id');
}

export async function resolveSourceLanguage(input: SourceLanguageInput): Promise<string | null> {
  const declared = normalizeLangTag(input.declared);
  const ours = detectLanguage(input.text);
  if (declared) return ours && !compatible(declared, ours) ? ours : declared;
  const browsers = input.detect ? normalizeLangTag(await input.detect(input.text)) : null;
  return browsers ?? ours;
}
