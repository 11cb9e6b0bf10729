/**
 * What a reading worker does for the API: the steps of turning a request into an article and its
 * readings whose cost grows with the input (parsing HTML, Readability, extraction), so that they
 * run off the thread that answers requests (`reading-pool.ts`).
 */

import type { Article, ArticleInput } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import { readArticle } from "../app/read-article.ts";
import { buildArticle } from "./build-article.ts";
import { articleFromHtml, type FeedHints } from "./read-web-article.ts";

export const READING_TASKS = {
  readPage: (a: { html: string; url: string; hints: FeedHints }): ArticleInput => articleFromHtml(a.html, a.url, a.hints),
  build: (input: ArticleInput): Article => buildArticle(input),
  extract: (article: Article): Extraction => readArticle(article),
};

export type ReadingTasks = typeof READING_TASKS;
export type ReadingTaskName = keyof ReadingTasks;

/** A task as sent to a worker. */
export interface ReadingRequest<K extends ReadingTaskName = ReadingTaskName> {
  id: number;
  task: K;
  arg: Parameters<ReadingTasks[K]>[0];
}

/** A worker's answer: the result, or the error (an IngestError keeps its input and line, to be thrown again as one). */
export type ReadingReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string; input?: string; line?: number } };
