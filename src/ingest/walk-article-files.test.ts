import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { walkArticleFiles } from "./walk-article-files.ts";

const root = mkdtempSync(join(tmpdir(), "sitrep-walk-"));

test("broken links in a folder are reported with their paths and the other files are still found", () => {
  const folder = join(root, "pile");
  mkdirSync(join(folder, "inner"), { recursive: true });
  writeFileSync(join(folder, "a.txt"), "One.");
  writeFileSync(join(folder, "inner", "b.html"), "<p>Two.</p>");
  writeFileSync(join(folder, "photo.jpg"), "not an article");
  symlinkSync(join(folder, "deleted.txt"), join(folder, "dangling.txt"));
  symlinkSync(join(folder, "loop.txt"), join(folder, "loop.txt"));
  symlinkSync(folder, join(folder, "inner", "up"));
  const { files, errors } = walkArticleFiles([folder]);
  assert.deepEqual(files, [join(folder, "a.txt"), join(folder, "inner", "b.html")]);
  const messages = errors.map((e) => e.message);
  assert.equal(messages.length, 3, messages.join("\n"));
  assert.match(messages[0]!, /dangling\.txt: is a symbolic link to ".*deleted\.txt", which does not exist/);
  assert.match(messages[1]!, /inner\/up: leads back into the folder ".*pile", already read; not followed/);
  assert.match(messages[2]!, /loop\.txt: is a symbolic link that loops back on itself/);
});

test("a folder that cannot be listed is reported and its siblings are walked", (t) => {
  if (process.getuid?.() === 0) return t.skip("permissions do not bind the superuser");
  const folder = join(root, "locked-parent");
  mkdirSync(join(folder, "locked"), { recursive: true });
  writeFileSync(join(folder, "c.txt"), "Three.");
  chmodSync(join(folder, "locked"), 0o000);
  try {
    const { files, errors } = walkArticleFiles([folder]);
    assert.deepEqual(files, [join(folder, "c.txt")]);
    assert.match(errors[0]!.message, /locked: cannot be read: permission denied/);
  } finally {
    chmodSync(join(folder, "locked"), 0o755);
  }
});

test("a path that is not there is named", () => {
  const { files, errors } = walkArticleFiles([join(root, "nothing-here")]);
  assert.deepEqual(files, []);
  assert.match(errors[0]!.message, /nothing-here: no such file or folder/);
});
