/**
 * The overview over a bulk-loaded store far larger than a page: a one-month filter shows that
 * month's count and first page from the server, the list pages on with the API's cursor, and the
 * map's bubbles count every located event. The store holds SITREP_E2E_EVENTS events (200,000 by
 * default: about a minute of loading on two quiet cores, several on a busy machine, hence the
 * suite's generous bound); `npm run bench:web` times the same overview.
 */

import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { bulkLoad } from "../../bench/bulk-load.ts";
import { loadTheatres } from "../../bench/conflict-theatres.ts";
import { browserSkipReason } from "./browser.ts";
import { openUiSession, type UiSession } from "./ui-server.ts";

const EVENTS = Number(process.env["SITREP_E2E_EVENTS"] ?? 200_000);

interface Summary {
  total: number;
  located: number;
  periods: Array<{ start: string; count: number }>;
}

describe("the overview of a large store", { skip: browserSkipReason(), timeout: 1_200_000 }, () => {
  let ui: UiSession;
  /** The month with most events, and every id the API lists for it, in order. */
  let month: { since: string; until: string; ids: string[] };

  before(async () => {
    ui = await openUiSession(async (_store, dir) => {
      const loaded = bulkLoad(join(dir, "sitrep.db"), { theatres: loadTheatres(), seed: 7, firstDay: "2022-01-01", days: 730 }, 0, EVENTS);
      console.log(`# ${EVENTS} events bulk-loaded in ${loaded.seconds.toFixed(0)} s`);
    });
    const months = await ui.api<Summary>("/api/summary?period=month");
    assert.equal(months.total, EVENTS);
    const busiest = [...months.periods].sort((a, b) => b.count - a.count)[0]!;
    const since = busiest.start;
    const end = new Date(`${since}T00:00:00Z`);
    end.setUTCMonth(end.getUTCMonth() + 1, 0);
    const until = end.toISOString().slice(0, 10);
    // Every id of the month through the listing itself, page by page: what the view must agree with.
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { events: Array<{ id: string }>; next_cursor: string | null } = await ui.api(
        `/api/events?since=${since}&until=${until}&limit=500${cursor ? `&cursor=${cursor}` : ""}`,
      );
      ids.push(...page.events.map((e) => e.id));
      cursor = page.next_cursor;
    } while (cursor);
    month = { since, until, ids };
    assert.ok(ids.length > 200, `a month of ${ids.length} events fills more than two pages`);
  });
  after(() => ui?.close());

  const rowIds = () =>
    ui.page.locator("[data-testid=event-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event")));

  it("opens with a one-month filter showing that month's count and first page", async () => {
    const started = performance.now();
    await ui.page.goto(`${ui.server.url}/?since=${month.since}&until=${month.until}`);
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), month.ids.length);
    await ui.page.locator("[data-testid=event-table] tbody tr").first().waitFor();
    const ready = Math.round(performance.now() - started);
    assert.deepEqual(await rowIds(), month.ids.slice(0, 100));
    assert.match(await ui.page.locator("[data-testid=page-range]").innerText(), new RegExp(`^1–100 of ${month.ids.length}`));
    await ui.page.locator(".map-cluster, .map-marker").first().waitFor();
    await ui.shot("large-store-month");
    console.log(`# overview of ${EVENTS} events, one month (${month.ids.length}): count and first page in ${ready} ms`);
  });

  /** Waits until the page range reads `range` and the table's first row is `first` (a busy machine renders them apart). */
  const pageShown = (range: string, first: string) =>
    ui.page.waitForFunction(
      ([r, id]) =>
        document.querySelector("[data-testid=page-range]")?.textContent?.startsWith(r!) &&
        document.querySelector("[data-testid=event-table] tbody tr")?.getAttribute("data-event") === id,
      [range, first],
    );

  it("pages on with the API's cursor, and back", async () => {
    await ui.page.locator("[data-testid=next-page]").click();
    await pageShown("101–200", month.ids[100]!);
    assert.deepEqual(await rowIds(), month.ids.slice(100, 200));
    await ui.page.getByRole("button", { name: "Previous page" }).click();
    await pageShown("1–100", month.ids[0]!);
    assert.deepEqual(await rowIds(), month.ids.slice(0, 100));
  });

  it("lists every country with events by name, and filters by one on the server", async () => {
    const byCountry = await ui.api<{ countries: Array<{ country: string; count: number }> }>(
      `/api/summary?since=${month.since}&until=${month.until}&by_country=true`,
    );
    await ui.page.goto(`${ui.server.url}/?since=${month.since}&until=${month.until}`);
    const options = ui.page.locator("select[name=country] option");
    await ui.page.waitForFunction(
      (n) => document.querySelectorAll("select[name=country] option").length === n,
      byCountry.countries.length + 1,
    );
    const busiest = [...byCountry.countries].sort((a, b) => b.count - a.count)[0]!;
    const label = await options.filter({ has: ui.page.locator(`xpath=self::option[@value="${busiest.country}"]`) }).innerText();
    assert.match(label, new RegExp(`^\\p{L}.* \\(${busiest.country}\\) — ${busiest.count.toLocaleString("en")}$`, "u"), label);
    await ui.page.locator("select[name=country]").selectOption(busiest.country);
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), busiest.count);
  });

  it("draws the whole store as count bubbles that add up to the located events and never overlap", async () => {
    const all = await ui.api<Summary>("/api/summary");
    await ui.page.goto(`${ui.server.url}/`);
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), EVENTS);
    await ui.page.waitForFunction(
      () => document.querySelectorAll(".map-cluster").length > 0 && !document.querySelector(".map-note")?.textContent?.includes("Loading"),
    );
    const bubbles = await ui.page.locator(".map-cluster").evaluateAll((gs) =>
      gs.map((g) => {
        const box = g.querySelector("circle")!.getBoundingClientRect();
        return { count: Number(g.getAttribute("data-count")), x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
      }),
    );
    assert.equal(
      bubbles.reduce((n, b) => n + b.count, 0),
      all.located,
      "every located event is counted once",
    );
    for (const a of bubbles)
      for (const b of bubbles) if (a !== b) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r - 0.5, "bubbles overlap");
    await ui.shot("large-store-all");
  });

  it("raised no page errors, console errors or dialogs on the way", () => {
    assert.deepEqual(ui.problems, []);
  });
});
