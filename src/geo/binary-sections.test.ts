import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeSections, encodeSections } from "./binary-sections.ts";
import { openKeyTable, packKeyPostings } from "./key-table.ts";
import { compareStringAt, packStringList, stringAt } from "./string-list.ts";

describe("section container", () => {
  it("gives back the meta value and every section", () => {
    const bytes = encodeSections({ hello: "world" }, { a: Uint8Array.of(1, 2, 3), b: Int32Array.of(-5, 7), c: Uint32Array.of(42) });
    const reader = decodeSections(bytes);
    assert.deepEqual(reader.meta, { hello: "world" });
    assert.deepEqual([...reader.u8("a")], [1, 2, 3]);
    assert.deepEqual([...reader.i32("b")], [-5, 7]);
    assert.deepEqual([...reader.u32("c")], [42]);
  });

  it("reads from a buffer that does not start on an 8-byte boundary", () => {
    const bytes = encodeSections(null, { b: Int32Array.of(1, 2) });
    const shifted = Buffer.concat([Buffer.from([0]), bytes]).subarray(1);
    assert.deepEqual([...decodeSections(shifted).i32("b")], [1, 2]);
  });

  it("rejects what is not a container and sections of the wrong kind", () => {
    assert.throws(() => decodeSections(Buffer.from("{}")), /bad magic/);
    const reader = decodeSections(encodeSections(null, { a: Uint8Array.of(1) }));
    assert.throws(() => reader.u32("a"), /not u32/);
  });
});

describe("string lists and key tables", () => {
  it("decode each string on demand, UTF-8 included", () => {
    const list = packStringList(["Ḩamāh", "", "Homs"]);
    assert.equal(stringAt(list, 0), "Ḩamāh");
    assert.equal(stringAt(list, 1), "");
    assert.equal(stringAt(list, 2), "Homs");
    assert.ok(compareStringAt(list, 2, "homs") < 0);
    assert.equal(compareStringAt(list, 2, "Homs"), 0);
  });

  it("find each key's ids by bisection", () => {
    const table = openKeyTable(
      packKeyPostings(
        new Map([
          ["homs", [4, 2, 4]],
          ["hama", [1]],
          ["aleppo", [0]],
        ]),
      ),
    );
    assert.deepEqual([...table.idsOf("homs")], [2, 4]);
    assert.deepEqual([...table.idsOf("aleppo")], [0]);
    assert.deepEqual([...table.idsOf("idlib")], []);
    assert.equal(table.size, 3);
  });
});
