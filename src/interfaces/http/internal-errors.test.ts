import assert from "node:assert/strict";
import { after, before, describe, it, mock } from "node:test";
import type { Store } from "../../storage/store.ts";
import { emptyFixture, type Fixture } from "./api-fixture.ts";
import { createApp } from "./create-app.ts";

describe("an unexpected failure", () => {
  let f: Fixture;
  before(() => {
    f = emptyFixture();
  });
  after(() => f.close());

  it("answers 500 {error: internal error}, with no stack trace or message, and logs it to stderr", async () => {
    const failing: Store = {
      ...f.store,
      listEvents: () => Promise.reject(new Error("SQLITE_CORRUPT: database disk image is malformed at /srv/secret/sitrep.db")),
    };
    const logged = mock.method(console, "error", () => {});
    try {
      const res = await createApp(failing).request("/api/events");
      assert.equal(res.status, 500);
      assert.equal(res.headers.get("content-type"), "application/json");
      const text = await res.text();
      assert.deepEqual(JSON.parse(text), { error: "internal error" });
      assert.doesNotMatch(text, /SQLITE|secret|\bat \/|\.ts:\d+/);
      assert.equal(logged.mock.callCount(), 1);
      assert.match(String(logged.mock.calls[0]!.arguments[0]), /GET \/api\/events/);
      assert.match((logged.mock.calls[0]!.arguments[1] as Error).message, /SQLITE_CORRUPT/);
    } finally {
      logged.mock.restore();
    }
  });
});
