import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

// Where an incident at a village the gazetteer lacks is mapped (mapCoarsely in events-stage.ts).

test("a village the gazetteer lacks is mapped at the district its sentence names, before the province", () => {
  const events = extract(
    buildArticle({
      id: "t",
      body: "On 8 April 2019, in Namtu Township, in northern Shan State, a man threw a grenade into a house in Foobarsam village, wounding two people.",
      published: "2019-04-10",
    }),
  ).events;
  const place = events[0]?.location?.value;
  assert.equal(place?.name, "Foobarsam");
  assert.equal(place?.precision, "near");
  assert.ok(Math.abs(place!.lat! - 23.09) < 0.3 && Math.abs(place!.lon! - 97.4) < 0.3);
});

test("a village the gazetteer lacks, in a district written after it, is mapped near the district's seat", () => {
  const events = extract(
    buildArticle({
      id: "t",
      body: "Gunmen attacked a police post in Nigeria near the village of Foobarkasa in Konduga district on Monday, killing two officers.",
      published: "2024-03-06",
    }),
  ).events;
  const place = events[0]?.location?.value;
  assert.equal(place?.name, "Foobarkasa");
  assert.equal(place?.precision, "near");
});

test("a village told after the province of an attack, with no day of its own, is that attack told closer", () => {
  const events = extract(
    buildArticle({
      id: "t",
      body:
        "On Monday, two policemen were killed in a militant attack in Borno State. " +
        "Officials said a group of militants attacked a checkpoint near the village of Foobarkasa.",
      published: "2024-03-06",
    }),
  ).events;
  assert.equal(events.length, 1);
  assert.equal(events[0]?.location?.value.name, "Foobarkasa");
});
