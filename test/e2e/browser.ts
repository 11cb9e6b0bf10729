/**
 * The browser the end-to-end tests drive: Debian's Chromium through playwright-core, never a
 * downloaded one. Where it is missing the tests are skipped, unless SITREP_REQUIRE_BROWSER is set
 * (as `.ci/run` does after installing it), in which case its absence is a failure.
 */

import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env["SITREP_CHROMIUM"] ?? "/usr/bin/chromium";

export function browserSkipReason(): string | false {
  if (existsSync(CHROMIUM) || process.env["SITREP_REQUIRE_BROWSER"]) return false;
  return `no browser at ${CHROMIUM} (apt-get install chromium, or set SITREP_CHROMIUM)`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
