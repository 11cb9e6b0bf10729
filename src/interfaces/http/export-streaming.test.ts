import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { serve, type ServerType } from "@hono/node-server";
import type { StoredEvent } from "../../core/model.ts";
import { EVENT_PAGE_SIZE } from "../../storage/event-cursor.ts";
import type { EventPageRequest, Store } from "../../storage/store.ts";
import { filledFixture, type Fixture } from "./api-fixture.ts";
import { createApp } from "./create-app.ts";

/** The export's pages: as many as make it large, each as many events as the API reads at a time. */
const PAGES = 12;
const PAGE = EVENT_PAGE_SIZE;

/**
 * A store of PAGES × PAGE events (copies of one real event under ids of their own), its page reads
 * counted, and a hook called at each; `failOnRead` makes that read fail.
 */
function largeStore(store: Store, model: StoredEvent, onRead: (reads: number) => void, failOnRead?: number): Store {
  let reads = 0;
  const copy = (i: number): StoredEvent => ({ ...model, id: `ev_${String(i).padStart(12, "0")}` });
  const listEvents = async (_filter?: unknown, page: EventPageRequest = {}): Promise<StoredEvent[]> => {
    onRead(++reads);
    if (reads === failOnRead) throw new Error("the disk went away");
    const from = page.after ? Number(page.after[1].slice(3)) + 1 : 0;
    const to = Math.min(PAGES * PAGE, from + (page.limit ?? PAGES * PAGE));
    return Array.from({ length: Math.max(0, to - from) }, (_, k) => copy(from + k));
  };
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "listEvents") return listEvents;
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function listen(store: Store): Promise<{ url: string; server: ServerType }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: createApp(store).fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, server }),
    );
  });
}

describe("GET /api/export streams", () => {
  let f: Fixture;
  let model: StoredEvent;
  before(async () => {
    f = await filledFixture();
    model = (await f.store.listEvents())[0]!;
  });
  after(() => f.close());

  it("answers another request made while a large export is being written, before the export's last page is read", async () => {
    let reads = 0;
    const asked: { health?: Promise<{ status: number; readsThen: number }> } = {};
    let url = "";
    const store = largeStore(f.store, model, (n) => {
      reads = n;
      // Asked once the export is under way: its first page read and (likely) sent.
      if (n === 2)
        asked.health = fetch(`${url}/api/health`).then(async (res) => {
          await res.text();
          return { status: res.status, readsThen: reads };
        });
    });
    const running = await listen(store);
    url = running.url;
    try {
      const res = await fetch(`${url}/api/export?format=jsonl`);
      assert.equal(res.status, 200);
      const lines = (await res.text()).trimEnd().split("\n");
      assert.equal(lines.length, PAGES * PAGE, "the whole export arrives");
      assert.ok(asked.health, "the export reads the store a page at a time");
      const answered = await asked.health;
      assert.equal(answered.status, 200);
      assert.ok(answered.readsThen < PAGES + 1, `answered after ${answered.readsThen} of ${PAGES + 1} page reads`);
    } finally {
      running.server.close();
    }
  });

  it("gzips the export itself when the client takes gzip, and not otherwise", async () => {
    const plain = await f.app.request("/api/export?format=json");
    assert.equal(plain.headers.get("content-encoding"), null);
    const text = await plain.text();
    const zipped = await f.app.request("/api/export?format=json", { headers: { "accept-encoding": "br;q=1, gzip;q=0.5" } });
    assert.equal(zipped.headers.get("content-encoding"), "gzip");
    assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8"), text);
    const refused = await f.app.request("/api/export?format=json", { headers: { "accept-encoding": "gzip;q=0" } });
    assert.equal(refused.headers.get("content-encoding"), null);
  });

  it("a failure part-way breaks the body off: the status was sent, the transfer does not complete", async () => {
    const running = await listen(largeStore(f.store, model, () => {}, 3));
    const logged = console.error;
    console.error = () => {};
    try {
      const res = await fetch(`${running.url}/api/export?format=jsonl`);
      assert.equal(res.status, 200);
      await assert.rejects(res.text());
    } finally {
      console.error = logged;
      running.server.close();
    }
  });

  it("a failure before the first chunk is an ordinary 500", async () => {
    const running = await listen(largeStore(f.store, model, () => {}, 1));
    const logged = console.error;
    console.error = () => {};
    try {
      const res = await fetch(`${running.url}/api/export?format=geojson`);
      assert.equal(res.status, 500);
      assert.deepEqual(await res.json(), { error: "internal error" });
    } finally {
      console.error = logged;
      running.server.close();
    }
  });
});
