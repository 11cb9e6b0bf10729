import assert from "node:assert/strict";
import { test } from "node:test";
import { cannotAct, findNonActors, nonActor } from "./non-actors.ts";

test("knows agencies, outlets and platforms by their aliases", () => {
  assert.equal(nonActor("AFP")?.category, "media");
  assert.equal(nonActor("OCHA")?.category, "agency");
  assert.equal(nonActor("Telegram")?.category, "platform");
  assert.equal(nonActor("Hamas"), null);
});

test("finds them in a sentence so that nobody takes them for places", () => {
  const text = "The group posted the claim on Telegram, Reuters reported.";
  assert.deepEqual(
    findNonActors(text, 0, text.length).map((h) => h.entry.name),
    ["Telegram", "Reuters"],
  );
});

test("an agency that reports a toll cannot be the side that acted", () => {
  assert.equal(cannotAct({ name: "United Nations", kind: "organisation", country: null }), true);
  assert.equal(cannotAct({ name: "Al-Shabaab", kind: "armed_group", country: "SO" }), false);
});
