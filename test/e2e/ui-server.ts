/**
 * A store, the web view built from the sources as they are now, a server over both and a browser
 * page: what each browser test starts from. Screenshots go to test-output/screenshots (or
 * $SITREP_SCREENSHOTS) for a person to look at.
 */

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/interfaces/cli/serve-command.ts";
import { buildUi } from "../../src/interfaces/web/build-ui.ts";
import { createSqliteStore } from "../../src/storage/sqlite/sqlite-store.ts";
import type { Store } from "../../src/storage/store.ts";
import { launchBrowser } from "./browser.ts";

export const SHOTS = process.env["SITREP_SCREENSHOTS"] ?? fileURLToPath(new URL("../../test-output/screenshots/", import.meta.url));

export interface UiSession {
  store: Store;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Page errors, console errors and dialogs seen so far: a test ends by asserting there were none. */
  problems: string[];
  api<T>(path: string): Promise<T>;
  shot(name: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Opens a store in a fresh folder, lets `fill` put events in it, then serves it to a browser page. */
export async function openUiSession(fill: (store: Store, dir: string) => Promise<void>): Promise<UiSession> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-ui-"));
  await buildUi(join(dir, "ui"), { minify: false });
  const store = createSqliteStore(join(dir, "sitrep.db"));
  await fill(store, dir);
  const server = await startServer(store, { host: "127.0.0.1", port: 0, uiDirectory: join(dir, "ui") });
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("dialog", (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return {
    store,
    server,
    browser,
    page,
    problems,
    api: async <T>(path: string) => (await (await fetch(`${server.url}${path}`)).json()) as T,
    shot: (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }),
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
