import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { filledFixture, type Fixture } from "../interfaces/http/api-fixture.ts";
import type { Store } from "../storage/store.ts";
import { EXPORT_FORMATS, exportChunks, writeExport } from "./export-formats.ts";
import { exportJson } from "./export-json.ts";

/** The store, its cursor's page reads noted in `log` as they happen. */
function noting(store: Store, log: string[], failOnRead?: number): Store {
  let reads = 0;
  return new Proxy(store, {
    get(target, prop) {
      if (prop === "listEvents")
        return async (...args: Parameters<Store["listEvents"]>) => {
          if (++reads === failOnRead) throw new Error("the disk went away");
          const page = await target.listEvents(...args);
          log.push(`read ${page.map((e) => e.id).join(" ")}`);
          return page;
        };
      const value: unknown = Reflect.get(target, prop);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe("exports stream through the store's cursor", () => {
  let f: Fixture;
  let ids: string[];
  before(async () => {
    f = await filledFixture();
    ids = (await f.store.listEvents()).map((e) => e.id);
    assert.ok(ids.length >= 3, "the fixture must fill several pages of one event");
  });
  after(() => f.close());

  for (const format of EXPORT_FORMATS) {
    it(`${format}: the first event is written before the cursor reads the last page`, async () => {
      const log: string[] = [];
      for await (const chunk of exportChunks(noting(f.store, log), format, {}, { pageSize: 1, includeIncomplete: true })) {
        log.push(`write ${chunk}`);
      }
      const firstEventWritten = log.findIndex((l) => l.startsWith("write") && ids.some((id) => l.includes(id)));
      const lastRead = log.map((l) => l.startsWith("read")).lastIndexOf(true);
      assert.ok(firstEventWritten >= 0, "an event is written");
      assert.ok(firstEventWritten < lastRead, `written at ${firstEventWritten}, last page read at ${lastRead}: ${log.join(" | ")}`);
      assert.equal(log.filter((l) => l.startsWith("read ev_")).length, ids.length, "a page of one event each");
    });
  }

  it("the streamed JSON is exactly the export object pretty-printed, at any page size", async () => {
    const whole = `${JSON.stringify(await exportJson(f.store), null, 2)}\n`;
    for (const pageSize of [1, 2, 500]) assert.equal(await writeExport(f.store, "json", {}, { pageSize }), whole, `pages of ${pageSize}`);
    const filtered = `${JSON.stringify(await exportJson(f.store, { country: "SY" }), null, 2)}\n`;
    assert.equal(await writeExport(f.store, "json", { country: "SY" }, { pageSize: 1 }), filtered);
  });

  it("every format reads the same at any page size", async () => {
    for (const format of ["jsonl", "geojson", "csv"] as const) {
      const texts = new Set<string>();
      // The CSV's timestamp is the time of the export: one second may pass between two of them.
      for (const pageSize of [1, 2, 500])
        texts.add((await writeExport(f.store, format, {}, { pageSize, includeIncomplete: true })).replace(/,\d{10}\r\n/g, ",T\r\n"));
      assert.equal(texts.size, 1, format);
    }
  });

  it("CSV: incomplete events are counted while streaming and told once, after the last row", async () => {
    const all = await f.store.listEvents();
    const incomplete = all.filter((e) => !e.date || !e.actor1 || !e.location?.country).length;
    const log: string[] = [];
    const chunks = exportChunks(noting(f.store, log), "csv", {}, { pageSize: 1, onLeftOut: (count) => log.push(`left out ${count}`) });
    for await (const chunk of chunks) log.push(`write ${chunk}`);
    const told = log.filter((l) => l.startsWith("left out"));
    if (incomplete === 0) assert.deepEqual(told, []);
    else {
      assert.deepEqual(told, [`left out ${incomplete}`]);
      assert.equal(log.at(-1), told[0], "after everything was read and written");
    }
  });

  it("a failure part-way ends the chunks with the error, after what was already written", async () => {
    for (const format of EXPORT_FORMATS) {
      const written: string[] = [];
      const chunks = exportChunks(noting(f.store, [], 3), format, {}, { pageSize: 1, includeIncomplete: true });
      await assert.rejects(async () => {
        for await (const chunk of chunks) written.push(chunk);
      }, /the disk went away/);
      assert.ok(
        written.some((c) => c.includes(ids[0]!)),
        `${format}: the first page was written before the failure`,
      );
    }
  });
});
