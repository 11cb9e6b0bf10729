import { readFileSync } from "node:fs";

/**
 * Reads a tab-separated data file: one entry a line, `#` starts a comment line, empty lines are
 * skipped. Every lexicon keeps a "why" column, so that each entry says why it exists.
 */
export function readTsv(url: URL): string[][] {
  const rows: string[][] = [];
  for (const raw of readFileSync(url, "utf8").split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (!line.trim() || line.startsWith("#")) continue;
    rows.push(line.split("\t").map((c) => c.trim()));
  }
  return rows;
}

/** The URL of a lexicon data file, by its name under `src/lexicon/`. */
export function lexiconUrl(name: string): URL {
  return new URL(`../lexicon/${name}`, import.meta.url);
}
