/** Link targets and labels of share bars: a block of only these is a share bar. */
export const SHARE_URL_PATTERNS: readonly string[] = [
  'facebook.com/sharer', 'facebook.com/share.php', 'facebook.com/dialog/share', 'twitter.com/intent', 'twitter.com/share',
  'x.com/intent', 'x.com/share', 'api.whatsapp.com/send', 'wa.me/', 'whatsapp://', 't.me/share', 'telegram.me/share',
  'linkedin.com/share', 'linkedin.com/sharearticle', 'pinterest.com/pin/create', 'reddit.com/submit', 'line.me/r/msg',
  'line.me/share', 'mailto:?', 'threads.net/intent', 'bsky.app/intent', 'news.google.com/publications',
];

export const SHARE_LABELS: Record<string, readonly string[]> = {
  en: ['share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'share on x', 'tweet', 'copy link', 'copy url', 'email', 'print', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'line', 'threads', 'flipboard', 'comments'],
  id: ['bagikan', 'salin tautan', 'salin link', 'bagikan ke facebook', 'bagikan ke twitter', 'bagikan ke whatsapp', 'bagikan artikel', 'kirim'],
  de: ['teilen', 'link kopieren', 'artikel teilen'],
  fr: ['partager', 'copier le lien'],
  es: ['compartir', 'copiar enlace'],
  pt: ['compartilhar', 'partilhar', 'copiar link'],
  it: ['condividi', 'copia link'],
  nl: ['delen', 'link kopiëren'],
  pl: ['udostępnij', 'kopiuj link'],
  ms: ['kongsi', 'salin pautan'],
  cs: ['sdílet', 'zkopírovat odkaz'],
  ru: ['поделиться', 'скопировать ссылку'],
  uk: ['поширити', 'поділитися'],
  tr: ['paylaş', 'bağlantıyı kopyala'],
  vi: ['chia sẻ', 'sao chép liên kết'],
  zh: ['分享', '复制链接', '複製連結'],
  ja: ['シェア', 'リンクをコピー'],
  ko: ['공유', '링크 복사'],
  th: ['แชร์', 'คัดลอกลิงก์'],
  sv: ['dela', 'kopiera länk'],
};
