import { listActors as actorRegistry } from "../../app/read-models.ts";
import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { RegistryActor } from "../../actors/actor-registry.ts";
import type { Store } from "../../storage/store.ts";
import { ActorsQuery, IdParam } from "./request-schemas.ts";
import { Actor, ActorDetail } from "./response-schemas.ts";
import { badRequest, json, notFound } from "./responses.ts";

const listActors = createRoute({
  method: "get",
  path: "/api/actors",
  operationId: "listActors",
  tags: ["actors"],
  summary: "The actor registry: each group, force or person once, with the other names sources used",
  request: { query: ActorsQuery },
  responses: { 200: json(z.object({ actors: z.array(Actor) }), "the actors, by kind then name"), ...badRequest },
});

const getActor = createRoute({
  method: "get",
  path: "/api/actors/{id}",
  operationId: "getActor",
  tags: ["actors"],
  summary: "One actor, the ties sources state to and from it, and the events that name it",
  request: { params: IdParam },
  responses: { 200: json(ActorDetail, "the actor"), ...notFound },
});

function namedBy(a: RegistryActor, needle: string): boolean {
  const n = needle.toLocaleLowerCase();
  return [a.name, ...a.aliases].some((name) => name.toLocaleLowerCase().includes(n));
}

export function registerActorRoutes(app: OpenAPIHono, store: Store): void {
  app.openapi(listActors, async (c) => {
    const { q, kind } = c.req.valid("query");
    const { actors } = await actorRegistry(store);
    return c.json({ actors: actors.filter((a) => (!kind || a.kind === kind) && (!q || namedBy(a, q))) }, 200);
  });

  app.openapi(getActor, async (c) => {
    const { id } = c.req.valid("param");
    const registry = await actorRegistry(store);
    const actor = registry.actors.find((a) => a.id === id);
    if (!actor) return c.json({ error: `no actor ${JSON.stringify(id)}` }, 404);
    const relations = registry.relations
      .filter((r) => r.fromId === id || r.toId === id)
      .map(({ articleId, ...r }) => ({ article: articleId, ...r }));
    // Events carry actor names, not registry ids: an event names the actor when it uses its name or one of its other names.
    const names = new Set([actor.name, ...actor.aliases]);
    const events = (await store.listEvents())
      .filter((e) => (e.actor1 !== null && names.has(e.actor1)) || (e.actor2 !== null && names.has(e.actor2)))
      .map((e) => e.id);
    return c.json({ actor, relations, events }, 200);
  });
}
