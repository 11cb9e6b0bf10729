import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import type { PlaceValue } from "../../core/model.ts";
import { extract } from "../extract.ts";

const mentionsOf = (body: string, kind: string) =>
  extract(buildArticle({ id: "t", body, published: "2019-05-07" })).mentions.filter((m) => m.kind === kind);

test("a day written before a colon, like a dateline, is read as the sentence's time", () => {
  const times = mentionsOf("05 May: gunmen attacked a police post in Garissa.", "time");
  assert.deepEqual(
    times.map((m) => m.text),
    ["05 May"],
  );
});

test("a dateline naming a place is still not read as a place of the report", () => {
  const places = mentionsOf("NAIROBI: Gunmen attacked a police post in Garissa on Sunday.", "place");
  assert.ok(!places.some((m) => m.text === "NAIROBI"));
});

test("when only a group tells the country, a town of a unique name across its border is kept", () => {
  const places = mentionsOf("Al-Shabaab militants attacked a village in Mandera on Sunday.", "place");
  assert.deepEqual(
    places.map((m) => (m.normalised as PlaceValue).country),
    ["KE"],
  );
});

test("with no place named, the groups that act give the event its country", () => {
  const events = extract(
    buildArticle({ id: "t", body: "On 19 January 2020, police arrested a RENAMO deputy.", published: "2020-01-21" }),
  ).events;
  assert.equal(events[0]?.location?.value.country, "MZ");
});
