import { InvalidArgumentError, type Command } from "commander";
import { isIsoDate } from "../../ingest/build-article.ts";
import { countryFilterHelp, resolveCountry } from "../../filters/country-filter.ts";
import { resolveTypes, typeFilterHelp } from "../../filters/type-filter.ts";
import { admin1FilterHelp, resolveAdmin1s } from "../../filters/admin1-filter.ts";
import { actorKindFilterHelp, resolveActorKinds } from "../../filters/actor-kind-filter.ts";
import { parseCount, parseYesNo } from "../../filters/count-filter.ts";
import type { EventType } from "../../core/event-types.ts";
import type { ActorKind } from "../../core/model.ts";
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

/** A whole number of at least `min`, for options such as `--min-fatalities`. */
function count(min: number): (value: string) => number {
  return (value) => {
    const n = parseCount(value, min);
    if (n === null) throw new InvalidArgumentError(`"${value}" is not a whole number of ${min} or more`);
    return n;
  };
}

/** "Borno State", "borno, Yobe" → the divisions' keys, added to those of the option given before. */
export function admin1Option(value: string, previous: string[] = []): string[] {
  const keys = resolveAdmin1s(value);
  if (!keys) throw new InvalidArgumentError(`"${value}" names no division. Accepted: ${admin1FilterHelp()}`);
  return [...new Set([...previous, ...keys])];
}

/** "State forces", "civilians", "militia" → the actor kinds they stand for, added to those given before. */
export function actorKindOption(value: string, previous: ActorKind[] = []): ActorKind[] {
  const kinds = resolveActorKinds(value);
  if (!kinds) throw new InvalidArgumentError(`"${value}" is not an actor kind. Accepted: ${actorKindFilterHelp()}`);
  return [...new Set([...previous, ...kinds])];
}

function yesNo(value: string): boolean {
  const answer = parseYesNo(value);
  if (answer === null) throw new InvalidArgumentError(`"${value}" is neither yes nor no (accepted: yes, no, true, false)`);
  return answer;
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
    .option("--text <words>", "events whose source articles hold all these words (full-text search)")
    .option(
      "--min-fatalities <n>",
      "events with at least this many deaths (the lower end of what sources give; no toll told counts as 0)",
      count(0),
    )
    .option(
      "--admin1 <name>",
      'events in this first-level division, with or without its kind ("Borno" or "Borno State"), any case, accents optional; several separated by commas or by giving the option again',
      admin1Option,
    )
    .option(
      "--actor-kind <kind>",
      'events where actor1 or actor2 is of this kind: state, armed_group, person, organisation, civilians, protesters, other, or ACLED\'s actor type ("State forces", "Political militia"); several separated by commas or by giving the option again',
      actorKindOption,
    )
    .option("--min-sources <n>", "events told by at least this many independent sources (near-duplicate articles count once)", count(1))
    .option("--reviewed <yes|no>", "yes: only events a reviewer confirmed or edited; no: only those no reviewer has touched", yesNo);
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
  if (typeof opts["minFatalities"] === "number") f.minFatalities = opts["minFatalities"];
  if (Array.isArray(opts["admin1"])) f.admin1 = opts["admin1"] as string[];
  if (Array.isArray(opts["actorKind"])) f.actorKinds = opts["actorKind"] as ActorKind[];
  if (typeof opts["minSources"] === "number") f.minSources = opts["minSources"];
  if (typeof opts["reviewed"] === "boolean") f.reviewed = opts["reviewed"];
  return f;
}
