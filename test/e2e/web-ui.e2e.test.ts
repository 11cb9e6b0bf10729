/**
 * The web view in a real browser, over a server filled with the bundled examples (and the seed
 * reports, where the evaluation sets are beside the checkout): the overview,
 * filtering by date (typed and brushed on the timeline), an event with its evidence marked, a
 * review that survives a reload, and an actor's network. Each view is saved as a screenshot in
 * test-output/screenshots (or $SITREP_SCREENSHOTS) for a person to look at.
 */

import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ingestBatch } from "../../src/app/ingest-batch.ts";
import { itemsFromManifest } from "../../src/ingest/batch-items.ts";
import { startServer, type RunningServer } from "../../src/interfaces/cli/serve-command.ts";
import { buildUi } from "../../src/interfaces/web/build-ui.ts";
import { createSqliteStore } from "../../src/storage/sqlite/sqlite-store.ts";
import type { Store } from "../../src/storage/store.ts";
import { browserSkipReason, launchBrowser } from "./browser.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/manifest.jsonl", import.meta.url));
/** The seed reports, where the evaluation sets sit beside the checkout: real articles beside the examples. */
const SEEDS = fileURLToPath(new URL("../../../shared/sets/seeds/manifest.jsonl", import.meta.url));
const SHOTS = process.env["SITREP_SCREENSHOTS"] ?? fileURLToPath(new URL("../../test-output/screenshots/", import.meta.url));

interface EventSummary {
  id: string;
  date: string | null;
  date_end?: string;
  actor1: string | null;
  sources: unknown[];
}

describe("the web view in a browser", { skip: browserSkipReason(), timeout: 180_000 }, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let token: string;
  const problems: string[] = [];

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const shownCount = async () => Number(await page.locator("[data-testid=event-count]").innerText());

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-ui-"));
    // The application as the sources are now, not as whatever an earlier install built.
    await buildUi(join(dir, "ui"), { minify: false });
    store = createSqliteStore(join(dir, "sitrep.db"));
    await ingestBatch(store, itemsFromManifest(EXAMPLES).items);
    if (existsSync(SEEDS)) await ingestBatch(store, itemsFromManifest(SEEDS).items);
    token = await store.createToken("e2e-reviewer", "write");
    server = await startServer(store, { host: "127.0.0.1", port: 0, uiDirectory: join(dir, "ui") });
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("dialog", (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it("shows every event on the overview, with a content security policy", async () => {
    const res = await page.goto(`${server.url}/`);
    assert.match(res!.headers()["content-security-policy"] ?? "", /script-src 'self'/);
    await page.locator("[data-testid=event-count]").waitFor();
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=500");
    assert.ok(events.length >= 3, "the examples give several events");
    assert.equal(await shownCount(), events.length);
    assert.equal(await page.locator("[data-testid=event-table] tbody tr").count(), events.length);
    await page.locator(".map-country").first().waitFor();
    assert.ok((await page.locator(".map-marker, .map-cluster").count()) > 0, "markers on the map");
    await shot("01-overview");
  });

  it("keeps where the map looks in the address, so a reload opens the same view", async () => {
    const map = page.locator("[data-testid=event-map] svg.map-overlay");
    const box = (await map.boundingBox())!;
    // Where the basemap is drawn once a gesture has ended: its countries' scale and shift on screen.
    const transform = async () => {
      const t = (await page.locator("[data-testid=event-map] svg.map-basemap > g").getAttribute("transform")) ?? "";
      return (/translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(t) ?? []).slice(1).map(Number);
    };
    const [, , fitted] = await transform();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await page.waitForURL(/at=/);
    const at = new URL(page.url()).searchParams.get("at");
    await page.waitForFunction(
      (k) => !document.querySelector("svg.map-basemap > g")?.getAttribute("transform")?.endsWith(`scale(${k})`),
      fitted,
    );
    const [x, y, k] = await transform();
    assert.ok(k! / fitted! > 1.5, `zoomed in (scale ${fitted} then ${k})`);
    await page.reload();
    await page.locator(".map-country").first().waitFor();
    // The address rounds the view (to about a hundred metres and three digits of zoom): the same view to within a few pixels.
    const [x2, y2, k2] = await transform();
    assert.ok(Math.abs(k2! / k! - 1) < 0.01 && Math.abs(x2! - x!) < 8 && Math.abs(y2! - y!) < 8, `${[x, y, k]} then ${[x2, y2, k2]}`);
    assert.equal(new URL(page.url()).searchParams.get("at"), at);
  });

  it("filters by a typed date and by brushing the timeline, keeping the view in the address", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=500");
    const days = events.flatMap((e) => (e.date ? [e.date] : [])).sort();
    const since = days[Math.floor(days.length / 2)]!;
    await page.locator("input[name=since]").fill(since);
    await page.waitForURL(/since=/);
    const expected = events.filter((e) => e.date && (e.date_end ?? e.date) >= since).length;
    assert.ok(expected < events.length, "the middle day leaves some events out");
    await page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), expected);
    await shot("02-filtered-by-date");

    // A shared address opens the same view.
    const shared = page.url();
    await page.goto(shared);
    await page.waitForFunction((n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n), expected);

    // Brushing: drag across the middle of the timeline.
    await page.goto(`${server.url}/`);
    const box = (await page.locator("[data-testid=timeline] svg").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL(/since=.*until=/);
    const url = new URL(page.url());
    const inRange = await api<{ events: unknown[] }>(
      `/api/events?since=${url.searchParams.get("since")}&until=${url.searchParams.get("until")}&limit=500`,
    );
    await page.waitForFunction(
      (n) => document.querySelector("[data-testid=event-count]")?.textContent === String(n),
      inRange.events.length,
    );
    await shot("03-brushed-timeline");
  });

  it("filters by division, minimum deaths, actor kind and review from the bar, the address carrying them", async () => {
    const count = (n: number) =>
      page.waitForFunction((m) => document.querySelector("[data-testid=event-count]")?.textContent === String(m), n);
    const listed = async (query: string) => (await api<{ events: unknown[] }>(`/api/events?limit=500&${query}`)).events.length;
    await page.goto(`${server.url}/`);
    await page.locator("input[name=admin1]").fill("mopti region");
    await page.locator("input[name=admin1]").press("Enter");
    await page.waitForURL(/admin1=mopti\+region/);
    const inMopti = await listed("admin1=mopti%20region");
    assert.ok(inMopti > 1, "the examples hold several events in Mopti");
    await count(inMopti);
    await page.locator("input[name=min_fatalities]").fill("10");
    await page.locator("input[name=min_fatalities]").press("Enter");
    await page.waitForURL(/min_fatalities=10/);
    const deadly = await listed("admin1=mopti%20region&min_fatalities=10");
    assert.ok(deadly > 0 && deadly < inMopti, "ten deaths leave some of them out");
    await count(deadly);
    await page.locator("select[name=actor_kind]").selectOption("state");
    await page.waitForURL(/actor_kind=state/);
    await count(await listed("admin1=mopti%20region&min_fatalities=10&actor_kind=state"));
    await shot("03b-analyst-filters");
    // A shared address opens the same view, the bar showing the filters.
    await page.goto(page.url());
    assert.equal(await page.locator("input[name=min_fatalities]").inputValue(), "10");
    assert.equal(await page.locator("select[name=actor_kind]").inputValue(), "state");
    await page.locator("select[name=reviewed]").selectOption("true");
    await page.waitForURL(/reviewed=true/);
    await count(await listed("admin1=mopti%20region&min_fatalities=10&actor_kind=state&reviewed=true"));
  });

  it("opens an event and marks the evidence in each source's text", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=500");
    const told = [...events].sort((a, b) => b.sources.length - a.sources.length)[0]!;
    await page.goto(`${server.url}/`);
    await page.locator(`[data-testid=event-table] tr[data-event="${told.id}"] a`).click();
    await page.waitForURL(new RegExp(`/events/${told.id}`));
    await page.locator("[data-testid=source] mark.field").first().waitFor();
    assert.equal(await page.locator("[data-testid=source]").count(), told.sources.length);
    const marked = await page.locator("[data-testid=source] mark.field").allInnerTexts();
    const detail = await api<{ reports: Array<{ fields: Record<string, { evidence: { text: string } } | null> }> }>(
      `/api/events/${told.id}`,
    );
    const evidence = detail.reports.flatMap((r) => Object.values(r.fields).flatMap((f) => (f ? [f.evidence.text] : [])));
    assert.ok(
      evidence.some((words) => marked.some((m) => words.includes(m) || m.includes(words))),
      `a field's words are marked (marked: ${marked.join(" | ")})`,
    );
    assert.ok((await page.locator("[data-testid=source] mark.sentence").count()) > 0, "the incident's sentences are marked");
    await shot("04-event-evidence");
  });

  it("edits a field with a token, and the edit is still there after a reload", async () => {
    await page.locator("[data-testid=token-button]").click();
    await page.locator("input[name=token]").fill(token);
    await page.locator(".token-box button[type=submit]").click();
    const panel = page.locator("[data-testid=review-panel]");
    await panel.waitFor();
    await panel.locator("select[name=field]").selectOption("fatalities");
    await panel.locator("input[name=min]").fill("41");
    await panel.locator("input[name=max]").fill("43");
    await panel.locator("input[name=note]").fill("hospital records");
    await panel.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=value-fatalities]")?.textContent?.startsWith("41–43"));
    await page.reload();
    await page.locator("[data-testid=value-fatalities]").waitFor();
    assert.match(await page.locator("[data-testid=value-fatalities]").innerText(), /^41–43/);
    assert.match(await page.locator("[data-testid=value-fatalities]").innerText(), /machine read/);
    const history = await page.locator("[data-testid=review-history]").innerText();
    assert.match(history, /e2e-reviewer/);
    assert.match(history, /hospital records/);
    await shot("05-event-reviewed");
  });

  it("merges two events and splits them apart again, each step shown at once", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=500");
    const [a, b] = events.filter((e) => e.sources.length === 1);
    await page.evaluate((t) => localStorage.setItem("sitrep.token", t), token);
    await page.goto(`${server.url}/events/${a!.id}`);
    const panel = page.locator("[data-testid=review-panel]");
    await panel.locator("input[value=merge]").check();
    await panel.locator("input[name=with]").fill(b!.id);
    await panel.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=source]").length === 2);
    assert.match(await page.locator("[data-testid=review-history]").innerText(), /merge/);
    await shot("06-events-merged");

    await panel.locator("input[value=split]").check();
    await panel.locator(".split-list input[type=checkbox]").last().check();
    await panel.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=source]").length === 1);
    const after = await api<{ events: EventSummary[] }>("/api/events?limit=500");
    assert.equal(after.events.length, events.length, "the split gives back both events");
  });

  it("opens an actor's page with its network graph", async () => {
    await page.goto(`${server.url}/actors`);
    await page.locator("[data-testid=actor-table] tbody tr a").first().waitFor();
    const { actors } = await api<{ actors: Array<{ id: string; name: string; articles: string[] }> }>("/api/actors");
    // The actor named in most articles has the most to draw.
    const busiest = [...actors].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    await page.locator("[data-testid=actor-table] a", { hasText: busiest.name }).first().click();
    await page.waitForURL(/\/actors\//);
    await page.locator("[data-testid=actor-graph] .graph-node").nth(1).waitFor();
    assert.equal(await page.locator("[data-testid=actor-name]").innerText(), busiest.name);
    assert.ok((await page.locator("[data-testid=actor-graph] .graph-edge").count()) >= 1, "the graph has edges");
    await shot("07-actor-network");
  });

  it("shows an article's markup as text, never as HTML", async () => {
    const res = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({
        id: "markup-test",
        published: "2025-09-02",
        text: "Gunmen attacked a checkpoint near Gao on Monday, killing two guards, officials said.\n\n<img src=x onerror=alert(1)> <script>alert(2)</script>\n",
      }),
    });
    assert.equal(res.status, 201);
    const { events } = await api<{ events: Array<{ id: string; sources: Array<{ article: string }> }> }>("/api/events?limit=500");
    const withMarkup = events.find((e) => e.sources.some((s) => s.article === "markup-test"))!;
    await page.goto(`${server.url}/events/${withMarkup.id}`);
    const text = page.locator("[data-testid=source] .article-text").first();
    await text.waitFor();
    assert.match(await text.innerText(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator(".article-text img, .article-text script").count(), 0);
  });

  it("edits a date with the date input: the event keeps its new day, the machine's beside it", async () => {
    const { events } = await api<{ events: EventSummary[] }>("/api/events?limit=500");
    const dated = events.find((e) => e.date)!;
    await page.evaluate((t) => localStorage.setItem("sitrep.token", t), token);
    await page.goto(`${server.url}/events/${dated.id}`);
    const panel = page.locator("[data-testid=review-panel]");
    await panel.locator("select[name=field]").selectOption("date");
    await panel.locator("input[type=date]").fill("2025-01-02");
    await panel.locator("button[type=submit]").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=value-date]")?.textContent?.startsWith("2025-01-02"));
    await page.reload();
    const shown = await page.locator("[data-testid=value-date]").innerText();
    assert.match(shown, /^2025-01-02/);
    assert.match(shown, new RegExp(`machine read: ${dated.date}`));
    const csv = await (await fetch(`${server.url}/api/export?format=csv`)).text();
    const row = csv.split("\n").find((line) => line.includes(dated.id.replace(/^ev_/, "")))!;
    assert.match(row, /,2025-01-02,2025,1,/, "the CSV has the day, its year and day precision");
  });

  it("shows the missing page, not a blank one, for an address with a broken percent-escape", async () => {
    for (const path of ["/events/%E0%A4%A", "/actors/%zz"]) {
      await page.goto(`${server.url}${path}`);
      await page.getByText(`Nothing at ${path}.`).waitFor();
      assert.equal((await page.locator("nav a").count()) > 0, true, "the navigation is drawn");
    }
  });

  it("raised no page errors, console errors or dialogs on the way", () => {
    assert.deepEqual(problems, []);
  });
});
