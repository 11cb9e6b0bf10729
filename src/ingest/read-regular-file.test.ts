import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readRegularFile } from "./read-regular-file.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-regular-"));

test("a named pipe is refused at once instead of waiting for a writer", { timeout: 10_000 }, (t) => {
  const fifo = join(dir, "pipe.txt");
  if (spawnSync("mkfifo", [fifo]).status !== 0) return t.skip("mkfifo is not available");
  assert.throws(() => readRegularFile(fifo), new RegExp(`${fifo}: is a named pipe, not an article file`));
});

test("a device that never ends is refused before a byte is read", { timeout: 10_000 }, (t) => {
  if (!existsSync("/dev/zero")) return t.skip("no /dev/zero here");
  assert.throws(() => readRegularFile("/dev/zero"), /\/dev\/zero: is a device, not an article file/);
});

test("the size cap holds while reading, whatever size the file claims", (t) => {
  // Files under /proc claim a size of 0 and hold more.
  if (!existsSync("/proc/self/status")) return t.skip("no /proc here");
  assert.throws(() => readRegularFile("/proc/self/status", { limit: 64 }), /grew past 1 KB while being read; an article is at most 1 KB/);
});

test("a file above the cap by its size is refused without reading it", () => {
  const p = join(dir, "big.txt");
  writeFileSync(p, "x".repeat(5000));
  assert.throws(() => readRegularFile(p, { limit: 4096 }), /is 5 KB; an article is at most 4 KB/);
  assert.equal(readRegularFile(p, { limit: 5000 }).length, 5000);
});

test("a dangling or looping symbolic link is named as such", () => {
  const dangling = join(dir, "gone.txt");
  symlinkSync(join(dir, "nowhere.txt"), dangling);
  assert.throws(() => readRegularFile(dangling), /gone\.txt: is a symbolic link to ".*nowhere\.txt", which does not exist/);
  const loop = join(dir, "loop.txt");
  symlinkSync(loop, loop);
  assert.throws(() => readRegularFile(loop), /loop\.txt: is a symbolic link that loops back on itself/);
});

test("a folder is not an article file", () => {
  assert.throws(() => readRegularFile(dir), /is a folder, not an article file/);
});

test("what the file was to be is said in the message", () => {
  assert.throws(() => readRegularFile(dir, { as: "a manifest" }), /is a folder, not a manifest file/);
  const p = join(dir, "long.jsonl");
  writeFileSync(p, "{}\n".repeat(2000));
  assert.throws(() => readRegularFile(p, { limit: 1024, as: "a manifest" }), /is 6 KB; a manifest is at most 1 KB$/);
});
