import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { StoredEvent } from "../../core/model.ts";
import type { Store } from "../../storage/store.ts";
import { givingWay } from "./giving-way-store.ts";

/** A store of `pages` pages of one event each, for both the cursor and the scan; every read noted in `log`. */
function pagedStore(pages: number, log: string[]): Store {
  const event = (i: number) => ({ id: `ev_${i}` }) as StoredEvent;
  return {
    async listEvents(_filter: unknown, page: { after?: unknown } = {}) {
      const i = page.after ? 1 : 0;
      log.push(`list ${i}`);
      return i < pages ? [event(i)] : [];
    },
    async *scanEvents() {
      for (let i = 0; i < pages; i++) {
        log.push(`scan ${i}`);
        yield [event(i)];
      }
    },
  } as unknown as Store;
}

/** A `quiet` that resolves only when `open` is called, each call noted in `log`. */
function gate(log: string[]) {
  let opening: (() => void) | null = null;
  return {
    quiet: () => {
      log.push("wait");
      return new Promise<void>((done) => (opening = done));
    },
    open: () => {
      const done = opening;
      opening = null;
      done?.();
    },
    waiting: () => opening !== null,
  };
}

const turn = () => new Promise((done) => setImmediate(done));

describe("a store read by an export in the server", () => {
  it("reads no page of a whole-store scan until the other requests are answered", async () => {
    const log: string[] = [];
    const g = gate(log);
    const pages = givingWay(pagedStore(3, log), g.quiet).scanEvents();
    const read: string[] = [];
    const reading = (async () => {
      for await (const page of pages) read.push(page[0]!.id);
    })();
    for (let i = 0; i < 4; i++) {
      await turn();
      assert.ok(g.waiting(), `waiting before read ${i}`);
      assert.equal(read.length, i, "no page read while requests are under way");
      g.open();
    }
    await reading;
    assert.deepEqual(read, ["ev_0", "ev_1", "ev_2"]);
    assert.deepEqual(log, ["wait", "scan 0", "wait", "scan 1", "wait", "scan 2", "wait"]);
  });

  it("reads the cursor's pages only once the other requests are answered", async () => {
    const log: string[] = [];
    const g = gate(log);
    const page = givingWay(pagedStore(1, log), g.quiet).listEvents({}, { limit: 1 });
    await turn();
    assert.deepEqual(log, ["wait"]);
    g.open();
    assert.deepEqual(
      (await page).map((e) => e.id),
      ["ev_0"],
    );
    assert.deepEqual(log, ["wait", "list 0"]);
  });
});
