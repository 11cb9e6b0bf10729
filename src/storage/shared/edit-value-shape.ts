/**
 * The shape each editable field's value must have as the store applies it to an event (see
 * `applyReviews`): a reviewed event is then exported, listed and indexed like any other. Checked
 * before a review is recorded, so a value of another shape is refused with what is wrong instead
 * of being stored and emptying the field (a date given as a bare day, say) or failing later.
 * The API accepts friendlier forms (a bare day, a bare number of deaths) and hands over these.
 */

import { isEventType } from "../../core/event-types.ts";
import { DATE_RANK, PLACE_RANK, type ClaimedField } from "../../core/model.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(v: unknown): v is string {
  if (typeof v !== "string" || !DAY.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Text a person typed: no control characters (PostgreSQL refuses NUL, and no export wants them). */
export function plainTextProblem(v: string): string | null {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v) ? "holds a control character" : null;
}

const isCount = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;

function keysProblem(v: object, keys: readonly string[]): string | null {
  const extra = Object.keys(v).filter((k) => !keys.includes(k));
  if (extra.length) return `has unknown key(s) ${extra.join(", ")}; keys: ${keys.join(", ")}`;
  const missing = keys.filter((k) => !(k in v));
  return missing.length ? `lacks key(s) ${missing.join(", ")}; keys: ${keys.join(", ")}` : null;
}

function nameProblem(v: unknown, what: string): string | null {
  if (typeof v !== "string" || !v.trim()) return `expected ${what} as non-empty text`;
  return plainTextProblem(v);
}

function dateProblem(v: unknown): string | null {
  const shape = "expected {date, date_precision, date_end} (date and date_end YYYY-MM-DD) or null";
  if (v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) return shape;
  const d = v as Record<string, unknown>;
  const keys = keysProblem(d, ["date", "date_precision", "date_end"]);
  if (keys) return keys;
  if (d["date"] === null) {
    return d["date_precision"] == null && d["date_end"] == null ? null : "an undated value has no date_precision or date_end";
  }
  if (!isDay(d["date"])) return `date: ${shape}`;
  if (typeof d["date_precision"] !== "string" || !(d["date_precision"] in DATE_RANK)) {
    return `date_precision: expected one of ${Object.keys(DATE_RANK).join(", ")}`;
  }
  if (d["date_end"] !== null && d["date_end"] !== undefined) {
    if (!isDay(d["date_end"])) return `date_end: ${shape}`;
    if (d["date_end"] < d["date"]) return "date_end is before date";
  }
  return null;
}

function placeProblem(v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) return "expected {name, admin1, country, lat, lon, precision} or null";
  const p = v as Record<string, unknown>;
  const keys = keysProblem(p, ["name", "admin1", "country", "lat", "lon", "precision"]);
  if (keys) return keys;
  const name = nameProblem(p["name"], "the place's name");
  if (name) return `name: ${name}`;
  if (p["admin1"] !== null) {
    const admin1 = nameProblem(p["admin1"], "the first-level division");
    if (admin1) return `admin1: ${admin1} or null`;
  }
  if (p["country"] !== null && (typeof p["country"] !== "string" || !/^[A-Z]{2}$/.test(p["country"]))) {
    return "country: expected a two-letter ISO 3166-1 code or null";
  }
  for (const [key, bound] of [
    ["lat", 90],
    ["lon", 180],
  ] as const) {
    const n = p[key];
    if (n !== null && (typeof n !== "number" || !Number.isFinite(n) || Math.abs(n) > bound))
      return `${key}: expected a number from -${bound} to ${bound} or null`;
  }
  if ((p["lat"] === null) !== (p["lon"] === null)) return "lat and lon: expected both or neither";
  if (typeof p["precision"] !== "string" || !(p["precision"] in PLACE_RANK))
    return `precision: expected one of ${Object.keys(PLACE_RANK).join(", ")}`;
  return null;
}

function rangeProblem(v: unknown): string | null {
  if (v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) return "expected {min, max} (whole numbers or null) or null";
  const r = v as Record<string, unknown>;
  const keys = keysProblem(r, ["min", "max"]);
  if (keys) return keys;
  for (const key of ["min", "max"]) if (r[key] !== null && !isCount(r[key])) return `${key}: expected a whole number of people or null`;
  if (r["min"] !== null && r["max"] !== null && (r["min"] as number) > (r["max"] as number)) return "min is above max";
  return null;
}

const PROBLEM: Record<ClaimedField, (v: unknown) => string | null> = {
  type: (v) => (typeof v === "string" && isEventType(v) ? null : "expected an event type slug such as air_drone_strike"),
  date: dateProblem,
  location: placeProblem,
  actor1: (v) => (v === null ? null : nameProblem(v, "the actor's name")),
  actor2: (v) => (v === null ? null : nameProblem(v, "the actor's name")),
  fatalities: rangeProblem,
  injured: (v) => (v === null || isCount(v) ? null : "expected a whole number of people or null"),
};

/** What is wrong with `value` as the stored value of `field`, or null when it fits. */
export function editValueProblem(field: ClaimedField, value: unknown): string | null {
  if (value === undefined) return "is missing";
  return PROBLEM[field](value);
}

/**
 * A value as recorded by an earlier version, which took a date edit as the bare day the web view
 * sends (or null) and so emptied the event's date: read as the date it meant.
 */
export function upgradeStoredEditValue(field: ClaimedField, value: unknown): unknown {
  if (field !== "date") return value;
  if (value === null) return { date: null, date_precision: null, date_end: null };
  if (isDay(value)) return { date: value, date_precision: "day", date_end: null };
  return value;
}
