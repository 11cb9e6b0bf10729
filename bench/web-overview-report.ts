/** The web overview's figures in `npm run bench`'s report: its rows beside their targets, and its details. */
import type { Row, StageOutcome } from "./results-report.ts";
import { TARGETS, verdict } from "./targets.ts";
import type { WebOverviewReport } from "./web-overview.ts";

/** The store size at which the web targets apply (what `npm run bench:web` loads by default). */
const WEB_TARGET_EVENTS = 200_000;

/** The rows of a web overview that ran (none for one that failed or was skipped: the report says so itself). */
export function webOverviewRows(outcome: StageOutcome<WebOverviewReport>): Row[] {
  if (!("report" in outcome)) return [];
  const r = outcome.report;
  const atTarget = r.events >= WEB_TARGET_EVENTS;
  const events = r.events.toLocaleString("en-US");
  return [
    {
      figure: `web overview ready, ${events} events, one month (median)`,
      value: `${r.overviewReadyMs.median} ms (${r.overviewReadyMs.min}–${r.overviewReadyMs.max})`,
      target: atTarget ? `<= ${TARGETS.webOverviewReadyMs} ms` : "—",
      verdict: atTarget ? verdict(r.overviewReadyMs.median <= TARGETS.webOverviewReadyMs) : "—",
    },
    {
      figure: `web map zoom and pan, ${events} events, longest task`,
      value: `${r.panZoom.longestMs} ms (${r.panZoom.longTasks} tasks over 50 ms)`,
      target: atTarget ? `<= ${TARGETS.webLongestTaskMs} ms` : "—",
      verdict: atTarget ? verdict(r.panZoom.longestMs <= TARGETS.webLongestTaskMs) : "—",
    },
  ];
}

export function webOverviewDetails(outcome: StageOutcome<WebOverviewReport>): string[] {
  if (!("report" in outcome)) return [];
  const r = outcome.report;
  return [
    "### Web overview",
    "",
    `A bulk-loaded SQLite store of ${r.events.toLocaleString("en-US")} events served to Debian's Chromium (\`npm run bench:web\`). ` +
      `The overview filtered to ${r.month.slice(0, 7)} (${r.monthCount} events) showed its count and first rows in ${r.overviewReadyMs.median} ms ` +
      `(median; ${r.overviewReadyMs.min}–${r.overviewReadyMs.max} ms). Zooming and panning the map over the whole store ran ` +
      `${r.panZoom.longTasks} tasks over 50 ms, the longest ${r.panZoom.longestMs} ms; ${r.panZoom.drawnAfter} bubbles and markers were drawn after.`,
    "",
  ];
}
