import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { z } from "@hono/zod-openapi";
import { filledFixture, getJson, type Fixture } from "./api-fixture.ts";
import { Actor, ActorDetail } from "./response-schemas.ts";

const ActorList = z.object({ actors: z.array(Actor) });

describe("GET /api/actors", () => {
  let f: Fixture;
  before(async () => {
    f = await filledFixture();
  });
  after(() => f.close());

  async function names(query: string): Promise<string[]> {
    const { status, body } = await getJson(f.app, `/api/actors${query}`);
    assert.equal(status, 200, JSON.stringify(body));
    return ActorList.parse(body).actors.map((a) => a.name);
  }

  async function actorNamed(name: string): Promise<z.infer<typeof Actor>> {
    const { body } = await getJson(f.app, "/api/actors");
    const actor = ActorList.parse(body).actors.find((a) => a.name === name);
    assert.ok(actor, `no actor ${name}`);
    return actor;
  }

  it("lists the registry, each actor with the other names sources used", async () => {
    const all = await names("");
    assert.ok(all.includes("HTS: Hayat Tahrir al Sham"), all.join(", "));
    assert.deepEqual((await actorNamed("JNIM: Group for Support of Islam and Muslims")).aliases, ["JNIM"]);
  });

  it("filters by name or other name with q, in any case", async () => {
    assert.deepEqual(await names("?q=jnim"), ["JNIM: Group for Support of Islam and Muslims"]);
    assert.deepEqual(await names("?q=tahrir"), ["HTS: Hayat Tahrir al Sham"]);
    assert.deepEqual(await names("?q=nobody"), []);
  });

  it("filters by kind", async () => {
    assert.ok((await names("?kind=armed_group")).includes("HTS: Hayat Tahrir al Sham"));
    assert.deepEqual(await names("?kind=protesters"), []);
  });

  it("gives one actor with the ties stated to it, their evidence, and the events that name it", async () => {
    const hts = await actorNamed("HTS: Hayat Tahrir al Sham");
    const { status, body } = await getJson(f.app, `/api/actors/${hts.id}`);
    assert.equal(status, 200);
    const d = ActorDetail.parse(body);
    assert.equal(d.actor.id, hts.id);
    assert.deepEqual(
      d.relations.map((r) => [r.from, r.relation, r.toId, r.article]),
      [["Karem Tallawi", "commander_of", hts.id, "desk-idlib"]],
    );
    assert.equal(d.relations[0]!.evidence.text, "Karem Tallawi, a senior Hayat Tahrir al-Sham commander");
  });

  it("finds an actor's events by its name", async () => {
    const jnim = await actorNamed("JNIM: Group for Support of Islam and Muslims");
    const d = ActorDetail.parse((await getJson(f.app, `/api/actors/${jnim.id}`)).body);
    const gao = (await getJson<{ events: Array<{ id: string }> }>(f.app, "/api/events?country=ML")).body.events[0]!;
    assert.deepEqual(d.events, [gao.id]);
  });

  it("answers 404 for an unknown actor", async () => {
    const { status, body } = await getJson(f.app, "/api/actors/act_nobody");
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'no actor "act_nobody"' });
  });
});
