import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";
import { placeSpeaks } from "./place-as-speaker.ts";

const at = (text: string, name: string) => placeSpeaks(text, text.indexOf(name), text.indexOf(name) + name.length);

test("a capital that says or maintains something is its government speaking, not a place", () => {
  assert.equal(at("the strikes, which Khartoum said killed four", "Khartoum"), true);
  assert.equal(at("Nairobi has maintained that only two died", "Nairobi"), true);
  assert.equal(at("police in Khartoum said four died", "Khartoum"), false);
  assert.equal(at("a market in Khartoum was shelled", "Khartoum"), false);
  assert.equal(at("accusing Khartoum’s military authorities of arming the militia", "Khartoum"), true);
  assert.equal(at("Khartoum’s main market was shelled", "Khartoum"), false);
});

test("the incident is placed where it happened, not in the capital that speaks of it", () => {
  const events = extract(
    buildArticle({
      id: "t",
      published: "2025-06-11",
      body: "Tensions rose after Sudanese jets bombed villages in Sudan’s Blue Nile state late Friday, which Juba said killed several traders.",
    }),
  ).events;
  assert.notEqual(events[0]?.location?.value.name, "Juba");
});
