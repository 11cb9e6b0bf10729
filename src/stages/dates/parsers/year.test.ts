import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only, textsAlone } from "./parser-fixtures.ts";
import { year } from "./year.ts";

describe("year parser", () => {
  it("reads a year after a word that makes it one", () => {
    const r = only(year, "The dam was bombed during 2016 and rebuilt.", null);
    assert.equal(r.text, "2016");
    assert.deepEqual(r.value, { start: "2016-01-01", end: "2016-12-31", precision: "year" });
  });

  it("reads a range of years, the second written short", () => {
    assert.deepEqual(only(year, "Drought in 2011-13 emptied the villages.", null).value, {
      start: "2011-01-01",
      end: "2013-12-31",
      precision: "year",
    });
  });

  it("turns down a range that runs backwards", () => {
    assert.deepEqual(textsAlone(year, "Records from 2019-2015 were lost."), []);
  });

  it("is not a count of people or a bare number", () => {
    assert.deepEqual(textsAlone(year, "Some 2010 soldiers and the 2014 refugees joined; 2012 was quoted."), []);
  });
});
