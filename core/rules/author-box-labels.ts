/**
 * Labels that open the author's box under a story: "Über den Autor",
 * "About the author", "Zur Person" (the whole line), or "Über Kathrin",
 * "About Jane Doe" (an opening followed by the author's name). The box goes
 * only when it is the end of the story's container and short (a bio, not a
 * closing section): see core/clean/edges.ts.
 */
export const AUTHOR_BOX_LABELS: Record<string, readonly string[]> = {
  en: ['about the author', 'about the authors', 'about the writer'],
  de: ['über den autor', 'über die autorin', 'über die autoren', 'zur person', 'zum autor', 'zur autorin'],
  fr: ['à propos de l\'auteur', 'l\'auteur'],
  es: ['sobre el autor', 'sobre la autora', 'acerca del autor'],
  pt: ['sobre o autor', 'sobre a autora'],
  it: ['sull\'autore', 'l\'autore'],
  nl: ['over de auteur', 'over de schrijver'],
  pl: ['o autorze', 'o autorce'],
  id: ['tentang penulis'],
  ar: ['عن الكاتب', 'نبذة عن الكاتب'],
  hi: ['लेखक के बारे में'],
  fa: ['درباره نویسنده'],
  he: ['על הכותב', 'על הכותבת'],
};

/** Openings followed by the author's name on the same line ("Über Bob Fischer", "About Jane Doe"). */
export const AUTHOR_BOX_NAME_OPENINGS: Record<string, readonly string[]> = {
  en: ['about'],
  de: ['über'],
  fr: ['à propos de'],
  es: ['sobre'],
  nl: ['over'],
};
