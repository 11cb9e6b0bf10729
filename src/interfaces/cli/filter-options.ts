import { InvalidArgumentError, type Command } from "commander";
import { isIsoDate } from "../../ingest/build-article.ts";
import { isEventType } from "../../core/event-types.ts";
import type { EventFilter } from "../../storage/store.ts";

function date(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`"${value}" is not a date written YYYY-MM-DD`);
  return value;
}

function type(value: string): string {
  if (!isEventType(value)) throw new InvalidArgumentError(`"${value}" is not an event type slug (e.g. air_drone_strike, armed_clash)`);
  return value;
}

/** Adds the event filters shared by `events` and `export`. */
export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option("--country <iso2>", "events in this country (ISO 3166-1 alpha-2, e.g. SY)")
    .option("--type <slug>", "events of this sub-event type (e.g. air_drone_strike)", type)
    .option("--actor <name>", "events where an actor's name contains this text")
    .option("--since <date>", "events on or after this date (YYYY-MM-DD)", date)
    .option("--until <date>", "events on or before this date (YYYY-MM-DD)", date)
    .option("--text <words>", "events whose source articles hold all these words (full-text search)");
}

/** The filter the options describe. */
export function filterFrom(opts: Record<string, unknown>): EventFilter {
  const f: EventFilter = {};
  for (const k of ["country", "type", "actor", "since", "until", "text"] as const) {
    const v = opts[k];
    if (typeof v === "string") f[k] = v;
  }
  return f;
}
