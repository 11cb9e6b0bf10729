import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { anchorOffset, highlightPieces } from "./highlight-spans.ts";

describe("evidence highlighting", () => {
  const text = "Gunmen attacked a bus near Gao on Monday, killing five people. Officials said little.";

  it("marks the sentence and the field words inside it, and the pieces join back into the text", () => {
    const pieces = highlightPieces(text, [
      { start: 0, end: 62, kind: "sentence" },
      { start: 27, end: 30, kind: "field", label: "location" },
      { start: 42, end: 61, kind: "field", label: "fatalities" },
    ]);
    assert.equal(pieces.map((p) => p.text).join(""), text);
    assert.deepEqual(
      pieces.filter((p) => p.kind === "field").map((p) => [p.text, p.labels]),
      [
        ["Gao", ["location"]],
        ["killing five people", ["fatalities"]],
      ],
    );
    assert.equal(pieces.at(-1)!.kind, null);
  });

  it("ignores spans outside the text and merges overlapping field spans' labels", () => {
    const pieces = highlightPieces("abcdef", [
      { start: 2, end: 4, kind: "field", label: "date" },
      { start: 2, end: 4, kind: "field", label: "type" },
      { start: 10, end: 20, kind: "sentence" },
    ]);
    assert.deepEqual(
      pieces.map((p) => [p.text, p.kind, p.labels]),
      [
        ["ab", null, []],
        ["cd", "field", ["date", "type"]],
        ["ef", null, []],
      ],
    );
  });

  it("starts a piece at every offset a link points at, even inside one marking or outside every mark", () => {
    const pieces = highlightPieces(
      "abcdefgh",
      [
        { start: 0, end: 3, kind: "field", label: "date" },
        { start: 3, end: 6, kind: "field", label: "date" },
      ],
      [3, 7, 99],
    );
    assert.deepEqual(
      pieces.map((p) => [p.text, p.kind, p.anchor]),
      [
        ["abc", "field", false],
        ["def", "field", true],
        ["g", null, false],
        ["h", null, true],
      ],
      "99 lies past the text: its link lands on the last character",
    );
  });

  it("places a link's target inside the text, and nowhere in an empty one", () => {
    assert.equal(anchorOffset("abc", 5), 2);
    assert.equal(anchorOffset("abc", -1), 0);
    assert.equal(anchorOffset("", 0), null);
  });
});
