import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readTextFile } from "./read-text-file.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-files-"));

test("an empty file is an error naming the file", () => {
  const p = join(dir, "empty.txt");
  writeFileSync(p, "");
  assert.throws(() => readTextFile(p), new RegExp(`${p}: is empty`));
});

test("a binary file is refused", () => {
  const p = join(dir, "blob.txt");
  writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  assert.throws(() => readTextFile(p), /binary/);
});

test("invalid UTF-8 is refused", () => {
  const p = join(dir, "latin1.txt");
  writeFileSync(p, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
  assert.throws(() => readTextFile(p), /not valid UTF-8/);
});

test("HTML files are read as HTML", () => {
  const p = join(dir, "page.html");
  writeFileSync(p, "<html><body><p>A strike hit a depot.</p></body></html>");
  assert.equal(readTextFile(p).format, "html");
});
