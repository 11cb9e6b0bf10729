/**
 * The web view's overview over a large bulk-loaded store, in Debian's Chromium: how long a
 * one-month filter takes to show its count and first page (median of several loads), and the
 * longest task the page runs while the map is zoomed and panned over the whole store.
 *
 *   npm run bench:web [-- --events 200000] [--db FILE] [--loads 5] [--remove-store] [--json]
 *
 * With --db, a store already holding the events is reused (loaded first when it has fewer);
 * without, the store is made in a temporary folder, left there for another run unless
 * --remove-store. The report is printed as JSON (--json, which `npm run bench` passes every stage,
 * changes nothing).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "../src/interfaces/cli/serve-command.ts";
import { buildUi } from "../src/interfaces/web/build-ui.ts";
import { createSqliteStore } from "../src/storage/sqlite/sqlite-store.ts";
import { launchBrowser } from "../test/e2e/browser.ts";
import { bulkLoad } from "./bulk-load.ts";
import { loadTheatres } from "./conflict-theatres.ts";

const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "200000" },
    db: { type: "string" },
    loads: { type: "string", default: "5" },
    "remove-store": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
  strict: true,
});
/** What one run measured: printed as JSON, read by `npm run bench`. */
export interface WebOverviewReport {
  events: number;
  /** The month the timed overview filters to, and how many events it counts. */
  month: string;
  monthCount: string;
  /** From the address to the count and the list's first row shown, over `--loads` loads. */
  overviewReadyMs: { median: number; min: number; max: number };
  /** Tasks over 50 ms while the map is zoomed and panned over the whole store; what is drawn after. */
  panZoom: { longTasks: number; longestMs: number; drawnAfter: number };
}

const events = Number(args.events);
const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-web-"));
const file = args.db ?? join(dir, "sitrep.db");
const space = { theatres: loadTheatres(), seed: 1, firstDay: "2021-01-01", days: 1826 };

let store = createSqliteStore(file);
const have = (await store.listEvents({}, { limit: 1 })).length === 0 ? 0 : (await store.summarizeEvents({}, {})).total;
await store.close();
if (have < events) {
  console.error(`loading events ${have + 1}-${events} into ${file}`);
  bulkLoad(file, space, have, events);
}
store = createSqliteStore(file);
await buildUi(join(dir, "ui"), { minify: true });
const server = await startServer(store, { host: "127.0.0.1", port: 0, uiDirectory: join(dir, "ui") });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const months = (await (await fetch(`${server.url}/api/summary?period=month`)).json()) as {
    periods: Array<{ start: string; count: number }>;
  };
  const month = months.periods[Math.floor(months.periods.length / 2)]!;
  const end = new Date(`${month.start}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 1, 0);
  const address = `${server.url}/?since=${month.start}&until=${end.toISOString().slice(0, 10)}`;
  const times: number[] = [];
  for (let i = 0; i < Number(args.loads); i++) {
    const started = performance.now();
    await page.goto(address);
    await page.locator("[data-testid=event-count]").waitFor();
    await page.locator("[data-testid=event-table] tbody tr").first().waitFor();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const shown = await page.locator("[data-testid=event-count]").innerText();

  // Zoom and pan over the whole store, recording every long task the page runs.
  await page.goto(server.url);
  await page.locator(".map-cluster").first().waitFor();
  await page.evaluate(() => {
    const w = globalThis as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: "longtask",
      buffered: false,
    });
  });
  // Towards the largest bubble, where the most events are.
  const counts = await page.locator(".map-cluster").evaluateAll((gs) => gs.map((g) => Number(g.getAttribute("data-count"))));
  const box = (await page
    .locator(".map-cluster")
    .nth(counts.indexOf(Math.max(...counts)))
    .boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(60);
  }
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 60, { steps: 20 });
  await page.mouse.up();
  await page.waitForTimeout(1500);
  const longTasks = await page.evaluate(() => (globalThis as unknown as { longTasks: number[] }).longTasks);
  const drawn = await page.locator(".map-cluster, .map-marker").count();
  if (process.env["SITREP_BENCH_SHOTS"])
    await page.screenshot({ path: join(process.env["SITREP_BENCH_SHOTS"], "web-overview-zoomed.png") });
  const report: WebOverviewReport = {
    events,
    month: month.start,
    monthCount: shown,
    overviewReadyMs: {
      median: Math.round(times[Math.floor(times.length / 2)]!),
      min: Math.round(times[0]!),
      max: Math.round(times.at(-1)!),
    },
    panZoom: { longTasks: longTasks.length, longestMs: Math.round(Math.max(0, ...longTasks)), drawnAfter: drawn },
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  await browser.close();
  await server.close();
  await store.close();
  if (args["remove-store"]) rmSync(dir, { recursive: true, force: true });
  else if (!args.db && existsSync(dir)) console.error(`(store left in ${dir}; remove it when done)`);
}
