/** A deep copy of a document to work on, so the live page is never touched. */
export function cloneDocument(doc: Document): Document {
  const copy = copyOf(doc);
  removeClobbering(copy);
  dropHugeAttributes(copy);
  return copy;
}

function copyOf(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  if (copy?.documentElement && copy.body) return copy;
  // Some DOMs cannot clone a Document: build an empty one and import the tree.
  const fresh = doc.implementation.createHTMLDocument('');
  fresh.replaceChild(fresh.importNode(doc.documentElement, true), fresh.documentElement);
  return fresh;
}

/** Longer than any class list, title or URL we read. */
const MAX_ATTRIBUTE_CHARS = 8192;

/**
 * Attributes of tens of kilobytes are dropped from the copy: Readability's checks on them took minutes on
 * fuzzed pages (an effective hang). An inline data: image bigger than this loses its picture in the reader.
 */
function dropHugeAttributes(copy: Document): void {
  const createTreeWalker = protoMethod<(this: Document, root: Node, show: number) => TreeWalker>(copy, 'createTreeWalker');
  const walker = createTreeWalker.call(copy, copy.documentElement, 1 /* SHOW_ELEMENT */);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    // Names, not Attr objects: Chromium makes an Attr per attribute for `attributes`, on every element of the page.
    if (!node.hasAttributes()) continue;
    for (const name of node.getAttributeNames()) {
      if ((node.getAttribute(name)?.length ?? 0) > MAX_ATTRIBUTE_CHARS) node.removeAttribute(name);
    }
  }
}

/**
 * The prototype's own method, not what the object's named properties make of it: `<input name="getAttribute">`
 * turns `form.getAttribute` into that input.
 */
function protoMethod<F extends (...args: never[]) => unknown>(obj: object, name: string): F {
  for (let proto = Object.getPrototypeOf(obj); proto; proto = Object.getPrototypeOf(proto)) {
    const own = Object.getOwnPropertyDescriptor(proto, name);
    if (own && typeof own.value === 'function') return own.value as F;
  }
  throw new TypeError(`no ${name} on this DOM`);
}

/** Controls a form exposes as its own properties, by name or id (HTML "listed elements", plus img). */
const FORM_NAMED = 'form button[name], form button[id], form fieldset, form input, form object, form output, form select, form textarea, form img, [form]';
/** Elements the document exposes as its own properties by name (and, for img and object, by id). */
const DOCUMENT_NAMED = 'embed[name], form[name], iframe[name], img[name], object[name], img[id], object[id]';

/**
 * DOM clobbering, undone in the copy: a form control named "parentNode" makes `form.parentNode` that control,
 * and Readability walking up from the form then loops or throws (found by the hostile pages in Chromium: the
 * reader never opened). Names and ids that shadow a property of the form or the document are dropped from
 * the copy; nothing we read uses them. Prototype methods are called directly, in case the copy's own are clobbered.
 */
function removeClobbering(copy: Document): void {
  const queryAll = protoMethod<(this: Document, selectors: string) => NodeListOf<Element>>(copy, 'querySelectorAll');
  const controls = Array.from(queryAll.call(copy, FORM_NAMED));
  const documentNamed = Array.from(queryAll.call(copy, DOCUMENT_NAMED));
  if (!controls.length && !documentNamed.length) return;
  const form = queryAll.call(copy, 'form')[0];
  const formProto = form ? Object.getPrototypeOf(form) as object : null;
  const docProto = Object.getPrototypeOf(copy) as object;
  // The methods looked up once per kind of element (a page has hundreds of images), not per element.
  const methods = new Map<object | null, [(this: Element, name: string) => string | null, (this: Element, name: string) => void]>();
  const strip = (el: Element, shadows: (value: string) => boolean) => {
    const proto = Object.getPrototypeOf(el) as object | null;
    let found = methods.get(proto);
    if (!found) methods.set(proto, (found = [protoMethod(el, 'getAttribute'), protoMethod(el, 'removeAttribute')]));
    const [get, remove] = found;
    for (const attr of ['name', 'id']) {
      const value = get.call(el, attr);
      if (value && shadows(value)) remove.call(el, attr);
    }
  };
  if (formProto) for (const el of controls) strip(el, (value) => value in formProto);
  for (const el of documentNamed) strip(el, (value) => value in docProto);
}
