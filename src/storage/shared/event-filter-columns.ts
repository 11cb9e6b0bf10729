/**
 * The columns of an event row that the filters beyond date, place and type read: its death toll,
 * its division, its actors' kinds, its number of sources and whether it is reviewed. One place, so
 * that both adapters, their migrations and a bulk loader fill them alike. Read defensively: rows
 * written by older versions may lack any part of the event.
 */

import type { ActorKind, ActorValue, StoredEvent } from "../../core/model.ts";
import { admin1Key } from "../../core/admin1-name.ts";

export interface EventFilterColumns {
  /** ACLED's figure: the lower end of the range sources give, else the upper, else 0. */
  fatalities: number;
  admin1_key: string | null;
  actor1_kind: ActorKind | null;
  actor2_kind: ActorKind | null;
  /** Independent sources: near-duplicate articles count once. */
  sources: number;
  status: "machine" | "reviewed";
}

/** The kind sources gave the actor the event names (a reviewer's edit may name one no source described: null). */
function actorKind(e: Partial<StoredEvent>, field: "actor1" | "actor2"): ActorKind | null {
  const name = e[field];
  if (!name) return null;
  const claimed = e.claims?.[field]?.map((c) => c.value as ActorValue | null).find((v) => v?.name === name);
  return claimed?.kind ?? null;
}

export function eventFilterColumns(event: StoredEvent): EventFilterColumns {
  const e = event as Partial<StoredEvent>;
  const admin1 = e.location?.admin1;
  return {
    fatalities: e.fatalities?.min ?? e.fatalities?.max ?? 0,
    admin1_key: admin1 ? admin1Key(admin1) || null : null,
    actor1_kind: actorKind(e, "actor1"),
    actor2_kind: actorKind(e, "actor2"),
    sources: e.independent_sources ?? e.sources?.length ?? 0,
    status: e.status === "reviewed" ? "reviewed" : "machine",
  };
}
