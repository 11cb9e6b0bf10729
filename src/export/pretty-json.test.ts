import assert from "node:assert/strict";
import { test } from "node:test";
import { CHUNK_CHARS } from "./chunk-size.ts";
import { prettyJson, prettyJsonArray } from "./pretty-json.ts";

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const c of chunks) out += c;
  return out;
}

const items = [{ a: 1, b: [1, { c: "line\nbreak" }], d: {} }, [], "x", null, { e: [] }];

test("an array written page by page reads exactly as JSON.stringify writes it whole, at any depth", async () => {
  for (const depth of [0, 1, 2]) {
    const whole = prettyJson(items, depth);
    for (const pages of [[items], items.map((x) => [x]), [items.slice(0, 2), [], items.slice(2)]]) {
      assert.equal(await text(prettyJsonArray(pages, depth)), whole, `depth ${depth}, ${pages.length} pages`);
    }
  }
  assert.equal(await text(prettyJsonArray([], 1)), "[]");
  assert.equal(await text(prettyJsonArray([[], []], 1)), "[]");
});

test("a nested value keeps its place inside the object around it", () => {
  const outer = { events: [{ id: 1, sources: [{ a: "b" }] }] };
  assert.equal(JSON.stringify(outer, null, 2), `{\n  "events": ${prettyJson(outer.events, 1)}\n}`);
});

test("a page of large items is given out in several chunks, the text the same", async () => {
  const large = Array.from({ length: 40 }, (_, i) => ({ i, articles: Array.from({ length: 2000 }, (_, j) => `article-${i}-${j}`) }));
  const chunks: string[] = [];
  for await (const c of prettyJsonArray([large], 1)) chunks.push(c);
  assert.equal(chunks.join(""), prettyJson(large, 1));
  assert.ok(chunks.length > 3, `${chunks.length} chunks`);
  assert.ok(Math.max(...chunks.map((c) => c.length)) < 2 * CHUNK_CHARS);
});
