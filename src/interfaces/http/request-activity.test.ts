import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Hono } from "hono";
import { MAX_GIVE_WAY_MS, requestActivity } from "./request-activity.ts";

/** An app whose /slow answers when `release` is called, and whose /api/export is not counted. */
function app() {
  const activity = requestActivity((path) => path === "/api/export");
  const app = new Hono();
  app.use("*", activity.middleware);
  let release = () => {};
  app.get("/slow", async (c) => {
    await new Promise<void>((done) => (release = done));
    return c.text("ok");
  });
  app.get("/api/export", async (c) => {
    await activity.quiet();
    return c.text("export");
  });
  return { app, activity, release: () => release() };
}

const settled = (p: Promise<unknown>) => Promise.race([p.then(() => true), new Promise((done) => setTimeout(() => done(false), 20))]);

describe("an export giving way to other requests", () => {
  it("goes on at once when no other request is under way", async () => {
    const { activity } = app();
    assert.equal(await settled(activity.quiet()), true);
  });

  it("waits while a request is answered, and goes on once it is", async () => {
    const { app: a, activity, release } = app();
    const answer = a.request("/slow");
    await new Promise((done) => setImmediate(done));
    const quiet = activity.quiet();
    assert.equal(await settled(quiet), false);
    release();
    assert.equal(await (await answer).text(), "ok");
    assert.equal(await settled(quiet), true);
  });

  it("waits no longer than its limit while requests keep coming, and does not wait for exports", async () => {
    const { app: a, activity, release } = app();
    const answer = a.request("/slow");
    await new Promise((done) => setImmediate(done));
    const t0 = performance.now();
    await activity.quiet();
    assert.ok(performance.now() - t0 >= MAX_GIVE_WAY_MS - 5);
    release();
    await answer;
    assert.equal(await (await a.request("/api/export")).text(), "export");
  });
});
