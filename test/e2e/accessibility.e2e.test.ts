/**
 * Accessibility, as axe-core (injected into the page) reads it: no serious or critical violation
 * on the overview, an event and an actor; focus visible on the controls; the list as the
 * keyboard's way to every event, Tab by Tab; and the map's markers, one Tab stop moved among with
 * the arrow keys.
 */

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { ingestBatch } from "../../src/app/ingest-batch.ts";
import { itemsFromManifest } from "../../src/ingest/batch-items.ts";
import { browserSkipReason } from "./browser.ts";
import { openUiSession, type UiSession } from "./ui-server.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/manifest.jsonl", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/evidence/manifest.jsonl", import.meta.url));
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe("accessibility of the web view", { skip: browserSkipReason(), timeout: 180_000 }, () => {
  let ui: UiSession;

  before(async () => {
    ui = await openUiSession(async (store) => {
      await ingestBatch(store, [...itemsFromManifest(EXAMPLES).items, ...itemsFromManifest(FIXTURE).items]);
    });
  });
  after(() => ui?.close());

  /** The serious and critical violations axe finds on the page as it is now. */
  async function seriousViolations(): Promise<string[]> {
    // Through the debugging protocol, which the page's content security policy does not govern.
    await ui.page.evaluate(AXE);
    const violations = await ui.page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document)).violations;
    });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 5)
            .join(", ")}`,
      );
  }

  it("finds nothing serious on the overview", async () => {
    await ui.page.goto(`${ui.server.url}/`);
    await ui.page.locator("[data-testid=event-table] tbody tr").first().waitFor();
    await ui.page.locator(".map-country").first().waitFor();
    assert.deepEqual(await seriousViolations(), []);
  });

  it("finds nothing serious on an event's page", async () => {
    const { events } = await ui.api<{ events: Array<{ id: string; sources: unknown[] }> }>("/api/events?limit=500");
    const told = [...events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    await ui.page.goto(`${ui.server.url}/events/${encodeURIComponent(told.id)}`);
    await ui.page.locator("[data-testid=source] .article-text").first().waitFor();
    assert.deepEqual(await seriousViolations(), []);
  });

  it("finds nothing serious on an actor's page", async () => {
    const { actors } = await ui.api<{ actors: Array<{ id: string; articles: string[] }> }>("/api/actors");
    const busiest = [...actors].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    await ui.page.goto(`${ui.server.url}/actors/${encodeURIComponent(busiest.id)}`);
    await ui.page.locator("[data-testid=actor-name]").waitFor();
    await ui.page.locator("[data-testid=actor-graph] .graph-node").first().waitFor();
    assert.deepEqual(await seriousViolations(), []);
  });

  it("reaches every event of the list by keyboard, each link with a visible focus outline", async () => {
    await ui.page.goto(`${ui.server.url}/`);
    await ui.page.locator("[data-testid=event-table] tbody tr").first().waitFor();
    const listed = await ui.page
      .locator("[data-testid=event-table] tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event")));
    const reached = new Set<string>();
    for (let tab = 0; tab < 200 && reached.size < listed.length; tab++) {
      await ui.page.keyboard.press("Tab");
      const focused = await ui.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const row = el?.closest("[data-testid=event-table] tr");
        const style = el ? getComputedStyle(el) : null;
        return {
          event: row?.getAttribute("data-event") ?? null,
          outline: style ? style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 : false,
        };
      });
      if (focused.event) {
        assert.ok(focused.outline, `the focused link of ${focused.event} shows an outline`);
        reached.add(focused.event);
      }
    }
    assert.deepEqual([...reached].sort(), [...listed].sort() as string[]);
    await ui.page.keyboard.press("Enter");
    await ui.page.waitForURL(/\/events\//);
    await ui.shot("keyboard-opened-event");
  });

  it("reaches every marker and bubble of the map by keyboard, each named and ringed, Enter opening an event", async () => {
    await ui.page.goto(`${ui.server.url}/`);
    await ui.page.locator(".map-marker, .map-cluster").first().waitFor();
    const drawn = await ui.page.locator(".map-markers [data-key]").evaluateAll((els) => els.map((el) => el.getAttribute("data-key")));
    // One Tab stop for the whole map: back from the map's first button, the keyboard lands on it.
    await ui.page.getByRole("button", { name: "Fit" }).focus();
    await ui.page.keyboard.press("Shift+Tab");
    assert.ok(await ui.page.evaluate(() => !!document.activeElement?.closest(".map-markers")), "Shift+Tab reaches the markers");
    assert.equal(await ui.page.locator(".map-markers [tabindex='0']").count(), 1, "the markers are one stop of the Tab order");
    const focusedMarker = () =>
      ui.page.evaluate(() => {
        const el = document.activeElement!;
        const box = el.getBoundingClientRect();
        const ring = document.querySelector(".map-focus-ring")?.getBoundingClientRect();
        return {
          key: el.getAttribute("data-key"),
          role: el.getAttribute("role"),
          name: el.getAttribute("aria-label") ?? "",
          ringed: !!ring && ring.width > box.width && Math.abs(ring.x + ring.width / 2 - (box.x + box.width / 2)) < 1,
        };
      });
    await ui.page.keyboard.press("Home");
    const reached: string[] = [];
    for (let step = 0; step < drawn.length + 2; step++) {
      const at = await focusedMarker();
      assert.ok(at.ringed, `${at.key} shows a focus ring`);
      if (at.role === "link")
        assert.match(at.name, /^[^,]+, .+, (\d{4}-\d{2}-\d{2}|undated)(.*)?, (\d+(–\d+)? deaths?|deaths not reported)$/);
      else assert.match(at.name, /^\d+ events here/);
      if (reached.at(-1) === at.key) break;
      reached.push(at.key!);
      await ui.page.keyboard.press("ArrowRight");
    }
    assert.deepEqual([...reached].sort(), [...drawn].sort(), "Right from the westernmost visits every one");
    await ui.shot("keyboard-map-marker");

    // Enter on a bubble spreads it out, the focus staying on the map; Enter on a marker opens its event.
    await ui.page.keyboard.press("Home");
    assert.equal((await focusedMarker()).role, "button", "the westernmost is a bubble");
    for (let i = 0; i < 6 && (await focusedMarker()).role === "button"; i++) {
      const bubble = (await focusedMarker()).key;
      await ui.page.keyboard.press("Enter");
      await ui.page.waitForFunction(
        (left) =>
          document.activeElement?.closest(".map-markers") &&
          document.activeElement.getAttribute("data-key") !== left &&
          document.querySelector("[data-testid=event-map][data-status=ready]"),
        bubble,
      );
    }
    const marker = await focusedMarker();
    assert.equal(marker.role, "link");
    await ui.page.keyboard.press("Enter");
    await ui.page.waitForURL(new RegExp(`/events/${encodeURIComponent(marker.key!.replace(/^event /, ""))}`));
  });

  it("raised no page errors, console errors or dialogs on the way", () => {
    assert.deepEqual(ui.problems, []);
  });
});
