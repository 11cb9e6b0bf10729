import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

function events(body: string, published = "2024-05-20") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("a quoted sentence opening with its calendar day is read as a record of an incident", () => {
  const found = events(
    "The police commissioner briefed reporters in Kano. “On May 14, two suspects were arrested at Dala in Kano State. They had stolen rifles from a checkpoint.”",
  );
  const arrest = found.find((e) => e.type.value === "arrests");
  assert.equal(arrest?.date?.value.start, "2024-05-14");
});

test("a quoted sentence opening with a weekday stays what someone said", () => {
  const found = events("“On Friday, gunmen arrested my brother at Dala in Kano State and took him away for hours,” a trader said.");
  assert.equal(found.length, 0);
});

test("a quoted sentence with a date inside it, not opening it, stays what someone said", () => {
  const found = events("“We will not forget that the soldiers arrested our sons at Dala in Kano State on May 14,” a resident said.");
  assert.equal(found.length, 0);
});
