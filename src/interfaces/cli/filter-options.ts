import { InvalidArgumentError, type Command } from "commander";
import { isIsoDate } from "../../ingest/build-article.ts";
import { countryFilterHelp, resolveCountry } from "../../filters/country-filter.ts";
import { resolveTypes, typeFilterHelp } from "../../filters/type-filter.ts";
import type { EventType } from "../../core/event-types.ts";
import type { EventFilter } from "../../storage/store.ts";

function date(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`"${value}" is not a date written YYYY-MM-DD`);
  return value;
}

/** "Syria", "SYR", "sy" → "SY"; anything else is refused with what is accepted, never silently matches nothing. */
export function countryOption(value: string): string {
  const code = resolveCountry(value);
  if (!code) throw new InvalidArgumentError(`"${value}" is not a country: ${countryFilterHelp(value)}`);
  return code;
}

/** "Battles", "Air/drone strike", "air_drone_strike" → the sub-event types they stand for. */
export function typeOption(value: string): EventType[] {
  const types = resolveTypes(value);
  if (!types) throw new InvalidArgumentError(`"${value}" is not an event type. Accepted: ${typeFilterHelp()}`);
  return types;
}

/** Adds the event filters shared by `events` and `export`. */
export function withFilterOptions(cmd: Command): Command {
  return cmd
    .option("--country <country>", "events in this country: ISO 3166-1 code (SY, SYR) or name (Syria)", countryOption)
    .option(
      "--type <type>",
      'events of this type: an ACLED event type ("Battles"), sub-event ("Air/drone strike") or slug (air_drone_strike); several separated by commas',
      typeOption,
    )
    .option("--actor <name>", "events where an actor's name contains this text")
    .option("--since <date>", "events on or after this date (YYYY-MM-DD)", date)
    .option("--until <date>", "events on or before this date (YYYY-MM-DD)", date)
    .option("--text <words>", "events whose source articles hold all these words (full-text search)");
}

/** The filter the options describe. */
export function filterFrom(opts: Record<string, unknown>): EventFilter {
  const f: EventFilter = {};
  for (const k of ["country", "actor", "since", "until", "text"] as const) {
    const v = opts[k];
    if (typeof v === "string") f[k] = v;
  }
  const types = opts["type"];
  if (Array.isArray(types)) {
    // One type keeps the single-type filter, which the store reads from its per-type index.
    if (types.length === 1) f.type = types[0] as string;
    else f.types = types as string[];
  }
  return f;
}
