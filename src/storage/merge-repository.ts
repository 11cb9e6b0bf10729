/**
 * The merge engine's port: the few primitive reads and writes merging needs of a store
 * (`MergeRepository`, implemented by both adapters' write transactions), the rows it reads and
 * writes, and the blocking window the adapters' queries select reports by. Merging itself (what
 * is read, how reports are grouped and events derived) is merge/merge-engine.ts's. The changes
 * feed's entries, reviews and stated references are rows of the events merging makes.
 */

import type { ArticleReference, ChangeKind, ClaimedField, EvidenceSpan, ReviewAction, StoredEvent } from "../core/model.ts";

/** One stored report as a row: `data` is the report's JSON (merge-engine.ts's `StoredReport`). */
export interface ReportRow {
  id: string;
  event_id: string;
  article_id: string;
  data: string;
}

/**
 * Which stored reports could be one incident with a new one: those of its country (or of none)
 * whose days overlap [since, until] — fine, long and undated ones alike —, or, for a report that
 * has no days at all, every report of its country.
 */
export type BlockQuery =
  { kind: "window"; country: string | null; since: string; until: string } | { kind: "country"; country: string | null };

/** Reports spanning at most this many days are "fine" and found by their first day. */
export const FINE_SPAN_DAYS = 31;

/**
 * How far before its article's day an undated report's incident may lie: its horizon, stored
 * beside it, spans these days and the day after its article's.
 */
export const HORIZON_DAYS = 90;

/** The day `days` after `date` (before it when negative), both YYYY-MM-DD. */
export function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * What reviewers decided about grouping: reports that must be one event (a merge) and reports
 * that must not (a split). They outrank every score.
 */
export interface GroupingConstraints {
  together: ReadonlyArray<readonly [string, string]>;
  apart: ReadonlyArray<readonly [string, string]>;
}

/** What the engine needs of a store. Calls happen inside the store's transaction. */
export interface MergeRepository {
  /**
   * An object that lives as long as the store: the engine keeps the reports it has read under it
   * between transactions (merge/report-ref-cache.ts). Without it they are kept under the
   * repository object, which serves a store that keeps one repository for all its transactions.
   */
  readonly cacheScope?: object;
  block(query: BlockQuery): Promise<ReportRow[]>;
  reportsOfEvent(eventId: string): Promise<ReportRow[]>;
  articleText(articleId: string): Promise<string>;
  /** The day the article appeared, or the reference day another source revealed; null if unknown. */
  articleDay(articleId: string): Promise<string | null>;
  /** Articles recorded as near-duplicates of this one. */
  copiesOf(articleId: string): Promise<string[]>;
  reportById(reportId: string): Promise<ReportRow | null>;
  eventExists(eventId: string): Promise<boolean>;
  setReportEvent(reportId: string, eventId: string): Promise<void>;
  saveEvent(event: StoredEvent, now: string): Promise<void>;
  deleteEvent(eventId: string): Promise<void>;
  /** Appends to the feed of changes (see `EventChange`). */
  recordChange(change: EventChange): Promise<void>;
  /** Records that an event id now answers as another (after a merge). */
  recordAlias(oldId: string, newId: string): Promise<void>;
  /** Reviewers' grouping decisions touching any of these reports. */
  constraintsOf(reportIds: string[]): Promise<GroupingConstraints>;
  /** Reviews recorded against any of these reports (an event's reviews hang on its reports). */
  reviewsOf(reportIds: string[]): Promise<EventReview[]>;
}

/** A reviewer's decision about an event, kept with what the event was before. */
export interface EventReview {
  seq: number;
  /** The report the review hangs on (the event's first, when reviewed): events are regrouped, reports stay. */
  anchor: string;
  action: ReviewAction;
  /** For "edit": the field set, and its new value. */
  field?: ClaimedField;
  value?: unknown;
  by: string;
  at: string;
  /** The event as it was just before. */
  before: unknown;
  note?: string;
}

/**
 * One entry of the changes feed: an event created, revised (a new report, a re-reading), merged
 * into another (its reports now belong to `into`), split (some of its reports now make the new
 * event `into`; one entry per part split off) or withdrawn (no report tells of it any more).
 */
export interface EventChange {
  event: string;
  kind: ChangeKind;
  at: string;
  /** For "merged": the event that now holds its reports; for "split": the event split off. */
  into?: string;
}

/** Running totals of merging's work, for benchmarks and operators. */
export interface MergeStats {
  reports: number;
  comparisons: number;
  regrouped: number;
}

/**
 * An article's reference to a victim's killing as stored, resolved to the event its report
 * belongs to (merge/resolve-references.ts finds the event it points to).
 */
export interface StoredReference {
  fromEvent: string;
  relation: ArticleReference["relation"];
  victim: string;
  article: string;
  evidence: EvidenceSpan;
}
