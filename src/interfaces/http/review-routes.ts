import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { reviewEvent, type ReviewAction } from "../../app/review-event.ts";
import { ReviewError } from "../../core/errors.ts";
import { CLAIMED_FIELDS } from "../../core/model.ts";
import type { Store } from "../../storage/store.ts";
import { IdParam } from "./request-schemas.ts";
import { ErrorBody } from "./response-schemas.ts";
import { badRequest, json } from "./responses.ts";
import { checkReviewValue, REVIEW_VALUE_FORMS, REVIEW_VALUES } from "./review-values.ts";

/**
 * The shapes an edited value may take, as plain JSON Schema for the document: each once, though
 * several fields share one (actor1 and actor2), since a union listing a shape twice says nothing more.
 */
const VALUE_SHAPES = `[${[
  ...new Set(
    Object.values(REVIEW_VALUES).map((shape) => {
      const { $schema: _, ...schema } = z.toJSONSchema(shape, { io: "input", unrepresentable: "any" });
      return JSON.stringify(schema);
    }),
  ),
].join(",")}]`;

const note = z.string().max(2000).optional().openapi({ description: "why, in the reviewer's words" });

export const ReviewBody = z
  .discriminatedUnion("action", [
    z.object({ action: z.literal("confirm"), note }).strict(),
    z
      .object({
        action: z.literal("edit"),
        field: z.enum(CLAIMED_FIELDS),
        value: z
          .unknown()
          .refine((v) => v !== undefined, "is missing")
          // Checked against the field's own shape in the handler; the document lists the shapes.
          .openapi({ description: REVIEW_VALUE_FORMS, anyOf: JSON.parse(VALUE_SHAPES) }),
        note,
      })
      .strict(),
    z.object({ action: z.literal("merge"), with: z.string().regex(/^ev_[0-9a-f]{12}$/, "expected an event id"), note }).strict(),
    z.object({ action: z.literal("split"), reports: z.array(z.string().min(1)).min(1), note }).strict(),
  ])
  .openapi("ReviewRequest");

const review = createRoute({
  method: "post",
  path: "/api/events/{id}/review",
  operationId: "reviewEvent",
  tags: ["review"],
  summary: "Review an event: confirm it, edit a field, merge it with another, or split reports off it",
  description:
    "Recorded with the token's name, the time and the event as it was; an edit keeps the machine's value beside yours (`machine`). " +
    "Merges and splits hold whenever the reports are regrouped later. Answers the events that hold the reviewed reports afterwards.",
  request: { params: IdParam, body: { content: { "application/json": { schema: ReviewBody } }, required: true } },
  responses: {
    200: json(z.object({ events: z.array(z.string()) }), "applied"),
    ...badRequest,
    404: json(ErrorBody, "no such event (or no event to merge with)"),
  },
});

export function registerReviewRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(review, async (c) => {
    const { id } = c.req.valid("param");
    let body = c.req.valid("json");
    if (body.action === "edit") {
      const checked = checkReviewValue(body.field, body.value);
      if (!checked.ok) return c.json({ error: checked.message }, 400);
      body = { ...body, value: checked.value as NonNullable<unknown> | null };
    }
    // The access check let this request through with a write token: its name signs the review.
    const secret = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    const by = (await store.verifyToken(secret))?.name ?? "unknown";
    try {
      return c.json(await reviewEvent(store, id, body as ReviewAction, by), 200);
    } catch (error) {
      if (error instanceof ReviewError) return c.json({ error: error.message }, error.reason === "missing" ? 404 : 400);
      throw error;
    }
  });
}
