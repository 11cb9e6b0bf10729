import { buildArticle } from "../../src/ingest/build-article.ts";
import { extract } from "../../src/stages/extract.ts";
import type { FixtureCase } from "./fixture-cases.ts";
import { projectExtraction, type ExtractionProjection } from "./project-extraction.ts";

/** A fixed ingestion time: extraction never reads the clock, and a case must not depend on the day it runs. */
const INGESTED_AT = new Date("2026-01-01T00:00:00Z");

/** Reads a case's article the way ingest does and projects what `extract()` finds in it. */
export function runFixtureCase(fixture: FixtureCase): ExtractionProjection {
  const article = buildArticle(fixture.input, INGESTED_AT);
  return projectExtraction(extract(article), article.text);
}
