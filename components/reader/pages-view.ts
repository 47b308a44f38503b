/** What the overlay shows about the following pages of a multi-page article: plain data plus sanitized nodes. */
export type PageFailureReason = 'http' | 'network' | 'timeout' | 'not-html' | 'too-large' | 'other-site' | 'no-article';

export type FollowingPage =
  | { ok: true; number: number; url: string; /** Sanitized, with what earlier pages said taken out. */ body: Node }
  | { ok: false; number: number; url: string; reason: PageFailureReason; status?: number };

export interface PagesState {
  /** Pages known so far, the first included (a later page's pager may add more). */
  total: number;
  /** The page being fetched, or null when done. */
  loading: number | null;
  /** The following pages handled so far, in order. */
  pages: FollowingPage[];
}
