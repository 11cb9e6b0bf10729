/**
 * The API reference (/api/docs) in a real browser, with every request to another host refused:
 * it must draw every operation of the document from the server's own files, within the
 * Content-Security-Policy. The page is saved as test-output/screenshots/api-docs.png.
 */

import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/interfaces/cli/serve-command.ts";
import { createSqliteStore } from "../../src/storage/sqlite/sqlite-store.ts";
import type { Store } from "../../src/storage/store.ts";
import { browserSkipReason, launchBrowser } from "./browser.ts";
import { SHOTS } from "./ui-server.ts";

interface Document {
  paths: Record<string, Record<string, { operationId: string }>>;
}

describe("the API reference in a browser, offline", { skip: browserSkipReason(), timeout: 120_000 }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** Requests to anywhere but the server: refused, and each one a failure of the test. */
  const elsewhere: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-docs-"));
    store = createSqliteStore(join(dir, "sitrep.db"));
    // Reads need a token here: the reference must not.
    server = await startServer(store, { host: "127.0.0.1", port: 0, uiDirectory: null, reads: "token" });
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origin = new URL(server.url).origin;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin || url.startsWith("data:")) return route.continue();
      elsewhere.push(url);
      return route.abort("blockedbyclient");
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // A request the Content-Security-Policy refuses is reported as a console error.
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("draws every operation of the document, fetching nothing from elsewhere", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Document;
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, id: op.operationId })),
    );

    const res = await page.goto(`${server.url}/api/docs`);
    assert.equal(res?.status(), 200);
    const blocks = page.locator(".opblock");
    await blocks.first().waitFor();
    assert.equal(await blocks.count(), operations.length);
    for (const { method, path, id } of operations) {
      const block = page.locator(".opblock", { has: page.locator(`[data-path="${path}"]`) }).filter({ hasText: method });
      assert.equal(await block.count(), 1, `${method} ${path} is drawn once`);
      assert.match(await block.innerText(), new RegExp(id), `${method} ${path} shows its operationId`);
    }
    await page.screenshot({ path: join(SHOTS, "api-docs.png"), fullPage: true });

    assert.deepEqual(elsewhere, []);
    assert.deepEqual(problems, []);
  });

  it("opens an operation to its parameters and answers", async () => {
    await page
      .locator(".opblock", { has: page.locator('[data-path="/api/events"]') })
      .locator(".opblock-summary")
      .first()
      .click();
    const open = page.locator(".opblock.is-open");
    await open.locator(".parameters").waitFor();
    const text = await open.innerText();
    for (const word of ["since", "bbox", "cursor", "400", "401"]) assert.ok(text.includes(word), `the open operation shows ${word}`);
    await page.screenshot({ path: join(SHOTS, "api-docs-operation.png"), fullPage: false });
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(problems, []);
  });

  it("tries an operation against the server that serves it", async () => {
    const health = page.locator(".opblock", { has: page.locator('[data-path="/api/health"]') });
    await health.locator(".opblock-summary").first().click();
    await health.locator("button.try-out__btn").click();
    await health.locator("button.execute").click();
    const url = health.locator(".request-url pre");
    await url.waitFor();
    assert.equal(await url.innerText(), `${server.url}/api/health`);
    assert.match(await health.locator(".live-responses-table tbody .response-col_status").first().innerText(), /^200/);
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(problems, []);
  });
});
