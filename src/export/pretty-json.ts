/**
 * Writing, a piece at a time, exactly the text `JSON.stringify(value, null, 2)` writes for the
 * whole: an export streams its arrays item by item and must read byte for byte as when it was
 * written at once. Pretty-printed JSON breaks lines only between tokens (a newline inside a string
 * is written `\n`), so a value nested `depth` levels deep is its own text with every line break
 * followed by two more spaces per level.
 */

import { CHUNK_CHARS } from "./chunk-size.ts";

/** `JSON.stringify(value, null, 2)` as it reads nested `depth` levels deep. */
export function prettyJson(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 ? text : text.replace(/\n/g, `\n${"  ".repeat(depth)}`);
}

/**
 * An array written `depth` levels deep, as `prettyJson` writes it, a chunk per page of items or
 * per `CHUNK_CHARS` written, whichever comes first (a page of large items, such as the actor
 * registry's, each with all its articles, is several); the first chunk opens the array, the last
 * closes it; `item` gives the value written for each.
 */
export async function* prettyJsonArray<T>(
  pages: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
  depth: number,
  item: (x: T) => unknown = (x) => x,
): AsyncGenerator<string, void, undefined> {
  const itemBreak = `\n${"  ".repeat(depth + 1)}`;
  let chunk = "[";
  let empty = true;
  for await (const page of pages) {
    for (const x of page) {
      chunk += (empty ? itemBreak : `,${itemBreak}`) + prettyJson(item(x), depth + 1);
      empty = false;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
    chunk = "";
  }
  yield empty ? `${chunk}]` : `${chunk}\n${"  ".repeat(depth)}]`;
}
