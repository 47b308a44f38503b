import type { RemovedKind } from '../types';

/**
 * Headings that open a list of links that is not the article: latest,
 * popular, related, tags, comments. A section is removed when its heading
 * matches and the rest of it is links (comments: short prompts).
 */
export const SECTION_LABELS: Record<string, Partial<Record<RemovedKind, readonly string[]>>> = {
  id: {
    related: ['terkini', 'terpopuler', 'berita terkini', 'berita terpopuler', 'berita terkait', 'artikel terkait', 'rekomendasi', 'pilihan editor', 'baca juga', 'populer', 'terbaru', 'berita terbaru', 'paling banyak dibaca', 'trending', 'topik pilihan', 'video pilihan', 'lainnya'],
    tags: ['tags', 'tag', 'tagar', 'topik', 'topik terkait', 'kata kunci'],
    comments: ['komentar', 'tulis komentar', 'kolom komentar'],
  },
  en: {
    related: ['related', 'related coverage', 'related stories', 'related articles', 'related content', 'latest', 'latest news', 'most popular', 'most read', 'popular', 'trending', 'trending now', 'recommended', 'recommended for you', 'more stories', 'more from', 'you may also like', 'you might also like', 'more on this story', 'top stories', 'editor\'s picks', 'read next', 'up next'],
    tags: ['tags', 'topics', 'related topics', 'filed under', 'more about'],
    comments: ['comments', 'leave a comment', 'leave a reply', 'join the conversation', 'discussion'],
  },
  de: { related: ['mehr zum thema', 'meistgelesen', 'das könnte sie auch interessieren', 'neueste artikel', 'weiterführende links', 'weitere informationen'], tags: ['schlagwörter', 'themen'], comments: ['kommentare'] },
  fr: { related: ['sur le même sujet', 'les plus lus', 'à lire aussi', 'dernières actualités'], tags: ['mots-clés', 'thèmes'], comments: ['commentaires'] },
  es: { related: ['relacionados', 'noticias relacionadas', 'lo más leído', 'te puede interesar'], tags: ['etiquetas', 'temas'], comments: ['comentarios'] },
  pt: { related: ['relacionadas', 'notícias relacionadas', 'mais lidas', 'veja também'], tags: ['tags', 'tópicos'], comments: ['comentários'] },
  it: { related: ['articoli correlati', 'più letti'], tags: ['argomenti'], comments: ['commenti'] },
  nl: { related: ['meest gelezen', 'gerelateerd'], tags: ['onderwerpen'], comments: ['reacties'] },
  pl: { related: ['najczęściej czytane', 'powiązane'], tags: ['tagi'], comments: ['komentarze'] },
  ru: { related: ['по теме', 'самое читаемое'], tags: ['теги'], comments: ['комментарии'] },
  ms: { related: ['artikel berkaitan', 'terkini', 'popular'], tags: ['tag'], comments: ['komen'] },
  cs: { related: ['související články', 'nejčtenější'], tags: ['témata', 'štítky'], comments: ['diskuse'] },
  uk: { related: ['читайте також', 'найпопулярніше'], tags: ['теги'], comments: ['коментарі'] },
  tr: { related: ['ilgili haberler', 'en çok okunanlar'], tags: ['etiketler'], comments: ['yorumlar'] },
  vi: { related: ['tin liên quan', 'đọc nhiều nhất'], tags: ['từ khóa'], comments: ['bình luận'] },
  zh: { related: ['相关新闻', '热门文章', '相關新聞'], tags: ['标签', '標籤'], comments: ['评论', '評論'] },
  ja: { related: ['関連記事', 'アクセスランキング'], tags: ['タグ'], comments: ['コメント'] },
  ko: { related: ['관련기사', '많이 본 뉴스'], tags: ['태그'], comments: ['댓글'] },
  th: { related: ['ข่าวที่เกี่ยวข้อง', 'ข่าวยอดนิยม'], tags: ['แท็ก'], comments: ['ความคิดเห็น'] },
  sv: { related: ['relaterat', 'mest läst'], tags: ['ämnen'], comments: ['kommentarer'] },
};

/** Whole-text prompts that belong to a comment box, not to the article. */
export const COMMENT_PROMPTS: Record<string, readonly string[]> = {
  id: ['silakan login untuk berkomentar', 'login untuk berkomentar', 'tulis komentar anda', 'berikan komentar', 'belum ada komentar'],
  en: ['log in to comment', 'sign in to comment', 'be the first to comment', 'leave a comment', 'comments are closed', 'show comments', 'view comments'],
  de: ['kommentar schreiben', 'kommentare anzeigen'],
  fr: ['réagir', 'voir les commentaires', 'ajouter un commentaire'],
  es: ['deja un comentario', 'ver comentarios'],
  pt: ['deixe um comentário', 'ver comentários'],
  it: ['lascia un commento', 'mostra commenti'],
  nl: ['plaats een reactie', 'bekijk reacties'],
  pl: ['dodaj komentarz', 'zobacz komentarze'],
  ms: ['tinggalkan komen'],
  cs: ['přidat komentář'],
  ru: ['оставить комментарий'],
  uk: ['залишити коментар'],
  tr: ['yorum yaz', 'yorum yap'],
  vi: ['viết bình luận'],
  zh: ['发表评论', '發表評論'],
  ja: ['コメントする'],
  ko: ['댓글 쓰기'],
  th: ['แสดงความคิดเห็น'],
  sv: ['skriv en kommentar'],
};
