import { listLinks } from "../../app/read-models.ts";
import { Command } from "commander";
import type { StoredEvent } from "../../core/model.ts";
import { exportEvent } from "../../export/export-json.ts";
import { filterFrom, withFilterOptions } from "./filter-options.ts";
import { clip, formatTable } from "./format-table.ts";
import { openExistingStore } from "./open-store.ts";

function fatalities(e: StoredEvent): string {
  const f = e.fatalities;
  if (!f) return "";
  if (f.max === null) return `${f.min ?? 0}+`;
  return f.min === f.max ? String(f.max) : `${f.min ?? 0}-${f.max}`;
}

/** The events as a readable table. */
export function eventsTable(events: StoredEvent[]): string {
  if (events.length === 0) return "no events";
  const rows = events.map((e) => [
    e.id,
    e.date ? (e.date_precision === "day" ? e.date : `${e.date} (${e.date_precision})`) : "?",
    e.type,
    clip(e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}` : "?", 28),
    clip(e.actor1 ?? "?", 24),
    clip(e.actor2 ?? "", 24),
    fatalities(e),
    String(e.sources.length),
  ]);
  return formatTable(["id", "date", "type", "place", "actor1", "actor2", "killed", "sources"], rows);
}

/** `sitrep events`: list stored events. */
export function eventsCommand(): Command {
  return withFilterOptions(
    new Command("events")
      .description("list stored events, as a table or JSON")
      .option("--db <path>", "SQLite database file")
      .option("--json", "print JSON"),
  ).action(async (opts: Record<string, unknown>) => {
    const store = openExistingStore(opts["db"] as string | undefined);
    try {
      const events = await store.listEvents(filterFrom(opts));
      if (opts["json"]) {
        // Each event with the links that touch it, so one record tells what it answers and what answered it.
        const links = await listLinks(store);
        const withLinks = events.map((e) => ({
          ...exportEvent(e),
          links: links
            .filter((l) => l.from === e.id || l.to === e.id)
            .map((l) => ({ from: l.from, to: l.to, relation: l.relation, article: l.article, evidence: l.evidence })),
        }));
        console.log(JSON.stringify(withLinks, null, 2));
      } else console.log(eventsTable(events));
    } finally {
      await store.close();
    }
  });
}
