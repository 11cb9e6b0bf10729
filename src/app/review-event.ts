/**
 * Reviewers correct the machine: confirm an event, edit one of its fields, merge two events or
 * split one. Every review is recorded with who, when and the event as it was; an edit keeps the
 * machine's value beside the reviewer's (see `applyReviews`); merges and splits become grouping
 * decisions the engine honours whenever it regroups those reports again.
 */

import { ReviewError } from "../core/errors.ts";
import { CLAIMED_FIELDS, type ClaimedField } from "../core/model.ts";
import { rederive, regroup } from "../merge/merge-engine.ts";
import type { MergeStats } from "../storage/merge-repository.ts";
import { editValueProblem, plainTextProblem } from "../storage/shared/edit-value-shape.ts";
import type { Store } from "../storage/store.ts";
import type { ReviewRepository } from "../storage/write-transaction.ts";

/** What a reviewer asks. */
export type ReviewAction =
  | { action: "confirm"; note?: string }
  | { action: "edit"; field: ClaimedField; value: unknown; note?: string }
  | { action: "merge"; with: string; note?: string }
  | { action: "split"; reports: string[]; note?: string };

/**
 * Applies a reviewer's decision (confirm, edit a field, merge, split), recorded with `by` and the
 * event as it was, in one store transaction; returns the events holding the reviewed reports
 * afterwards. Throws ReviewError for an unknown event or a request that does not fit it.
 */
export async function reviewEvent(store: Store, id: string, request: ReviewAction, by: string): Promise<{ events: string[] }> {
  return store.write(async (tx) => {
    // Reviews regroup reports as merging does: one at a time across writers, from the start.
    await tx.enterMerge();
    return applyReview(tx, id, request, by, new Date().toISOString(), tx.mergeStats);
  });
}

/** Applies a review inside an open transaction; returns the events that hold the reviewed reports afterwards. */
export async function applyReview(
  repo: ReviewRepository,
  id: string,
  request: ReviewAction,
  by: string,
  now: string,
  stats: MergeStats,
): Promise<{ events: string[] }> {
  const event = await repo.eventById(id);
  if (!event) throw new ReviewError(`no event "${id}"`, "missing");
  const noteProblem = request.note === undefined ? null : plainTextProblem(request.note);
  if (noteProblem) throw new ReviewError(`note: ${noteProblem}`, "invalid");
  const reports = await repo.reportsOfEvent(id);
  const anchor = reports[0]!.id;
  const note = request.note ? { note: request.note } : {};

  if (request.action === "confirm" || request.action === "edit") {
    if (request.action === "edit" && !CLAIMED_FIELDS.includes(request.field)) {
      throw new ReviewError(`field "${String(request.field)}" cannot be edited; fields: ${CLAIMED_FIELDS.join(", ")}`, "invalid");
    }
    // Checked before anything is recorded: a value of another shape would empty the field.
    if (request.action === "edit") {
      const problem = editValueProblem(request.field, request.value);
      if (problem) throw new ReviewError(`value: ${problem} (for field ${request.field})`, "invalid");
    }
    await repo.insertReview({
      anchor,
      action: request.action,
      ...(request.action === "edit" ? { field: request.field, value: request.value } : {}),
      by,
      at: now,
      before: event,
      ...note,
    });
    await rederive(repo, id, now);
    await repo.recordChange({ event: id, kind: "reviewed", at: now });
    return { events: [id] };
  }

  if (request.action === "merge") {
    if (request.with === id) throw new ReviewError(`an event cannot be merged with itself`, "invalid");
    const other = await repo.eventById(request.with);
    if (!other) throw new ReviewError(`no event "${request.with}" to merge with`, "missing");
    const otherReports = await repo.reportsOfEvent(request.with);
    // The latest decision holds: a merge undoes an earlier split between these reports (the
    // review history keeps both), or the old "apart" would keep them from joining.
    await repo.dropConstraints(
      reports.map((r) => r.id),
      otherReports.map((r) => r.id),
      "apart",
    );
    await repo.insertConstraint(anchor, otherReports[0]!.id, "together", by, now);
    await repo.insertReview({ anchor, action: "merge", value: request.with, by, at: now, before: event, ...note });
    await repo.insertReview({ anchor: otherReports[0]!.id, action: "merge", value: id, by, at: now, before: other, ...note });
    const outcome = await regroup(repo, [...reports, ...otherReports], now, stats);
    return { events: [...outcome.keys()].sort() };
  }

  // Split: the named reports leave the event together, and stay apart from the rest.
  const moving = new Set(request.reports);
  const unknown = request.reports.filter((r) => !reports.some((x) => x.id === r));
  if (unknown.length) throw new ReviewError(`report(s) ${unknown.join(", ")} are not reports of event "${id}"`, "invalid");
  if (moving.size === 0 || moving.size === reports.length) {
    throw new ReviewError(`a split moves some of the event's ${reports.length} reports, not none or all`, "invalid");
  }
  const moved = reports.filter((r) => moving.has(r.id));
  const staying = reports.filter((r) => !moving.has(r.id));
  // Likewise a split undoes the merges that held these reports together.
  await repo.dropConstraints(
    moved.map((r) => r.id),
    staying.map((r) => r.id),
    "together",
  );
  for (const m of moved) for (const s of staying) await repo.insertConstraint(m.id, s.id, "apart", by, now);
  for (let i = 1; i < moved.length; i++) await repo.insertConstraint(moved[0]!.id, moved[i]!.id, "together", by, now);
  for (let i = 1; i < staying.length; i++) await repo.insertConstraint(staying[0]!.id, staying[i]!.id, "together", by, now);
  await repo.insertReview({ anchor, action: "split", value: [...moving].sort(), by, at: now, before: event, ...note });
  const outcome = await regroup(repo, reports, now, stats);
  return { events: [...outcome.keys()].sort() };
}
