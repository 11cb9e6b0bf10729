import assert from "node:assert/strict";
import { test } from "node:test";
import { lexiconUrl, readTsv } from "../core/data-file.ts";
import { ACTOR_LEXICON_FILES } from "./actor-lexicon.ts";
import { actorCountryName } from "./state-actor-names.ts";

const KINDS = new Set(["state", "armed_group", "person", "organisation", "civilians", "protesters", "other"]);

test("every actor row has aliases, a canonical name, a known kind, a country and a reason", () => {
  for (const file of ACTOR_LEXICON_FILES) {
    for (const row of readTsv(lexiconUrl(file))) {
      const [aliases, name, kind, country, why] = row;
      const where = `${file}: ${aliases}`;
      assert.equal(row.length, 5, where);
      assert.ok(aliases && name && why, where);
      assert.ok(KINDS.has(kind!), where);
      assert.ok(country === "-" || country!.split("|").every((c) => actorCountryName(c) !== c), where);
    }
  }
});

test("an alias names one group, unless it is marked as bound to its country", () => {
  const seen = new Map<string, string>();
  for (const file of ACTOR_LEXICON_FILES) {
    for (const [aliases, name] of readTsv(lexiconUrl(file))) {
      for (const alias of aliases!.split("|")) {
        if (alias.startsWith("~")) continue;
        const other = seen.get(alias);
        assert.ok(other === undefined || other === name, `"${alias}" is both ${other} and ${name}`);
        seen.set(alias, name!);
      }
    }
  }
});
