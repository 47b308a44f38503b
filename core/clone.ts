/** A deep copy of a document to work on, so the live page is never touched. */
export function cloneDocument(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  if (copy?.documentElement && copy.body) return copy;
  // Some DOMs cannot clone a Document: build an empty one and import the tree.
  const fresh = doc.implementation.createHTMLDocument('');
  fresh.replaceChild(fresh.importNode(doc.documentElement, true), fresh.documentElement);
  return fresh;
}
