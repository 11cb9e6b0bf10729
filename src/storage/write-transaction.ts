/**
 * The write side of a store, as the use cases see it: one transaction at a time, offering the
 * primitive reads and writes of articles, their readings, the merge engine's rows and reviews.
 * What is written and in what order (the near-duplicate check, merging, re-dating, reviewing) is
 * decided in `src/app/`; an adapter only runs the statements, inside its own transaction.
 */

import type { Article } from "../core/article.ts";
import type { Mention, StoredEvent } from "../core/model.ts";
import type { FailedArticle } from "./failed-article.ts";
import type { EventReview, MergeRepository, MergeStats, ReportRow } from "./merge-repository.ts";

/** A report row with the columns blocking reads. */
export interface ReportInsert extends ReportRow {
  dateStart: string | null;
  dateEnd: string | null;
  country: string | null;
  coarse: boolean;
  horizonStart: string | null;
  horizonEnd: string | null;
}

/** The primitive writes and reads of an article's readings, on top of the merge engine's. */
export interface ArticleWriteRepository extends MergeRepository {
  insertMention(articleId: string, mention: Mention): Promise<void>;
  insertClaim(articleId: string, json: string): Promise<void>;
  insertQuote(articleId: string, json: string): Promise<void>;
  insertReport(report: ReportInsert): Promise<void>;
  insertActorRelation(articleId: string, json: string): Promise<void>;
  insertReference(fromReport: string, relation: string, victim: string, articleId: string, evidenceJson: string): Promise<void>;
  insertLink(fromReport: string, toReport: string, relation: string, articleId: string, evidenceJson: string): Promise<void>;
  /**
   * The stored articles sharing at least `minHits` of these bands, most shared first (then by id),
   * at most `limit` of them.
   */
  articlesSharingBands(bands: readonly string[], minHits: number, limit: number): Promise<string[]>;
  signatureOf(articleId: string): Promise<string | null>;
  insertSignature(articleId: string, signature: string, bands: string[]): Promise<void>;
  /** Records two articles as near-duplicates, both ways round (idempotent). */
  insertCopy(articleId: string, otherId: string, similarity: number): Promise<void>;
  /**
   * Waits until this transaction alone may merge, and holds that until it ends: a lock on a
   * server many workers write to; nothing on an embedded store, written one transaction at a time.
   */
  enterMerge(): Promise<void>;
  reportsOfArticle(articleId: string): Promise<ReportRow[]>;
  reportById(reportId: string): Promise<ReportRow | null>;
  /** Removes what was read from the article (reports, mentions, claims, quotes, links, references, relations). */
  deleteReadings(articleId: string): Promise<void>;
  setReferenceDate(articleId: string, date: string): Promise<void>;
}

/** The primitive reads and writes reviewing needs, on top of the merge engine's. */
export interface ReviewRepository extends MergeRepository {
  eventById(id: string): Promise<StoredEvent | null>;
  insertReview(review: Omit<EventReview, "seq">): Promise<void>;
  insertConstraint(a: string, b: string, kind: "together" | "apart", by: string, at: string): Promise<void>;
  /** Forgets the constraints of `kind` between any report of `left` and any of `right` (either way round). */
  dropConstraints(left: readonly string[], right: readonly string[], kind: "together" | "apart"): Promise<void>;
}

/** One open write transaction: everything is undone if the work given to `Store.write` throws. */
export interface WriteTransaction extends ArticleWriteRepository, ReviewRepository {
  articleByHash(contentHash: string): Promise<Article | null>;
  articleById(id: string): Promise<Article | null>;
  /**
   * Inserts the article; false, inserting nothing, when an article of that id or content is
   * stored already (another writer stored it since this transaction looked).
   */
  insertArticle(article: Article): Promise<boolean>;
  /**
   * Keeps an article that could not be read, as sent, with the reason; one failed before under
   * the same id is replaced, its attempts counted on. Returns how many times it has failed.
   */
  recordFailedArticle(failed: Omit<FailedArticle, "attempts">): Promise<number>;
  /** Forgets the failures of an article now stored: those under its id or of the same body (by its SHA-256). */
  forgetFailedArticle(id: string, bodyHash: string): Promise<void>;
  /** What merging has cost since the store was opened (`Store.mergeStats`): the engine adds to it. */
  readonly mergeStats: MergeStats;
}
