/** An article as both stores keep it: one row, columns in snake case. */

import type { Article } from "../../core/article.ts";

export interface ArticleRow {
  id: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  html: string | null;
  content_hash: string;
  ingested_at: string;
  reference_date?: string | null;
  language?: string | null;
}

export function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    url: r.url,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    text: r.text,
    html: r.html,
    contentHash: r.content_hash,
    ingestedAt: r.ingested_at,
    referenceDate: r.reference_date ?? null,
    language: r.language ?? null,
  };
}
