/**
 * Readability judges a container by words in its class and id before it reads
 * its text: "header", "footer", "extra", "social" … remove it unseen, and
 * "hidden", "promo", "media", "meta", "banner", "scroll" … count against it
 * (Drupal's `field--label-hidden` and `node--promoted`, a theme's
 * `above-footer` or `scrollblock` wrapper around the whole post). When such a
 * container holds most of the page's prose, the class is the template's name,
 * not what the container is: those words are taken off its class and id
 * before Readability runs. Discussions (comments, replies), sidebars and what
 * sits in an aside, footer or nav are left alone: a long comment thread or a
 * site's long footer text on a page with a short story is not the story. So is
 * a feed of teasers (`teaser-feed.ts`): its blurbs read as prose, and a long
 * "More like this" feed under a short story holds most of the page's.
 */
import { proseByElement, textBlocks, type TextBlock } from './prose';
import { isTeaserFeed } from './teaser-feed';

/** Readability 0.6.0's class and id patterns (REGEXPS.unlikelyCandidates, okMaybeItsACandidate, negative). */
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/iu;
const MAYBE = /and|article|body|column|content|main|shadow/iu;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/iu;
/**
 * A discussion's, a sidebar's or a widget's words: what they name is not the story even when it is long (a gallery
 * widget of fifty captioned slides inside a short story).
 */
const NOT_STORY = /comment|disqus|repl(?:y|ies)|remark|community|shoutbox|combx|forum|sidebar|widget/iu;
/** Elements that say what they are whatever their class: never the story's container. */
const NOT_STORY_TAGS = 'aside, footer, nav';

/** The share of the page's prose a container must hold to be the story's. */
const MIN_SHARE = 0.5;
/** Less prose than this on the whole page gives no evidence. */
const MIN_PAGE_PROSE = 400;

/** "has-sidebar", "with-sidebar", "no-comments": a layout's options, which name what sits beside the container, not the container. */
const LAYOUT_OPTION = /^(?:has|with|no)[-_]/iu;

function insideNotStory(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const names = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`.split(/\s+/u);
    if (names.some((name) => name && !LAYOUT_OPTION.test(name) && NOT_STORY.test(name))) return true;
  }
  return false;
}

const penalized = (s: string): boolean => NEGATIVE.test(s) || (UNLIKELY.test(s) && !MAYBE.test(s));

/**
 * Takes Readability's penalized words off the class and id of each container that holds at least half the page's
 * prose. Returns the containers changed. `blocks`: the body's text blocks when the caller already read them.
 */
export function unmaskStoryContainers(body: Element, blocks: readonly TextBlock[] = textBlocks(body)): Element[] {
  const prose = proseByElement(body, blocks);
  const total = prose.get(body) ?? 0;
  if (total < MIN_PAGE_PROSE) return [];
  const changed: Element[] = [];
  for (const [el, chars] of prose) {
    if (el === body || chars < total * MIN_SHARE) continue;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const matchString = `${cls} ${id}`;
    if (!penalized(cls) && !penalized(id) && !(UNLIKELY.test(matchString) && !MAYBE.test(matchString))) continue;
    if (el.closest(NOT_STORY_TAGS) || insideNotStory(el) || isTeaserFeed(el)) continue;
    const kept = cls.split(/\s+/u).filter((token) => token && !NEGATIVE.test(token) && !UNLIKELY.test(token));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
    if (penalized(id) || UNLIKELY.test(id)) el.removeAttribute('id');
    changed.push(el);
  }
  return changed;
}
