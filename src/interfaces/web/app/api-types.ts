/** The API's answers, typed from the server's own response schemas so the two cannot drift apart. */

import type { z } from "@hono/zod-openapi";
import type * as schemas from "../../http/response-schemas.ts";
import type { ReviewBody } from "../../http/review-routes.ts";
import type { EventSummary } from "../../http/summary-routes.ts";

export type ApiEvent = z.infer<typeof schemas.Event>;
export type ApiEventDetail = z.infer<typeof schemas.EventDetail>;
export type ApiEventPage = z.infer<typeof schemas.EventPage>;
export type ApiActor = z.infer<typeof schemas.Actor>;
export type ApiActorDetail = z.infer<typeof schemas.ActorDetail>;
export type ApiArticle = z.infer<typeof schemas.ArticleView>;
export type ApiPlace = NonNullable<ApiEvent["location"]>;
export type ApiSummary = z.infer<typeof EventSummary>;
export type ApiReviewRequest = z.input<typeof ReviewBody>;
