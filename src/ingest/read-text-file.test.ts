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

test("a UTF-16 file with a byte-order mark is read in either byte order", () => {
  const text = "Gunmen attacked a market in the north on Monday, residents said — “at least three” were hurt.";
  const le = join(dir, "utf16le.txt");
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
  assert.equal(readTextFile(le).body, text);
  const be = join(dir, "utf16be.txt");
  writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]));
  assert.equal(readTextFile(be).body, text);
});

test("UTF-16 without a byte-order mark, and UTF-32, are named, not called binary", () => {
  const bare = join(dir, "utf16-bare.txt");
  writeFileSync(bare, Buffer.from("A convoy was ambushed on the highway.", "utf16le"));
  assert.throws(() => readTextFile(bare), new RegExp(`${bare}: looks like UTF-16 \\(little-endian\\) text without a byte-order mark`));
  const utf32 = join(dir, "utf32.txt");
  writeFileSync(utf32, Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
  assert.throws(() => readTextFile(utf32), /is UTF-32 \(little-endian\) text; save it as UTF-8/);
});

test("a UTF-8 byte-order mark is dropped", () => {
  const p = join(dir, "bom.txt");
  writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("A depot burned.")]));
  assert.equal(readTextFile(p).body, "A depot burned.");
});
