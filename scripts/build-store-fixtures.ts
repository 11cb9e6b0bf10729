/**
 * Writes test/fixtures/store/readings.json: the articles the store conformance suite stores and
 * what extraction reads from them today, re-readings of undated articles included. It runs the
 * suite once against a SQLite store with extraction in place of the fixtures and records every
 * reading asked for. Run it on purpose, when extraction has changed what the suite relies on,
 * and review the difference like code: `npm run fixtures:store`.
 */

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after } from "node:test";
import type { Article } from "../src/core/article.ts";
import { buildArticle } from "../src/ingest/build-article.ts";
import { extract } from "../src/stages/extract.ts";
import { READINGS_FILE, inputKey, rereadingKey, type ConformanceReadings, type ReadingsFile } from "../src/storage/conformance-readings.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";
import { runStoreConformance } from "../src/storage/store-conformance.ts";

/** One moment for every article, so that the file changes only when a reading does. */
const INGESTED_AT = "2025-05-01T00:00:00.000Z";

const readings = new Map<string, ReadingsFile["readings"][number]>();
const rereadings = new Map<string, ReadingsFile["rereadings"][number]>();

const recording: ConformanceReadings = {
  read(input) {
    const key = inputKey(input);
    let found = readings.get(key);
    if (!found) {
      const article: Article = { ...buildArticle(input), ingestedAt: INGESTED_AT };
      found = { input, article, extraction: extract(article) };
      readings.set(key, found);
    }
    return { article: found.article, extraction: found.extraction };
  },
  reread(article) {
    const key = rereadingKey(article.contentHash, article.published, article.referenceDate ?? null);
    let found = rereadings.get(key);
    if (!found) {
      found = {
        contentHash: article.contentHash,
        published: article.published,
        referenceDate: article.referenceDate ?? null,
        extraction: extract(article),
      };
      rereadings.set(key, found);
    }
    return found.extraction;
  },
};

runStoreConformance(
  "SQLite, recording readings",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-fixtures-"));
    return { store: createSqliteStore(join(dir, "store.db")), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  recording,
);

after(() => {
  const byKey = <T>(map: Map<string, T>): T[] => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  const file: ReadingsFile = { readings: byKey(readings), rereadings: byKey(rereadings) };
  writeFileSync(READINGS_FILE, `${JSON.stringify(file, null, 2)}\n`);
  console.error(`${fileURLToPath(READINGS_FILE)}: ${file.readings.length} readings, ${file.rereadings.length} re-readings`);
});
