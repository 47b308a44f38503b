import type { RemovedKind } from '../types';

/**
 * class/id tokens that mark non-article blocks. A class like `ads--inarticle`
 * or `div-gpt-ad-123` is split on `-`, `_` and BEM separators and each part is
 * compared whole, so `ad` never matches `header` or `shadow`. A match alone does
 * not remove prose: see `isBoilerplateShaped`.
 */
export const CLASS_TOKENS: Partial<Record<RemovedKind, readonly string[]>> = {
  ad: ['ad', 'ads', 'adslot', 'adunit', 'advert', 'advertisement', 'advertising', 'gpt', 'dfp', 'adsbygoogle', 'iklan', 'parallax', 'parallaxindetail', 'sponsored', 'outbrain', 'taboola', 'mgid'],
  promo: ['baca-juga', 'bacajuga', 'inject-baca-juga', 'linksisip', 'lihatjg', 'topiksisip', 'paradetail', 'read_also', 'readalso', 'read-also', 'readmore', 'read-more', 'read-next', 'inline-related', 'recirc', 'promo', 'newsletter', 'subscribe', 'signup'],
  related: ['related', 'berita-terkait', 'terkait', 'rekomendasi', 'recommended', 'most-popular', 'mostpopular', 'most-read', 'terpopuler', 'terkini', 'trending'],
  share: ['share', 'sharing', 'social-share', 'sharebar', 'share-bar', 'socialshare', 'social-buttons', 'bagikan'],
  tags: ['tags', 'tag-list', 'taglist', 'tagar', 'topics-list', 'tag'],
  comments: ['comments', 'comment-section', 'disqus', 'komentar', 'fb-comments'],
  boilerplate: ['pagination', 'paging', 'pager', 'breadcrumb', 'breadcrumbs'],
};
