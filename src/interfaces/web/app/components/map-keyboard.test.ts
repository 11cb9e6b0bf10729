import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { moveFocus } from "./map-keyboard.ts";

const points = [
  { x: 100, y: 100 },
  { x: 300, y: 100 },
  { x: 110, y: 300 },
  { x: 0, y: 120 },
  { x: 300, y: 100 },
];

describe("moving among map markers by keyboard", () => {
  it("visits every marker pressing Right from the westernmost, and Left walks back", () => {
    const seen = [moveFocus(points, 0, "Home")!];
    for (let next = moveFocus(points, seen[0]!, "ArrowRight"); next !== null; next = moveFocus(points, next, "ArrowRight")) seen.push(next);
    assert.deepEqual(seen, [3, 0, 2, 1, 4]);
    assert.equal(moveFocus(points, 3, "ArrowLeft"), null);
    assert.equal(moveFocus(points, 2, "ArrowLeft"), 0);
    assert.equal(moveFocus(points, 0, "End"), 4);
  });

  it("goes up and down to the nearest marker that way, none when nothing lies that way", () => {
    assert.equal(moveFocus(points, 0, "ArrowDown"), 2);
    assert.equal(moveFocus(points, 2, "ArrowUp"), 0);
    assert.equal(moveFocus(points, 1, "ArrowUp"), null);
    // Far off to the side is not "below".
    assert.equal(
      moveFocus(
        [
          { x: 0, y: 0 },
          { x: 500, y: 10 },
        ],
        0,
        "ArrowDown",
      ),
      null,
    );
  });

  it("moves nothing on other keys", () => {
    assert.equal(moveFocus(points, 0, "a"), null);
    assert.equal(moveFocus(points, 9, "ArrowRight"), null);
  });
});
