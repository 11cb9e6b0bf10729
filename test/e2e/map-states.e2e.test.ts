/**
 * The overview's map as a reader meets it: towns and provinces named where they fit, none over
 * another or over a marker; a visible state while the events load; a message with a way out when
 * the server cannot be reached, refuses the filters or fails (requests failed in the browser with
 * page.route); and an empty result that says so and offers to clear the filters.
 */

import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Route } from "playwright-core";
import { ingestBatch } from "../../src/app/ingest-batch.ts";
import { itemsFromManifest } from "../../src/ingest/batch-items.ts";
import { browserSkipReason } from "./browser.ts";
import { openUiSession, type UiSession } from "./ui-server.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/manifest.jsonl", import.meta.url));

interface Located {
  id: string;
  location: { name: string; admin1: string | null; lat: number | null; lon: number | null; precision: string } | null;
}

describe("the map's names and states", { skip: browserSkipReason(), timeout: 180_000 }, () => {
  let ui: UiSession;
  let total: number;

  before(async () => {
    ui = await openUiSession(async (store) => {
      await ingestBatch(store, itemsFromManifest(EXAMPLES).items);
    });
    total = (await ui.api<{ total: number }>("/api/summary")).total;
  });
  after(() => ui?.close());

  const isSummary = (url: URL) => url.pathname === "/api/summary";
  const isApi = (url: URL) => url.pathname.startsWith("/api/");
  const count = () => ui.page.locator("[data-testid=event-count]").innerText();
  const mapState = () => ui.page.locator("[data-testid=map-state]");

  it("names the towns and provinces of the events in view, none over another name, a marker or a bubble", async () => {
    const { events } = await ui.api<{ events: Located[] }>("/api/events?limit=500");
    // A town of an event, looked at closely.
    const town = events.find((e) => e.location?.precision === "exact" && e.location.admin1 && e.location.lat !== null)!.location!;
    await ui.page.goto(`${ui.server.url}/?at=${town.lon},${town.lat},7`);
    await ui.page.locator(".map-label-town", { hasText: town.name }).waitFor();
    await ui.page.locator(".map-label-province", { hasText: town.admin1! }).waitFor();
    // (No function declared inside: the test's compiler would name it with a helper the page lacks.)
    const drawn = await ui.page.evaluate(() => {
      const labels = [...document.querySelectorAll(".map-labels text")].map((el) => {
        const r = el.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, text: el.textContent ?? "" };
      });
      const circles = [...document.querySelectorAll(".map-marker, .map-cluster circle")].map((c) => {
        const r = c.getBoundingClientRect();
        return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2, r: r.width / 2 };
      });
      return { labels, circles };
    });
    for (const [i, a] of drawn.labels.entries()) {
      for (const b of drawn.labels.slice(i + 1))
        assert.ok(!(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1), `"${a.text}" and "${b.text}" overlap`);
      for (const c of drawn.circles) {
        const dx = c.x - Math.max(a.x0, Math.min(c.x, a.x1));
        const dy = c.y - Math.max(a.y0, Math.min(c.y, a.y1));
        assert.ok(dx * dx + dy * dy >= c.r * c.r - 1, `"${a.text}" covers a marker at ${c.x},${c.y}`);
      }
    }
    await ui.shot("map-place-names");
  });

  it("shows that the events are loading while the server has not answered", async () => {
    // The counts are held back until the test has seen the map wait for them.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await released;
      await route.continue();
    };
    await ui.page.route(isSummary, hold);
    await ui.page.goto(`${ui.server.url}/`);
    await ui.page.locator("[data-testid=map-state][data-state=loading]", { hasText: "Loading events" }).waitFor();
    assert.match(await ui.page.locator(".summary").innerText(), /Counting events/);
    await ui.shot("map-loading");
    release();
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), total);
    await ui.page.locator(".map-marker, .map-cluster").first().waitFor();
    assert.equal(await mapState().count(), 0, "the loading state goes once the events are drawn");
    await ui.page.unroute(isSummary);
  });

  it("says the server cannot be reached, never an empty view, and tries again on request", async () => {
    await ui.page.route(isApi, (route) => route.abort("connectionrefused"));
    await ui.page.goto(`${ui.server.url}/`);
    const note = ui.page.locator("[data-testid=error-note]");
    await note.waitFor();
    assert.match(await note.innerText(), /could not be reached/);
    await ui.page.locator("[data-testid=map-state][data-state=failed]").waitFor();
    assert.match(await ui.page.locator(".list-pane").innerText(), /could not be loaded/);
    assert.equal(await ui.page.getByText("No events match").count(), 0, "a failure is not shown as an empty result");
    await ui.shot("map-server-down");
    await ui.page.unroute(isApi);
    await note.getByRole("button", { name: "Try again" }).click();
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), total);
    await ui.page.locator("[data-testid=event-table] tbody tr").first().waitFor();
    await ui.page.locator(".map-marker, .map-cluster").first().waitFor();
    assert.equal(await note.count(), 0);
  });

  it("says when the server fails, and the map's own retry asks again", async () => {
    await ui.page.route(isSummary, (route) =>
      route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: "internal error" }) }),
    );
    await ui.page.goto(`${ui.server.url}/`);
    const failed = ui.page.locator("[data-testid=map-state][data-state=failed]");
    await failed.waitFor();
    assert.match(await failed.innerText(), /error 500/);
    assert.match(await ui.page.locator("[data-testid=error-note]").innerText(), /failed to answer \(error 500\): internal error/);
    await ui.shot("map-server-error");
    await ui.page.unroute(isSummary);
    await failed.getByRole("button", { name: "Try again" }).click();
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), total);
    await ui.page.locator(".map-marker, .map-cluster").first().waitFor();
  });

  it("names a filter the server refuses, and clearing the filters mends the view", async () => {
    await ui.page.goto(`${ui.server.url}/?since=2025-13-45&type=armed_clash`);
    const note = ui.page.locator("[data-testid=error-note]");
    await note.waitFor();
    assert.match(await note.innerText(), /did not accept these filters: since/);
    await note.getByRole("button", { name: "Clear filters" }).click();
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), total);
    assert.equal(new URL(ui.page.url()).search, "");
  });

  it("says that no events match, and offers to clear the filters", async () => {
    await ui.page.goto(`${ui.server.url}/?q=zzqxv`);
    const empty = ui.page.locator("[data-testid=map-state][data-state=empty]");
    await empty.waitFor();
    assert.match(await empty.innerText(), /No events match these filters/);
    assert.equal(await count(), "0");
    assert.match(await ui.page.locator("[data-testid=no-events]").innerText(), /No events match these filters/);
    await ui.shot("map-no-match");
    await empty.getByRole("button", { name: "Clear filters" }).click();
    await ui.page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), total);
    await ui.page.locator(".map-marker, .map-cluster").first().waitFor();
  });

  it("raised no page errors or dialogs, and no console errors but the failed requests", () => {
    assert.deepEqual(
      ui.problems.filter((p) => !/Failed to load resource/.test(p)),
      [],
    );
  });
});
