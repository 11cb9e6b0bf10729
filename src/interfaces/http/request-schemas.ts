import { countryFilterHelp, resolveCountry } from "../../filters/country-filter.ts";
import { resolveTypes, typeFilterHelp } from "../../filters/type-filter.ts";
import { admin1FilterHelp, resolveAdmin1s } from "../../filters/admin1-filter.ts";
import { parseCount } from "../../filters/count-filter.ts";
import { ACTOR_KINDS, actorKindFilterHelp, resolveActorKinds } from "../../filters/actor-kind-filter.ts";
/**
 * The zod schemas of every request parameter and body. They validate requests and, through
 * @hono/zod-openapi, write the OpenAPI document, so the two cannot disagree. Messages name what
 * was expected; the validation hook prefixes the parameter's name.
 */

import { z } from "@hono/zod-openapi";
import { EVENT_FAMILIES, type EventType } from "../../core/event-types.ts";
import { ARTICLE_ID_MESSAGE, ARTICLE_ID_PATTERN } from "../../ingest/article-id.ts";
import { isIsoDate } from "../../ingest/build-article.ts";
import { parseBbox } from "./bbox.ts";
import { decodeCursor } from "./event-paging.ts";
import { EXPORT_FORMATS } from "../../export/export-formats.ts";

export const EVENT_TYPES = Object.values(EVENT_FAMILIES).flat() as [EventType, ...EventType[]];

export { ACTOR_KINDS };

const DATE_MESSAGE = "expected YYYY-MM-DD";
const BBOX_MESSAGE = "expected minLon,minLat,maxLon,maxLat in degrees, with minLat ≤ maxLat";
/** Four numbers, as `parseBbox` reads them: the document shows it, so that an empty or partial box is not offered as valid. */
const BBOX_PATTERN = /^\s*-?\d+(\.\d+)?\s*(,\s*-?\d+(\.\d+)?\s*){3}$/;
const CURSOR_MESSAGE = "not a cursor this API returned";
const LIMIT_MESSAGE = "expected an integer from 1 to 500";

/** A calendar date: the pattern shows in the document, the refinement rejects 2025-02-30. */
export const IsoDate = z
  .string({ error: DATE_MESSAGE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
  .refine(isIsoDate, DATE_MESSAGE)
  .openapi({ format: "date", example: "2025-11-11" });

/** A whole number in digits, at least `min`: the pattern shows in the document, so that "5.5" or "" is not offered as valid. */
function count(min: number) {
  const message = `expected a whole number of ${min} or more`;
  return z
    .string({ error: message })
    .regex(min === 0 ? /^\d{1,9}$/ : /^0*[1-9]\d{0,8}$/, message)
    .transform((v) => parseCount(v, min)!)
    .optional();
}

/** The filters the store understands, shared by `/api/events` and `/api/export`. */
export const storeFilters = {
  since: IsoDate.optional().openapi({ description: "events on or after this day (an event spanning days counts by its last day)" }),
  until: IsoDate.optional().openapi({ description: "events on or before this day" }),
  country: z
    .string()
    .min(1)
    .refine((v) => resolveCountry(v) !== null, {
      error: (issue) => `unknown country ${JSON.stringify(issue.input)}: ${countryFilterHelp(String(issue.input))}`,
    })
    .transform((v) => resolveCountry(v)!)
    .optional()
    .openapi({ description: "events in this country: an ISO 3166-1 alpha-2 or alpha-3 code or its name", example: "SY" }),
  type: z
    .string()
    .min(1)
    .refine((v) => resolveTypes(v) !== null, { error: () => `unknown event type: ${typeFilterHelp()}` })
    .transform((v) => resolveTypes(v)!)
    .optional()
    .openapi({
      description:
        "events of these types, comma-separated: sub-event slugs (air_drone_strike), ACLED sub-event labels (Air/drone strike) or ACLED event types (Battles, a whole family)",
      example: "air_drone_strike",
    }),
  actor: z.string().min(1).optional().openapi({ description: "events where actor1 or actor2 contains this text (any case)" }),
  min_fatalities: count(0).openapi({
    description:
      "events with at least this many deaths: the lower end of the range sources give (ACLED's figure), no toll told counting as 0",
    example: "5",
  }),
  admin1: z
    .string()
    .refine((v) => resolveAdmin1s(v) !== null, {
      error: (issue) => `${JSON.stringify(issue.input)} names no division; expected ${admin1FilterHelp()}`,
    })
    .transform((v) => resolveAdmin1s(v)!)
    .optional()
    .openapi({
      description:
        'events in these first-level divisions, comma-separated: a name with or without its kind ("Borno" or "Borno State", "Donetsk Oblast"), in any case, accents optional',
      example: "Borno State",
    }),
  actor_kind: z
    .string()
    .refine((v) => resolveActorKinds(v) !== null, {
      error: (issue) => `${JSON.stringify(issue.input)} is not an actor kind; expected ${actorKindFilterHelp()}`,
    })
    .transform((v) => resolveActorKinds(v)!)
    .optional()
    .openapi({
      description: `events where actor1 or actor2 is of these kinds, comma-separated: ${ACTOR_KINDS.join(", ")}, or ACLED's actor types (State forces, Rebel group, Political militia, Identity militia, Rioters, Protesters, Civilians, External/Other forces)`,
      example: "civilians",
    }),
  min_sources: count(1).openapi({
    description: "events told by at least this many independent sources (near-duplicate articles count once)",
    example: "2",
  }),
  reviewed: z
    .enum(["true", "false"], { error: "expected true or false" })
    .transform((v) => v === "true")
    .optional()
    .openapi({ description: "true: only events a reviewer confirmed or edited; false: only those no reviewer has touched" }),
};

/** The map's box and free text, which the listing and the exports take but watchlists do not. */
export const placeAndTextFilters = {
  bbox: z
    .string()
    .regex(BBOX_PATTERN, BBOX_MESSAGE)
    .refine((s) => parseBbox(s) !== null, BBOX_MESSAGE)
    .optional()
    .openapi({ description: "events located inside this box (west, south, east, north)", example: "-5,10,5,20" }),
  q: z
    .string()
    .min(1)
    .optional()
    .openapi({ description: "text in the event's evidence, place name or actor names (any case), from the start of a word" }),
};

/** Dates are compared as written, so a reversed range would silently match nothing: say so instead. */
export function sinceNotAfterUntil(f: { since?: string | undefined; until?: string | undefined }): boolean {
  return !f.since || !f.until || f.since <= f.until;
}
export const REVERSED = { error: "is after until", path: ["since"] };

export const EventsQuery = z
  .object({
    ...storeFilters,
    ...placeAndTextFilters,
    limit: z.coerce
      .number({ error: LIMIT_MESSAGE })
      .int(LIMIT_MESSAGE)
      .min(1, LIMIT_MESSAGE)
      .max(500, LIMIT_MESSAGE)
      .default(100)
      .openapi({ description: "events per page" }),
    cursor: z
      .string()
      // Base64url, as `encodeCursor` writes it: the document shows it, so that an empty cursor is not offered as valid.
      .regex(/^[A-Za-z0-9_-]+$/, CURSOR_MESSAGE)
      .refine((s) => decodeCursor(s) !== null, CURSOR_MESSAGE)
      .optional()
      .openapi({ description: "the `next_cursor` of the previous page" }),
  })
  .refine(sinceNotAfterUntil, REVERSED);

export const ExportQuery = z
  .object({
    ...storeFilters,
    ...placeAndTextFilters,
    format: z
      .enum(EXPORT_FORMATS, { error: (issue) => `unknown format ${JSON.stringify(issue.input)}; known: ${EXPORT_FORMATS.join(", ")}` })
      .default("json"),
    include_incomplete: z
      .enum(["true", "false"], { error: "expected true or false" })
      .optional()
      .openapi({ description: "csv: keep events ACLED would not have (no date, actor1 or country); left out by default" }),
  })
  .refine(sinceNotAfterUntil, REVERSED);

const FAILED_LIMIT_MESSAGE = "expected a whole number from 1 to 1000";

/** The articles the API lists: only those sent but not read (the stored ones are reached through their events). */
export const ArticlesQuery = z.object({
  status: z
    .enum(["failed"], { error: 'expected "failed": only the articles that could not be read are listed' })
    .openapi({ description: "failed: the articles sent but not read (out of their time, or their reading failed), kept as sent" }),
  limit: z.coerce
    .number({ error: FAILED_LIMIT_MESSAGE })
    .int(FAILED_LIMIT_MESSAGE)
    .min(1, FAILED_LIMIT_MESSAGE)
    .max(1000, FAILED_LIMIT_MESSAGE)
    .default(100)
    .openapi({ description: "at most this many, the most recent failure first" }),
});

export const ActorsQuery = z.object({
  q: z.string().min(1).optional().openapi({ description: "text in the actor's name or other names (any case)" }),
  kind: z.enum(ACTOR_KINDS, { error: `expected one of ${ACTOR_KINDS.join(", ")}` }).optional(),
});

/** A path id: whatever the store uses (event ids hold "#" and need percent-encoding). */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: "id", in: "path" }, example: "ev_239d671c899c" }),
});

const nullableText = z.string().nullable().optional();

export const ArticleBody = z
  .strictObject({
    id: z
      .string()
      .regex(ARTICLE_ID_PATTERN, ARTICLE_ID_MESSAGE)
      .optional()
      .openapi({ description: "defaults to the start of the content hash; must stay usable in a URL path" }),
    text: z.string().optional().openapi({ description: "the article as plain text (give this or html)" }),
    html: z.string().optional().openapi({ description: "the article as an HTML page, turned into text once (give this or text)" }),
    published: IsoDate.nullable()
      .optional()
      .openapi({ description: "publication day; null or absent when unknown (relative dates then stay unresolved)" }),
    url: nullableText.openapi({ description: "where the article was published; alone (no text or html), the server fetches it" }),
    outlet: nullableText,
    title: nullableText,
  })
  .refine((b) => !(b.text !== undefined && b.html !== undefined), { error: "give exactly one of text or html (or only url, to fetch it)" })
  .refine((b) => b.text !== undefined || b.html !== undefined || (typeof b.url === "string" && /^https?:\/\//i.test(b.url)), {
    error: "give exactly one of text or html (or only url, to fetch it)",
  })
  .openapi("ArticleInput", {
    // The two rules above, in the document's terms: never text and html together; one of them, or a url alone.
    // (The properties only name what `required` speaks of, so that no reader takes them for undefined ones.)
    not: { required: ["text", "html"], properties: { text: {}, html: {} } },
    anyOf: [
      { required: ["text"] },
      { required: ["html"] },
      { required: ["url"], properties: { url: { type: "string", pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" } } },
    ],
  });
