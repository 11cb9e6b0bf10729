import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bubbleRadius, separateBubbles, shortCount } from "./map-bubbles.ts";

describe("count bubbles", () => {
  it("joins touching bubbles into the larger, keeping every event counted", () => {
    const out = separateBubbles([
      { x: 0, y: 0, count: 5 },
      { x: 10, y: 0, count: 50 },
      { x: 300, y: 0, count: 1 },
    ]);
    assert.deepEqual(
      out.map((b) => [b.x, b.count]),
      [
        [10, 55],
        [300, 1],
      ],
    );
  });

  it("leaves no two bubbles overlapping, even when a join makes one grow into a third", () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ x: (i * 37) % 400, y: (i * 91) % 300, count: 1 + ((i * 13) % 900) }));
    const out = separateBubbles(many);
    for (const a of out)
      for (const b of out)
        if (a !== b) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= bubbleRadius(a.count) + bubbleRadius(b.count), "overlap");
    assert.equal(
      out.reduce((n, b) => n + b.count, 0),
      many.reduce((n, b) => n + b.count, 0),
    );
  });

  it("writes large counts short", () => {
    assert.deepEqual([shortCount(999), shortCount(3234), shortCount(3000), shortCount(45_600)], ["999", "3.2k", "3k", "46k"]);
  });
});
