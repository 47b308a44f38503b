/**
 * Tests on an element's class list and id, remembered per distinct pair: pages repeat the same class list on many
 * elements, so each is split and matched once. Keyed by class, then id, as the DOM hands them over: joining the two
 * into one key cost a new string (and its hash) per element asked. Bounded: a page of endless distinct classes
 * starts the table over.
 */
const LIMIT = 10_000;

/** `test(class + " " + id)` of an element (absent attributes read as ""), remembered per class list and id. */
export function byClassAndId<V>(test: (classAndId: string) => V): (el: Element) => V {
  const known = new Map<string, Map<string, V>>();
  let size = 0;
  return (el) => {
    const className = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    let byId = known.get(className);
    if (byId?.has(id)) return byId.get(id)!;
    const value = test(`${className} ${id}`);
    if (size >= LIMIT) {
      known.clear();
      size = 0;
      byId = undefined;
    }
    if (!byId) known.set(className, (byId = new Map()));
    byId.set(id, value);
    size++;
    return value;
  };
}
