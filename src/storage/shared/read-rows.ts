/**
 * Rows as every store reads them, whatever the database: stored links and references, the
 * changes feed, the undated articles' reports, and events scanned a page at a time. What is
 * derived from them (dating hints, links that follow, the actor registry) is decided in
 * `src/app/read-models.ts`.
 */

import { setImmediate as nextTurn } from "node:timers/promises";
import type { StatedActorRelation, StoredEvent, StoredLink } from "../../core/model.ts";
import type { EventChange, StoredReference } from "../merge-repository.ts";

/** An undated article's report, its event, and the latest publication day among the event's dated sources. */
export interface DatingRow {
  article_id: string;
  report: string;
  event: string;
  sibling_published?: string | null;
}

/** A stored actor relation row as the relation an article states. */
export function toActorRelation(r: { article_id: string; data: string }): StatedActorRelation & { articleId: string } {
  return { ...(JSON.parse(r.data) as StatedActorRelation), articleId: r.article_id };
}

/** A stored link row (by events, after joining reports) as the model's link. */
export function toLink(r: {
  from_event: string;
  to_event: string;
  relation: StoredLink["relation"];
  article_id: string;
  evidence: string;
}): StoredLink {
  return {
    from: r.from_event,
    to: r.to_event,
    relation: r.relation,
    article: r.article_id,
    evidence: JSON.parse(r.evidence) as StoredLink["evidence"],
  };
}

/** A stored reference row as the resolver takes it. */
export function toReference(r: {
  from_event: string;
  relation: StoredLink["relation"];
  victim: string;
  article_id: string;
  evidence: string;
}): StoredReference {
  return {
    fromEvent: r.from_event,
    relation: r.relation,
    victim: r.victim,
    article: r.article_id,
    evidence: JSON.parse(r.evidence) as StoredLink["evidence"],
  };
}

/** Every stored event, a page at a time (an adapter reads them so, never all at once). */
export type EventScan = AsyncGenerator<readonly StoredEvent[], void, undefined>;

/** Events per page of such a scan. */
export const SCAN_PAGE_SIZE = 100;

/**
 * Pages of rows read after a key, `pageSize` at a time, until a page comes back short, with a turn
 * of the event loop between pages (so that a server answers other requests meanwhile).
 */
export async function* pagesAfter<Row>(
  read: (after: Row | undefined) => Promise<Row[]> | Row[],
  pageSize: number,
): AsyncGenerator<Row[], void, undefined> {
  let after: Row | undefined;
  for (;;) {
    const rows = await read(after);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1];
    await nextTurn();
  }
}

/** A row of the changes feed. */
export interface ChangeRow {
  seq: number;
  event_id: string;
  kind: EventChange["kind"];
  at: string;
  into_event: string | null;
}

/** Feed rows as changes, and the position to ask from next. */
export function changesFrom(rows: ChangeRow[], since: number): { changes: Array<EventChange & { seq: number }>; next: number } {
  const changes = rows.map((r) => ({
    seq: Number(r.seq),
    event: r.event_id,
    kind: r.kind,
    at: r.at,
    ...(r.into_event ? { into: r.into_event } : {}),
  }));
  return { changes, next: changes.length > 0 ? changes[changes.length - 1]!.seq : since };
}
