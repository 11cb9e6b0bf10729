/**
 * Many short strings kept as one string plus boundaries. One string costs V8 a single header and,
 * when it is plain ASCII, one byte a character; 400,000 separate strings would cost ~40 bytes of
 * overhead each and a long split at every start.
 */

/** Item i is `text.slice(bounds[i], bounds[i + 1])`; bounds are UTF-16 code-unit offsets. */
export interface StringList {
  text: string;
  bounds: Uint32Array;
}

/** Packs strings into one list. */
export function packStringList(items: readonly string[]): StringList {
  const bounds = new Uint32Array(items.length + 1);
  let offset = 0;
  items.forEach((item, index) => {
    offset += item.length;
    bounds[index + 1] = offset;
  });
  return { text: items.join(""), bounds };
}

/** How many strings the list holds. */
export function stringCount(list: StringList): number {
  return list.bounds.length - 1;
}

/** The i-th string. */
export function stringAt(list: StringList, index: number): string {
  return list.text.slice(list.bounds[index], list.bounds[index + 1]);
}
