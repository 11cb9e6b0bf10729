import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
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

test("a file outside the manifest's folder is refused unless allowed", () => {
  const outside = folder({ "elsewhere.txt": "A patrol was ambushed on a mountain road." });
  const dir = folder({
    "inside.txt": "A depot was shelled overnight.",
    "manifest.jsonl": [
      JSON.stringify({ id: "up", file: "../" + join(outside.split("/").pop()!, "elsewhere.txt") }),
      JSON.stringify({ id: "abs", file: join(outside, "elsewhere.txt") }),
      JSON.stringify({ id: "in", file: "./inside.txt" }),
    ].join("\n"),
  });
  const path = join(dir, "manifest.jsonl");
  const refused = readManifest(path);
  const errors = refused.flatMap((e) => ("error" in e ? [e.error.message] : []));
  assert.equal(errors.length, 2);
  assert.match(
    errors[0]!,
    /manifest\.jsonl:1: file "\.\.\/.*elsewhere\.txt" lies outside the manifest's folder .* \(give --allow-outside-files/,
  );
  assert.match(errors[1]!, /manifest\.jsonl:2: file "\/.*elsewhere\.txt" lies outside the manifest's folder/);
  assert.deepEqual(
    refused.flatMap((e) => ("id" in e ? [e.id] : [])),
    ["in"],
  );
  const allowed = readManifest(path, { allowOutside: true });
  assert.equal(allowed.filter((e) => "read" in e).length, 3);
  const up = allowed[0]!;
  assert.ok("read" in up);
  assert.equal(up.read().body, "A patrol was ambushed on a mountain road.");
});

test("manifest ids are checked like the API's, and a repeated id names both lines", () => {
  const dir = folder({
    "a.txt": "Rebels seized a border post.",
    "b.txt": "A bridge was blown up.",
    "manifest.jsonl": [
      JSON.stringify({ id: "first", file: "a.txt" }),
      JSON.stringify({ id: "has space", file: "a.txt" }),
      JSON.stringify({ id: "../x", file: "a.txt" }),
      JSON.stringify({ id: "first", file: "b.txt" }),
    ].join("\n"),
  });
  const entries = readManifest(join(dir, "manifest.jsonl"));
  const errors = entries.flatMap((e) => ("error" in e ? [e.error.message] : []));
  assert.equal(errors.length, 3);
  assert.match(errors[0]!, /manifest\.jsonl:2: id: expected up to 128 letters/);
  assert.match(errors[1]!, /manifest\.jsonl:3: id: expected up to 128 letters/);
  assert.match(errors[2]!, /manifest\.jsonl:4: id "first" is used already on line 1/);
});

test("a manifest that is a named pipe is refused at once", { timeout: 10_000 }, (t) => {
  const fifo = join(folder({}), "manifest.jsonl");
  if (spawnSync("mkfifo", [fifo]).status !== 0) return t.skip("mkfifo is not available");
  assert.throws(() => readManifest(fifo), /manifest\.jsonl: is a named pipe, not a manifest file/);
});
