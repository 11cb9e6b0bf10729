import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { z } from "@hono/zod-openapi";
import { filledFixture, getJson, type Fixture } from "./api-fixture.ts";
import { EventDetail, EventPage } from "./response-schemas.ts";

type Detail = z.infer<typeof EventDetail>;

describe("GET /api/events/{id}", () => {
  let f: Fixture;
  let ids: { gao: string; strike: string; checkpoint: string };
  before(async () => {
    f = await filledFixture();
    const [gao, strike, checkpoint] = EventPage.parse((await getJson(f.app, "/api/events")).body).events.map((e) => e.id);
    ids = { gao: gao!, strike: strike!, checkpoint: checkpoint! };
  });
  after(() => f.close());

  async function detail(id: string): Promise<Detail> {
    const { status, body } = await getJson(f.app, `/api/events/${encodeURIComponent(id)}`);
    assert.equal(status, 200, JSON.stringify(body));
    return EventDetail.parse(body);
  }

  it("gives the event as exported, with one report per source", async () => {
    const d = await detail(ids.gao);
    assert.equal(d.event.id, ids.gao);
    assert.equal(d.event.independent_sources, 2);
    assert.deepEqual(d.reports.map((r) => r.article).sort(), ["monitor-gao", "wire-gao"]);
  });

  it("gives each report's fields with the words they were read from, pointing into the stored article", async () => {
    const d = await detail(ids.gao);
    const wire = d.reports.find((r) => r.article === "wire-gao")!;
    assert.equal(wire.fields.type?.value, "armed_clash");
    assert.equal(wire.fields.type?.evidence.text, "ambushed");
    assert.deepEqual(wire.fields.fatalities?.value, { min: 7, max: 7 });
    const article = (await getJson<{ text: string }>(f.app, "/api/articles/wire-gao")).body;
    for (const e of [wire.fields.date!.evidence, ...wire.evidence]) assert.equal(article.text.slice(e.start, e.end), e.text);
    assert.match(wire.evidence[0]!.text, /^Gunmen ambushed an army convoy near Gao/);
  });

  it("gives the links touching the event, from either end", async () => {
    const strike = await detail(ids.strike);
    const checkpoint = await detail(ids.checkpoint);
    const link = { from: ids.checkpoint, to: ids.strike, relation: "retaliation_for" };
    for (const d of [strike, checkpoint]) {
      assert.deepEqual(
        d.links.map((l) => ({ from: l.from, to: l.to, relation: l.relation })),
        [link],
      );
    }
    assert.match(checkpoint.links[0]!.evidence.text, /in retaliation for the drone strike/);
    assert.deepEqual((await detail(ids.gao)).links, []);
  });

  it("gives the numeric claims its sources make beside the incident", async () => {
    const d = await detail(ids.strike);
    assert.deepEqual(
      d.claims.map((c) => [c.article, c.text, c.value]),
      [["desk-idlib", "more than 40 drone strikes", { min: 41, max: null }]],
    );
  });

  it("answers 404 with the id for an unknown event", async () => {
    const { status, body } = await getJson(f.app, "/api/events/ev_nothing");
    assert.equal(status, 404);
    assert.deepEqual(body, { error: 'no event "ev_nothing"' });
  });
});
