/**
 * What the store conformance suite stores: articles and what was read from them, fixed in a file
 * (`test/fixtures/store/readings.json`, written by `npm run fixtures:store`), so that the
 * storage contract is checked against the same readings whatever extraction does today. An
 * article the file lacks is an error saying how to regenerate it, never read on the spot.
 */

import { readFileSync } from "node:fs";
import type { Article, ArticleInput } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";

/** The fixture file, beside the other test fixtures. */
export const READINGS_FILE = new URL("../../test/fixtures/store/readings.json", import.meta.url);

/** How the suite reads articles: from the fixture file, or (while regenerating it) by extraction, recorded. */
export interface ConformanceReadings {
  /** The article an input builds, and what is read from it. */
  read(input: ArticleInput): { article: Article; extraction: Extraction };
  /** What is read from a stored article against the reference day it was given (re-dating an undated article). */
  reread(article: Article): Extraction;
}

/** The fixture file's shape. */
export interface ReadingsFile {
  readings: Array<{ input: ArticleInput; article: Article; extraction: Extraction }>;
  rereadings: Array<{ contentHash: string; published: string | null; referenceDate: string | null; extraction: Extraction }>;
}

/** The key of an input: the input itself, written out (two inputs may share an id and differ in text). */
export const inputKey = (input: ArticleInput): string => JSON.stringify(input);

/** The key of a re-reading: the article's content and the days it is read against. */
export const rereadingKey = (contentHash: string, published: string | null, referenceDate: string | null): string =>
  `${contentHash} ${published ?? "-"} ${referenceDate ?? "-"}`;

const REGENERATE = "regenerate test/fixtures/store/readings.json with `npm run fixtures:store`";

/** The readings in the fixture file. */
export function fixedReadings(file: URL = READINGS_FILE): ConformanceReadings {
  let fixtures: ReadingsFile;
  try {
    fixtures = JSON.parse(readFileSync(file, "utf8")) as ReadingsFile;
  } catch (cause) {
    throw new Error(`${file.pathname}: cannot read the store fixtures (${(cause as Error).message}); ${REGENERATE}`, { cause });
  }
  const readings = new Map(fixtures.readings.map((r) => [inputKey(r.input), r]));
  const rereadings = new Map(fixtures.rereadings.map((r) => [rereadingKey(r.contentHash, r.published, r.referenceDate), r.extraction]));
  return {
    read(input) {
      const found = readings.get(inputKey(input));
      if (!found) throw new Error(`no fixed reading of article "${input.id ?? "?"}" as the suite writes it; ${REGENERATE}`);
      return { article: found.article, extraction: found.extraction };
    },
    reread(article) {
      const found = rereadings.get(rereadingKey(article.contentHash, article.published, article.referenceDate ?? null));
      if (!found) {
        throw new Error(`no fixed re-reading of article "${article.id}" against ${article.referenceDate ?? "no day"}; ${REGENERATE}`);
      }
      return found;
    },
  };
}
