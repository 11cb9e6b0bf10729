import assert from "node:assert/strict";
import { test } from "node:test";
import { readByDayWindows } from "./day-windows.ts";

/** Matches as [day, name], in listing order. */
const MATCHES: Array<[number, string]> = [
  [0, "undated"],
  [100, "a"],
  [100, "b"],
  [103, "c"],
  [150, "d"],
  [400, "e"],
  [9000, "f"],
];

function source() {
  const windows: Array<[number, number]> = [];
  const nextDay = (from: number) => MATCHES.find(([d]) => d >= from)?.[0] ?? null;
  const read = (from: number, to: number, limit: number | undefined) => {
    windows.push([from, to]);
    const rows = MATCHES.filter(([d]) => d >= from && d <= to).map(([, n]) => n);
    return limit === undefined ? rows : rows.slice(0, limit);
  };
  return { windows, nextDay, read };
}

test("a page is read in windows that widen from its first day, jumping to the next match after an empty one, and stops once full", () => {
  const s = source();
  assert.deepEqual(readByDayWindows(0, Infinity, 5, s.nextDay, s.read), ["undated", "a", "b", "c", "d"]);
  assert.deepEqual(s.windows, [
    [0, 0],
    [1, 2],
    [100, 103],
    [104, 111],
    [150, 165],
  ]);
});

test("without a limit the undated events are read alone, then every day up to the last at once", () => {
  const s = source();
  assert.deepEqual(readByDayWindows(0, 400, undefined, s.nextDay, s.read), ["undated", "a", "b", "c", "d", "e"]);
  assert.deepEqual(s.windows, [
    [0, 0],
    [1, 400],
  ]);
});

test("a rare match far ahead is jumped to, and nothing past the last day is read", () => {
  const s = source();
  assert.deepEqual(readByDayWindows(401, 9000, 10, s.nextDay, s.read), ["f"]);
  assert.deepEqual(s.windows, [
    [401, 402],
    [9000, 9000],
  ]);
  const t = source();
  assert.deepEqual(readByDayWindows(401, 8999, 10, t.nextDay, t.read), []);
  assert.deepEqual(t.windows, [[401, 402]]);
});
