import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { startServer, type RunningServer } from "../cli/serve-command.ts";
import { emptyFixture, type Fixture } from "./api-fixture.ts";
import { allowedMethods } from "./method-not-allowed.ts";

/** Sends one request over HTTP (fetch cannot send TRACE) and reads the status, Allow and body. */
function send(url: string, method: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("a method a path does not take", () => {
  let f: Fixture;
  let server: RunningServer;
  before(async () => {
    f = emptyFixture();
    server = await startServer(f.store, { host: "127.0.0.1", port: 0, uiDirectory: null });
  });
  after(async () => {
    await server.close();
    await f.close();
  });

  it("is told from the routes themselves, HEAD going with GET", () => {
    assert.deepEqual(allowedMethods(f.app, "/api/events"), ["GET", "HEAD"]);
    assert.deepEqual(allowedMethods(f.app, "/api/events/ev_0/review"), ["POST"]);
    assert.deepEqual(allowedMethods(f.app, "/api/nothing"), []);
  });

  for (const method of ["TRACE", "PUT", "DELETE"]) {
    it(`${method} on a path the API has answers 405 with the methods it takes`, async () => {
      const res = await send(`${server.url}/api/events`, method);
      assert.equal(res.status, 405);
      assert.equal(res.allow, "GET, HEAD");
      if (method !== "TRACE") assert.match(JSON.parse(res.body).error, new RegExp(`^${method} is not allowed on /api/events`));
    });
  }

  it("a path the API does not have stays 404", async () => {
    assert.equal((await send(`${server.url}/api/nothing`, "GET")).status, 404);
  });
});
