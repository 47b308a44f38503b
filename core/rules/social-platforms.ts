/**
 * Platforms a site asks its readers to follow it on. The names are the same in
 * every language, so a closing "Follow us on Instagram", "¡Mira nuestro canal
 * de YouTube!" or "Nos siga no [icons]" is found by the platform, not by the
 * words around it (see core/clean/calls-to-action.ts).
 */
export const SOCIAL_PLATFORMS: readonly string[] = [
  'facebook', 'twitter', 'instagram', 'youtube', 'telegram', 'whatsapp', 'tiktok', 'linkedin', 'pinterest', 'bluesky',
  'mastodon', 'snapchat', 'vk', 'weibo', 'wechat',
];

/** Hosts of those platforms: a link to one of them is a link to a profile or a channel. */
export const SOCIAL_HOSTS: readonly string[] = [
  'facebook.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'youtu.be', 't.me', 'telegram.me', 'whatsapp.com', 'wa.me',
  'tiktok.com', 'linkedin.com', 'pinterest.com', 'threads.net', 'bsky.app', 'snapchat.com', 'vk.com', 'weibo.com',
];
