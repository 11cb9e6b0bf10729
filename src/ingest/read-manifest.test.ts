import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readManifest } from "./read-manifest.ts";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-manifest-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test("reads good lines and names the manifest and line of each bad one", () => {
  const dir = folder({
    "a.txt": "Gunmen attacked a village on Monday, killing three people.",
    "manifest.jsonl": [
      '{"id": "a", "file": "a.txt", "published": "2025-01-07"}',
      "{not json",
      '{"id": "b", "file": "a.txt", "published": "2025-02-30"}',
      '{"id": "c"}',
      "",
      '{"id": "d", "file": "missing.txt", "published": null}',
    ].join("\n"),
  });
  const path = join(dir, "manifest.jsonl");
  const entries = readManifest(path);
  const errors = entries.flatMap((e) => ("error" in e ? [e.error.message] : []));
  assert.equal(errors.length, 3);
  assert.match(errors[0]!, new RegExp(`manifest.jsonl:2: not valid JSON`));
  assert.match(errors[1]!, /manifest.jsonl:3: published: must be a date/);
  assert.match(errors[2]!, /manifest.jsonl:4: file/);
  const good = entries.filter((e) => "read" in e);
  assert.deepEqual(
    good.map((e) => ("id" in e ? e.id : "")),
    ["a", "d"],
  );
  const first = good[0]!;
  assert.ok("read" in first);
  assert.equal(first.read().published, "2025-01-07");
  const missing = good[1]!;
  assert.ok("read" in missing);
  assert.throws(() => missing.read(), /manifest.jsonl:6: article "d": .*missing.txt: no such file/);
});

test("a missing manifest is one clear error", () => {
  assert.throws(() => readManifest("/nonexistent/manifest.jsonl"), /\/nonexistent\/manifest.jsonl: no such manifest file/);
});
