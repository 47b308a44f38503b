/**
 * A call to follow the site somewhere else: "Follow The Gleaner on Twitter
 * @JamaicaGleaner", "You can keep up with me on Twitter: @x", "¡Mira lo que
 * tiene nuestro canal de YouTube!" (a link), "Nos siga no" with linked icons.
 * Evidence is the platform (its name with a handle or a link, or links that
 * all go to platforms), which reads the same in every language. Only blocks
 * outside the story's bounds are removed (core/clean/edges.ts): a paragraph
 * that mentions a tweet inside the story is never touched.
 */
import { SOCIAL_HOSTS, SOCIAL_PLATFORMS } from '../rules/social-platforms';
import { countWords, links, textOf } from './text';

const PLATFORM = new RegExp(`(?:^|[^\\p{L}])(?:${SOCIAL_PLATFORMS.join('|')})(?:$|[^\\p{L}])`, 'iu');
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_.]{2,}/u;
/** Longer than this is a paragraph of its own, whatever it mentions. */
const MAX_WORDS = 45;

function hostOf(href: string, base: string): string {
  try {
    return new URL(href, base).hostname.replace(/^www\./u, '');
  } catch {
    return '';
  }
}

const isPlatformLink = (a: HTMLAnchorElement): boolean => {
  const host = hostOf(a.getAttribute('href') ?? '', a.ownerDocument.baseURI);
  return SOCIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
};

export function isSocialCall(el: Element): boolean {
  const text = textOf(el);
  const words = countWords(text);
  if (words > MAX_WORDS) return false;
  const anchors = links(el);
  // "Nos siga no" and a row of icons: every link goes to a platform, and the words are few.
  if (anchors.length && words <= 6 && anchors.every(isPlatformLink)) return true;
  if (!PLATFORM.test(text)) return false;
  // A story's paragraph may name a platform and link elsewhere ("Facebook believe that …"): a call gives the handle or links the platform.
  return HANDLE.test(text) || anchors.some(isPlatformLink);
}
