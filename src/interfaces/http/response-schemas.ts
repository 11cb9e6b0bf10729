/**
 * The zod schemas of response bodies. Responses are not validated at run time (the export
 * functions already fix their shape); these schemas document it in the OpenAPI document and type
 * the handlers, and the tests parse real responses with them so that the document cannot drift.
 */

import { z } from "@hono/zod-openapi";
import {
  ACTOR_RELATION_KINDS,
  CLAIMED_FIELDS,
  DATE_PRECISIONS,
  EVENT_STATUSES,
  LINK_RELATIONS,
  PLACE_PRECISIONS,
  REVIEW_ACTIONS,
} from "../../core/model.ts";
import { ACTOR_KINDS, EVENT_TYPES } from "./request-schemas.ts";

export const ErrorBody = z.object({ error: z.string() }).openapi("Error");

export const Evidence = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }).openapi("Evidence");

const Place = z
  .object({
    name: z.string(),
    admin1: z.string().nullable(),
    country: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    precision: z.enum(PLACE_PRECISIONS),
  })
  .openapi("Place");

const Range = z.object({ min: z.number().nullable(), max: z.number().nullable() }).openapi("Range");

const FieldClaim = z
  .object({ article: z.string(), value: z.unknown(), evidence: Evidence, rule: z.string(), implied: z.boolean().optional() })
  .openapi("FieldClaim");

export const Event = z
  .object({
    id: z.string(),
    type: z.enum(EVENT_TYPES),
    date: z.string().nullable(),
    date_precision: z.enum(DATE_PRECISIONS).nullable(),
    date_end: z.string().optional(),
    location: Place.nullable(),
    actor1: z.string().nullable(),
    actor2: z.string().nullable(),
    fatalities: Range.nullable(),
    injured: z.number().nullable(),
    operation: z.string().optional(),
    sources: z.array(z.object({ article: z.string(), evidence: z.array(Evidence), copy_of: z.string().optional() })),
    independent_sources: z.number().int(),
    // Optional: events derived by older versions lack them.
    claims: z.partialRecord(z.enum(CLAIMED_FIELDS), z.array(FieldClaim)).optional(),
    disagreements: z.array(z.enum(CLAIMED_FIELDS)).optional(),
    // A reviewed event: the machine's own values of the fields reviewers edited.
    machine: z.record(z.string(), z.unknown()).optional(),
    status: z.enum(EVENT_STATUSES),
    version: z.number().int(),
  })
  .openapi("Event");

export const Review = z
  .object({
    seq: z.number().int(),
    action: z.enum(REVIEW_ACTIONS),
    field: z.enum(CLAIMED_FIELDS).optional(),
    value: z.unknown().optional(),
    by: z.string(),
    at: z.string(),
    before: z.unknown(),
    note: z.string().optional(),
  })
  .openapi("Review");

export const EventPage = z.object({ events: z.array(Event), next_cursor: z.string().nullable() }).openapi("EventPage");

export const Link = z
  .object({
    from: z.string(),
    to: z.string(),
    relation: z.enum(LINK_RELATIONS),
    article: z.string(),
    evidence: Evidence,
  })
  .openapi("Link");

export const NumericClaim = z
  .object({
    article: z.string(),
    span: z.object({ start: z.number().int(), end: z.number().int() }),
    text: z.string(),
    quantity: z.string(),
    value: Range,
    qualifier: z.string().nullable(),
    claimant: z.string().nullable(),
  })
  .openapi("NumericClaim");

/** One field as one source read it: the value, the words it was read from and the rule that read them. */
export const ReportField = z
  .object({ value: z.unknown(), evidence: Evidence, rule: z.string(), implied: z.boolean().optional() })
  .nullable()
  .openapi("ReportField");

export const Report = z
  .object({
    id: z.string(),
    article: z.string(),
    trigger: z.string(),
    weekday: z.string().optional(),
    operation: z.string().optional(),
    fields: z.record(z.enum(CLAIMED_FIELDS), ReportField),
    evidence: z.array(Evidence),
  })
  .openapi("Report");

/** Nested rather than spread: the event's own `claims` (per field) would collide with its articles' numeric claims. */
export const EventDetail = z
  .object({ event: Event, reports: z.array(Report), links: z.array(Link), claims: z.array(NumericClaim), reviews: z.array(Review) })
  .openapi("EventDetail");

export const Actor = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    country: z.string().nullable(),
    aliases: z.array(z.string()),
    sightings: z.number().int(),
    articles: z.array(z.string()),
  })
  .openapi("Actor");

/** In the export's shape (camel-case ids included), so that one client type reads both. */
export const ActorRelation = z
  .object({
    article: z.string(),
    from: z.string(),
    to: z.string(),
    relation: z.enum(ACTOR_RELATION_KINDS),
    evidence: Evidence,
    fromId: z.string().nullable(),
    toId: z.string().nullable(),
  })
  .openapi("ActorRelation");

export const ActorDetail = z
  .object({ actor: Actor, relations: z.array(ActorRelation), events: z.array(z.string()) })
  .openapi("ActorDetail");

export const ArticleView = z
  .object({
    id: z.string(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    title: z.string().nullable(),
    text: z.string(),
  })
  .openapi("Article");

export const IngestOutcome = z
  .object({ article: z.string(), stored: z.boolean(), events_created: z.number().int(), events_updated: z.number().int() })
  .openapi("IngestOutcome");

/** An article sent but not read, as listed: what it is, why it failed, not its body. */
export const FailedArticleView = z
  .object({
    id: z.string(),
    status: z.literal("failed"),
    reason: z.string(),
    source: z.string(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    title: z.string().nullable(),
    format: z.enum(["text", "html"]),
    size: z.number().int().openapi({ description: "the body's length as sent, in UTF-16 code units" }),
    content_hash: z.string().openapi({ description: "SHA-256 of the body as sent" }),
    failed_at: z.string(),
    attempts: z.number().int().openapi({ description: "how many times it was sent and failed" }),
  })
  .openapi("FailedArticle");

export const FailedArticleList = z.object({ articles: z.array(FailedArticleView) }).openapi("FailedArticleList");

/** A posted article not ingested: nothing stored (a url that could not be fetched), or stored as failed with its id and reason. */
export const IngestRefusal = z
  .object({
    error: z.string(),
    article: z.string().optional().openapi({ description: "when stored as failed: the article's id" }),
    status: z.literal("failed").optional().openapi({
      description: "failed: the article is stored as failed (listed by GET /api/articles?status=failed; send it again to retry)",
    }),
    reason: z.string().optional().openapi({ description: "when stored as failed: why it could not be read" }),
  })
  .openapi("IngestRefusal");

export const Health = z.object({ status: z.literal("ok"), articles: z.number().int() }).openapi("Health");

export const Export = z
  .object({
    events: z.array(Event),
    links: z.array(Link),
    actors: z.array(Actor),
    actor_relations: z.array(ActorRelation),
    claims: z.array(NumericClaim),
    quotes: z.array(
      z.object({
        article: z.string(),
        span: z.object({ start: z.number(), end: z.number() }),
        text: z.string(),
        speaker: z.string().nullable(),
      }),
    ),
  })
  .openapi("Export");
