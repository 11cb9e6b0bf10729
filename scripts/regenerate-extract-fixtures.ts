/**
 * Writes each golden case's expected.json (test/fixtures/extract/<case>/) from what `extract()`
 * finds today. Run on purpose, after a change of behaviour, and review the diff: the tests never
 * run it.
 *
 *   npm run fixtures:extract [-- CASE...]
 */

import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { readFixtureCases } from "../test/extract-fixtures/fixture-cases.ts";
import { runFixtureCase } from "../test/extract-fixtures/run-fixture-case.ts";

const only = process.argv.slice(2);
const cases = readFixtureCases().filter((fixture) => only.length === 0 || only.includes(fixture.name));
const unknown = only.filter((name) => !cases.some((fixture) => fixture.name === name));
if (unknown.length > 0) throw new Error(`no such fixture case: ${unknown.join(", ")}`);

for (const fixture of cases) {
  const json = JSON.stringify(runFixtureCase(fixture), null, 2);
  // Formatted as the repository's prettier check wants it, so a regeneration leaves `npm run lint` clean.
  const options = { ...(await resolveConfig(fixture.expectedPath)), filepath: fixture.expectedPath };
  writeFileSync(fixture.expectedPath, await format(json, options));
  console.log(`${fixture.name}: ${fixture.expectedPath}`);
}
