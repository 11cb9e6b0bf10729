import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleInput } from "../../src/core/article.ts";

/** Where the golden extraction cases live, one folder each. */
export const FIXTURES_DIRECTORY = fileURLToPath(new URL("../fixtures/extract/", import.meta.url));

/** What a case's meta.json may say: what the extractor needs beside the text, and a note for readers. */
interface CaseMeta {
  published: string | null;
  title?: string;
  /** What a reader should know about the expected output (known-imperfect behaviour, why it is pinned). */
  note?: string;
}

/** One golden case: the article as ingest would hand it to `extract()`, and where its expectation lives. */
export interface FixtureCase {
  name: string;
  input: ArticleInput;
  expectedPath: string;
}

/** Every case folder, by name: each holds article.txt or article.html, meta.json and expected.json. */
export function readFixtureCases(directory: string = FIXTURES_DIRECTORY): FixtureCase[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFixtureCase(join(directory, name), name));
}

function readFixtureCase(folder: string, name: string): FixtureCase {
  const textPath = join(folder, "article.txt");
  const htmlPath = join(folder, "article.html");
  const hasText = existsSync(textPath);
  const hasHtml = existsSync(htmlPath);
  if (hasText === hasHtml) {
    throw new Error(`fixture ${name}: needs exactly one of article.txt or article.html in ${folder}`);
  }
  const meta = readMeta(join(folder, "meta.json"), name);
  return {
    name,
    input: {
      id: name,
      body: readFileSync(hasText ? textPath : htmlPath, "utf8"),
      format: hasText ? "text" : "html",
      published: meta.published,
      title: meta.title ?? null,
      origin: folder,
    },
    expectedPath: join(folder, "expected.json"),
  };
}

function readMeta(path: string, name: string): CaseMeta {
  if (!existsSync(path)) throw new Error(`fixture ${name}: missing ${path}`);
  const meta = JSON.parse(readFileSync(path, "utf8")) as Partial<CaseMeta>;
  if (meta.published !== null && typeof meta.published !== "string") {
    throw new Error(`fixture ${name}: meta.json needs "published" (YYYY-MM-DD, or null for an undated article)`);
  }
  return meta as CaseMeta;
}
