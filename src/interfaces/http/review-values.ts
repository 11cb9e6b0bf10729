/**
 * What a reviewer may write into each field: the same shapes the API serves, so an edited event
 * reads like any other. A bare number for fatalities means an exact count.
 */

import { z } from "@hono/zod-openapi";
import type { ClaimedField } from "../../core/model.ts";
import { EVENT_TYPES, IsoDate } from "./request-schemas.ts";

const count = z.number({ error: "expected a whole number of people or null" }).int().min(0).nullable();

const Place = z.strictObject({
  name: z.string({ error: "expected the place's name" }).min(1),
  admin1: z.string().nullable().default(null),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "expected a two-letter ISO 3166-1 code such as SY")
    .nullable()
    .default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
  precision: z.enum(["exact", "near", "admin1", "region", "country"]).default("exact"),
});

const Range = z
  .union([z.number().int().min(0), z.strictObject({ min: z.number().int().min(0).nullable(), max: z.number().int().min(0).nullable() })])
  .transform((v) => (typeof v === "number" ? { min: v, max: v } : v))
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, "min is above max")
  .nullable();

export const REVIEW_VALUES: Record<ClaimedField, z.ZodType> = {
  type: z.enum(EVENT_TYPES, { error: "expected an event type slug such as air_drone_strike" }),
  // A day, never null: the store has no way to apply "no date" to an event.
  date: IsoDate,
  location: Place.nullable(),
  actor1: z.string().trim().min(1).nullable(),
  actor2: z.string().trim().min(1).nullable(),
  fatalities: Range,
  injured: count,
};

/** The value as stored, or a message saying what the field takes. */
export function checkReviewValue(field: ClaimedField, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const parsed = REVIEW_VALUES[field].safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `value.${issue.path.join(".")}` : "value";
  return { ok: false, message: `${where}: ${issue.message} (for field ${field})` };
}
