/**
 * A memo for pure lookups that must not grow without bound: a Map emptied once it holds
 * `capacity` entries. Text keeps bringing new words, so an unbounded memo would only grow;
 * clearing outright costs a few misses after each reset and nothing per hit, unlike tracking use.
 */

/** Default capacity: enough for the distinct names of a large batch of articles. */
export const DEFAULT_CACHE_CAPACITY = 50_000;

/** Values are memoised as given; `undefined` is not a value (it means "not cached"). */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly capacity: number;

  constructor(capacity: number = DEFAULT_CACHE_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`cache capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  /** How many entries are held now. */
  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  set(key: K, value: V): void {
    if (this.#entries.size >= this.capacity) this.#entries.clear();
    this.#entries.set(key, value);
  }

  /** The cached value for `key`, computed and stored first when missing. */
  getOrCompute(key: K, compute: (key: K) => V): V {
    let value = this.#entries.get(key);
    if (value === undefined) {
      value = compute(key);
      this.set(key, value);
    }
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
