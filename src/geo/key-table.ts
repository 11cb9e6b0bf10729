/**
 * A sorted table from name key to place ids, searched by bisection. Building a Map of ~400,000
 * keys at every start would cost more time and memory than reading the whole index.
 */

import { BoundedCache } from "./bounded-cache.ts";
import type { KeyPostings } from "./gazetteer-index.ts";
import { compareStringAt, packStringList, stringAt, stringCount } from "./string-list.ts";

/** Looks keys up in stored postings. */
export interface KeyTable {
  /** Ids under exactly this key, ascending; empty when none. */
  idsOf(key: string): Uint32Array;
  /** The key at a position in sorted order. */
  keyAt(position: number): string;
  /** The length of the key at a position (keys are ASCII, so bytes are characters). */
  keyLengthAt(position: number): number;
  /** The ids of the key at a position. */
  idsAt(position: number): Uint32Array;
  readonly size: number;
}

/** Packs key → ids pairs into the stored form: keys sorted by code unit, each key's ids ascending. */
export function packKeyPostings(entries: ReadonlyMap<string, Iterable<number>>): KeyPostings {
  // The default sort is by UTF-16 code unit, the order in which the reader's `<` bisects.
  const keys = [...entries.keys()].filter((key) => key.length > 0).sort();
  const starts = new Uint32Array(keys.length + 1);
  const ids: number[] = [];
  keys.forEach((key, index) => {
    const owned = Uint32Array.from(entries.get(key) ?? []).sort();
    for (let i = 0; i < owned.length; i++) if (i === 0 || owned[i] !== owned[i - 1]) ids.push(owned[i]);
    starts[index + 1] = ids.length;
  });
  return { keys: packStringList(keys), starts, ids: Uint32Array.from(ids) };
}

/** Opens stored postings for lookup. Keys are ASCII (see place-key.ts), so they compare as bytes. */
export function openKeyTable(postings: KeyPostings): KeyTable {
  const size = stringCount(postings.keys);
  if (postings.starts.length !== size + 1) {
    throw new Error(`key table is inconsistent: ${size} keys but ${postings.starts.length} starts`);
  }
  // The same names come up sentence after sentence; their postings are kept after one search.
  const found = new BoundedCache<string, Uint32Array>();
  const idsAt = (position: number): Uint32Array => postings.ids.subarray(postings.starts[position], postings.starts[position + 1]);
  return {
    size,
    keyAt: (position) => stringAt(postings.keys, position),
    keyLengthAt: (position) => postings.keys.bounds[position + 1] - postings.keys.bounds[position],
    idsAt,
    idsOf: (key) => found.getOrCompute(key, search),
  };

  function search(key: string): Uint32Array {
    let low = 0;
    let high = size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = compareStringAt(postings.keys, middle, key);
      if (order === 0) return idsAt(middle);
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return NO_IDS;
  }
}

const NO_IDS = new Uint32Array(0);
