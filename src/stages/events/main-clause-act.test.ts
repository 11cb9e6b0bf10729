import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

/** Each event's trigger and toll, of a made-up article published on a Wednesday. */
function tolls(body: string): string[] {
  return extract(buildArticle({ id: "t", body, published: "2025-06-11" })).events.map(
    (e) => `${e.type.text} ${e.fatalities ? `${e.fatalities.value.min}-${e.fatalities.value.max}` : "-"}`,
  );
}

test("a participle after an incident named as the reason tells what the sentence's own act did", () => {
  assert.deepEqual(
    tolls("Soldiers raided a camp near Gwoza on Monday in response to the attack on Bama on June 1, killing 15 insurgents."),
    ["raided 15-15", "attack -"],
  );
});

test("a toll written after the incident its sentence opens with is that incident's toll", () => {
  assert.deepEqual(
    tolls(
      "Drones struck a convoy near Kidal on Monday in retaliation for the raid on Aguelhok on June 2, killing nine fighters. In the raid on Aguelhok on June 2, six soldiers died.",
    ),
    ["Drones struck 9-9", "raid 6-6"],
  );
});
