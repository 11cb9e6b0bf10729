/** Reviews as both stores keep them: one row each, values and the event before as JSON text. */

import type { ClaimedField } from "../../core/model.ts";
import type { EventReview } from "../merge-repository.ts";
import { upgradeStoredEditValue } from "./edit-value-shape.ts";

export interface ReviewRow {
  seq: number | string;
  anchor: string;
  action: EventReview["action"];
  field: string | null;
  value: string | null;
  by_name: string;
  at: string;
  before: string;
  note: string | null;
}

export function toReview(r: ReviewRow): EventReview {
  const value = r.value !== null ? (JSON.parse(r.value) as unknown) : undefined;
  return {
    seq: Number(r.seq),
    anchor: r.anchor,
    action: r.action,
    ...(r.field ? { field: r.field as ClaimedField } : {}),
    ...(r.value !== null ? { value: r.action === "edit" && r.field ? upgradeStoredEditValue(r.field as ClaimedField, value) : value } : {}),
    by: r.by_name,
    at: r.at,
    before: JSON.parse(r.before) as unknown,
    ...(r.note ? { note: r.note } : {}),
  };
}

/** A review's column values, in the order both stores insert them (anchor, action, field, value, by_name, at, before, note). */
export function reviewRowValues(
  r: Omit<EventReview, "seq">,
): [string, string, string | null, string | null, string, string, string, string | null] {
  return [
    r.anchor,
    r.action,
    r.field ?? null,
    r.value === undefined ? null : JSON.stringify(r.value),
    r.by,
    r.at,
    JSON.stringify(r.before),
    r.note ?? null,
  ];
}
