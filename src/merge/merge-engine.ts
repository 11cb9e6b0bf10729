/**
 * Merging a new article's reports into the stored events, for any store. The store supplies a
 * few primitive reads and writes (`MergeRepository`, storage/merge-repository.ts); the engine
 * decides which stored reports a new one could be one incident with (blocking), regroups the
 * component they form, and writes the events back. The grouping depends only on the set of reports (see cluster-reports.ts), so
 * the events are the same whatever order articles arrive in, in SQLite or PostgreSQL alike.
 */

import { createHash } from "node:crypto";
import type { ArticleEvent, ClaimedField, StoredEvent } from "../core/model.ts";
import {
  FINE_SPAN_DAYS,
  shiftDays,
  type BlockQuery,
  type EventReview,
  type MergeRepository,
  type MergeStats,
  type ReportRow,
} from "../storage/merge-repository.ts";
import { ReportRefCache } from "./report-ref-cache.ts";
import { clusterReports, couldJoin, type ReportRef } from "./cluster-reports.ts";
import { deriveEvent, type ReportInput } from "./derive-event.ts";
import { undatedHorizon } from "./match-report.ts";
import { sidesAcrossBorder } from "./cross-border.ts";

/** A report as stored: what was read, and its article's story keys (see story-keys.ts). */
export type StoredReport = ArticleEvent & { story?: string[] };

/**
 * Reports compared with a new one are those within days of its dates, in its country: wider
 * than any gap merging allows (a day either way).
 */
export const BLOCK_DAYS = 2;

/**
 * An event's id comes from the first (by id) of its reports, so the same reports give the same
 * ids whatever order their articles arrived in.
 */
export function eventId(firstReportId: string): string {
  return "ev_" + createHash("sha256").update(firstReportId).digest("hex").slice(0, 12);
}

/** A report with no date, or one spanning more than a month, is blocked apart from the rest. */
export function isCoarse(report: ArticleEvent): boolean {
  const d = report.date?.value;
  if (!d) return true;
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000 > FINE_SPAN_DAYS;
}

/** The days an undated report's incident may fall on (see `undatedHorizon`), as stored beside it. */
export function horizonOf(report: ArticleEvent, articleDay: string | null): { horizonStart: string | null; horizonEnd: string | null } {
  if (report.date || !articleDay) return { horizonStart: null, horizonEnd: null };
  const h = undatedHorizon(articleDay);
  return { horizonStart: h.start, horizonEnd: h.end };
}

/**
 * The country a report is blocked under: its place's, or none (compared with every country's
 * reports, and they with it) when an incident between two neighbours is placed only by one of
 * them (see `sidesAcrossBorder`): another outlet may place it across the border.
 */
export function blockCountryOf(report: ArticleEvent): string | null {
  return sidesAcrossBorder(report) ? null : (report.location?.value.country ?? null);
}

/** The block a report is compared within. */
export function blockQueryOf(ref: ReportRef): BlockQuery {
  const d = ref.event.date?.value;
  const country = blockCountryOf(ref.event);
  if (d) return { kind: "window", country, since: shiftDays(d.start, -BLOCK_DAYS), until: shiftDays(d.end, BLOCK_DAYS) };
  // Undated: the days before its article appeared; with no article date either, any day of its
  // country (rare: neither a publication date nor a date in the text).
  const { horizonStart, horizonEnd } = horizonOf(ref.event, ref.articleDay ?? null);
  if (horizonStart && horizonEnd) {
    return { kind: "window", country, since: shiftDays(horizonStart, -BLOCK_DAYS), until: shiftDays(horizonEnd, BLOCK_DAYS) };
  }
  return { kind: "country", country };
}

/** Reports kept between regroupings, per store (`MergeRepository.cacheScope`, else the repository). */
const refCaches = new WeakMap<object, ReportRefCache>();

/**
 * Reports as grouping reads them; article days are read once per regrouping, and a report read
 * before is taken from the cache (report-ref-cache.ts) while its row and its article's day hold.
 */
function refLoader(repo: MergeRepository): (row: ReportRow) => Promise<ReportRef> {
  const scope = repo.cacheScope ?? repo;
  let cache = refCaches.get(scope);
  if (!cache) refCaches.set(scope, (cache = new ReportRefCache()));
  const kept = cache;
  const texts = new Map<string, string>();
  const days = new Map<string, string | null>();
  const refs = new Map<string, ReportRef>();
  return async (row) => {
    const known = refs.get(row.id);
    if (known) return known;
    if (!days.has(row.article_id)) days.set(row.article_id, await repo.articleDay(row.article_id));
    const articleDay = days.get(row.article_id) ?? null;
    const cached = kept.get(row.id, row.data, articleDay);
    if (cached) {
      refs.set(row.id, cached);
      return cached;
    }
    let text = texts.get(row.article_id);
    if (text === undefined) {
      text = await repo.articleText(row.article_id);
      texts.set(row.article_id, text);
    }
    const event = JSON.parse(row.data) as StoredReport;
    const evidenceText = event.evidence.map((e) => text.slice(e.start, e.end)).join(" ");
    const ref: ReportRef = { id: row.id, articleId: row.article_id, event, evidenceText, articleDay, story: event.story ?? [] };
    refs.set(row.id, ref);
    kept.set(row.id, row.data, articleDay, ref);
    return ref;
  };
}

/**
 * Regroups every report connected to the seeds by a pair that could be joined (and the former
 * event-mates of each), so the events stay what grouping all reports at once would give.
 * Returns the ids of the events the seeds ended up in, and whether each existed before.
 */
export async function regroup(repo: MergeRepository, seeds: ReportRow[], now: string, stats?: MergeStats): Promise<Map<string, boolean>> {
  const load = refLoader(repo);
  const component = new Map<string, ReportRow>();
  const oldEvents = new Set<string>();
  const queue: ReportRow[] = [];
  const add = (row: ReportRow) => {
    if (component.has(row.id)) return;
    component.set(row.id, row);
    queue.push(row);
  };
  seeds.forEach(add);
  const constraints: { together: Array<readonly [string, string]>; apart: Array<readonly [string, string]> } = { together: [], apart: [] };
  const constrained = new Set<string>();
  while (queue.length > 0) {
    const row = queue.pop()!;
    // A reviewer's merge ties reports that blocking alone might not bring together.
    if (!constrained.has(row.id)) {
      constrained.add(row.id);
      const found = await repo.constraintsOf([row.id]);
      constraints.together.push(...found.together);
      constraints.apart.push(...found.apart);
      for (const [a, b] of found.together) {
        for (const id of [a, b]) {
          if (component.has(id)) continue;
          const partner = await repo.reportById(id);
          if (partner) add(partner);
        }
      }
    }
    if (row.event_id && !oldEvents.has(row.event_id)) {
      oldEvents.add(row.event_id);
      for (const mate of await repo.reportsOfEvent(row.event_id)) add(mate);
    }
    const ref = await load(row);
    const block = await repo.block(blockQueryOf(ref));
    if (stats) stats.comparisons += block.length;
    for (const other of block) {
      if (!component.has(other.id) && couldJoin(ref, await load(other))) add(other);
    }
  }
  const existed = new Set<string>();
  for (const id of oldEvents) if (await repo.eventExists(id)) existed.add(id);
  if (stats) {
    stats.reports += seeds.length;
    stats.regrouped += component.size;
  }
  const refs = await Promise.all([...component.values()].map(load));
  const groups = clusterReports(refs, constraints);
  const kept = new Set<string>();
  const seedIds = new Set(seeds.map((r) => r.id));
  const outcome = new Map<string, boolean>();
  // Where each former event's reports went: to one event (merged into it) or to none.
  const destination = new Map<string, Set<string>>();
  const changed = new Map<string, boolean>();
  for (const group of groups) {
    const id = eventId(group[0]!.id);
    kept.add(id);
    changed.set(id, !existed.has(id));
    for (const ref of group) {
      const before = component.get(ref.id)!.event_id;
      if (before !== id) {
        await repo.setReportEvent(ref.id, id);
        changed.set(id, true);
        if (before) destination.set(before, (destination.get(before) ?? new Set()).add(id));
      }
      if (seedIds.has(ref.id)) outcome.set(id, existed.has(id));
    }
  }
  // An event that kept its id but lost reports to another is revised too.
  for (const [before, into] of destination) if (changed.has(before) && [...into].some((id) => id !== before)) changed.set(before, true);
  // Only once every report has its new event: an event derived earlier would still count the
  // reports that are leaving it for an event later in the list.
  for (const [id, wasChanged] of changed) {
    await rederive(repo, id, now);
    if (wasChanged) await repo.recordChange({ event: id, kind: existed.has(id) ? "revised" : "created", at: now });
  }
  for (const id of [...oldEvents].sort()) {
    const into = [...(destination.get(id) ?? [])].sort();
    if (kept.has(id)) {
      // Reports that left a surviving event for a new one: the new one was split off from it.
      for (const part of into)
        if (part !== id && !existed.has(part)) await repo.recordChange({ event: id, kind: "split", at: now, into: part });
      continue;
    }
    await repo.deleteEvent(id);
    if (into.length === 1) {
      await repo.recordChange({ event: id, kind: "merged", at: now, into: into[0]! });
      // The old id keeps answering: a bookmark or a review link follows the event it became.
      await repo.recordAlias(id, into[0]!);
    } else if (into.length > 1) {
      // Split in parts, none keeping its id: the old id answers as the part holding most of its reports.
      for (const part of into) await repo.recordChange({ event: id, kind: "split", at: now, into: part });
      await repo.recordAlias(id, largestPart(id, into, component, groups));
    } else await repo.recordChange({ event: id, kind: "withdrawn", at: now });
  }
  return outcome;
}

/** Of the events a former event's reports went to, the one holding most of them (then the first by id). */
function largestPart(former: string, parts: string[], component: ReadonlyMap<string, ReportRow>, groups: ReportRef[][]): string {
  let best = parts[0]!;
  let most = -1;
  for (const part of parts) {
    const group = groups.find((g) => eventId(g[0]!.id) === part) ?? [];
    const n = group.filter((ref) => component.get(ref.id)?.event_id === former).length;
    if (n > most) [best, most] = [part, n];
  }
  return best;
}

/** Derives an event anew from its reports and saves it. */
export async function rederive(repo: MergeRepository, id: string, now: string): Promise<StoredEvent> {
  const rows = await repo.reportsOfEvent(id);
  const reports: ReportInput[] = rows.map((r) => ({ articleId: r.article_id, event: JSON.parse(r.data) as ArticleEvent }));
  const texts = new Map<string, string>();
  for (const r of reports) if (!texts.has(r.articleId)) texts.set(r.articleId, await repo.articleText(r.articleId));
  // A near-duplicate article counts as a copy of the first (by id) of the texts it repeats.
  const copyOf = new Map<string, string>();
  for (const articleId of texts.keys()) {
    const original = [articleId, ...(await repo.copiesOf(articleId))].sort()[0]!;
    if (original !== articleId) copyOf.set(articleId, original);
  }
  const event = applyReviews(deriveEvent(id, reports, texts, copyOf), await repo.reviewsOf(rows.map((r) => r.id)));
  await repo.saveEvent(event, now);
  return event;
}

/**
 * A reviewed event: each edited field takes the reviewer's latest value, the machine's own value
 * kept beside it (`machine`), so a correction never erases what was read.
 */
export function applyReviews(event: StoredEvent, reviews: EventReview[]): StoredEvent {
  if (reviews.length === 0) return event;
  const out: StoredEvent = { ...event, status: "reviewed", version: 1 + reviews.length };
  const machine: Record<string, unknown> = {};
  for (const review of [...reviews].sort((a, b) => a.seq - b.seq)) {
    if (review.action !== "edit" || !review.field) continue;
    const field = review.field;
    if (!(field in machine)) machine[field] = fieldOf(event, field);
    setField(out, field, review.value);
  }
  if (Object.keys(machine).length > 0) out.machine = machine;
  return out;
}

function fieldOf(event: StoredEvent, field: ClaimedField): unknown {
  if (field === "date") return { date: event.date, date_precision: event.date_precision, date_end: event.date_end };
  return event[field];
}

function setField(event: StoredEvent, field: ClaimedField, value: unknown): void {
  if (field === "date") {
    const v = value as { date: string | null; date_precision?: StoredEvent["date_precision"]; date_end?: string | null };
    event.date = v.date;
    event.date_precision = v.date_precision ?? (v.date ? "day" : null);
    event.date_end = v.date_end ?? null;
  } else (event as unknown as Record<string, unknown>)[field] = value;
}
