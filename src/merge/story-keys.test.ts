import assert from "node:assert/strict";
import { test } from "node:test";
import type { ArticleEvent, ActorValue } from "../core/model.ts";
import { report } from "./report-fixtures.ts";
import { shareStory, storyKeysOf } from "./story-keys.ts";

const withPerson = (event: ArticleEvent, name: string): ArticleEvent => {
  const value: ActorValue = { name, kind: "person", country: "LB" };
  return { ...event, actor2: { ...event.actor2!, value } };
};

test("an article's story keys are its towns and the persons its reports name, one spelling each", () => {
  const keys = storyKeysOf([withPerson(report("a#0").event, "Wissam Hassan al-Tawil (commander)")]);
  assert.ok(keys.some((k) => k.startsWith("town:NG:")));
  assert.ok(
    shareStory(
      keys,
      storyKeysOf([withPerson(report("b#0").event, "Wisam Tawil")]).filter((k) => k.startsWith("person:")),
    ),
  );
});

test("a place named only by its country or its province gives no key", () => {
  const event = report("a#0", { place: { name: "Borno", admin1: "Borno", country: "NG", lat: 11.5, lon: 13, precision: "admin1" } }).event;
  assert.deepEqual(storyKeysOf([event]), []);
});
