/**
 * The rule tables compiled once into lookups. Every language's entries are
 * used on every page: pages are often mislabelled, and the structural
 * conditions (whole text, link-only remainder) keep phrases from matching prose.
 */
import { AD_LABELS } from '../rules/ad-labels';
import { AUTHOR_BOX_LABELS, AUTHOR_BOX_NAME_OPENINGS } from '../rules/author-box-labels';
import { CLASS_TOKENS } from '../rules/class-tokens';
import { CREDIT_LABELS, type CreditField } from '../rules/credit-labels';
import { PAGER_WORDS } from '../rules/pager-words';
import { PROMO_LEAD_INS } from '../rules/promo-lead-ins';
import { PROMPT_OPENINGS } from '../rules/prompt-phrases';
import { COMMENT_PROMPTS, SECTION_LABELS } from '../rules/section-labels';
import { SHARE_LABELS, SHARE_URL_PATTERNS } from '../rules/share-labels';
import type { RemovedKind } from '../types';
import { lettersOnly } from './text';

function flat(table: Record<string, readonly string[]>): string[] {
  return Object.values(table).flat();
}

/** Keys are compared in `lettersOnly` form so that "Baca Juga:" and "BACA JUGA |" meet. */
function keySet(entries: Iterable<string>): Set<string> {
  return new Set(Array.from(entries, lettersOnly).filter(Boolean));
}

export const promoLeadIns = keySet(flat(PROMO_LEAD_INS));
export const adLabelsLongestFirst = Array.from(keySet(flat(AD_LABELS))).sort((a, b) => b.length - a.length);
export const commentPrompts = keySet(flat(COMMENT_PROMPTS));
export const shareLabels = keySet(flat(SHARE_LABELS));
export const shareUrlPatterns = SHARE_URL_PATTERNS;
export const authorBoxLabels = keySet(flat(AUTHOR_BOX_LABELS));
export const authorBoxNameOpenings = Array.from(keySet(flat(AUTHOR_BOX_NAME_OPENINGS)));
export const pagerWords = keySet(flat(PAGER_WORDS));
/** Prompt openings, longest first, compared in `lettersOnly` form against the start of a block. */
export const promptOpenings = Array.from(keySet(flat(PROMPT_OPENINGS))).sort((a, b) => b.length - a.length);

export const sectionLabels = new Map<string, RemovedKind>();
for (const byKind of Object.values(SECTION_LABELS)) {
  for (const [kind, labels] of Object.entries(byKind) as [RemovedKind, readonly string[]][]) {
    for (const label of labels) {
      const key = lettersOnly(label);
      if (!sectionLabels.has(key)) sectionLabels.set(key, kind);
    }
  }
}

/** Lengths of the longest keys: a text with more letters than that is none of them (see `lettersLongerThan`). */
export const LONGEST_PROMO_LEAD_IN = Math.max(0, ...Array.from(promoLeadIns, (k) => k.length));
export const LONGEST_SECTION_LABEL = Math.max(0, ...Array.from(sectionLabels.keys(), (k) => k.length));

export const classTokens = new Map<string, RemovedKind>();
for (const [kind, tokens] of Object.entries(CLASS_TOKENS) as [RemovedKind, readonly string[]][]) {
  for (const token of tokens) classTokens.set(token.toLowerCase(), kind);
}

export const creditLabels = new Map<string, CreditField>();
for (const byField of Object.values(CREDIT_LABELS)) {
  for (const [field, labels] of Object.entries(byField) as [CreditField, readonly string[]][]) {
    for (const label of labels) if (!creditLabels.has(label)) creditLabels.set(label, field);
  }
}

/**
 * Ad labels by their first word, longest first: a label that opens the text (whole words) starts with the text's
 * first word, so only those are tried (every block of the page is asked, nearly all of them prose).
 */
const adLabelsByFirstWord = new Map<string, string[]>();
for (const label of adLabelsLongestFirst) {
  const first = label.split(' ')[0]!;
  const list = adLabelsByFirstWord.get(first);
  if (list) list.push(label);
  else adLabelsByFirstWord.set(first, [label]);
}

/** True when the text is nothing but ad labels and scroll prompts ("ADVERTISEMENT Scroll untuk lanjut membaca"). */
export function isAdLabelOnly(text: string): boolean {
  let rest = lettersOnly(text);
  if (!rest) return false;
  outer: while (rest) {
    const space = rest.indexOf(' ');
    for (const label of adLabelsByFirstWord.get(space < 0 ? rest : rest.slice(0, space)) ?? []) {
      if (rest === label || rest.startsWith(label + ' ')) {
        rest = rest.slice(label.length).trim();
        continue outer;
      }
    }
    return false;
  }
  return true;
}
