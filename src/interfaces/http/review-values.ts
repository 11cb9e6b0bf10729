/**
 * What a reviewer may write into each field: the same shapes the API serves, so an edited event
 * reads like any other, plus the short forms a form sends. A date is a day ("2025-01-02", what a
 * date input gives), null (undated), or the event's own shape `{date, date_precision, date_end}`
 * (as `machine.date` shows it, to restore the machine's value); a bare number of fatalities is
 * an exact count. Each is turned into the shape the store applies (`edit-value-shape.ts`).
 */

import { z } from "@hono/zod-openapi";
import { DATE_PRECISIONS, PLACE_PRECISIONS, type ClaimedField } from "../../core/model.ts";
import { countryFacts } from "../../export/country-facts.ts";
import { plainTextProblem } from "../../storage/shared/edit-value-shape.ts";
import { EVENT_TYPES, IsoDate } from "./request-schemas.ts";

/** Text a person typed, trimmed, one line of it. */
const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `expected ${what}, not empty text`)
    .max(500, `expected ${what} of at most 500 characters`)
    .refine((s) => plainTextProblem(s) === null, "holds a control character");

const count = z.number({ error: "expected a whole number of people or null" }).int().min(0).max(Number.MAX_SAFE_INTEGER).nullable();

const Place = z
  .strictObject({
    name: text("the place's name"),
    admin1: text("the first-level division").nullable().default(null),
    country: z
      .string({ error: "expected a two-letter ISO 3166-1 code such as SY, or null" })
      .regex(/^[A-Z]{2}$/, "expected a two-letter ISO 3166-1 code such as SY")
      .refine((code) => countryFacts(code) !== null, "is not an ISO 3166-1 country code")
      .nullable()
      .default(null),
    lat: z.number().min(-90).max(90).nullable().default(null),
    lon: z.number().min(-180).max(180).nullable().default(null),
    precision: z.enum(PLACE_PRECISIONS).default("exact"),
  })
  .refine((p) => (p.lat === null) === (p.lon === null), { message: "give both lat and lon, or neither", path: ["lon"] });

const Range = z
  .union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.strictObject({ min: count, max: count })])
  .transform((v) => (typeof v === "number" ? { min: v, max: v } : v))
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, "min is above max")
  .nullable();

const UNDATED = { date: null, date_precision: null, date_end: null };

const EventDate = z
  .strictObject({
    date: IsoDate.nullable(),
    date_precision: z.enum(DATE_PRECISIONS).nullable().optional(),
    date_end: IsoDate.nullable().optional(),
  })
  .superRefine((d, ctx) => {
    if (d.date === null && (d.date_precision != null || d.date_end != null)) {
      ctx.addIssue({ code: "custom", message: "an undated value has no date_precision or date_end", path: ["date"] });
    } else if (d.date !== null && d.date_end != null && d.date_end < d.date) {
      ctx.addIssue({ code: "custom", message: "is before date", path: ["date_end"] });
    }
  })
  .transform((d) =>
    d.date === null ? UNDATED : { date: d.date, date_precision: d.date_precision ?? "day", date_end: d.date_end ?? null },
  );

const DateValue = z
  .union([IsoDate.transform((date) => ({ date, date_precision: "day" as const, date_end: null })), EventDate])
  .nullable()
  .transform((v) => v ?? UNDATED);

/** The forms each field's value takes, for the API's description of reviews. */
export const REVIEW_VALUE_FORMS =
  "by field: type, an event type slug; date, a day YYYY-MM-DD, {date, date_precision (day, week, month, year), date_end} or null; " +
  "location, {name, admin1, country (ISO 3166-1 alpha-2), lat, lon (both or neither), precision} or null; actor1 and actor2, a name or null; " +
  "fatalities, a whole number, {min, max} or null; injured, a whole number or null";

export const REVIEW_VALUES: Record<ClaimedField, z.ZodType> = {
  type: z.enum(EVENT_TYPES, { error: "expected an event type slug such as air_drone_strike" }),
  date: DateValue,
  location: Place.nullable(),
  actor1: text("the actor's name").nullable(),
  actor2: text("the actor's name").nullable(),
  fatalities: Range,
  injured: count,
};

/** What a union's input says when no branch takes it: the branch that got furthest, else the forms it takes. */
const FORMS: Partial<Record<ClaimedField, string>> = {
  date: "expected a day YYYY-MM-DD, {date, date_precision, date_end} or null",
  fatalities: "expected a whole number, {min, max} or null",
};

type Issue = z.core.$ZodIssue;

function deepestIssue(issue: Issue, field: ClaimedField): { path: PropertyKey[]; message: string } {
  if (issue.code !== "invalid_union") return issue;
  // A branch that took the input's type and failed on its content says the most.
  const branches = issue.errors.map((issues) => issues[0]).filter((i): i is Issue => i !== undefined);
  const furthest = branches.sort(
    (a, b) => b.path.length - a.path.length || Number(a.code === "invalid_type") - Number(b.code === "invalid_type"),
  )[0];
  if (furthest && (furthest.path.length > 0 || furthest.code !== "invalid_type")) {
    const inner = deepestIssue(furthest, field);
    return { path: [...issue.path, ...inner.path], message: inner.message };
  }
  return { path: issue.path, message: FORMS[field] ?? issue.message };
}

/** The value as the store applies it, or a message saying what the field takes. */
export function checkReviewValue(field: ClaimedField, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = REVIEW_VALUES[field].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = deepestIssue(parsed.error.issues[0]!, field);
  const where = issue.path.length ? `value.${issue.path.map(String).join(".")}` : "value";
  return { ok: false, message: `${where}: ${issue.message} (for field ${field})` };
}
