import assert from "node:assert/strict";
import { test } from "node:test";
import { deriveEvent } from "./derive-event.ts";
import { FIXTURE_TEXT, report } from "./report-fixtures.ts";

const texts = new Map(["a", "b", "c"].map((id) => [id, FIXTURE_TEXT]));
const derive = (...refs: ReturnType<typeof report>[]) =>
  deriveEvent(
    "ev",
    refs.map((r) => ({ articleId: r.articleId, event: r.event })),
    texts,
  );

test("an event keeps, per field, what each source said and the words it said it with", () => {
  const event = derive(report("a#0", { killed: 6 }), report("b#0", { killed: 8 }));
  assert.deepEqual(
    event.claims.fatalities.map((c) => [c.article, c.value, c.evidence.text]),
    [
      ["a", { min: 6, max: 6 }, "killing six"],
      ["b", { min: 8, max: 8 }, "killing six"],
    ],
  );
  assert.deepEqual(event.fatalities, { min: 6, max: 8 });
  assert.deepEqual(event.disagreements, ["fatalities"]);
});

test("sources that agree leave no disagreement", () => {
  assert.deepEqual(derive(report("a#0"), report("b#0")).disagreements, []);
});

test("a named perpetrator outranks an unidentified group another source gave", () => {
  const event = derive(report("a#0"), report("b#0", { actor1: "Boko Haram" }), report("c#0"));
  assert.equal(event.actor1, "Boko Haram");
  assert.ok(event.disagreements.includes("actor1"));
});

test("outlets split on the side acted on: another kind of side than the perpetrator's wins the tie", () => {
  const target = (r: ReturnType<typeof report>, name: string, kind: "armed_group" | "civilians") => ({
    ...r,
    event: { ...r.event, actor2: { ...r.event.actor2!, value: { name, kind, country: "NG" } } },
  });
  const allegiance = target(report("a#0", { actor1: "Boko Haram" }), "Islamic State", "armed_group");
  const victims = target(report("b#0", { actor1: "Boko Haram" }), "Civilians (Nigeria)", "civilians");
  assert.equal(derive(allegiance, victims).actor2, "Civilians (Nigeria)");
  assert.equal(derive(victims, allegiance).actor2, "Civilians (Nigeria)");
});
