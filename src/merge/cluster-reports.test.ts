import assert from "node:assert/strict";
import { test } from "node:test";
import { clusterReports, scoreReports } from "./cluster-reports.ts";
import { IDLIB, report } from "./report-fixtures.ts";

const ids = (groups: ReturnType<typeof clusterReports>) => groups.map((g) => g.map((r) => r.id));

test("three outlets' reports of one ambush make one event", () => {
  assert.deepEqual(ids(clusterReports([report("a#0"), report("b#0"), report("c#0")])), [["a#0", "b#0", "c#0"]]);
});

test("the grouping is the same whatever order the reports come in", () => {
  const reports = [report("a#0"), report("b#0"), report("a#1", { place: IDLIB, type: "air_drone_strike" }), report("c#0", { killed: 7 })];
  const expected = ids(clusterReports(reports));
  for (const order of [
    [3, 2, 1, 0],
    [2, 0, 3, 1],
    [1, 3, 0, 2],
  ]) {
    assert.deepEqual(ids(clusterReports(order.map((i) => reports[i]!))), expected);
  }
});

test("two reports of one article are never joined, even when they look alike", () => {
  assert.equal(scoreReports(report("a#0"), report("a#1")), null);
  assert.equal(clusterReports([report("a#0"), report("a#1"), report("b#0")]).length, 2);
});

test("reports a day apart in different countries, or days apart, stay apart", () => {
  assert.equal(scoreReports(report("a#0"), report("b#0", { place: IDLIB })), null);
  assert.equal(scoreReports(report("a#0"), report("b#0", { date: "2025-04-20" })), null);
});

test("an undated report joins the dated ones it agrees with on place, toll and kind", () => {
  assert.deepEqual(ids(clusterReports([report("a#0"), report("b#0", { date: null })])), [["a#0", "b#0"]]);
});

test("an article holding two of the incidents gives each its own event, the better pair first", () => {
  // c#0 could join either of a's two reports; it joins the one it agrees with on the toll.
  const groups = ids(clusterReports([report("a#0", { killed: 6 }), report("a#1", { killed: 20 }), report("c#0", { killed: 20 })]));
  assert.deepEqual(groups, [["a#0"], ["a#1", "c#0"]]);
});

test("an undated report's weekday must fall within a day of the dated report's day", () => {
  // 9 April 2025 was a Wednesday.
  assert.equal(scoreReports(report("a#0"), report("b#0", { date: null, weekday: "sunday" })), null);
  assert.notEqual(scoreReports(report("a#0"), report("b#0", { date: null, weekday: "tuesday" })), null);
  assert.notEqual(scoreReports(report("a#0"), report("b#0", { date: null, weekday: "wednesday" })), null);
});

test("one town on two days running, each day told by two outlets, is two incidents; one outlet a day off still joins", () => {
  const monday = [report("a#0", { date: "2025-04-07", killed: 5 }), report("b#0", { date: "2025-04-07", killed: 5 })];
  const tuesday = [report("c#0", { date: "2025-04-08", killed: 6 }), report("d#0", { date: "2025-04-08", killed: 6 })];
  assert.deepEqual(ids(clusterReports([...monday, ...tuesday])), [
    ["a#0", "b#0"],
    ["c#0", "d#0"],
  ]);
  assert.deepEqual(ids(clusterReports([...monday, report("e#0", { date: "2025-04-08", killed: 5 })])), [["a#0", "b#0", "e#0"]]);
});

test("a report of 'a village in the province' does not bridge two villages by two names into one event", () => {
  const village = (name: string) => ({ name, admin1: "Borno", country: "NG", lat: 11.5, lon: 13, precision: "admin1" as const });
  const told = (id: string, place: ReturnType<typeof village>, text: string) => ({
    ...report(id, { place, killed: 12 }),
    evidenceText: text,
  });
  const first = told("a#0", village("Dalwa"), "Gunmen killed twelve people in Dalwa on Wednesday.");
  const second = told("b#0", village("Mafa"), "Gunmen killed twelve people in Mafa on Wednesday.");
  const vague = told("c#0", village("Borno"), "Gunmen killed twelve people in a village of the state on Wednesday.");
  assert.equal(scoreReports(first, second), null);
  assert.ok(scoreReports(first, vague)! > 0 && scoreReports(second, vague)! > 0);
  const groups = ids(clusterReports([first, second, vague]));
  assert.equal(groups.length, 2);
  assert.ok(!groups.some((g) => g.includes("a#0") && g.includes("b#0")));
});

test("an undated 'on Wednesday' at one town does not bridge that town's incidents of two Wednesdays a week apart", () => {
  const undated = { ...report("d#0", { date: null, weekday: "wednesday" }) };
  const reports = [report("a#0"), report("b#0"), report("c#0", { date: "2025-04-16" }), undated];
  const groups = ids(clusterReports(reports));
  assert.ok(!groups.some((g) => g.includes("a#0") && g.includes("c#0")), JSON.stringify(groups));
  assert.ok(groups.some((g) => g.includes("a#0") && g.includes("b#0")));
});
