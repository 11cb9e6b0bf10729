import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { describeDifferences } from "./extract-fixtures/describe-differences.ts";
import { readFixtureCases } from "./extract-fixtures/fixture-cases.ts";
import { runFixtureCase } from "./extract-fixtures/run-fixture-case.ts";

// Golden cases (test/fixtures/extract/<case>/): each article's extraction must match its
// expected.json. A deliberate change of behaviour is recorded with `npm run fixtures:extract`,
// and the diff of the expected files is what a reviewer reads.

for (const fixture of readFixtureCases()) {
  test(`golden extraction: ${fixture.name}`, () => {
    assert.ok(existsSync(fixture.expectedPath), `${fixture.name}: no expected.json; run npm run fixtures:extract`);
    const expected: unknown = JSON.parse(readFileSync(fixture.expectedPath, "utf8"));
    const actual: unknown = JSON.parse(JSON.stringify(runFixtureCase(fixture)));
    const differences = describeDifferences(expected, actual);
    assert.ok(
      differences.length === 0,
      `${fixture.name} differs from ${fixture.expectedPath}:\n  ${differences.join("\n  ")}\n` +
        "(if the change is intended, run npm run fixtures:extract and review the diff)",
    );
  });
}

test("golden extraction: there are enough cases to pin the extractor's behaviours", () => {
  assert.ok(readFixtureCases().length >= 12);
});
