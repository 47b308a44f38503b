/**
 * Block rules: each looks at one element and says whether the whole element
 * is clutter of one kind. They are structural (whole text, link-only
 * remainder) so that a real paragraph that merely contains a link, or is one
 * long link, never matches.
 */
import type { CreditField } from '../rules/credit-labels';
import { READING_TIME_LABELS } from '../rules/prompt-phrases';
import { BARE_CREDIT_FIELDS, COPYRIGHT_LINE, REPUBLISHED_FROM } from '../rules/credit-labels';
import { blockText, isOneLine } from '../block-text';
import type { RemovedKind } from '../types';
import { agencyName } from '../agencies';
import { byClassAndId } from './class-memo';
import { isDateWord, isWeekday, looksLikeDateLine } from '../dates';
import {
  classTokens, commentPrompts, creditLabels, isAdLabelOnly, LONGEST_PROMO_LEAD_IN, LONGEST_SECTION_LABEL, pagerWords,
  promoLeadIns, promptOpenings, sectionLabels, shareLabels, shareUrlPatterns,
} from './lexicon';
import { countWords, hasLooseText, lettersLongerThan, lettersOnly, linkDensity, links, memoizedByNode, memoizedByString, ownText, squash, textOf } from './text';

export interface Credit {
  field: CreditField;
  value: string;
}

export interface BlockView {
  el: Element;
  /** Whitespace-folded text of the element. */
  text: string;
}

export interface RuleHit {
  kind: RemovedKind;
  rule: string;
  credits?: Credit[];
  /** Visible dates found in the removed block. */
  dates?: string[];
}

export interface BlockRule {
  id: string;
  /** Longer texts are not looked at: clutter blocks are short. */
  maxChars: number;
  /**
   * The rule reads words, so an element without text (a picture's wrapper, an icon, a spacer: a large share of
   * a page's elements) cannot match it and is not asked. Only set where an empty text rules a match out.
   */
  needsText?: boolean;
  match(block: BlockView): RuleHit | null;
}

const MEDIA = 'img, picture, video, audio, iframe:not([id*="google_ads"]), object, embed, svg, canvas, table, pre';

function hasMedia(el: Element): boolean {
  return el.querySelector(MEDIA) !== null;
}

const adLabel: BlockRule = {
  id: 'ad-label',
  maxChars: 200,
  needsText: true,
  match: ({ el, text }) => (isAdLabelOnly(text) && !el.querySelector('img, video, picture') ? { kind: 'ad', rule: 'ad-label' } : null),
};

/** An ad slot that has no text at all yet (filled by script at run time). */
const emptyAdSlot: BlockRule = {
  id: 'ad-slot',
  maxChars: 0,
  match: ({ el }) => (tokenKind(el) === 'ad' && !hasMedia(el) ? { kind: 'ad', rule: 'ad-slot' } : null),
};

const promoLeadIn: BlockRule = {
  id: 'promo-lead-in',
  maxChars: 600,
  needsText: true,
  match: ({ el, text }) => {
    const anchors = links(el);
    // A promo links a headline; "See also [edit]" links a one-word tool.
    if (!anchors.length || countWords(anchors.map((a) => textOf(a)).join(' ')) < 3) return null;
    // Own text with more letters than any lead-in is prose around the link, not a lead-in (and not empty).
    if (lettersLongerThan(ownText(el), LONGEST_PROMO_LEAD_IN)) return null;
    const own = lettersOnly(ownText(el));
    if (own && promoLeadIns.has(own)) return { kind: 'promo', rule: 'promo-lead-in' };
    // The lead-in inside the link itself: <a>Baca juga: Judul</a>, <a>[Read: Title]</a>
    if (!own) {
      const m = /^\[?([^:|»›[\]]{2,40})\s*[:|»›]/u.exec(text);
      if (m && promoLeadIns.has(lettersOnly(m[1]!))) return { kind: 'promo', rule: 'promo-lead-in' };
      // An editor's bracketed link on a line of its own: "[Bardo museum houses amazing Roman treasures]".
      if (anchors.length === 1 && /^\[[^\]]+\]$/u.test(text)) return { kind: 'promo', rule: 'promo-bracketed' };
    }
    return null;
  },
};

/**
 * A paragraph that is one link set in capitals ("TAYLOR SWIFT CLEARED TO PERFORM …",
 * "CLICK HERE TO GET THE APP"): a promo for another page in every script that has
 * capitals. Prose is not written in capitals and is rarely one link.
 */
const shoutedLink: BlockRule = {
  id: 'promo-shouted-link',
  maxChars: 200,
  needsText: true,
  match: ({ el, text }) => {
    if (el.localName !== 'p' && el.localName !== 'div') return null;
    // A lower-case ASCII letter is never its own capital: most texts are ruled out without an upper-cased copy.
    if (countWords(text) < 4 || /[a-z]/u.test(text) || text !== text.toLocaleUpperCase()) return null;
    // Capitals, not a script without case ("病気検索…WEB問診" is no shouting): most letters must be cased.
    const letters = text.match(/\p{L}/gu) ?? [];
    if (letters.filter((c) => c !== c.toLocaleLowerCase()).length < 0.8 * letters.length) return null;
    if (!links(el).length || linkDensity(el) < 0.9 || hasMedia(el)) return null;
    return { kind: 'promo', rule: 'promo-shouted-link' };
  },
};

function tokensOf(classAndId: string): string[] {
  const raw = classAndId.toLowerCase();
  const out: string[] = [];
  for (const name of raw.split(/\s+/u)) {
    if (!name) continue;
    out.push(name);
    // BEM: `ads--inarticle`, `tag__list` → block name `ads`, `tag`
    const block = name.split(/__|--/u)[0]!;
    if (block !== name) out.push(block);
    for (const part of name.split(/[-_]+/u)) if (part && part !== name) out.push(part);
  }
  return out;
}

/** The kind of clutter an element's class or id names, if any. */
export const tokenKind: (el: Element) => RemovedKind | null = byClassAndId(
  (classAndId) => tokensOf(classAndId).map((token) => classTokens.get(token)).find(Boolean) ?? null,
);

/** A class token alone removes only a block that says little of its own. */
const classToken: BlockRule = {
  id: 'class-token',
  maxChars: 4000,
  match: ({ el, text }) => {
    const kind = tokenKind(el);
    if (!kind) return null;
    const ownWords = countWords(ownText(el));
    const limit = kind === 'comments' ? 400 : kind === 'ad' ? 12 : 40;
    if (ownWords > limit) return null;
    // A lone link-free paragraph is prose whatever its class says.
    if (kind !== 'comments' && kind !== 'ad' && ownWords > 12 && linkDensity(el) < 0.3) return null;
    if (kind === 'ad' && hasMedia(el) && text.length > 0 && !isAdLabelOnly(text)) return null;
    // Pagers and breadcrumbs are links: a link-free heading classed `title-paging` is the story's (a breadcrumb's last item may be plain text).
    if (kind === 'boilerplate' && /^h[2-6]$/u.test(el.localName) && !links(el).length) return null;
    return { kind, rule: `class-token:${kind}` };
  },
};

/** Pages repeat their share and menu links: each distinct href is tested once (bounded). */
const shareUrlByHref = new Map<string, boolean>();

function hasShareUrl(a: HTMLAnchorElement): boolean {
  const raw = a.getAttribute('href') ?? '';
  let found = shareUrlByHref.get(raw);
  if (found === undefined) {
    const href = raw.toLowerCase();
    found = shareUrlPatterns.some((p) => href.includes(p));
    if (shareUrlByHref.size >= 10_000) shareUrlByHref.clear();
    shareUrlByHref.set(raw, found);
  }
  return found;
}

function isShareLink(a: HTMLAnchorElement): boolean {
  if (hasShareUrl(a)) return true;
  const label = lettersOnly(textOf(a) || a.getAttribute('aria-label') || a.getAttribute('title') || '');
  return label === '' || shareLabels.has(label);
}

const shareBar: BlockRule = {
  id: 'share-bar',
  maxChars: 300,
  match: ({ el }) => {
    const anchors = links(el);
    // Without links the last test below fails anyway: the buttons are not counted (a query on every short block).
    if (!anchors.length) return null;
    const buttons = el.querySelectorAll('button').length;
    if (anchors.length + buttons < 2 && !anchors.some(hasShareUrl)) return null;
    if (!anchors.every(isShareLink)) return null;
    if (!anchors.some((a) => hasShareUrl(a) || shareLabels.has(lettersOnly(textOf(a))))) return null;
    const own = lettersOnly(ownText(el));
    if (own && !own.split(' ').every((w) => shareLabels.has(w)) && !shareLabels.has(own)) return null;
    return { kind: 'share', rule: 'share-bar' };
  },
};

function sectionHeadingKind(el: Element): { kind: RemovedKind; heading: Element } | null {
  const first = el.firstElementChild;
  if (!first) return null;
  const heading = /^h[1-6]$/u.test(first.localName) ? first : first.querySelector('h2, h3, h4, h5, h6') ?? first;
  // A heading with more letters than any section label is none (most blocks open with a paragraph, not a heading).
  if (lettersLongerThan(textOf(heading), LONGEST_SECTION_LABEL)) return null;
  const label = lettersOnly(textOf(heading));
  if (!label || countWords(label) > 5) return null;
  const kind = sectionLabels.get(label);
  return kind ? { kind, heading } : null;
}

/** "Terkini", "Tags", "Komentar" … followed by a list of links (or, for comments, a short prompt). */
const labelledSection: BlockRule = {
  id: 'labelled-section',
  maxChars: 5000,
  match: ({ el, text }) => {
    if (el.localName === 'p' || el.localName === 'a') return null;
    // "Tags: a, b, c" — the label is all the block says itself. Links first: folding the own text of every
    // link-free block up to 5,000 characters was the costliest step of this rule.
    const own = links(el).length > 0 && !lettersLongerThan(ownText(el), LONGEST_SECTION_LABEL) ? lettersOnly(ownText(el)) : '';
    if (own && sectionLabels.has(own)) {
      const kind = sectionLabels.get(own)!;
      return { kind, rule: `section-label:${kind}` };
    }
    // The heading's text is part of the block's: a block without text has no labelled heading.
    const found = text ? sectionHeadingKind(el) : null;
    if (!found || found.heading === el) return null;
    const rest = text.length - textOf(found.heading).length;
    if (found.kind === 'comments') {
      return countWords(text) <= 80 ? { kind: 'comments', rule: 'section-heading:comments' } : null;
    }
    if (rest <= 0) return null;
    const anchors = links(el).filter((a) => !found.heading.contains(a));
    const linkChars = anchors.reduce((n, a) => n + textOf(a).length, 0);
    if (anchors.length >= 1 && linkChars / rest >= 0.55) return { kind: found.kind, rule: `section-heading:${found.kind}` };
    return null;
  },
};

const commentPrompt: BlockRule = {
  id: 'comment-prompt',
  maxChars: 120,
  needsText: true,
  match: ({ text }) => (commentPrompts.has(lettersOnly(text)) ? { kind: 'comments', rule: 'comment-prompt' } : null),
};

/** Multi-word pager entries ("halaman selanjutnya", "view all"), longest first, folded to one word each before the word check. */
const PAGER_PHRASES = Array.from(pagerWords).filter((w) => w.includes(' ')).sort((a, b) => b.length - a.length).map((p) => ` ${p} `);

const pager: BlockRule = {
  id: 'pager',
  maxChars: 200,
  needsText: true,
  match: ({ el, text }) => {
    const anchors = links(el);
    if (!anchors.length && !/^\s*(halaman|page|seite|página)\b/iu.test(text)) return null;
    let folded = ` ${lettersOnly(text)} `;
    let phrases = 0;
    for (const p of PAGER_PHRASES) {
      while (folded.includes(p)) {
        folded = folded.replace(p, ' ');
        phrases++;
      }
    }
    const words = folded.split(' ').filter(Boolean);
    if (!words.length && !phrases) return null;
    const pagerish = (w: string) => /^\d{1,3}$/u.test(w) || pagerWords.has(w);
    if (!words.every(pagerish)) return null;
    // One linked number is a counter (claps, comments), not a pager: a pager has two numbers or says so.
    const numbers = words.filter((w) => /^\d{1,3}$/u.test(w)).length;
    if (numbers < 2 && !phrases && !words.some((w) => pagerWords.has(w))) return null;
    return { kind: 'boilerplate', rule: 'pager' };
  },
};

const LABELS_BY_LENGTH = Array.from(creditLabels.keys()).sort((a, b) => b.length - a.length);
/** The labels by their first character, longest first: a text is tried only against labels that can open it. */
const LABELS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const label of LABELS_BY_LENGTH) {
  const list = LABELS_BY_FIRST_CHAR.get(label[0]!);
  if (list) list.push(label);
  else LABELS_BY_FIRST_CHAR.set(label[0]!, [label]);
}

/** The longest label that `lower` (lower-cased) opens with, followed by a character that `ends` accepts. */
function openingLabel(lower: string, ends: (next: string | undefined, at: number) => boolean): string | undefined {
  return LABELS_BY_FIRST_CHAR.get(lower[0] ?? '')?.find((l) => lower.startsWith(l) && ends(lower[l.length], l.length));
}
const LABEL_ALT = LABELS_BY_LENGTH.map((l) => l.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
/** What both credit patterns below open with (case folded as the wider of the two). */
const LABEL_OPENING = new RegExp(`^(?:${LABEL_ALT})`, 'iu');
/** "Label: value". */
const CREDIT_LINE = new RegExp(`^(?<label>${LABEL_ALT})\\s*[:：]\\s*(?<value>.{1,100})$`, 'iu');
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|do|dos|van|von|der|den|bin|binti|al|el|la|le|di))*";
/** "Label Name Surname", "By X and Y", "di Marco Rossi" without a colon (author and editor labels only). */
const BARE_CREDIT = new RegExp(`^(?<label>${LABEL_ALT})\\s+(?<value>${NAME}(?:\\s*(?:,|and|&|dan|und|et|y|e)\\s*${NAME})*)\\.?$`, 'u');
/** "Reporting by X in London and Y in Brussels": the places are not part of the names. */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s+and\b|\s*$|\s*,)/gu;
/** Where a second credit starts inside one line: "Penulis: X Editor: Y", "Rep: X/ Red: Y". */
// A word boundary written for every script: `\b` sees only ASCII letters, so it never fires before "Редактор".
const NEXT_LABEL = new RegExp(`\\s*(?:[/|•·;]\\s*)?(?=(?<![\\p{L}\\p{N}])(?:${LABEL_ALT})\\s*[:：])`, 'giu');

export interface CreditParse {
  credits: Credit[];
  /** Visible dates that stood beside the credits ("Publié le 12/10/2023 à 14:31"). */
  dates: string[];
}

/** A name followed by a date ("Jane Doe December 7, 2026"): the date (from its first number, or the month before it) and what stands before it. */
function trailingDate(value: string): { name: string; date: string } | null {
  const digit = value.search(/\p{Nd}/u);
  if (digit <= 0) return null;
  const words = value.split(' ');
  let at = value.slice(0, digit).split(' ').length - 1;
  // Back up over a month name or a date's small word before the number ("on December 7", "ngày 7"), and over a
  // weekday only when it has no capital ("lundi 7 décembre", Persian "یکشنبه ۱۶ آذر"): a capitalised one may be a
  // surname ("Hans Freitag, 3. Mai").
  const dateWord = (word: string) => isDateWord(word) || (word === word.toLowerCase() && isWeekday(word));
  for (let i = 0; i < 3 && at > 0 && dateWord(words[at - 1]!.replace(/[.,:]+$/u, '')); i++) at--;
  const date = words.slice(at).join(' ');
  const name = words.slice(0, at).join(' ').replace(/[\s,|•·/–—-]+$/u, '');
  return name && looksLikeDateLine(date) ? { name, date } : null;
}

function parseSegment(segment: string, out: CreditParse): boolean {
  const part = squash(segment).replace(/^[-–—•·|/;,\s]+|[-–—•·|/;,\s]+$/gu, '');
  if (!part) return true;
  if (looksLikeDateLine(part)) {
    out.dates.push(part);
    return true;
  }
  // Labels are stored lower-case; the name after them must keep its capitals, so only the label is folded.
  const lower = part.toLowerCase();
  const label = openingLabel(lower, (next) => next === ' ');
  const bare = label ? `${label}${part.slice(label.length)}` : part;
  // Both credit patterns open with a label: most segments asked (prose) open with none and skip them.
  const labelled = Boolean(label) || LABEL_OPENING.test(part);
  // "Автор: Иван Петров 7 декабря 2026, 14:30", "By Jane Doe December 7, 2026": the date after the name is the story's.
  const dated = labelled ? trailingDate(part) : null;
  if (dated && parseSegment(dated.name, out)) {
    out.dates.push(dated.date);
    return true;
  }
  const m = labelled ? CREDIT_LINE.exec(part) ?? BARE_CREDIT.exec(bare) ?? BARE_CREDIT.exec(bare.replace(IN_PLACE, '')) : null;
  if (m?.groups) {
    const field = creditLabels.get(m.groups.label!.toLowerCase());
    const value = squash(m.groups.value!).replace(/[.;,]+$/u, '');
    if (!field || !value || countWords(value) > 12) return false;
    // "By Reuters", "Oleh Bernama": the byline names the wire, which is the source.
    const agency = field !== 'editor' ? agencyName(value) : null;
    if (m[0] === part && !CREDIT_LINE.test(part) && !BARE_CREDIT_FIELDS.includes(field) && !(field === 'source' && agency)) return false;
    out.credits.push(agency && field === 'author' ? { field: 'source', value: agency } : { field, value });
    return true;
  }
  const republished = REPUBLISHED_FROM.map((re) => re.exec(part)).find(Boolean);
  if (republished?.groups?.source) {
    out.credits.push({ field: 'source', value: squash(republished.groups.source) });
    return true;
  }
  const copyright = COPYRIGHT_LINE.exec(part);
  if (copyright?.groups?.holder) {
    const agency = agencyName(copyright.groups.holder);
    if (agency) out.credits.push({ field: 'source', value: agency });
    return Boolean(agency) || part.length < 80;
  }
  return false;
}

/**
 * Parses credit lines: "Editor: Yoga Mulyana", "Penulis: X Editor: Y",
 * "Rep: X/ Red: Y", "Reporting by X; Editing by Y", "By Jane Doe", each on
 * its own line or run together. Every part must be a credit, a copyright line
 * or a date, else the block is not a credit block (null).
 */
export function parseCreditLines(lines: string[]): CreditParse | null {
  const out: CreditParse = { credits: [], dates: [] };
  for (const line of lines) {
    for (const piece of line.split(/\s*;\s*|\s+\|\s+|\s{2,}/u)) {
      // A long label holds a short one ("Conteúdo editado por: X" holds "editado por:"): never split inside the leading label.
      const lower = piece.toLowerCase();
      const lead = openingLabel(lower, (_, at) => !/\p{L}/u.test(piece[at] ?? '')) ?? '';
      // A second label needs its colon: without one there is nothing to split at (and the split is the costly part).
      const rest = piece.slice(lead.length);
      const segments = (/[:：]/u.test(rest) ? rest.split(NEXT_LABEL) : [rest]).filter((x) => x.trim());
      if (lead) segments[0] = `${piece.slice(0, lead.length)}${segments[0] ?? ''}`;
      if (!segments.every((seg) => parseSegment(seg, out))) return null;
    }
  }
  return out.credits.length ? out : null;
}

/** One line of credits (see parseCreditLines). */
export function parseCreditLine(text: string): Credit[] | null {
  return parseCreditLines([text])?.credits ?? null;
}

/** The element whose lines are read: through wrappers with one child and no text of their own. */
function creditBlockOf(el: Element): Element {
  let inner = el;
  while (inner.children.length === 1 && !hasLooseText(inner)) inner = inner.children[0]!;
  return inner;
}

function creditLinesOf(el: Element): string[] {
  if (el.childElementCount >= 2 && !hasLooseText(el)) {
    const kids = Array.from(el.children);
    if (kids.every((k) => !k.querySelector('p, div, li, br'))) return kids.map((k) => textOf(k)).filter(Boolean);
  }
  // Most blocks asked are one paragraph of inline markup: their one line is the text already read.
  return isOneLine(el) ? [textOf(el)] : blockText(el).split(/\n+/u);
}

/** Per inner block: each wrapper around a block would otherwise parse the same lines again. */
const creditsOfBlock = memoizedByNode((inner: Element) => parseCreditLines(creditLinesOf(inner)));

/** A pattern that must match at a segment's start, as a test anywhere in a text: its `^` and (unescaped) `$` dropped. */
function anywhere(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/^\^/u, '').replace(/(?<!\\)\$$/u, ''), re.flags);
}

/**
 * What every credit opens with: a label followed by a space or colon (both credit patterns), a republished-from
 * or a copyright line. Each of these, looked for anywhere in a text: only a loosening of the patterns.
 */
const CREDIT_OPENINGS: readonly RegExp[] = [new RegExp(`(?:${LABEL_ALT})[\\s:：]`, 'iu'), ...REPUBLISHED_FROM.map(anywhere), anywhere(COPYRIGHT_LINE)];
/** Elements whose text the lines leave out (see `blockText`): taking it out can join a label with what follows it. */
const LEFT_OUT_OF_LINES = 'button, select, textarea';

/**
 * False when the block certainly holds no credit: every segment parsed is part of the block's text, folded the
 * same way, so a credit's opening is in that text too. Most blocks of a page open no credit anywhere, and their
 * lines are then neither built nor parsed (that was a sixth of the cleaning's time).
 */
export function mayHoldCredit(el: Element, text: string): boolean {
  return opensCredit(text) || el.querySelector(LEFT_OUT_OF_LINES) !== null;
}

/** Whether a credit's opening is in the text (per text: a wrapper around a block has the block's text). */
const opensCredit = memoizedByString((text: string) => CREDIT_OPENINGS.some((re) => re.test(text)));

const creditLine: BlockRule = {
  id: 'credit-line',
  maxChars: 400,
  needsText: true,
  match: ({ el, text }) => {
    if (/^h[1-3]$/u.test(el.localName) || !mayHoldCredit(el, text)) return null;
    // Lines as the reader sees them: blocks and <br> separate credits, and so do
    // sibling spans with nothing between them (styled as lines by the site's CSS).
    const parsed = creditsOfBlock(creditBlockOf(el));
    if (!parsed) return null;
    return { kind: 'boilerplate', rule: `credit-line:${parsed.credits.map((c) => c.field).join('+')}`, credits: parsed.credits, dates: parsed.dates };
  },
};

const dateLine: BlockRule = {
  id: 'date-line',
  maxChars: 80,
  needsText: true,
  match: ({ el, text }) => (!/^h[1-6]$/u.test(el.localName) && looksLikeDateLine(text) ? { kind: 'boilerplate', rule: 'date-line' } : null),
};

/** Scripts written without spaces between words: an opening in them is followed directly by the next word. */
const UNSPACED_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]$/u;

const PROMPT_OPENING_SET = new Set(promptOpenings);
const UNSPACED_OPENINGS = promptOpenings.filter((p) => UNSPACED_END.test(p));
const LONGEST_OPENING = Math.max(0, ...promptOpenings.map((p) => p.length));
/** Every opening's first word: a block whose first word is none of them opens with no spaced opening. */
const OPENING_FIRST_WORDS = new Set(promptOpenings.map((p) => p.split(' ')[0]!));

/**
 * The longest opening the block starts with: the whole key, or the key up to a space, or (unspaced scripts) any
 * prefix. Looked up per word boundary of the block instead of testing every opening against it.
 */
function promptOpeningOf(key: string): string | undefined {
  let best: string | undefined;
  const space = key.indexOf(' ');
  if (!OPENING_FIRST_WORDS.has(space < 0 ? key : key.slice(0, space))) best = undefined;
  else if (PROMPT_OPENING_SET.has(key)) best = key;
  else {
    for (let i = key.lastIndexOf(' ', LONGEST_OPENING); i > 0 && !best; i = key.lastIndexOf(' ', i - 1)) {
      if (PROMPT_OPENING_SET.has(key.slice(0, i))) best = key.slice(0, i);
    }
  }
  const unspaced = UNSPACED_OPENINGS.find((p) => key.startsWith(p));
  return unspaced && (!best || unspaced.length > best.length) ? unspaced : best;
}

/** `promptOf`'s answer for a reading-time label ("5 min read"), which no opening can be (openings are `lettersOnly` keys). */
const READING_TIME = '\u0000reading-time';

/** What a text says as a prompt: a reading-time label, the prompt opening it starts with, or nothing (per text, like `opensCredit`). */
const promptOf = memoizedByString((text: string): string | undefined =>
  READING_TIME_LABELS.some((re) => re.test(text.trim())) ? READING_TIME : promptOpeningOf(lettersOnly(text)),
);

/** "Berlangganan …", "Article réservé aux abonnés", "Subscribe to …": a short block that opens with a prompt. */
const promptLine: BlockRule = {
  id: 'prompt',
  maxChars: 240,
  needsText: true,
  match: ({ el, text }) => {
    const words = countWords(text);
    if (words > 40) return null;
    const opening = promptOf(text);
    if (opening === READING_TIME) return { kind: 'boilerplate', rule: 'reading-time-label' };
    if (!opening) return null;
    // A prompt is short or carries the link it sells; a long sentence that merely opens with a generic
    // "Subscribe to" is prose. A specific opening of three words or more ("dilarang keras mengambil konten") is trusted.
    if (words > 18 && !links(el).length && opening.split(' ').length < 3) return null;
    return { kind: 'boilerplate', rule: 'prompt' };
  },
};

/** A menu: four or more list items that are each one short link and nothing else. */
const navList: BlockRule = {
  id: 'nav-list',
  maxChars: 1500,
  match: ({ el }) => {
    if (el.localName !== 'ul' && el.localName !== 'ol' && el.localName !== 'nav') return null;
    const items = Array.from(el.querySelectorAll('li'));
    if (items.length < 4) return null;
    for (const li of items) {
      if (li.querySelector('li')) continue;
      const anchors = links(li);
      const text = textOf(li);
      if (anchors.length !== 1 || countWords(text) > 4 || lettersOnly(ownText(li)) !== '') return null;
      // A table of contents (#anchors, "3.1 Firefox") or a list of references (URLs) is part of the document.
      const href = anchors[0]!.getAttribute('href') ?? '';
      if (href.startsWith('#') || /^\d+(\.\d+)*\s/u.test(text) || /^(?:https?:\/\/|www\.)/iu.test(text)) return null;
    }
    return { kind: 'boilerplate', rule: 'nav-list' };
  },
};

/** Class names CSS frameworks and themes hide an element with (Bootstrap, Foundation, Bulma, WordPress themes). */
const HIDING_CLASSES: ReadonlySet<string> = new Set(['hidden', 'hide', 'd-none', 'is-hidden']);
/** A class that shows the element again at some width ("hidden md:block", "d-none d-md-block", "visible-lg"). */
const SHOWN_AT_SOME_WIDTH = /:|^d-(?:sm|md|lg|xl)-|^visible-/u;

function hiddenByClass(el: Element): boolean {
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/u);
  return tokens.some((t) => HIDING_CLASSES.has(t)) && !tokens.some((t) => SHOWN_AT_SOME_WIDTH.test(t));
}

/** Every word under `el` sits in an element carrying schema.org microdata (`itemprop`). */
function allTextInItemprop(el: Element): boolean {
  const walk = (node: Node, inProp: boolean): boolean => {
    if (node.nodeType === 3) return inProp || !/[\p{L}\p{N}]/u.test(node.nodeValue ?? '');
    if (node.nodeType !== 1) return true;
    const here = inProp || (node as Element).hasAttribute('itemprop');
    for (let c = node.firstChild; c; c = c.nextSibling) if (!walk(c, here)) return false;
    return true;
  };
  return walk(el, false);
}

/**
 * Structured data a page hides by class for search engines: the picture's URL and size, the publisher, the dates,
 * every word of it schema.org microdata. Readability only sees inline styles, so it kept such a block as a line of
 * text ("http://…jpeg 1200 676 jdadmin 2018-10-12 06:43:54…") under the story.
 */
const hiddenMetadata: BlockRule = {
  id: 'hidden-metadata',
  maxChars: 1500,
  needsText: true,
  // Meta tags inside stay: the page's facts are read from them after cleaning.
  match: ({ el }) => (hiddenByClass(el) && !el.querySelector('meta') && allTextInItemprop(el) ? { kind: 'boilerplate', rule: 'hidden-metadata' } : null),
};

/** In order: the cheap whole-text label rules first, then the structural ones. */
export const BLOCK_RULES: readonly BlockRule[] = [
  adLabel, emptyAdSlot, commentPrompt, creditLine, dateLine, labelledSection, promoLeadIn, shoutedLink, shareBar, pager, promptLine, navList, classToken,
  hiddenMetadata,
];
