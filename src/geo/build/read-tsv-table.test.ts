import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readCountryAliases } from "./read-country-aliases.ts";
import { readPlaceAliases } from "./read-place-aliases.ts";
import { readTsvTable } from "./read-tsv-table.ts";

describe("readTsvTable", () => {
  it("reads entries by header, skipping comments and blank lines", () => {
    const rows = readTsvTable("# note\nalias\twhy\n\nA\tbecause\n", "t.tsv", ["alias", "why"]);
    assert.deepEqual(rows, [{ alias: "A", why: "because" }]);
  });

  it("fails on an entry without its why, naming the line", () => {
    assert.throws(() => readTsvTable("alias\twhy\nA\t\n", "t.tsv", ["alias", "why"]), /t\.tsv:2: empty "why"/);
  });

  it("fails on a header without a required column", () => {
    assert.throws(() => readTsvTable("alias\n", "t.tsv", ["alias", "why"]), /lacks column\(s\) why/);
  });
});

describe("alias files", () => {
  it("read place aliases with upper-case country codes", () => {
    const [alias] = readPlaceAliases("alias\tcanonical\tcountry\twhy\nPalmyra\tTadmur\tsy\tEnglish name\n");
    assert.deepEqual(alias, { alias: "Palmyra", canonical: "Tadmur", country: "SY", why: "English name" });
  });

  it("reject a country that is not an ISO2 code", () => {
    assert.throws(() => readPlaceAliases("alias\tcanonical\tcountry\twhy\nX\tY\tSYR\tz\n"), /alpha-2/);
    assert.throws(() => readCountryAliases("alias\tcountry\tkind\twhy\nX\tSYR\tname\tz\n"), /alpha-2/);
  });

  it("reject a country alias of unknown kind", () => {
    assert.throws(() => readCountryAliases("alias\tcountry\tkind\twhy\nX\tSY\tadjective\tz\n"), /kind must be/);
  });
});
