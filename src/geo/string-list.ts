/**
 * Many short strings kept as one block of UTF-8 bytes plus boundaries. Nothing is decoded when
 * the index is loaded: a string is decoded when asked for, and keys are compared as bytes. On a
 * slow machine decoding the index's ~9 MB of names and keys up front took longer than reading it.
 */

/** Item i is the UTF-8 text in `bytes[bounds[i] … bounds[i + 1])`. */
export interface StringList {
  bytes: Buffer;
  bounds: Uint32Array;
}

/** Packs strings into one list. */
export function packStringList(items: readonly string[]): StringList {
  const encoded = items.map((item) => Buffer.from(item, "utf8"));
  const bounds = new Uint32Array(items.length + 1);
  encoded.forEach((bytes, index) => {
    bounds[index + 1] = bounds[index] + bytes.length;
  });
  return { bytes: Buffer.concat(encoded), bounds };
}

/** How many strings the list holds. */
export function stringCount(list: StringList): number {
  return list.bounds.length - 1;
}

/** The i-th string. */
export function stringAt(list: StringList, index: number): string {
  return list.bytes.toString("utf8", list.bounds[index], list.bounds[index + 1]);
}

/**
 * Compares the i-th string with an ASCII `text` in code-unit order (negative, zero, positive), as
 * `<` would compare the decoded strings, without decoding.
 */
export function compareStringAt(list: StringList, index: number, text: string): number {
  const start = list.bounds[index];
  const length = list.bounds[index + 1] - start;
  const shared = Math.min(length, text.length);
  for (let i = 0; i < shared; i++) {
    const difference = list.bytes[start + i] - text.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - text.length;
}
