/**
 * Every quote on an event's page links to the words it quotes: over a store of one incident told
 * by three outlets (one without a publication date, so its days are implied) and a second incident
 * two of them mention, each quote link of each event page lands on an element of the article text.
 */

import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import { ingestBatch } from "../../src/app/ingest-batch.ts";
import { itemsFromManifest } from "../../src/ingest/batch-items.ts";
import { browserSkipReason } from "./browser.ts";
import { openUiSession, type UiSession } from "./ui-server.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/evidence/manifest.jsonl", import.meta.url));

describe("evidence links on event pages", { skip: browserSkipReason(), timeout: 120_000 }, () => {
  let ui: UiSession;

  before(async () => {
    ui = await openUiSession(async (store) => {
      await ingestBatch(store, itemsFromManifest(FIXTURE).items);
    });
  });
  after(() => ui?.close());

  it("resolves every quote link of every event page to an element of the article text", async () => {
    const { events } = await ui.api<{ events: Array<{ id: string; sources: unknown[] }> }>("/api/events?limit=500");
    assert.ok(
      events.some((e) => e.sources.length >= 3),
      "one event has three sources",
    );
    let links = 0;
    for (const e of events) {
      await ui.page.goto(`${ui.server.url}/events/${encodeURIComponent(e.id)}`);
      await ui.page.locator("[data-testid=field-table]").waitFor();
      await ui.page.waitForFunction(
        () =>
          document.querySelectorAll("[data-testid=source] .article-text").length ===
          document.querySelectorAll("[data-testid=source]").length,
      );
      const found = await ui.page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>("a.quote")].map((a) => {
          const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
          return { quote: a.textContent, lands: target?.closest(".article-text") ? (target.textContent ?? "") : null };
        }),
      );
      links += found.length;
      for (const f of found) assert.notEqual(f.lands, null, `${e.id}: ${f.quote} links nowhere`);
    }
    assert.ok(links >= 10, `quote links checked: ${links}`);
  });

  it("scrolls to the quoted words when a quote is clicked", async () => {
    const { events } = await ui.api<{ events: Array<{ id: string; sources: unknown[] }> }>("/api/events?limit=500");
    const told = events.find((e) => e.sources.length >= 3)!;
    await ui.page.goto(`${ui.server.url}/events/${encodeURIComponent(told.id)}`);
    await ui.page.locator("[data-testid=source] .article-text").nth(2).waitFor();
    const quote = ui.page.locator("a.quote").last();
    const quoted = (await quote.innerText()).replace(/^“|”$/g, "");
    await quote.click();
    const target = await ui.page.evaluate(() => document.querySelector(":target")?.textContent ?? null);
    assert.ok(target && quoted.startsWith(target.slice(0, Math.min(target.length, quoted.length))), `landed on ${target} for ${quoted}`);
    await ui.shot("evidence-quote-target");
  });

  it("says sources disagree only where the values shown differ", async () => {
    const { events } = await ui.api<{ events: Array<{ id: string }> }>("/api/events?limit=500");
    for (const e of events) {
      await ui.page.goto(`${ui.server.url}/events/${encodeURIComponent(e.id)}`);
      await ui.page.locator("[data-testid=field-table]").waitFor();
      const same = await ui.page.evaluate(() =>
        [...document.querySelectorAll("[data-testid=field-table] tr")]
          .filter((tr) => tr.querySelector(".warning")?.textContent === "sources disagree")
          .filter((tr) => new Set([...tr.querySelectorAll(".claim-value")].map((v) => v.textContent)).size < 2)
          .map((tr) => tr.getAttribute("data-field")),
      );
      assert.deepEqual(same, [], `${e.id}: "sources disagree" beside equal values`);
    }
  });

  it("raised no page errors, console errors or dialogs on the way", () => {
    assert.deepEqual(ui.problems, []);
  });
});
