/**
 * The article as the translation view shows it: a copy of the sanitized body
 * in which every unit (core/translate/article-units.ts) is wrapped as
 * `<span class="jt-unit"><span class="jt-orig">original</span><span
 * class="jt-trans">translation</span></span>`, so switching between
 * original, translation and side by side is a class on the root, and a
 * paragraph's translation is filled in when it arrives without touching the
 * others. Translations are built as DOM nodes (inline-markup.ts), never
 * parsed as HTML.
 */
import { articleUnits, type ArticleUnit } from '../../core/translate/article-units';
import { buildTextNodes, buildTranslatedNodes, parseTranslatedMarkup } from '../../core/translate/inline-markup';
import type { ArticleTranslationState, UnitResult } from './article-translation-store';

interface ShownUnit {
  unit: ArticleUnit;
  wrapper: HTMLElement;
  trans: HTMLElement;
  applied: UnitResult | null;
}

const MODE_CLASS = { original: 'jt-mode-original', translation: 'jt-mode-translation', 'side-by-side': 'jt-mode-side' } as const;

export class ArticleTranslationView {
  readonly root: HTMLElement;
  readonly #units: ShownUnit[];
  readonly #doc: Document;

  constructor(doc: Document, content: Node) {
    this.#doc = doc;
    const { root, units } = articleUnits(content, doc);
    this.root = root;
    this.#units = units.map((unit) => this.#wrap(unit));
  }

  get unitCount(): number {
    return this.#units.length;
  }

  #wrap(unit: ArticleUnit): ShownUnit {
    const doc = this.#doc;
    const wrapper = doc.createElement('span');
    wrapper.className = `jt-unit jt-pending${unit.whole ? ' jt-whole' : ''}`;
    const orig = doc.createElement('span');
    orig.className = 'jt-orig';
    const trans = doc.createElement('span');
    trans.className = 'jt-trans';
    unit.nodes[0]!.parentNode!.insertBefore(wrapper, unit.nodes[0]!);
    orig.append(...unit.nodes);
    wrapper.append(orig, trans);
    return { unit, wrapper, trans, applied: null };
  }

  apply(state: ArticleTranslationState): void {
    this.root.className = `article-body ${MODE_CLASS[state.mode]}`;
    this.#units.forEach((shown, i) => {
      const result = state.units[i] ?? { status: 'pending' };
      if (result === shown.applied) return;
      shown.applied = result;
      shown.wrapper.classList.remove('jt-pending', 'jt-done', 'jt-failed');
      shown.wrapper.classList.add(`jt-${result.status}`);
      if (result.status !== 'done') {
        shown.trans.replaceChildren();
        return;
      }
      shown.trans.lang = state.target;
      shown.trans.dir = 'auto';
      shown.trans.replaceChildren(...(result.format === 'html'
        ? buildTranslatedNodes(this.#doc, parseTranslatedMarkup(result.text, shown.unit.slots.length), shown.unit.slots)
        : buildTextNodes(this.#doc, result.text)));
    });
  }
}
