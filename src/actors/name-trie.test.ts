import assert from "node:assert/strict";
import { test } from "node:test";
import { NameTrie } from "./name-trie.ts";

const trie = new NameTrie<string>();
trie.add("IS", "is");
trie.add("Islamic State", "is");
trie.add("Islamic State West Africa Province", "iswap");
trie.add("M23", "m23");

const names = (text: string) => trie.findAll(text, 0, text.length).map((h) => `${text.slice(h.start, h.end)}=${h.value}`);

test("keeps the longest name at each place", () => {
  assert.deepEqual(names("Islamic State West Africa Province fighters and Islamic State"), [
    "Islamic State West Africa Province=iswap",
    "Islamic State=is",
  ]);
});

test("matches names on word boundaries only, as written", () => {
  assert.deepEqual(names("ISIS, IS and this island; the M23."), ["IS=is", "M23=m23"]);
});

test("lets the caller refuse an end, as for a name that qualifies the next word", () => {
  const text = "an M23-led offensive";
  assert.deepEqual(
    trie.findAll(text, 0, text.length, (at) => text[at] !== "-"),
    [],
  );
});

test("finds nothing inside a hyphenated word", () => {
  assert.deepEqual(names("anti-M23 protest"), []);
});
