import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BoundedCache } from "./bounded-cache.ts";

describe("BoundedCache", () => {
  it("keeps what it is given, null included", () => {
    const cache = new BoundedCache<string, number | null>(4);
    cache.set("a", 1);
    cache.set("b", null);
    assert.equal(cache.get("a"), 1);
    assert.equal(cache.get("b"), null);
    assert.equal(cache.get("c"), undefined);
  });

  it("computes a missing value once", () => {
    const cache = new BoundedCache<string, string>(4);
    let computed = 0;
    const upper = (key: string): string => {
      computed++;
      return key.toUpperCase();
    };
    assert.equal(cache.getOrCompute("homs", upper), "HOMS");
    assert.equal(cache.getOrCompute("homs", upper), "HOMS");
    assert.equal(computed, 1);
  });

  it("empties itself rather than grow past its capacity", () => {
    const cache = new BoundedCache<number, number>(3);
    for (let key = 0; key < 3; key++) cache.set(key, key);
    assert.equal(cache.size, 3);
    cache.set(3, 3);
    assert.equal(cache.size, 1);
    assert.equal(cache.get(0), undefined);
    assert.equal(cache.get(3), 3);
  });

  it("rejects a capacity that is not a positive integer", () => {
    assert.throws(() => new BoundedCache(0), RangeError);
    assert.throws(() => new BoundedCache(1.5), RangeError);
  });
});
